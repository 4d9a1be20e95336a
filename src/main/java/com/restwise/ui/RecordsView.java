package com.restwise.ui;

import com.restwise.engine.advice.MedicalLevel;
import com.restwise.json.InvalidInputException;
import com.restwise.json.JsonFormat;
import com.restwise.json.StrictJson;
import com.restwise.records.Client;
import com.restwise.records.ClientTransfer;
import com.restwise.records.Consultation;
import com.restwise.records.ConsultationStore;
import com.restwise.records.PainTrend;
import com.restwise.records.StoreException;
import com.restwise.ui.model.I18n;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Client records for physiotherapists: search clients as you type, open one to see the
 * consultations in order, the pain trend with its change, and any medical level of SOON or
 * URGENT; start a follow-up, print a report, export.
 */
final class RecordsView {

    private final I18n i18n;
    private final AppActions app;
    private final ConsultationStore store;
    private final BorderPane root = new BorderPane();
    private final ListView<Client> clients = new ListView<>();
    private final TextField search = new TextField();
    private final VBox detail = new VBox(16);
    private final DateTimeFormatter dates;

    RecordsView(I18n i18n, AppActions app, ConsultationStore store, javafx.beans.property.StringProperty notice) {
        this.i18n = i18n;
        this.app = app;
        this.store = store;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag(i18n.lang()));
        root.getStyleClass().add("wizard");
        root.setId("records");

