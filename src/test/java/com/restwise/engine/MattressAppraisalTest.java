package com.restwise.engine;

import static com.restwise.engine.ProfileBuilder.profile;
import static com.restwise.engine.advice.MattressVerdict.Verdict.KEEP;
import static com.restwise.engine.advice.MattressVerdict.Verdict.REPLACE;
import static com.restwise.engine.advice.MattressVerdict.Verdict.TOPPER;
import static com.restwise.engine.advice.MattressVerdict.Verdict.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.MattressAppraisal.Appraisal;
import com.restwise.engine.MattressAppraisal.Reason;
import com.restwise.engine.advice.AlignmentVerdict;
import com.restwise.engine.advice.FirmnessLabel;
import com.restwise.engine.advice.FirmnessRange;
import com.restwise.engine.advice.MattressVerdict.Verdict;
import com.restwise.engine.alignment.SpineReading;
import com.restwise.engine.profile.MattressType;
import com.restwise.engine.profile.Position;
import org.junit.jupiter.api.Test;

/** The verdict on the current mattress, rules 1 to 5 of docs/firmness.md, on a fixed 5-7 range. */
class MattressAppraisalTest {

    private static final FirmnessRange RANGE = new FirmnessRange(6, 5, 7, FirmnessLabel.MEDIUM_FIRM);
    private final MattressAppraisal appraisal = new MattressAppraisal();

    private Appraisal of(ProfileBuilder p) {
        return appraisal.appraise(p.build(), RANGE, null, EngineTexts.of("en"));
    }

    private Verdict verdict(ProfileBuilder p) {
        return of(p).kind();
    }

    @Test
    void rule1ReplacesAtTheWarrantyDipOrAtTenYearsWithPain() {
        assertEquals(REPLACE, verdict(profile().mattress(6.0, 2.0, 3.8)));
        assertEquals(KEEP, verdict(profile().mattress(6.0, 2.0, 2.4)));
        assertEquals(REPLACE, verdict(profile().mattress(6.0, 10.0, 0.0).morningPain(1)));
        assertEquals(KEEP, verdict(profile().mattress(6.0, 10.0, 0.0)), "old but no pain");
        assertEquals(KEEP, verdict(profile().mattress(6.0, 9.0, 0.0).morningPain(5)));
        assertEquals(REPLACE, verdict(profile().mattress(null, null, 4.0)), "a dip needs no firmness");
        assertTrue(of(profile().mattress(6.0, 2.0, 4.0)).verdict().text().contains("4 cm"));
    }

    @Test
    void aNewMattressIsNotCalledZeroYearsOld() {
        assertTrue(
                of(profile().mattress(6.0, 0.0, 0.0)).verdict().text().contains("(firmness 6, less than a year old)"),
                of(profile().mattress(6.0, 0.0, 0.0)).verdict().text());
        assertTrue(of(profile().mattress(6.0, 1.0, 0.0)).verdict().text().contains("1 year old)"));
        assertTrue(of(profile().mattress(6.0, 3.0, 0.0)).verdict().text().contains("3 years old)"));
        assertTrue(appraisal
                .appraise(profile().mattress(6.0, 0.0, 0.0).build(), RANGE, null, EngineTexts.of("de"))
                .verdict()
                .text()
                .contains("weniger als ein Jahr alt"));
    }

    @Test
    void rule2IsUnknownWithoutAFirmness() {
        assertEquals(UNKNOWN, verdict(profile()));
        assertEquals(UNKNOWN, verdict(profile().mattress(null, 3.0, 0.0).morningPain(4)));
    }

    @Test
    void rule3KeepsWithinHalfAStepOfTheRange() {
        assertEquals(KEEP, verdict(profile().mattress(4.5, 3.0, 0.0)));
        assertEquals(KEEP, verdict(profile().mattress(7.5, 3.0, 0.0)));
        assertEquals(TOPPER, verdict(profile().mattress(7.6, 3.0, 0.0)));
        assertEquals(TOPPER, verdict(profile().mattress(4.4, 3.0, 0.0)));
        assertTrue(of(profile().mattress(6.0, 3.0, 0.0)).verdict().text().contains("keep it"));
    }

    @Test
    void rule4ATopperForASoundMattressSofterWhenTooFirmFirmerWhenALittleTooSoft() {
        Appraisal tooFirm = of(profile().mattress(9.0, 7.9, 2.4));
        assertEquals(TOPPER, tooFirm.kind());
        assertEquals(Reason.SOFTER_TOPPER, tooFirm.reason());
        assertTrue(
                tooFirm.verdict().text().contains("soft topper"),
                tooFirm.verdict().text());
        Appraisal littleSoft = of(profile().mattress(3.5, 3.0, 0.0));
        assertEquals(Reason.FIRMER_TOPPER, littleSoft.reason());
        assertTrue(
                littleSoft.verdict().text().contains("firm topper"),
                littleSoft.verdict().text());
        assertEquals(TOPPER, verdict(profile().mattress(9.0, null, null)), "unknown age and sag are not worn");
    }

