package com.restwise.ui.records;

import com.restwise.records.Client;
import com.restwise.records.OpenRecords;
import com.restwise.ui.common.Dialogs;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.ShownName;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "New client" with a name already in the records: that client is offered first. In the
 * practice's records, where two people may share a name, a second client of the name can still
 * be added; on this computer names are unique, so only the existing one is offered.
 */
final class SameNameDialog {

    private SameNameDialog() {}

    /**
     * @return the client to open; empty to add a new client of that name; null to do nothing
     */
    static Optional<Client> ask(
            I18n i18n, Window owner, List<Client> same, Map<Long, OpenRecords.Origin> origins, boolean mayAddAnother) {
        Dialog<Optional<Client>> dialog = new Dialog<>();
        dialog.setTitle(i18n.get("same-name.title"));
        dialog.setHeaderText(
                i18n.get("same-name.header", ShownName.of(same.get(0).name())));
        dialog.initOwner(owner);
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(8);
        for (Client c : same) {
            OpenRecords.Origin o = origins.get(c.id());
            RadioButton open = new RadioButton(
                    o == null
                            ? ShownName.of(c.name())
                            : ShownName.of(c.name()) + " ("
                                    + i18n.get(
                                            "records.created-by",
                                            i18n.date(o.at().atZone(ZoneId.systemDefault())
                                                    .toLocalDate()),
                                            o.by())
                                    + ")");
            open.setUserData(c);
            open.setToggleGroup(group);
            open.setWrapText(true);
            choices.getChildren().add(open);
        }
        ((RadioButton) choices.getChildren().get(0)).setSelected(true);
        ButtonType openButton = new ButtonType(i18n.get("same-name.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType another = new ButtonType(i18n.get("same-name.another"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(i18n.get("same-name.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(cancel, openButton);
        if (mayAddAnother) {
            dialog.getDialogPane().getButtonTypes().add(0, another);
        }
        Label intro = new Label(i18n.get(mayAddAnother ? "same-name.intro-practice" : "same-name.intro"));
        intro.setWrapText(true);
        VBox content = new VBox(12, intro, choices);
        content.setPrefWidth(480);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("same-name-dialog");
        dialog.setResultConverter(b -> b == openButton
                ? Optional.of((Client) group.getSelectedToggle().getUserData())
                : b == another ? Optional.empty() : null);
        return Dialogs.own(dialog, owner).showAndWait().orElse(null);
    }
}
