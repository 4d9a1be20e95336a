package com.restwise.ui.records;

import com.restwise.storage.RecordsPlace;
import com.restwise.ui.common.Dialogs;
import com.restwise.ui.common.I18n;
import java.io.File;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Settings, "Client records": the dialog over a {@link RecordsPlaceModel}. */
public final class RecordsPlaceDialog {

    private RecordsPlaceDialog() {}

    public static Optional<RecordsPlace> ask(I18n i18n, Window owner, RecordsPlace current) {
        return create(i18n, owner, new RecordsPlaceModel(i18n, current)).showAndWait();
    }

    public static Dialog<RecordsPlace> create(I18n i18n, Window owner, RecordsPlaceModel vm) {
        Dialog<RecordsPlace> dialog = new Dialog<>();
        dialog.setTitle(i18n.get("place.title"));
        dialog.setHeaderText(i18n.get("place.title"));
        dialog.initOwner(owner);
        Label intro = new Label(i18n.get("place.intro"));
        intro.setWrapText(true);

        ToggleGroup where = new ToggleGroup();
        RadioButton local = new RadioButton(i18n.get("place.this-computer"));
        local.setId("place-this-computer");
        local.setToggleGroup(where);
        RadioButton practice = new RadioButton(i18n.get("place.practice"));
        practice.setId("place-practice");
        practice.setToggleGroup(where);
        (vm.practice().get() ? practice : local).setSelected(true);
        practice.selectedProperty().addListener((obs, was, now) -> vm.practice().set(now));

        TextField host = field(i18n.get("place.host"), vm.host(), "place-host");
        TextField port = field(i18n.get("place.port"), vm.port(), "place-port");
        port.setPrefColumnCount(6);
        TextField database = field(i18n.get("place.database"), vm.database(), "place-database");
        TextField login = field(i18n.get("place.login"), vm.login(), "place-login");
        TextField ca = field(i18n.get("place.ca-file"), vm.caFile(), "place-ca-file");
        javafx.scene.control.Button choose = new javafx.scene.control.Button(i18n.get("place.ca-file.choose"));
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter(i18n.get("place.ca-file.files"), "*.pem", "*.crt", "*.cer"));
            File file = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (file != null) {
                vm.caFile().set(file.getAbsolutePath());
            }
        });
        HBox caRow = new HBox(8, ca, choose);
        HBox.setHgrow(ca, Priority.ALWAYS);
        CheckBox unchecked = new CheckBox(i18n.get("place.unchecked"));
        unchecked.setId("place-unchecked");
        unchecked.setWrapText(true);
        unchecked.selectedProperty().bindBidirectional(vm.unchecked());
        // the choice is offered only where it matters: another computer and no CA file
        Runnable showChoice = () -> {
            unchecked.setVisible(vm.needsCheckChoice());
            unchecked.setManaged(vm.needsCheckChoice());
        };
        vm.host().addListener(o -> showChoice.run());
        vm.caFile().addListener(o -> showChoice.run());
        vm.practice().addListener(o -> showChoice.run());
        showChoice.run();
        TextField lock = field(i18n.get("place.lock"), vm.lockMinutes(), "place-lock-minutes");
        lock.setPrefColumnCount(4);
        HBox hostRow = new HBox(8, labelled(i18n.get("place.host"), host), labelled(i18n.get("place.port"), port));
        HBox.setHgrow(hostRow.getChildren().get(0), Priority.ALWAYS);
        VBox fields = new VBox(
                10,
                hostRow,
                labelled(i18n.get("place.database"), database),
                labelled(i18n.get("place.login"), login),
                labelled(i18n.get("place.ca-file"), caRow),
                unchecked,
                labelled(i18n.get("place.lock"), lock));
        fields.disableProperty().bind(vm.practice().not());
        Label problem = new Label();
        problem.setId("place-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(vm.problem());

        VBox content = new VBox(12, intro, local, practice, fields, problem);
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ButtonType save = new ButtonType(i18n.get("place.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("place.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(cancel, save);
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("place-save");
        saveButton.disableProperty().bind(Bindings.isNotEmpty(vm.problem()));
        dialog.getDialogPane().setId("place-dialog");
        dialog.setResultConverter(b -> b == save ? vm.place() : null);
        return Dialogs.own(dialog, owner);
    }

    private static TextField field(String name, javafx.beans.property.StringProperty value, String id) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(value);
        field.setId(id);
        field.setAccessibleText(name);
        return field;
    }

    private static VBox labelled(String name, Node field) {
        Label label = new Label(name);
        label.setLabelFor(field);
        label.setWrapText(true);
        return new VBox(4, label, field);
    }
}
