package com.restwise.ui.records;

import com.restwise.records.Consultation;
import com.restwise.records.ConsultationLine;
import com.restwise.ui.common.I18n;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * "Today's screen: Urgent" on an imported consultation whose stored advice was less pressing
 * than today's medical screen of its answers, in the colour of today's level: the stored advice
 * stays as it was said, and this says what it would be now.
 */
final class TodaysScreen {

    private TodaysScreen() {}

    /** The note for the consultation, or empty when its stored advice is as pressing as today's screen. */
    static Optional<VBox> note(I18n i18n, Consultation c) {
        return note(i18n, ConsultationLine.of(c));
    }

    static Optional<VBox> note(I18n i18n, ConsultationLine c) {
        if (c.todaysScreen() == null || c.medical() == null) {
            return Optional.empty();
        }
        Label said = new Label(i18n.get(
                "records.todays-screen",
                i18n.get("medical.heading." + c.todaysScreen()),
                i18n.get("medical.heading." + c.medical())));
        said.setWrapText(true);
        said.setId("todays-screen-" + c.id());
        VBox panel = new VBox(said);
        panel.getStyleClass()
                .addAll("medical-panel", "medical-" + c.todaysScreen().name().toLowerCase(Locale.ROOT));
        return Optional.of(panel);
    }
}
