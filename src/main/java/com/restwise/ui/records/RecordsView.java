package com.restwise.ui.records;

import com.restwise.engine.advice.MedicalLevel;
import com.restwise.records.Client;
import com.restwise.records.ClientTransfer;
import com.restwise.records.Consultation;
import com.restwise.records.ConsultationLine;
import com.restwise.records.OpenRecords;
import com.restwise.records.PainTrend;
import com.restwise.report.ReportFileName;
import com.restwise.ui.advice.AdviceView;
import com.restwise.ui.advice.MedicalPanel;
import com.restwise.ui.advice.TrendLines;
import com.restwise.ui.common.AppSettings;
import com.restwise.ui.common.Consultations;
import com.restwise.ui.common.Dialogs;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.Navigation;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.NoticeBar;
import com.restwise.ui.common.QuestionControls;
import com.restwise.ui.common.ReportProgress;
import com.restwise.ui.common.Reports;
import com.restwise.ui.common.ShownName;
import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
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
public final class RecordsView {

    /** Consultation cards built when a client is opened; the rest on request. */
    public static final int CARDS_AT_FIRST = 25;

    private final I18n i18n;
    private final Navigation navigation;
    private final AppSettings settings;
    private final Consultations visits;
    private final Reports reports;
    /** "Writing the report..." in the header, where the focus waits while a report is written. */
    private Node reportProgress;

    private final RecordsViewModel vm;
    private final BorderPane root = new BorderPane();
    private final ListView<Client> clients = new ListView<>();
    private final TextField search = new TextField();
    private final VBox detail = new VBox(16);
    private final ScrollPane detailScroll = new ScrollPane(readable(detail));
    /** The shown client's corrected consultations (practice records only). */
    private java.util.Map<Long, com.restwise.records.OpenRecords.Correction> corrections = java.util.Map.of();
    /** True while the list's selection follows the page shown, so it does not load the page again. */
    private boolean following;

