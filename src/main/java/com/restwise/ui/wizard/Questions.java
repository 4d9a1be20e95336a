package com.restwise.ui.wizard;

import static com.restwise.ui.wizard.DraftField.choice;
import static com.restwise.ui.wizard.DraftField.number;
import static com.restwise.ui.wizard.DraftField.positions;
import static com.restwise.ui.wizard.DraftField.scale;
import static com.restwise.ui.wizard.DraftField.tick;
import static com.restwise.ui.wizard.DraftField.ticks;
import static com.restwise.ui.wizard.DraftField.words;

import com.google.gson.JsonObject;
import com.restwise.engine.profile.MattressType;
import com.restwise.engine.profile.NightPain;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.Sex;
import com.restwise.engine.profile.WarningSign;
import com.restwise.storage.Settings.HeightUnit;
import com.restwise.storage.Settings.WeightUnit;
import com.restwise.ui.common.Answer;
import com.restwise.ui.wizard.steps.AboutYouModel;
import com.restwise.ui.wizard.steps.DurationUnit;
import com.restwise.ui.wizard.steps.Onset;
import com.restwise.ui.wizard.steps.Trauma;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.Observable;

/**
 * Every question of the wizard, declared once: where its answer lives in the draft (a section and
 * a key), how it is kept there ({@link DraftField}), and how a saved profile answers it. The
 * draft's writing, reading and watching ({@link WizardDraft}) and filling the wizard from a
 * profile ({@link ProfileAnswers}) all go through this table, in its order: a unit comes before
 * the number it measures, so a draft's number is read in its own unit.
 * <p>
 * A new question is one more line here, beside its control, its texts and the engine's field
 * (docs/architecture.md says how).
 */
final class Questions {

    /**
     * @param section the draft's object the answer is kept in ("you", "mornings", ...); "" for the draft itself
     * @param fill     answers the question from a saved profile (what the profile leaves open stays unanswered)
     * @param aboutNow the answer may have changed since the last visit, so a follow-up asks it anew
     *                 (the warning signs)
     */
    record Question(
            String section, String key, DraftField field, BiConsumer<WizardViewModel, Profile> fill, boolean aboutNow) {

        Question(String section, String key, DraftField field, BiConsumer<WizardViewModel, Profile> fill) {
            this(section, key, field, fill, false);
        }
    }