    @Test
    void aFirmTopperReachesOnlyOneAndAHalfStepsBelowTheRange() {
        assertEquals(TOPPER, verdict(profile().mattress(3.5, 1.0, 0.0)));
        Appraisal far = of(profile().mattress(3.4, 0.5, 0.0));
        assertEquals(REPLACE, far.kind());
        assertTrue(
                far.verdict().text().contains("return or exchange"),
                far.verdict().text());
        assertFalse(
                of(profile().mattress(3.4, 1.0, 0.0)).verdict().text().contains("return or exchange"),
                "a year old is past its return period");
    }

    @Test
    void rule5ReplacesAWornMattressOutOfRange() {
        assertEquals(REPLACE, verdict(profile().mattress(9.0, 8.0, 0.0)));
        assertEquals(REPLACE, verdict(profile().mattress(9.0, 2.0, 2.5)));
        assertEquals(REPLACE, verdict(profile().mattress(4.0, 8.0, 0.0)));
    }

    @Test
    void inPregnancyAWornButTooFirmMattressWithoutADipGetsATopper() {
        assertEquals(TOPPER, verdict(profile().pregnancyWeeks(30).mattress(9.0, 8.0, 2.4)));
        assertEquals(REPLACE, verdict(profile().pregnancyWeeks(30).mattress(9.0, 8.0, 2.5)), "a dip of 2.5");
        assertEquals(REPLACE, verdict(profile().pregnancyWeeks(30).mattress(4.0, 8.0, 0.0)), "too soft");
        assertTrue(of(profile().pregnancyWeeks(30).mattress(9.0, 8.0, 0.0))
                .verdict()
                .text()
                .contains("after the birth"));
    }

    @Test
    void withAPartnerKeepOnlyWhenItSuitsBothAndReplaceWhenTheyPullApart() {
        FirmnessRange soft = new FirmnessRange(4, 3, 5, FirmnessLabel.MEDIUM_SOFT);
        var couple = profile().mattress(6.0, 3.0, 0.0).partner(60, Position.SIDE);
        assertEquals(
                TOPPER,
                appraisal
                        .appraise(couple.build(), RANGE, soft, EngineTexts.of("en"))
                        .kind(),
                "too firm for the partner only");
        assertEquals(
                KEEP,
                appraisal
                        .appraise(couple.build(), RANGE, RANGE, EngineTexts.of("en"))
                        .kind());
        FirmnessRange firm = new FirmnessRange(8.5, 7.5, 9.5, FirmnessLabel.FIRM);
        Appraisal apart = appraisal.appraise(couple.build(), firm, soft, EngineTexts.of("en"));
        assertEquals(REPLACE, apart.kind());
        assertEquals(Reason.COUPLE_APART, apart.reason());
        assertTrue(apart.verdict().text().contains("split"), apart.verdict().text());
    }

    @Test
    void aCoupleIsToldTheMattressSuitsOnlyWhenItIsInsideBothRanges() {
        FirmnessRange partner = new FirmnessRange(7, 6, 8, FirmnessLabel.MEDIUM_FIRM);
        String inside = appraisal
                .appraise(profile().mattress(6.5, 3.0, 0.0).build(), RANGE, partner, EngineTexts.of("en"))
                .verdict()
                .text();
        assertTrue(inside.contains("suits both your range"), inside);
        Appraisal near =
                appraisal.appraise(profile().mattress(7.5, 3.0, 0.0).build(), RANGE, partner, EngineTexts.of("en"));
        assertEquals(KEEP, near.kind());
        assertTrue(
                near.verdict().text().contains("within half a step of your range of 5-7 and your partner's of 6-8"),
                near.verdict().text());
        assertFalse(near.verdict().text().contains("suits"), near.verdict().text());
        assertTrue(appraisal
                .appraise(profile().mattress(7.5, 3.0, 0.0).build(), RANGE, partner, EngineTexts.of("de"))
                .verdict()
                .text()
                .contains("nicht weiter als eine halbe Stufe"));
    }

    @Test
    void theTrialLineOnlyForAMattressUnderAYearOld() {
        assertTrue(of(profile().mattress(9.0, 0.9, 0.0)).verdict().text().contains("try its trial or return period"));
        assertFalse(of(profile().mattress(9.0, 1.0, 0.0)).verdict().text().contains("trial"));
        assertFalse(of(profile().mattress(9.0, null, 0.0)).verdict().text().contains("trial"), "age unknown");
    }

    @Test
    void theWordsMatchTheDistanceFromTheRange() {
        assertTrue(of(profile().mattress(8.5, 3.0, 0.0)).verdict().text().contains("is clearly firmer than"));
        assertTrue(of(profile().mattress(8.6, 3.0, 0.0)).verdict().text().contains("is much firmer than"));
        assertTrue(of(profile().mattress(4.4, 3.0, 0.0)).verdict().text().contains("is clearly softer than"));
        assertTrue(of(profile().mattress(9.0, 9.0, 0.0)).verdict().text().contains("is much firmer than"));
        assertFalse(
                of(profile().mattress(7.6, 3.0, 0.0)).verdict().text().contains("a little"),
                "beyond half a step it is not 'a little'");
        assertTrue(appraisal
                .appraise(profile().mattress(8.6, 3.0, 0.0).build(), RANGE, null, EngineTexts.of("de"))
                .verdict()
                .text()
                .contains("ist viel fester als"));
    }

