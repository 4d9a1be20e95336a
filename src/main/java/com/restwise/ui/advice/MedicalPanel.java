package com.restwise.ui.advice;

import com.restwise.engine.advice.MedicalFlag;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.advice.MedicalResult;
import com.restwise.ui.common.EmergencyCountries;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.QuestionControls;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/**
 * The medical result in its level's colour and wording, never mixed into the mattress advice:
 * what to do, the emergency number under URGENT, each flag (opening to its rule and sources for a
 * clinician), the warning signs asked but not answered (the engine names them: "no warning signs" is
 * said only when every sign asked was answered "no"), and the safety net, which is there at every level.
 */
public final class MedicalPanel {

    private MedicalPanel() {}

    /**
     * @param emergencyCountry the emergency-number setting's country, named with its number under
     *                         URGENT ("Emergency number – United Kingdom: 999")
     */
    public static VBox build(I18n i18n, MedicalResult medical, String emergencyCountry) {
        boolean open = medical.notAnswered() != null;
        Label heading = new Label(heading(i18n, medical));
        heading.setId("medical-heading");
        heading.getStyleClass().add("title-3");
        heading.setWrapText(true);
        VBox box = new VBox(8, heading);
        if (!medical.advice().isBlank()) {
            Label advice = new Label(medical.advice());
            advice.setWrapText(true);
            advice.getStyleClass().add("medical-advice");
            advice.setId("medical-advice");
            box.getChildren().add(advice);
        }
        if (open) {
            Label notAnswered = new Label(medical.notAnswered().text());
            notAnswered.setWrapText(true);
            notAnswered.getStyleClass().add("not-answered");
            notAnswered.setId("not-answered");
            box.getChildren().add(notAnswered);
        }
        if (medical.level() == MedicalLevel.URGENT) {
            Label number = new Label(emergencyLine(i18n, emergencyCountry));
            number.getStyleClass().add("emergency-number");
            number.setId("emergency-number");
            number.setWrapText(true); // with the country's name it is long at 150 %
            box.getChildren().add(number);
        }
        for (MedicalFlag flag : medical.flags()) {
            box.getChildren().add(flag(i18n, flag));
        }
        if (medical.safetyNet() != null && !medical.safetyNet().isBlank()) {
            Label net = new Label(medical.safetyNet());
            net.setWrapText(true);
            net.getStyleClass().add("safety-net");
            net.setId("safety-net");
            box.getChildren().add(net);
        }
        if (medical.level() != MedicalLevel.NONE) {
            box.getChildren().add(QuestionControls.hint(i18n.get("medical.not-diagnosis")));
        }
        // not the all-clear green while signs are open
        box.getStyleClass()
                .addAll(
                        "medical-panel",
                        open && medical.level() == MedicalLevel.NONE
                                ? "medical-open"
                                : "medical-" + medical.level().name().toLowerCase());
        box.setId("medical");
        // read out when the results appear: the first thing a person must hear
        com.restwise.ui.common.Announce.whenShown(
                box, heading.getText() + (medical.advice().isBlank() ? "" : ". " + medical.advice()));
        box.setUserData(medical.level());
        return box;
    }

    /** "Emergency number – United Kingdom: 999": the country as the setting names it, and its number. */
    public static String emergencyLine(I18n i18n, String emergencyCountry) {
        return new EmergencyCountries(i18n).emergencyLine(emergencyCountry);
    }

    /**
     * The level in a few words, wherever it is shown (the panel, a consultation's card, a saved
     * result): "Checked for warning signs" only when the engine found every sign asked answered.
     */
    public static String heading(I18n i18n, MedicalResult medical) {
        return heading(i18n, medical.level(), medical.notAnswered() != null);
    }

    /** The same from a level and whether warning signs were left unanswered (a client's page lists these). */
    public static String heading(I18n i18n, MedicalLevel level, boolean notAnswered) {
        return notAnswered && level == MedicalLevel.NONE
                ? i18n.get("medical.heading.NONE.not-answered")
                : i18n.get("medical.heading." + level);
    }

    /** The flag's text for the sleeper; under it, closed, the rule that fired and its sources. */
    private static Node flag(I18n i18n, MedicalFlag flag) {
        String id = "flag-" + flag.code().name().toLowerCase().replace('_', '-');
        Label text = new Label("•  " + flag.text());
        text.setWrapText(true);
        text.setUserData(flag.code());
        text.setId(id);
        if (flag.rule() == null && flag.sources().isEmpty()) {
            return text; // advice saved by engine 1.x carries neither
        }
        VBox details = new VBox(4);
        details.setPadding(new Insets(4, 0, 4, 18));
        if (flag.rule() != null) {
            Label rule = new Label(i18n.get("medical.rule", flag.rule()));
            rule.setWrapText(true);
            details.getChildren().add(rule);
        }
        if (!flag.sources().isEmpty()) {
            Label sources = new Label(i18n.get("medical.sources", String.join("; ", flag.sources())));
            sources.setWrapText(true);
            details.getChildren().add(sources);
        }
        TitledPane pane = new TitledPane(i18n.get("medical.rule-and-sources"), details);
        pane.setExpanded(false);
        pane.setAnimated(false);
        // wrapping makes the pane's height follow its width: without it the panel around it asks
        // for the height of the rule on one line, and a rule that wraps is cut short
        pane.setWrapText(true);
        pane.getStyleClass().add("flag-rule");
        pane.setId(id + "-rule");
        VBox.setMargin(pane, new Insets(0, 0, 0, 18));
        return new VBox(2, text, pane);
    }
}