    static final List<Question> ALL = List.of(
            // about you; the units are the person's settings, not answers of a profile
            new Question(
                    "you",
                    "weightUnit",
                    choice(vm -> vm.you().weightUnit(), WeightUnit.class, chosen -> chosen),
                    (vm, p) -> {}),
            new Question("you", "weight", number(vm -> vm.you().weight()), (vm, p) -> vm.you()
                    .weight()
                    .set(inWeightUnit(vm, p.sleeper().weightKg()))),
            new Question(
                    "you",
                    "heightUnit",
                    choice(vm -> vm.you().heightUnit(), HeightUnit.class, chosen -> chosen),
                    (vm, p) -> {}),
            new Question("you", "height", number(vm -> vm.you().height()), (vm, p) -> {
                Double cm = p.sleeper().heightCm();
                vm.you()
                        .height()
                        .set(
                                cm == null
                                        ? null
                                        : vm.you().heightUnit().get() == HeightUnit.IN
                                                ? cm / AboutYouModel.CM_PER_IN
                                                : cm);
            }),
            new Question("you", "age", number(vm -> vm.you().age()), (vm, p) -> vm.you()
                    .age()
                    .set(whole(p.sleeper().ageYears()))),
            new Question("you", "sex", choice(vm -> vm.you().sex(), Sex.class), (vm, p) -> vm.you()
                    .sex()
                    .set(p.sleeper().sex())),
            new Question("you", "pregnant", choice(vm -> vm.you().pregnant(), Answer.class), (vm, p) -> vm.you()
                    .pregnant()
                    .set(p.sleeper().pregnancyWeeks() == null ? null : Answer.YES)),
            new Question("you", "pregnancyWeek", number(vm -> vm.you().pregnancyWeek()), (vm, p) -> vm.you()
                    .pregnancyWeek()
                    .set(whole(p.sleeper().pregnancyWeeks()))),
            new Question("you", "floorIsHard", choice(vm -> vm.you().floorIsHard(), Answer.class), (vm, p) -> vm.you()
                    .floorIsHard()
                    .set(Answer.of(p.sleeper().floorIsHard()))),

            // sleep
            new Question(
                    "sleep",
                    "positions",
                    positions(vm -> vm.sleep().mine()),
                    (vm, p) -> ProfileAnswers.positions(vm.sleep().mine(), p.positions())),
            new Question("sleep", "sharesBed", tick(vm -> vm.sleep().sharesBed()), (vm, p) -> vm.sleep()
                    .sharesBed()
                    .set(p.partner() != null)),
            new Question("sleep", "partnerWeight", number(vm -> vm.sleep().partnerWeight()), (vm, p) -> {
                if (p.partner() != null) {
                    vm.sleep().partnerWeight().set(inWeightUnit(vm, p.partner().weightKg()));
                }
            }),
            new Question("sleep", "partnerPositions", positions(vm -> vm.sleep().partners()), (vm, p) -> {
                if (p.partner() != null) {
                    ProfileAnswers.positions(vm.sleep().partners(), p.partner().positions());
                }
            }),

            // the mattress slept on now
            new Question("mattress", "firmness", scale(vm -> vm.mattress().firmness(), 1, 10), (vm, p) -> {
                Double firmness = p.currentMattress().firmness();
                vm.mattress().firmness().set(firmness == null ? null : (int) Math.round(firmness));
            }),
            new Question(
                    "mattress", "type", choice(vm -> vm.mattress().type(), MattressType.class), (vm, p) -> vm.mattress()
                            .type()
                            .set(p.currentMattress().type())),
            new Question("mattress", "age", number(vm -> vm.mattress().ageYears()), (vm, p) -> vm.mattress()
                    .ageYears()
                    .set(p.currentMattress().ageYears())),
            new Question("mattress", "sag", number(vm -> vm.mattress().sagCm()), (vm, p) -> vm.mattress()
                    .sagCm()
                    .set(p.currentMattress().sagCm())),

            // mornings and pain
            new Question(
                    "mornings", "morningPain", scale(vm -> vm.mornings().morningPain(), 0, 10), (vm, p) -> vm.mornings()
                            .morningPain()
                            .set(p.symptoms().morningPain())),
            new Question(
                    "mornings",
                    "sleepQuality",
                    scale(vm -> vm.mornings().sleepQuality(), 0, 10),
                    (vm, p) -> vm.mornings().sleepQuality().set(p.symptoms().sleepQuality())),
            new Question("mornings", "painAreas", ticks(vm -> vm.mornings().painAreas(), PainArea.class), (vm, p) -> {
                vm.mornings().painAreas().clear();
                vm.mornings().painAreas().addAll(p.symptoms().painAreas());
            }),
            new Question(
                    "mornings", "stiffness", number(vm -> vm.mornings().stiffnessMinutes()), (vm, p) -> vm.mornings()
                            .stiffnessMinutes()
                            .set(whole(p.symptoms().morningStiffnessMinutes()))),
            new Question(
                    "mornings",
                    "eases",
                    choice(vm -> vm.mornings().easesAfterGettingUp(), Answer.class),
                    (vm, p) -> vm.mornings()
                            .easesAfterGettingUp()
                            .set(Answer.of(p.symptoms().easesAfterGettingUp()))),
            new Question(
                    "mornings",
                    "nightPain",
                    choice(vm -> vm.mornings().nightPain(), NightPain.class),
                    (vm, p) -> vm.mornings().nightPain().set(p.symptoms().nightPain())),
            new Question(
                    "mornings",
                    "daytimePain",
                    choice(vm -> vm.mornings().daytimePain(), Answer.class),
                    (vm, p) -> vm.mornings()
                            .daytimePain()
                            .set(Answer.of(p.symptoms().daytimePain()))),
            new Question(
                    "mornings",
                    "worseWithActivity",
                    choice(vm -> vm.mornings().worseWithActivity(), Answer.class),
                    (vm, p) -> vm.mornings()
                            .worseWithActivity()
                            .set(Answer.of(p.symptoms().worseWithActivity()))),
            new Question(
                    "mornings",
                    "improvesWithExercise",
                    choice(vm -> vm.mornings().improvesWithExercise(), Answer.class),
                    (vm, p) -> vm.mornings()
                            .improvesWithExercise()
                            .set(Answer.of(p.symptoms().improvesWithExercise()))),
            new Question(
                    "mornings",
                    "improvesWithRest",
                    choice(vm -> vm.mornings().improvesWithRest(), Answer.class),
                    (vm, p) -> vm.mornings()
                            .improvesWithRest()
                            .set(Answer.of(p.symptoms().improvesWithRest()))),
            new Question("mornings", "onset", choice(vm -> vm.mornings().onset(), Onset.class), (vm, p) -> {
                Boolean gradual = p.symptoms().gradualOnset();
                vm.mornings().onset().set(gradual == null ? null : gradual ? Onset.GRADUAL : Onset.SUDDEN);
            }),
            new Question(
                    "mornings",
                    "legPainBelowKnee",
                    choice(vm -> vm.mornings().legPainBelowKnee(), Answer.class),
                    (vm, p) -> vm.mornings()
                            .legPainBelowKnee()
                            .set(Answer.of(p.symptoms().legPainBelowKnee()))),
            // a profile keeps weeks
            new Question(
                    "mornings",
                    "durationUnit",
                    choice(vm -> vm.mornings().durationUnit(), DurationUnit.class, now -> DurationUnit.WEEKS),
                    (vm, p) -> vm.mornings().durationUnit().set(DurationUnit.WEEKS)),
            new Question("mornings", "duration", number(vm -> vm.mornings().duration()), (vm, p) -> vm.mornings()
                    .duration()
                    .set(whole(p.symptoms().durationWeeks()))),
            new Question("mornings", "stress", scale(vm -> vm.mornings().stress(), 0, 10), (vm, p) -> vm.mornings()
                    .stress()
                    .set(p.symptoms().stress())),
            new Question(
                    "mornings",
                    "afterExertion",
                    choice(vm -> vm.mornings().afterExertion(), Answer.class),
                    (vm, p) -> vm.mornings()
                            .afterExertion()
                            .set(Answer.of(p.symptoms().afterExertion()))),
            new Question(
                    "mornings",
                    "widespreadPain",
                    choice(vm -> vm.mornings().widespreadPain(), Answer.class),
                    (vm, p) -> vm.mornings()
                            .widespreadPain()
                            .set(Answer.of(p.symptoms().widespreadPain()))),

            // warning signs, ticked and answered "no"; the injury choice is kept apart only as an
            // explicit "no injury"; all three are about now
            new Question(
                    "",
                    "warningSigns",
                    ticks(WizardViewModel::warningSigns, WarningSign.class),
                    (vm, p) -> vm.signs()
                            .fill(p.symptoms().warningSigns(), p.symptoms().warningSignsNo()),
                    true),
            new Question(
                    "", "warningSignsNo", ticks(vm -> vm.signs().answeredNo(), WarningSign.class), (vm, p) -> {}, true),
            new Question("", "trauma", injury(), (vm, p) -> {}, true),

            // what is wanted of a new mattress
            new Question("preferences", "size", words(vm -> vm.preferences().size()), (vm, p) -> vm.preferences()
                    .size()
                    .set(p.preferences().size())),
            new Question("preferences", "budget", number(vm -> vm.preferences().budget()), (vm, p) -> vm.preferences()
                    .budget()
                    .set(p.preferences().budgetMax())),
            new Question(
                    "preferences",
                    "sleepsHot",
                    choice(vm -> vm.preferences().sleepsHot(), Answer.class),
                    (vm, p) -> vm.preferences()
                            .sleepsHot()
                            .set(Answer.of(p.preferences().sleepsHot()))),
            new Question(
                    "preferences",
                    "avoidLatex",
                    choice(vm -> vm.preferences().avoidLatex(), Answer.class),
                    (vm, p) -> vm.preferences()
                            .avoidLatex()
                            .set(Answer.of(p.preferences().avoidLatex()))));

