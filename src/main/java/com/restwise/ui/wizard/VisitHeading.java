package com.restwise.ui.wizard;

import com.restwise.ui.common.ClientVisit;
import com.restwise.ui.common.I18n;
import javafx.scene.control.Label;

/** In the wizard's header while it runs for a client: "Follow-up for Anna Berger". */
final class VisitHeading {

    static Label of(I18n i18n, ClientVisit visit) {
        Label heading = new Label();
        heading.setId("visit-heading");
        heading.textProperty().bind(visit.heading(i18n));
        heading.getStyleClass().add("visit-heading");
        heading.setWrapText(true); // a long name wraps rather than being cut
        return heading;
    }

    private VisitHeading() {}
}
