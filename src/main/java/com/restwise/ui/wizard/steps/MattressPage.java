package com.restwise.ui.wizard.steps;

import com.restwise.engine.advice.FirmnessLabel;
import com.restwise.engine.profile.MattressType;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.QuestionControls;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;

/** Step "Your mattress": firmness with words and H label, type, age, sag; "I don't know" for each. */
public final class MattressPage {

    /** Cold foam, the commonest type sold in Germany, first; "something else" last; the rest as the profile lists them. */
    static final List<MattressType> TYPES = java.util.Arrays.stream(MattressType.values())
            .sorted(java.util.Comparator.comparing((MattressType t) -> t != MattressType.COLD_FOAM)
                    .thenComparing(t -> t == MattressType.OTHER))
            .toList();

    public static Node build(I18n i18n, MattressModel m) {
        ValidationSupport validation = new ValidationSupport();
        List<Integer> steps = IntStream.rangeClosed(1, 10).boxed().toList();
        String firmnessQuestion = i18n.get("mattress.firmness");
        VBox firmness = new VBox(
                6,
                QuestionControls.question(firmnessQuestion),
                QuestionControls.combo(
                        steps,
                        f -> i18n.get(
                                "mattress.firmness.step", f, i18n.get("firmness.word." + f), FirmnessLabel.european(f)),
                        i18n.get("answer.dont-know"),
                        m.firmness(),
                        "firmness",
                        firmnessQuestion),
                QuestionControls.hint(i18n.get("mattress.firmness.hint")));
        String typeQuestion = i18n.get("mattress.type");
        VBox type = new VBox(
                6,
                QuestionControls.question(typeQuestion),
                QuestionControls.combo(
                        TYPES,
                        t -> i18n.get("mattressType." + t),
                        i18n.get("answer.dont-know"),
                        m.type(),
                        "mattress-type",
                        typeQuestion));
        VBox page = new VBox(
                18,
                QuestionControls.title(i18n.get("mattress.title")),
                QuestionControls.intro(i18n.get("mattress.intro")),
                firmness,
                type,
                QuestionControls.numberField(
                        i18n.get("mattress.age"),
                        m.ageYears(),
                        validation,
                        null,
                        "mattress-age",
                        i18n.get("hint.dont-know-empty")),
                sag(i18n, m, validation));
        page.getStyleClass().add("page");
        return page;
    }

    /**
     * "Does it sag?" beside the measured dip, for those who can tell but cannot measure. No means
     * a dip of 0 cm; not sure leaves the dip out of the profile; yes asks for the measurement.
     * The choice follows the dip typed, so the two never disagree.
     */
    private static Node sag(I18n i18n, MattressModel m, ValidationSupport validation) {
        javafx.beans.property.ObjectProperty<com.restwise.ui.common.Answer> sags =
                new javafx.beans.property.SimpleObjectProperty<>(
                        fromDip(m.sagCm().value(), null));
        VBox question = QuestionControls.yesNo(i18n, i18n.get("mattress.sags"), sags, "sags");
        VBox dip = QuestionControls.numberField(
                i18n.get("mattress.sag"), m.sagCm(), validation, null, "sag", i18n.get("mattress.sag.hint"));
        boolean[] syncing = {false};
        sags.addListener((obs, was, now) -> {
            if (syncing[0]) {
                return;
            }
            syncing[0] = true;
            if (now == com.restwise.ui.common.Answer.NO) {
                m.sagCm().set(0.0);
            } else if (now == com.restwise.ui.common.Answer.NOT_SURE
                    || (now == com.restwise.ui.common.Answer.YES
                            && Double.valueOf(0).equals(m.sagCm().value()))) {
                m.sagCm().set(null);
            }
            syncing[0] = false;
        });
        m.sagCm().text().addListener((obs, was, now) -> {
            if (!syncing[0]) {
                syncing[0] = true;
                sags.set(fromDip(m.sagCm().value(), sags.get()));
                syncing[0] = false;
            }
        });
        // the one right above the other: side by side, the dip's hint could not wrap at 150 %
        VBox row = new VBox(10, question, dip);
        row.setId("sag-row");
        return row;
    }

    private static com.restwise.ui.common.Answer fromDip(Double cm, com.restwise.ui.common.Answer before) {
        if (cm == null) {
            return before == com.restwise.ui.common.Answer.NO ? null : before;
        }
        return cm > 0 ? com.restwise.ui.common.Answer.YES : com.restwise.ui.common.Answer.NO;
    }

    private MattressPage() {}
}