    public RecordsView(
            RecordsViewModel vm,
            Navigation navigation,
            AppSettings settings,
            Consultations consultations,
            Reports reports,
            Notice notice) {
        this.i18n = vm.i18n();
        this.navigation = navigation;
        this.settings = settings;
        this.visits = consultations;
        this.reports = reports;
        this.vm = vm;
        root.getStyleClass().add("wizard");
        root.setId("records");

        Label title = new Label(i18n.get("records.title"));
        title.getStyleClass().addAll("title-3", "app-name");
        Button back = new Button(i18n.get("records.back"));
        back.setId("records-back");
        back.setOnAction(e -> navigation.startOver());
        Button exportAll = new Button(i18n.get("records.export-all"));
        exportAll.setId("export-all");
        exportAll.setOnAction(e -> chooseExport(null));
        Button importFile = new Button(i18n.get("records.import"));
        importFile.setId("import");
        importFile.setOnAction(e -> chooseImport());
        // where the records are: "Physio am Park: Jana Meier", or on this computer; a click changes it
        javafx.scene.control.Hyperlink where = new javafx.scene.control.Hyperlink(settings.recordsWhere());
        where.setId("records-where");
        // named for a screen reader even while the place is not yet known
        where.setAccessibleText(i18n.get("records.title") + ": " + settings.recordsWhere());
        where.setOnAction(e -> settings.editRecordsPlace(where.getScene().getWindow()));
        reportProgress = ReportProgress.compact(i18n, reports.writingReport());
        // the place takes what its row leaves; cut with an ellipsis (its words in a tooltip) only
        // when even a row of its own is too short, never broken inside a word
        where.setWrapText(false);
        where.setTooltip(new javafx.scene.control.Tooltip(settings.recordsWhere()));
        HBox.setHgrow(where, Priority.ALWAYS);
        HBox named = new HBox(16, title, where);
        named.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(16, progress(), reportProgress, exportAll, saving(importFile), back);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        // while the progress shows, its words give way; the title and the buttons keep theirs
        for (javafx.scene.control.Control whole : List.of(title, exportAll, importFile, back)) {
            whole.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        // the buttons go on a row of their own when the title, the place and they do not fit on one
        // (German at 150 % in a 1024-px window)
        HeaderRows header = new HeaderRows(named, buttons, 12);
        header.setId("records-header");
        header.getStyleClass().add("app-header");
        root.setTop(new VBox(header, NoticeBar.build(notice, i18n), readOnlyNote(), unsavedPanel()));

        root.setLeft(clientList());

        detail.setPadding(new Insets(24, 32, 32, 32));
        detail.setId("client-detail");
        detailScroll.setFitToWidth(true);
        detailScroll.getStyleClass().add("page-scroll");
        detailScroll.setId("page-scroll"); // the page's scroll, as on the wizard's steps
        root.setCenter(detailScroll);
        vm.page().addListener((obs, was, now) -> show(now));
        vm.opened().addListener((obs, was, now) -> {
            RecordsViewModel.ClientPage page = vm.page().get();
            if (now != null && page != null) {
                root.setCenter(stored(page.client(), now));
            } else {
                root.setCenter(detailScroll);
                keepFocusOnScreen();
            }
        });
        show(vm.page().get());
        // the keyboard starts in the search, not on the header's first button (Export all)
        root.sceneProperty().addListener((obs, was, now) -> {
            if (now != null) {
                search.requestFocus();
            }
        });
        vm.load();
    }

    /**
     * The clients on the left: "New client" at the top, then the search, which offers to create a
     * name that matches nobody (Enter does it), then the list, which says when it is empty why.
     * Every field has its label in view, not only a prompt that goes when typing starts.
     */
    private Node clientList() {
        // New clients are named inline: one field and Enter, no dialog in the way.
        Label newLabel = new Label(i18n.get("records.new-client"));
        newLabel.getStyleClass().add("question");
        TextField newName = new TextField();
        // no prompt: the label above says what goes in, and a prompt was cut in the narrow field
        newName.setId("new-client-name");
        newName.setAccessibleText(i18n.get("records.new-client") + ": " + i18n.get("records.client-name"));
        newLabel.setLabelFor(newName);
        Button create = new Button(i18n.get("records.create"));
        create.setId("new-client");
        create.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        create.disableProperty().bind(newName.textProperty().isEmpty().or(vm.readOnly()));
        newName.editableProperty().bind(vm.readOnly().not());
        Runnable add = () -> create(newName.getText(), newName);
        create.setOnAction(e -> add.run());
        newName.setOnAction(e -> add.run());
        HBox.setHgrow(newName, Priority.ALWAYS);
        HBox newRow = new HBox(8, newName, saving(create));

        Label searchLabel = new Label(i18n.get("records.search"));
        searchLabel.getStyleClass().add("question");
        searchLabel.setLabelFor(search);
        search.setId("client-search");
        search.setAccessibleText(i18n.get("records.search"));
        search.textProperty().bindBidirectional(vm.query());
        javafx.beans.binding.BooleanBinding noMatch = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !vm.query().get().isBlank() && vm.clients().isEmpty(), vm.query(), vm.clients());
        Button createFound = new Button();
        createFound.setId("create-from-search");
        createFound.getStyleClass().add("accent");
        createFound.setWrapText(true);
        createFound
                .textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> i18n.get("records.create-named", vm.query().get().strip()), vm.query()));
        createFound.visibleProperty().bind(noMatch);
        createFound.managedProperty().bind(noMatch);
        createFound.setMaxWidth(Double.MAX_VALUE);
        createFound.setOnAction(e -> create(vm.query().get(), null));
        Node createFoundHolder = saving(createFound);
        createFoundHolder.visibleProperty().bind(noMatch);
        createFoundHolder.managedProperty().bind(noMatch);
        // Enter in the search: create the name nobody has, or open the one client it found
        search.setOnAction(e -> {
            if (noMatch.get() && !createFound.isDisabled()) {
                createFound.fire();
            } else if (vm.clients().size() == 1) {
                vm.open(vm.clients().get(0));
            }
        });

        clients.setId("client-list");
        clients.setItems(vm.clients());
        clients.setCellFactory(list -> new ClientNameCell(c -> {
            OpenRecords.Origin o = vm.origins().get(c.id());
            return o == null
                    ? null
                    : i18n.get(
                            "records.created-by",
                            i18n.date(o.at().atZone(java.time.ZoneId.systemDefault())
                                    .toLocalDate()),
                            o.by());
        }));
        // a name several clients share is told apart once it is known who created each
        vm.origins().addListener((javafx.collections.MapChangeListener<Long, OpenRecords.Origin>)
                change -> clients.refresh());
        clients.setAccessibleText(i18n.get("records.list"));
        clients.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (!following && now != null) {
                vm.open(now);
            }
        });
        Label empty = new Label();
        empty.setId("client-list-empty");
        empty.setWrapText(true);
        empty.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> i18n.get(vm.query().get().isBlank() ? "records.no-clients" : "records.no-match"),
                        vm.query()));
        clients.setPlaceholder(empty);

        VBox left = new VBox(
                8,
                newLabel,
                newRow,
                new javafx.scene.control.Separator(),
                searchLabel,
                search,
                createFoundHolder,
                clients);
        if (vm.canMoveToPractice()) {
            Button move = new Button(i18n.get("records.move"));
            move.setId("move-to-practice");
            move.setWrapText(true);
            move.setOnAction(e -> vm.moveToPractice(new DialogQuestions()));
            left.getChildren().add(move);
        }
        VBox.setVgrow(clients, Priority.ALWAYS);
        left.setPadding(new Insets(16));
        left.getStyleClass().addAll("step-list", "client-list-pane");
        return left;
    }

    /**
     * Creates the client; the name stays where it was typed until it is saved, so a failed save
     * loses nothing.
     */
    private void create(String name, TextField typedIn) {
        if (name.isBlank()) {
            return;
        }
        // a name the person can already see: that client is offered first
        List<Client> same = vm.sameName(name);
        if (!same.isEmpty()) {
            Optional<Client> chosen =
                    SameNameDialog.ask(i18n, root.getScene().getWindow(), same, vm.origins(), vm.namesMayRepeat());
            if (chosen == null) {
                return;
            }
            if (chosen.isPresent()) {
                if (typedIn != null) {
                    typedIn.clear();
                }
                vm.search(chosen.get());
                return;
            }
        }
        // a client of that name the list did not show (another spelling, a search): offered the same way
        vm.createClient(name.strip()).thenAccept(saved -> {
            if (saved && typedIn != null && typedIn.getText().equals(name)) {
                typedIn.clear();
            } else if (!saved && vm.existingClient().get() != null) {
                Optional<Client> chosen = SameNameDialog.ask(
                        i18n,
                        root.getScene().getWindow(),
                        List.of(vm.existingClient().get()),
                        vm.origins(),
                        false);
                if (chosen != null && chosen.isPresent()) {
                    vm.openExisting();
                    if (typedIn != null) {
                        typedIn.clear();
                    }
                }
            }
        });
    }

    /**
     * A bar and what is running, shown only when work takes longer than a moment; it never
     * blocks. The bar fills as an export or import goes on, and moves to and fro for other work.
     */
    private Node progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("records-progress-bar");
        bar.progressProperty().bind(vm.progress());
        bar.setPrefWidth(140);
        Label what = new Label();
        what.setWrapText(true);
        what.textProperty().bind(vm.activity());
        what.getStyleClass().add("text-muted");
        HBox box = new HBox(8, what, bar);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setId("records-progress");
        box.visibleProperty().bind(vm.showProgress());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /**
     * What was typed for a client deleted or replaced elsewhere before it could be saved: said
     * plainly, kept to copy, with the way to the records as they are now.
     */
    private Node unsavedPanel() {
        Label said = new Label();
        said.setWrapText(true);
        said.setId("unsaved-note");
        javafx.scene.control.TextArea typed = new javafx.scene.control.TextArea();
        typed.setEditable(false);
        typed.setWrapText(true);
        typed.setPrefRowCount(2);
        typed.setId("unsaved-text");
        typed.setAccessibleText(i18n.get("records.unsaved.typed"));
        Button reload = new Button(i18n.get("records.unsaved.reload"));
        reload.setId("reload-list");
        reload.setOnAction(e -> vm.reloadList());
        Button close = new Button(i18n.get("records.unsaved.close"));
        close.setId("close-unsaved");
        close.setOnAction(e -> vm.dismissUnsaved());
        VBox panel = new VBox(8, said, typed, new FlowPane(10, 10, reload, close));
        panel.setPadding(new Insets(12, 16, 12, 16));
        panel.getStyleClass().addAll("medical-panel", "medical-soon");
        panel.setId("unsaved");
        Runnable show = () -> {
            RecordsViewModel.Unsaved now = vm.unsaved().get();
            panel.setVisible(now != null);
            if (now != null) {
                said.setText(
                        i18n.get("records.unsaved", ShownName.of(now.client().name())));
                typed.setText(now.typed());
            }
        };
        panel.managedProperty().bind(panel.visibleProperty());
        vm.unsaved().addListener((obs, was, now) -> show.run());
        show.run();
        return panel;
    }

    /** Records that can only be read: said once at the top of the screen, while the list and export still work. */
    private Node readOnlyNote() {
        Label note = new Label();
        note.setWrapText(true);
        note.setId("records-read-only");
        note.textProperty().bind(vm.readOnlyNote());
        VBox panel = new VBox(note);
        panel.setPadding(new Insets(12, 16, 12, 16));
        panel.getStyleClass().addAll("medical-panel", "medical-soon");
        panel.visibleProperty().bind(vm.readOnly());
        panel.managedProperty().bind(panel.visibleProperty());
        return panel;
    }

    /**
     * A control that saves: disabled while the records can only be read, and saying why. A disabled
     * control gets no mouse events, so the reason's tooltip sits on a holder around it.
     */
    private Node saving(javafx.scene.control.Control control) {
        if (!control.disableProperty().isBound()) {
            control.disableProperty().bind(vm.readOnly());
        }
        String why = i18n.get("records.read-only.why");
        control.accessibleHelpProperty()
                .bind(javafx.beans.binding.Bindings.when(vm.readOnly())
                        .then(why)
                        .otherwise(""));
        javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane(control);
        holder.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip(why);
        javafx.beans.value.ChangeListener<Boolean> follow = (obs, was, now) -> {
            if (now) {
                javafx.scene.control.Tooltip.install(holder, tip);
            } else {
                javafx.scene.control.Tooltip.uninstall(holder, tip);
            }
        };
        // held by the holder, weakly by the screen: a page's buttons go with the page
        holder.getProperties().put("read-only-listener", follow);
        vm.readOnly().addListener(new javafx.beans.value.WeakChangeListener<>(follow));
        follow.changed(vm.readOnly(), false, vm.readOnly().get());
        return holder;
    }

    public Parent root() {
        return root;
    }

    public RecordsViewModel viewModel() {
        return vm;
    }

    private void show(RecordsViewModel.ClientPage page) {
        following = true;
        try {
            if (page == null) {
                clients.getSelectionModel().clearSelection();
            } else {
                clients.getItems().stream()
                        .filter(c -> c.id() == page.client().id())
                        .findFirst()
                        .ifPresent(c -> clients.getSelectionModel().select(c));
            }
        } finally {
            following = false;
        }
        root.setCenter(detailScroll);
        corrections = page == null ? java.util.Map.of() : page.corrections();
        showClient(page == null ? null : page.client(), page == null ? List.of() : page.consultations());
        keepFocusOnScreen();
    }

    /** When the control that had the focus went with the old page, the search takes it, not Export all. */
    private void keepFocusOnScreen() {
        Scene scene = root.getScene();
        if (scene != null
                && (scene.getFocusOwner() == null || scene.getFocusOwner().getScene() != scene)) {
            search.requestFocus();
        }
    }

    private void showClient(Client client, List<ConsultationLine> consultations) {
        detail.getChildren().clear();
        if (client == null) {
            detail.getChildren().add(QuestionControls.intro(i18n.get("records.choose")));
            return;
        }
        Label name = QuestionControls.title(ShownName.of(client.name()));
        name.setAccessibleText(client.name());
        name.setId("client-name");
        // a heading a size smaller than a page's: a long double name fits its line unbroken
        name.getStyleClass().setAll("label", "title-3", "page-title");
        TextField notes = new TextField(client.notes());
        notes.setPromptText(i18n.get("records.notes"));
        notes.setId("client-notes");
        notes.setAccessibleText(i18n.get("records.notes"));
        notes.editableProperty().bind(vm.readOnly().not());
        notes.setOnAction(e -> vm.updateClient(new Client(client.id(), client.name(), notes.getText())));
        notes.focusedProperty().addListener((obs, was, now) -> {
            if (!now && !notes.getText().equals(client.notes())) {
                vm.updateClient(new Client(client.id(), client.name(), notes.getText()));
            }
        });

        Button follow = new Button(
                consultations.isEmpty() ? i18n.get("records.first-consultation") : i18n.get("records.follow-up"));
        follow.setId("new-consultation");
        follow.getStyleClass().add("accent");
        follow.setOnAction(e -> visits.startConsultation(client));
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
        FlowPane actions = new FlowPane(10, 10, saving(follow), saving(rename), export, saving(delete));
        Label notesLabel = new Label(i18n.get("records.notes"));
        notesLabel.setLabelFor(notes);
        detail.getChildren().addAll(name, actions, new VBox(4, notesLabel, notes));

        PainTrend trend = PainTrend.ofLines(consultations);
        if (trend.mostPressingLevel().atLeast(MedicalLevel.SOON)) {
            Label warning =
                    new Label(i18n.get("records.medical", i18n.get("medical.heading." + trend.mostPressingLevel())));
            warning.setWrapText(true);
            warning.getStyleClass()
                    .addAll(
                            "medical-panel",
                            "medical-" + trend.mostPressingLevel().name().toLowerCase());
            warning.setId("client-medical");
            detail.getChildren().add(warning);
        }
        if (consultations.size() >= 2) {
            detail.getChildren().add(change(trend));
        }
        // what the therapist opens most, the consultations, before the charts of their figures
        detail.getChildren().add(list(client, consultations));
        if (!consultations.isEmpty()) {
            detail.getChildren().add(TrendCharts.ofLines(i18n, consultations));
        }
    }

    private Node change(PainTrend trend) {
        TrendLines lines = TrendLines.of(i18n, trend, "change-");
        return lines.showFirst()
                ? new VBox(6, lines.sinceFirst(), lines.sincePrevious())
                : new VBox(6, lines.sincePrevious());
    }

    private Node list(Client client, List<ConsultationLine> consultations) {
        VBox list = new VBox(10);
        list.setId("consultations");
        Label heading = new Label(i18n.get("records.consultations.count", consultations.size()));
        heading.setId("consultations-heading");
        heading.getStyleClass().add("title-3");
        list.getChildren().add(heading);
        if (consultations.isEmpty()) {
            list.getChildren().add(new Label(i18n.get("records.no-consultations")));
        }
        addCards(list, client, consultations, Math.min(consultations.size(), CARDS_AT_FIRST));
        return list;
    }

    /**
     * Cards for the most recent consultations, newest first, up to {@code shown}; a button shows
     * the rest. A client seen weekly for years has hundreds, and building all of their cards at
     * once would hold up the window for seconds.
     */
    private void addCards(VBox list, Client client, List<ConsultationLine> consultations, int shown) {
        int oldest = consultations.size() - shown;
        for (int i = consultations.size() - 1; i >= oldest; i--) {
            list.getChildren().add(card(client, consultations.get(i)));
        }
        if (oldest > 0) {
            Button more = new Button(i18n.get("records.show-all", consultations.size()));
            more.setId("show-all-consultations");
            more.setOnAction(e -> {
                list.getChildren().remove(more);
                list.getChildren()
                        .remove(
                                list.getChildren().size() - shown,
                                list.getChildren().size());
                addCards(list, client, consultations, consultations.size());
            });
            list.getChildren().add(more);
        }
    }

    private Node card(Client client, ConsultationLine c) {
        Label when = new Label(i18n.date(c.date()));
        when.getStyleClass().add("card-title");
        Label facts = new Label(i18n.get(
                "records.consultation.facts",
                c.morningPain() == null ? "–" : c.morningPain(),
                c.firmnessTarget() == null ? "–" : i18n.number(c.firmnessTarget()),
                MedicalPanel.heading(
                        i18n, c.medical() == null ? MedicalLevel.NONE : c.medical(), c.medicalNotAnswered())));
        facts.setWrapText(true);
        Button open = new Button(i18n.get("records.open"));
        open.setId("open-consultation-" + c.id());
        open.setOnAction(e -> vm.openConsultation(c));
        Button report = new Button(i18n.get("records.report"));
        report.setId("report-consultation-" + c.id());
        // the report needs the whole consultation, read now
        report.setOnAction(e -> vm.whole(c, whole -> reports.saveReport(client, whole)));
        // one report at a time: a double click does not start two
        ReportProgress.disableWhileWriting(report, reports.writingReport(), reportProgress);
        VBox card = new VBox(6, when, facts);
        TodaysScreen.note(i18n, c).ifPresent(card.getChildren()::add);
        if (!c.notes().isBlank()) {
            Label notes = new Label(c.notes());
            notes.setWrapText(true);
            notes.getStyleClass().add("text-muted");
            card.getChildren().add(notes);
        }
        Button edit = new Button(i18n.get("records.edit"));
        edit.setId("edit-consultation-" + c.id());
        edit.setOnAction(e -> edit(c));
        Button delete = new Button(i18n.get("records.delete-consultation"));
        delete.setId("delete-consultation-" + c.id());
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> delete(client, c));
        FlowPane actions = new FlowPane(10, 10, open, saving(edit), report, saving(delete));
        com.restwise.records.OpenRecords.Correction corrected = corrections.get(c.id());
        if (corrected != null) {
            Label correction = new Label(i18n.get(
                    "records.corrected",
                    i18n.date(corrected
                            .at()
                            .atZone(java.time.ZoneId.systemDefault())
                            .toLocalDate()),
                    corrected.by()));
            correction.setId("corrected-" + c.id());
            correction.setWrapText(true);
            correction.getStyleClass().add("text-muted");
            card.getChildren().add(correction);
            Button versions = new Button(i18n.get("records.versions"));
            versions.setId("versions-" + c.id());
            versions.setOnAction(e -> vm.versions(c).thenAccept(all -> {
                if (!all.isEmpty()) {
                    VersionsDialog.show(i18n, root.getScene().getWindow(), all);
                }
            }));
            actions.getChildren().add(versions);
        }
        card.getChildren().add(actions);
        card.getStyleClass().add("option-card");
        card.setUserData(c.id());
        return card;
    }

    /** A saved consultation as it was: its advice shown read-only, from the stored document. */
    private Node stored(Client client, Consultation c) {
        Button back = new Button(i18n.get("records.back-to-client", client.name()));
        back.setId("back-to-client");
        back.setWrapText(true); // a long name takes a second line
        back.setOnAction(e -> vm.closeConsultation());
        // The Open pressed went with the client's page: the keyboard goes on to Back as soon as it
        // is in the window (the scroll pane's skin puts it there at the next pulse), not to the
        // header's first link, where the scene would put it.
        back.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(
                    javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                    javafx.scene.Scene was,
                    javafx.scene.Scene now) {
                if (now != null) {
                    back.sceneProperty().removeListener(this);
                    back.requestFocus();
                }
            }
        });
        Button answers = new Button(i18n.get("records.change-answers"));
        answers.setId("change-consultation-answers");
        answers.setOnAction(e -> visits.correctAnswers(client, c));
        Label when = QuestionControls.intro(i18n.get("records.saved-on", i18n.date(c.date()), c.engineVersion()));
        when.setId("stored-when");
        // one above the other: a flow pane lays buttons out at their one-line width, so a long
        // name could not wrap and pushed the page sideways
        VBox page = new VBox(16, new VBox(10, back, saving(answers)), when);
        TodaysScreen.note(i18n, c).ifPresent(page.getChildren()::add);
        page.getChildren()
                .add(AdviceView.of(
                        i18n, c.profile(), c.advice(), settings.settings().emergencyCountry()));
        page.setPadding(new Insets(24, 32, 32, 32));
        page.setId("stored-consultation");
        ScrollPane scroll = new ScrollPane(readable(page));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        return scroll;
    }

    /** Corrects the consultation's day and notes in a dialog; the page is read again once saved. */
    private void edit(ConsultationLine c) {
        ConsultationDialogs.edit(i18n, root.getScene().getWindow(), c, java.time.LocalDate::now)
                .showAndWait()
                .ifPresent(changed -> vm.editConsultation(
                        c,
                        changed.date(),
                        changed.notes(),
                        (myDate, myNotes, other) ->
                                StaleVersionDialog.ask(i18n, root.getScene().getWindow(), myDate, myNotes, other)));
    }

    private void delete(Client client, ConsultationLine c) {
        ConsultationDialogs.confirmDelete(i18n, root.getScene().getWindow(), client, c)
                .showAndWait()
                .filter(ConsultationDialogs::deletes)
                .ifPresent(b -> vm.deleteConsultation(c));
    }

    private void rename(Client client) {
        rename(client, client.name());
    }

    /** Asks for the new name; when saving it fails, asks again with what was typed (the notice says why). */
    private void rename(Client client, String typed) {
        TextInputDialog dialog = new TextInputDialog(typed);
        dialog.setTitle(i18n.get("records.rename"));
        dialog.setHeaderText(i18n.get("records.client-name"));
        Dialogs.own(dialog, root.getScene().getWindow(), i18n);
        dialog.showAndWait().filter(n -> !n.isBlank()).ifPresent(n -> vm.updateClient(
                        new Client(client.id(), n, client.notes()))
                .thenAccept(saved -> {
                    // asked again when the name could not be taken; a client gone elsewhere keeps it on screen
                    RecordsViewModel.Unsaved kept = vm.unsaved().get();
                    if (!saved && (kept == null || kept.client().id() != client.id())) {
                        rename(client, n);
                    }
                }));
    }

    private void delete(Client client) {
        Alert confirm = new Alert(
                Alert.AlertType.CONFIRMATION,
                i18n.get("records.delete.confirm", client.name()),
                ButtonType.CANCEL,
                ButtonType.OK);
        confirm.setHeaderText(i18n.get("records.delete"));
        Dialogs.own(confirm, root.getScene().getWindow(), i18n);
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.deleteClient(client));
    }

    /** Asks whether to protect the file (recommended), then where to write it. */
    private void chooseExport(Client only) {
        Optional<ExportDialog.Choice> protection =
                new ExportDialog(i18n, root.getScene().getWindow()).showAndWait();
        if (protection.isEmpty()) {
            return;
        }
        char[] passphrase = protection.get().passphrase();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(only == null ? i18n.get("records.export-all") : i18n.get("records.export"));
        chooser.setInitialFileName(
                ReportFileName.export(only == null ? null : only.name(), LocalDate.now(), passphrase != null));
        chooser.getExtensionFilters()
                .add(
                        passphrase == null
                                ? new FileChooser.ExtensionFilter("JSON", "*.json")
                                : new FileChooser.ExtensionFilter(
                                        i18n.get("records.export.sealed-files"), "*.restwise"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            vm.export(file.toPath(), only, passphrase);
        }
    }

    private void chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("records.import"));
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(i18n.get("records.import.files"), "*.json", "*.restwise"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("records.import.all-files"), "*"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            vm.importFile(file.toPath(), new DialogQuestions());
        }
    }

    /** The import's questions, asked with dialogs over the records screen. */
    private final class DialogQuestions implements RecordsViewModel.ImportQuestions {
        @Override
        public Optional<char[]> passphrase(String fileName, boolean wrongBefore) {
            return PassphraseDialog.ask(i18n, root.getScene().getWindow(), fileName, wrongBefore);
        }

        @Override
        public Optional<ClientTransfer.OnConflict> onConflict(Set<String> names) {
            return ConflictDialog.ask(i18n, root.getScene().getWindow(), names);
        }
    }

    /**
     * A page in the readable column the wizard's pages have (62 em), centred in what the client
     * list leaves: on a 1920 px screen its lines ran about 1,580 px long.
     */
    private static javafx.scene.layout.StackPane readable(javafx.scene.layout.Region page) {
        page.getStyleClass().add("readable");
        javafx.scene.layout.StackPane column = new javafx.scene.layout.StackPane(page);
        column.setAlignment(Pos.TOP_CENTER);
        column.getStyleClass().add("page-column");
        return column;
    }
}