        Label title = new Label(i18n.get("records.title"));
        title.getStyleClass().addAll("title-3", "app-name");
        Button back = new Button(i18n.get("records.back"));
        back.setId("records-back");
        back.setOnAction(e -> app.startOver());
        Button exportAll = new Button(i18n.get("records.export-all"));
        exportAll.setId("export-all");
        exportAll.setOnAction(e -> chooseExport(null));
        Button importFile = new Button(i18n.get("records.import"));
        importFile.setId("import");
        importFile.setOnAction(e -> chooseImport());
        HBox header = new HBox(16, title, new javafx.scene.layout.Region(), exportAll, importFile, back);
        HBox.setHgrow(header.getChildren().get(1), Priority.ALWAYS);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("app-header");
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(notice);
        message.setId("notice");
        message.getStyleClass().add("notice-bar");
        message.setMaxWidth(Double.MAX_VALUE);
        message.visibleProperty().bind(notice.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        root.setTop(new VBox(header, message));

        search.setPromptText(i18n.get("records.search"));
        search.setId("client-search");
        search.setAccessibleText(i18n.get("records.search"));
        search.textProperty().addListener((obs, was, now) -> refresh(null));
        clients.setId("client-list");
        clients.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Client c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.name());
            }
        });
        clients.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> showClient(now));
        // New clients are named inline: one field and Enter, no dialog in the way.
        TextField newName = new TextField();
        newName.setPromptText(i18n.get("records.client-name"));
        newName.setId("new-client-name");
        newName.setAccessibleText(i18n.get("records.client-name"));
        Button create = new Button(i18n.get("records.new-client"));
        create.setId("new-client");
        create.disableProperty().bind(newName.textProperty().isEmpty());
        Runnable add = () -> {
            if (!newName.getText().isBlank()) {
                createClient(newName.getText());
                newName.clear();
            }
        };
        create.setOnAction(e -> add.run());
        newName.setOnAction(e -> add.run());
        VBox left = new VBox(10, search, clients, newName, create);
        VBox.setVgrow(clients, Priority.ALWAYS);
        left.setPadding(new Insets(16));
        left.setPrefWidth(280);
        left.getStyleClass().add("step-list");
        root.setLeft(left);

        detail.setPadding(new Insets(24, 32, 32, 32));
        detail.setId("client-detail");
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        root.setCenter(scroll);
        refresh(null);
    }

    Parent root() {
        return root;
    }

    /** Reloads the list (keeping or choosing a selection) after any change. */
    void refresh(Client select) {
        try {
            List<Client> found = store.searchClients(search.getText());
            Long keep = select != null ? Long.valueOf(select.id())
                    : clients.getSelectionModel().getSelectedItem() == null ? null
                    : clients.getSelectionModel().getSelectedItem().id();
            clients.setItems(FXCollections.observableArrayList(found));
            found.stream().filter(c -> keep != null && c.id() == keep).findFirst()
                    .ifPresentOrElse(c -> clients.getSelectionModel().select(c), () -> showClient(null));
        } catch (StoreException e) {
            app.tell(e.getMessage());
        }
    }

    /** Creates a client and selects it (also what the dialog's OK does). */
    void createClient(String name) {
        try {
            Client c = store.createClient(name, "");
            search.clear();
            refresh(c);
        } catch (StoreException e) {
            app.tell(e.getMessage());
        }
    }

    private void showClient(Client client) {
        detail.getChildren().clear();
        if (client == null) {
            detail.getChildren().add(QuestionControls.intro(i18n.get("records.choose")));
            return;
        }
        List<Consultation> consultations;
        try {
            consultations = store.consultations(client.id());
        } catch (StoreException e) {
            app.tell(e.getMessage());
            return;
        }
        Label name = QuestionControls.title(client.name());
        name.setId("client-name");
        TextField notes = new TextField(client.notes());
        notes.setPromptText(i18n.get("records.notes"));
        notes.setId("client-notes");
        notes.setAccessibleText(i18n.get("records.notes"));
        notes.setOnAction(e -> save(() -> store.updateClient(client.id(), client.name(), notes.getText())));
        notes.focusedProperty().addListener((obs, was, now) -> {
            if (!now && !notes.getText().equals(client.notes())) {
                save(() -> store.updateClient(client.id(), client.name(), notes.getText()));
            }
        });

        Button follow = new Button(consultations.isEmpty() ? i18n.get("records.first-consultation")
                : i18n.get("records.follow-up"));
        follow.setId("new-consultation");
        follow.getStyleClass().add("accent");
        follow.setOnAction(e -> app.startConsultation(client));
        Button rename = new Button(i18n.get("records.rename"));
        rename.setId("rename-client");
        rename.setOnAction(e -> rename(client));
        Button delete = new Button(i18n.get("records.delete"));
        delete.setId("delete-client");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> delete(client));
        Button export = new Button(i18n.get("records.export"));
        export.setId("export-client");
        export.setOnAction(e -> chooseExport(client));
        FlowPane actions = new FlowPane(10, 10, follow, rename, export, delete);
        detail.getChildren().addAll(name, notes, actions);

        PainTrend trend = new PainTrend(consultations);
        if (trend.mostPressingLevel().atLeast(MedicalLevel.SOON)) {
            Label warning = new Label(i18n.get("records.medical", i18n.get("medical.heading." + trend.mostPressingLevel())));
            warning.setWrapText(true);
            warning.getStyleClass().addAll("medical-panel", "medical-" + trend.mostPressingLevel().name().toLowerCase());
            warning.setId("client-medical");
            detail.getChildren().add(warning);
        }
        if (consultations.size() >= 2) {
            detail.getChildren().add(change(trend));
        }
        if (!consultations.isEmpty()) {
            detail.getChildren().add(charts(consultations));
        }
        detail.getChildren().add(list(client, consultations));
    }

    private Node change(PainTrend trend) {
        Label first = new Label(describe(trend.sinceFirst(), "records.since-first", "records.since-first.unknown"));
        first.setId("change-since-first");
        first.setWrapText(true);
        Label previous = new Label(describe(trend.sincePrevious(), "records.since-previous",
                "records.since-previous.unknown"));
        previous.setId("change-since-previous");
        previous.setWrapText(true);
        for (Label l : List.of(first, previous)) {
            l.getStyleClass().add("share-line");
        }
        if (trend.sinceFirst().verdict() == PainTrend.Verdict.IMPROVED) {
            first.getStyleClass().add("improved");
        } else if (trend.sinceFirst().verdict() == PainTrend.Verdict.WORSENED) {
            first.getStyleClass().add("worsened");
        }
        return new VBox(6, first, previous);
    }

    private String describe(PainTrend.Change change, String key, String unknownKey) {
        if (change.points() == null) {
            return i18n.get(unknownKey);
        }
        String points = (change.points() > 0 ? "+" : "") + change.points();
        return i18n.get(key, change.from(), change.to(), points, i18n.get("verdict." + change.verdict()));
    }

    private Node charts(List<Consultation> consultations) {
        LineChart<String, Number> scores = chart(i18n.get("records.chart.scores"), 10);
        scores.getData().add(series(i18n.get("records.chart.pain"), consultations, c -> c.profile().symptoms().morningPain()));
        scores.getData().add(series(i18n.get("records.chart.quality"), consultations,
                c -> c.profile().symptoms().sleepQuality()));
        scores.setId("chart-scores");
        LineChart<String, Number> stiffness = chart(i18n.get("records.chart.stiffness"), -1);
        stiffness.getData().add(series(i18n.get("records.chart.stiffness"), consultations,
                c -> c.profile().symptoms().morningStiffnessMinutes()));
        stiffness.setId("chart-stiffness");
        HBox box = new HBox(16, scores, stiffness);
        HBox.setHgrow(scores, Priority.ALWAYS);
        HBox.setHgrow(stiffness, Priority.ALWAYS);
        return box;
    }

    private static LineChart<String, Number> chart(String title, int upper) {
        NumberAxis y = upper > 0 ? new NumberAxis(0, upper, 2) : new NumberAxis();
        LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), y);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setPrefHeight(260);
        chart.setMinWidth(260);
        return chart;
    }

    private XYChart.Series<String, Number> series(String name, List<Consultation> consultations,
                                                  Function<Consultation, Integer> value) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (int i = 0; i < consultations.size(); i++) {
            Integer v = value.apply(consultations.get(i));
            if (v != null) {
                // numbered so two consultations on one day stay two points
                s.getData().add(new XYChart.Data<>((i + 1) + ". " + consultations.get(i).date().format(dates), v));
            }
        }
        return s;
    }

    private Node list(Client client, List<Consultation> consultations) {
        VBox list = new VBox(10);
        list.setId("consultations");
        Label heading = new Label(i18n.get("records.consultations"));
        heading.getStyleClass().add("title-3");
        list.getChildren().add(heading);
        if (consultations.isEmpty()) {
            list.getChildren().add(new Label(i18n.get("records.no-consultations")));
        }
        for (int i = consultations.size() - 1; i >= 0; i--) {
            Consultation c = consultations.get(i);
            Label when = new Label(c.date().format(dates));
            when.getStyleClass().add("card-title");
            Label facts = new Label(i18n.get("records.consultation.facts",
                    c.morningPain() == null ? "–" : c.morningPain(), i18n.number(c.advice().firmness().target()),
                    i18n.get("medical.heading." + c.advice().medical().level())));
            facts.setWrapText(true);
            Button open = new Button(i18n.get("records.open"));
            open.setId("open-consultation-" + c.id());
            open.setOnAction(e -> root.setCenter(stored(client, c, consultations)));
            Button report = new Button(i18n.get("records.report"));
            report.setId("report-consultation-" + c.id());
            report.setOnAction(e -> app.saveReport(c.profile(), c.advice(), client));
            VBox card = new VBox(6, when, facts);
            if (!c.notes().isBlank()) {
                Label notes = new Label(c.notes());
                notes.setWrapText(true);
                notes.getStyleClass().add("text-muted");
                card.getChildren().add(notes);
            }
            card.getChildren().add(new HBox(10, open, report));
            card.getStyleClass().add("option-card");
            card.setUserData(c.id());
            list.getChildren().add(card);
        }
        return list;
    }

    /** A saved consultation as it was: its advice shown read-only, from the stored document. */
    private Node stored(Client client, Consultation c, List<Consultation> all) {
        Button back = new Button(i18n.get("records.back-to-client", client.name()));
        back.setId("back-to-client");
        back.setOnAction(e -> {
            ScrollPane scroll = new ScrollPane(detail);
            scroll.setFitToWidth(true);
            scroll.getStyleClass().add("page-scroll");
            root.setCenter(scroll);
        });
        Label when = QuestionControls.intro(i18n.get("records.saved-on", c.date().format(dates), c.engineVersion()));
        when.setId("stored-when");
        VBox page = new VBox(16, back, when, ResultsPage.adviceView(i18n, c.profile(), c.advice(),
                app.settings().emergencyNumber()));
        page.setPadding(new Insets(24, 32, 32, 32));
        page.setId("stored-consultation");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        return scroll;
    }

    private void rename(Client client) {
        TextInputDialog dialog = new TextInputDialog(client.name());
        dialog.setTitle(i18n.get("records.rename"));
        dialog.setHeaderText(i18n.get("records.client-name"));
        dialog.initOwner(root.getScene().getWindow());
        dialog.showAndWait().filter(n -> !n.isBlank()).ifPresent(n -> {
            save(() -> store.updateClient(client.id(), n, client.notes()));
            refresh(new Client(client.id(), n, client.notes()));
        });
    }

    private void delete(Client client) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, i18n.get("records.delete.confirm", client.name()),
                ButtonType.CANCEL, ButtonType.OK);
        confirm.setHeaderText(i18n.get("records.delete"));
        confirm.initOwner(root.getScene().getWindow());
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> deleteConfirmed(client));
    }

    /** Deletes after the user has confirmed. */
    void deleteConfirmed(Client client) {
        save(() -> store.deleteClient(client.id()));
        clients.getSelectionModel().clearSelection();
        refresh(null);
    }

    private void chooseExport(Client only) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(only == null ? i18n.get("records.export-all") : i18n.get("records.export"));
        chooser.setInitialFileName("restwise-" + (only == null ? "clients" : only.name().replaceAll("[^\\p{L}\\p{N}]+", "-"))
                + "-" + java.time.LocalDate.now() + ".json");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        java.io.File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            exportTo(file.toPath(), only);
        }
    }

    /** Writes one client, or every client, to an export file. */
    void exportTo(Path file, Client only) {
        try {
            List<Client> chosen = only == null ? store.searchClients("") : List.of(only);
            Files.writeString(file, JsonFormat.pretty(ClientTransfer.export(store, chosen)), StandardCharsets.UTF_8);
            app.tell(i18n.get("records.exported", chosen.size(), file));
        } catch (StoreException e) {
            app.tell(e.getMessage());
        } catch (IOException e) {
            app.tell(i18n.get("records.export-failed", file, e.getMessage()));
        }
    }

    private void chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("records.import"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        java.io.File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            importFrom(file.toPath(), this::askAboutConflicts);
        }
    }

    /**
     * Reads an export file; every record is checked before anything is saved, and names that are
     * already in the records are left to the user's choice (null: cancel).
     */
    void importFrom(Path file, Function<java.util.Set<String>, ClientTransfer.OnConflict> decide) {
        List<ClientTransfer.ClientRecord> read;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            read = ClientTransfer.read(StrictJson.parse(StrictJson.readText(in)));
        } catch (InvalidInputException e) {
            List<String> shown = e.problems().subList(0, Math.min(5, e.problems().size()));
            app.tell(i18n.get("records.import-invalid", file.getFileName(), String.join("; ", shown),
                    e.problems().size()));
            return;
        } catch (IOException e) {
            app.tell(i18n.get("records.import-invalid", file.getFileName(), e.getMessage(), 1));
            return;
        }
        try {
            java.util.Set<String> conflicts = ClientTransfer.conflicts(store, read);
            ClientTransfer.OnConflict choice = conflicts.isEmpty() ? ClientTransfer.OnConflict.SKIP
                    : decide.apply(conflicts);
            if (choice == null) {
                return;
            }
            int saved = ClientTransfer.importAll(store, read, choice);
            app.tell(i18n.get("records.imported", saved, file.getFileName()));
            refresh(null);
        } catch (StoreException e) {
            app.tell(e.getMessage());
        }
    }

    private ClientTransfer.OnConflict askAboutConflicts(java.util.Set<String> names) {
        ButtonType skip = new ButtonType(i18n.get("records.conflict.skip"));
        ButtonType replace = new ButtonType(i18n.get("records.conflict.replace"));
        ButtonType both = new ButtonType(i18n.get("records.conflict.both"));
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, i18n.get("records.conflict", String.join(", ", names)),
                skip, replace, both, ButtonType.CANCEL);
        ask.setHeaderText(i18n.get("records.import"));
        ask.initOwner(root.getScene().getWindow());
        ButtonType answer = ask.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == skip) {
            return ClientTransfer.OnConflict.SKIP;
        }
        if (answer == replace) {
            return ClientTransfer.OnConflict.REPLACE;
        }
        return answer == both ? ClientTransfer.OnConflict.KEEP_BOTH : null;
    }

    private void save(StoreAction action) {
        try {
            action.run();
        } catch (StoreException e) {
            app.tell(e.getMessage());
        }
    }

    private interface StoreAction {
        void run() throws StoreException;
    }

}