    private Questions() {}

    /** Everything the autosave watches: the step, then every answer. */
    static List<Observable> watched(WizardViewModel vm) {
        List<Observable> all = new ArrayList<>();
        all.add(vm.step());
        ALL.forEach(q -> all.addAll(q.field().watched(vm)));
        return all;
    }

    /**
     * The injury choice, read only when the warning signs do not already make one: an explicit
     * "no injury" is kept; a draft from before the choice has none and asks again.
     */
    private static DraftField injury() {
        DraftField choice = choice(WizardViewModel::trauma, Trauma.class);
        return new DraftField() {
            @Override
            public void write(WizardViewModel vm, JsonObject section, String key) {
                choice.write(vm, section, key);
            }

            @Override
            public void read(WizardViewModel vm, JsonObject section, String key) {
                if (Trauma.of(vm.warningSigns()) == null) {
                    choice.read(vm, section, key);
                }
            }

            @Override
            public List<Observable> watched(WizardViewModel vm) {
                return choice.watched(vm);
            }
        };
    }

    private static Double inWeightUnit(WizardViewModel vm, double kg) {
        return vm.you().weightUnit().get() == WeightUnit.LB ? kg / AboutYouModel.KG_PER_LB : kg;
    }

    private static Double whole(Integer value) {
        return value == null ? null : value.doubleValue();
    }
}