    @Test
    void aWornDipWithMorningPainOfThreeIsReplaced() {
        assertEquals(REPLACE, verdict(profile().mattress(6.0, 3.0, 2.5).morningPain(3)));
        assertEquals(KEEP, verdict(profile().mattress(6.0, 3.0, 2.5).morningPain(2)));
        assertEquals(KEEP, verdict(profile().mattress(6.0, 3.0, 2.4).morningPain(6)));
        assertTrue(of(profile().mattress(6.0, 3.0, 2.5).morningPain(3))
                .verdict()
                .text()
                .contains("2.5 cm dip"));
    }

    private Appraisal withSpine(ProfileBuilder p, SpineReading sleeper, SpineReading partner) {
        return appraisal.appraise(
                p.build(), RANGE, partner == null ? null : RANGE, () -> sleeper, () -> partner, EngineTexts.of("en"));
    }

    @Test
    void keepOnlyWhenTheSpineModelAgreesOtherwiseATopperOrANewMattress() {
        SpineReading sags = new SpineReading(AlignmentVerdict.TOO_SOFT, 3.8, false);
        SpineReading unsupported = new SpineReading(AlignmentVerdict.TOO_FIRM, 2.6, false);
        SpineReading fine = new SpineReading(AlignmentVerdict.NEUTRAL, 0.8, true);
        assertEquals(
                KEEP, withSpine(profile().mattress(6.0, 3.0, 0.0), fine, null).kind());
        assertEquals(
                KEEP,
                withSpine(
                                profile().mattress(6.0, 3.0, 0.0),
                                new SpineReading(AlignmentVerdict.TOO_FIRM, 2.2, true),
                                null)
                        .kind(),
                "no worse than the range accepts");
        Appraisal firmer = withSpine(profile().mattress(6.0, 3.0, 2.0), sags, null);
        assertEquals(TOPPER, firmer.kind());
        assertEquals(Reason.FIRMER_TOPPER, firmer.reason());
        assertTrue(
                firmer.verdict().text().contains("(firmness 6, with a 2 cm dip) your hips sink too far")
                        && firmer.verdict().text().contains("3.8°"),
                firmer.verdict().text());
        assertEquals(
                Reason.SOFTER_TOPPER,
                withSpine(profile().mattress(6.0, 3.0, 0.0), unsupported, null).reason());
        Appraisal worn = withSpine(profile().mattress(6.0, 9.0, 0.0), sags, null);
        assertEquals(REPLACE, worn.kind());
        assertTrue(worn.verdict().text().endsWith("Replace it."), worn.verdict().text());
        Appraisal partners = withSpine(
                profile().mattress(6.0, 3.0, 0.0).partner(60, com.restwise.engine.profile.Position.SIDE),
                fine,
                unsupported);
        assertEquals(TOPPER, partners.kind());
        assertTrue(
                partners.verdict().text().contains("your partner's waist"),
                partners.verdict().text());
        assertEquals(
                Reason.COUPLE_APART,
                withSpine(
                                profile()
                                        .mattress(6.0, 3.0, 0.0)
                                        .partner(60, com.restwise.engine.profile.Position.SIDE),
                                sags,
                                unsupported)
                        .reason());
    }

    @Test
    void aHotSleeperKeepingMemoryFoamGetsACoolingTip() {
        String hot = of(profile()
                        .mattress(6.0, 3.0, 0.0)
                        .mattressType(MattressType.MEMORY_FOAM)
                        .hot(true))
                .verdict()
                .text();
        assertTrue(hot.contains("breathable mattress protector") && hot.contains("16-19 °C"), hot);
        assertFalse(of(profile()
                        .mattress(6.0, 3.0, 0.0)
                        .mattressType(MattressType.MEMORY_FOAM)
                        .hot(false))
                .verdict()
                .text()
                .contains("16-19"));
        assertFalse(of(profile()
                        .mattress(6.0, 3.0, 0.0)
                        .mattressType(MattressType.LATEX)
                        .hot(true))
                .verdict()
                .text()
                .contains("16-19"));
        assertFalse(
                of(profile()
                                .mattress(6.0, 12.0, 0.0)
                                .morningPain(2)
                                .mattressType(MattressType.MEMORY_FOAM)
                                .hot(true))
                        .verdict()
                        .text()
                        .contains("16-19"),
                "not kept");
    }

    @Test
    void underKeepTheOptionsFoldUnderIfYouWantToBuyAnyway() {
        assertEquals(
                "If you want to buy anyway",
                of(profile().mattress(6.0, 3.0, 0.0)).verdict().buyAnyway());
        assertEquals(null, of(profile().mattress(9.0, 3.0, 0.0)).verdict().buyAnyway());
    }
}
