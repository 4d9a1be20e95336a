package com.restwise.ui.saved;

import com.restwise.records.SavedResult;
import com.restwise.ui.advice.AdviceView;
import com.restwise.ui.common.AppSettings;
import com.restwise.ui.common.Dialogs;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.Navigation;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.NoticeBar;
import com.restwise.ui.common.QuestionControls;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "My saved results": a shopper's own results, newest first, each with its date, firmness range,
 * top option and pain on waking; open one to see its advice as it was given, delete one (after
 * asking), or tick two and see them side by side with what changed. Not a client: no name, no
 * notes, nothing a physiotherapist's list shows.
 */
public final class SavedResultsView {

    private final I18n i18n;
    private final Navigation navigation;
    private final AppSettings settings;
    private final SavedResultsViewModel vm;
    private final SavedResultFacts facts;
    private final BorderPane root = new BorderPane();
    private final ScrollPane scroll = new ScrollPane();
    /** The listed results' tick boxes, to follow the view model's choice. */
    private final Map<SavedResult, CheckBox> choosers = new HashMap<>();

    public SavedResultsView(SavedResultsViewModel vm, Navigation navigation, AppSettings settings, Notice notice) {
        this.i18n = vm.i18n();
        this.navigation = navigation;
        this.settings = settings;
        this.vm = vm;
        this.facts = vm.facts();
        root.getStyleClass().add("wizard");
        root.setId("saved-results");
        root.setTop(new VBox(header(), NoticeBar.build(notice, vm.i18n())));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        scroll.setId("saved-scroll");
        root.setCenter(scroll);
        // as in the wizard, Esc and Alt+Left go back: from one result or a comparison to the list
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean back = e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.LEFT && e.isAltDown();
            if (back && !(vm.page().get() instanceof SavedResultsViewModel.Listing)) {
                vm.backToList();
                e.consume();
            }
        });
        vm.page().addListener((obs, was, now) -> show(now));
        Runnable relist = () -> {
            if (vm.page().get() instanceof SavedResultsViewModel.Listing) {
                show(vm.page().get());
            }
        };
        vm.results().addListener((ListChangeListener<SavedResult>) change -> relist.run());
        vm.loadedProperty().addListener((obs, was, now) -> relist.run());
        // a third tick lets go of the first: the boxes follow what the view model chose
        vm.chosen().addListener((ListChangeListener<SavedResult>)
                change -> choosers.forEach((result, box) -> box.setSelected(vm.isChosen(result))));
        show(vm.page().get());
        vm.load();
    }

    public Parent root() {
        return root;
    }

    public SavedResultsViewModel viewModel() {
        return vm;
    }

    private Node header() {
        Label title = new Label(i18n.get("app.name"));
        title.getStyleClass().addAll("title-3", "app-name");
        Button back = new Button(i18n.get("records.back"));
        back.setId("saved-back");
        back.setMinWidth(Region.USE_PREF_SIZE);
        back.setOnAction(e -> navigation.startOver());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(16, title, spacer, back);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("app-header");
        return header;
    }

    private void show(SavedResultsViewModel.Page page) {
        choosers.clear();
        VBox content;
        if (page instanceof SavedResultsViewModel.One one) {
            content = one(one.result());
        } else if (page instanceof SavedResultsViewModel.Compared compared) {
            content = comparison(i18n, compared.comparison(), vm::backToList);
        } else {
            content = listing();
        }
        content.getStyleClass().add("page");
        scroll.setContent(content);
        scroll.setVvalue(0);
    }

    private VBox listing() {
        VBox page = new VBox(16);
        page.setId("saved-listing");
        page.getChildren().add(QuestionControls.title(i18n.get("saved.title")));
        if (vm.loaded() && vm.results().isEmpty()) {
            Label none = QuestionControls.intro(i18n.get("saved.empty"));
            none.setId("saved-empty");
            page.getChildren().add(none);
            return page;
        }
        page.getChildren().add(QuestionControls.intro(i18n.get("saved.intro")));
        Button compare = new Button(i18n.get("saved.compare"));
        compare.setId("compare-results");
        compare.getStyleClass().add("accent");
        compare.setMinWidth(Region.USE_PREF_SIZE);
        compare.disableProperty().bind(vm.canCompare().not());
        compare.setOnAction(e -> vm.compare());
        Label howMany = new Label();
        howMany.setId("compare-hint");
        howMany.setWrapText(true);
        howMany.getStyleClass().add("text-muted");
        howMany.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> i18n.get("saved.compare.chosen", vm.chosen().size()), vm.chosen()));
        HBox bar = new HBox(12, compare, howMany);
        HBox.setHgrow(howMany, Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        page.getChildren().add(bar);
        VBox cards = new VBox(12);
        cards.setId("saved-list");
        for (SavedResult r : vm.results()) {
            cards.getChildren().add(card(r));
        }
        page.getChildren().add(cards);
        return page;
    }

    private Node card(SavedResult r) {
        CheckBox choose = new CheckBox(i18n.get("saved.choose"));
        choose.setId("choose-result-" + r.id());
        choose.setSelected(vm.isChosen(r));
        choose.setAccessibleText(i18n.get("saved.choose") + ": " + facts.when(r));
        choose.setOnAction(e -> vm.choose(r, choose.isSelected()));
        choosers.put(r, choose);
        Label when = new Label(facts.when(r));
        when.getStyleClass().add("card-title");
        // the verdict first: two results that differ must not look the same in the list
        com.restwise.engine.advice.MattressVerdict verdict = r.advice().mattressVerdict();
        Label said = new Label(i18n.get("results.verdict."
                + (verdict == null ? "NONE" : verdict.verdict().name())));
        said.setId("saved-verdict-" + r.id());
        said.getStyleClass().add("text-bold");
        Label firmness = new Label(
                i18n.get("saved.card.firmness", facts.firmness(r.advice().firmness())));
        Label top = new Label(i18n.get("saved.card.top", facts.topOption(r.advice())));
        Label pain = new Label(facts.pain(r));
        firmness.setId("saved-firmness-" + r.id());
        top.setId("saved-top-" + r.id());
        pain.setId("saved-pain-" + r.id());
        for (Label l : new Label[] {when, said, firmness, top, pain}) {
            l.setWrapText(true);
        }
        Button open = new Button(i18n.get("records.open"));
        open.setId("open-result-" + r.id());
        open.setOnAction(e -> vm.open(r));
        Button delete = new Button(i18n.get("saved.delete"));
        delete.setId("delete-result-" + r.id());
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> confirmDelete(r));
        FlowPane actions = new FlowPane(10, 8, choose, open, delete);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(6, when, said, firmness, top, pain, actions);
        card.getStyleClass().add("result-card");
        card.setId("saved-result-" + r.id());
        card.setUserData(r.id());
        return card;
    }

    /** One result as it was given, read-only. */
    private VBox one(SavedResult r) {
        Button back = new Button(i18n.get("saved.back-to-list"));
        back.setId("back-to-saved");
        back.setOnAction(e -> vm.backToList());
        Button delete = new Button(i18n.get("saved.delete"));
        delete.setId("delete-opened-result");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> confirmDelete(r));
        FlowPane actions = new FlowPane(10, 8, back, delete);
        Label when = QuestionControls.intro(i18n.get("saved.saved-on", facts.when(r), r.engineVersion()));
        when.setId("saved-when");
        VBox page = new VBox(
                16,
                actions,
                when,
                AdviceView.of(i18n, r.profile(), r.advice(), settings.settings().emergencyCountry()));
        page.setId("saved-result");
        return page;
    }

    /**
     * Two results side by side, the earlier on the left, each fact in a row and a changed fact
     * marked in the later column; what changed follows in sentences.
     */
    public static VBox comparison(I18n i18n, ResultComparison comparison, Runnable back) {
        Button toList = new Button(i18n.get("saved.back-to-list"));
        toList.setId("back-to-saved");
        toList.setOnAction(e -> back.run());
        GridPane grid = new GridPane();
        grid.setId("comparison");
        grid.getStyleClass().add("comparison");
        ColumnConstraints headings = new ColumnConstraints();
        headings.setPercentWidth(22);
        ColumnConstraints column = new ColumnConstraints();
        column.setPercentWidth(39);
        grid.getColumnConstraints().addAll(headings, column, column);
        grid.add(cell(i18n.get("saved.compare.earlier"), "compare-column-heading", null), 1, 0);
        grid.add(cell(i18n.get("saved.compare.later"), "compare-column-heading", null), 2, 0);
        int row = 1;
        for (ResultComparison.Row r : comparison.rows()) {
            grid.add(cell(r.heading(), "compare-heading", null), 0, row);
            grid.add(cell(r.earlier(), "compare-cell", "compare-" + r.id() + "-earlier"), 1, row);
            Label later = cell(r.later(), "compare-cell", "compare-" + r.id() + "-later");
            if (r.differs()) {
                later.getStyleClass().add("changed");
                later.setAccessibleText(i18n.get("saved.compare.differs") + ": " + r.later());
            }
            grid.add(later, 2, row);
            row++;
        }
        Label changedHeading = new Label(i18n.get("saved.changed"));
        changedHeading.getStyleClass().add("title-3");
        VBox changes = new VBox(6);
        changes.setId("what-changed");
        for (String sentence : comparison.changes()) {
            Label l = new Label("•  " + sentence);
            l.setWrapText(true);
            changes.getChildren().add(l);
        }
        // what changed first: the sentences answer "did it help?" before the details
        VBox page = new VBox(
                16, toList, QuestionControls.title(i18n.get("saved.compare.title")), changedHeading, changes, grid);
        page.setId("saved-comparison");
        return page;
    }

    private static Label cell(String text, String style, String id) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMaxHeight(Double.MAX_VALUE);
        l.setAlignment(Pos.TOP_LEFT);
        l.getStyleClass().add(style);
        l.setPadding(new Insets(8, 10, 8, 10));
        if (id != null) {
            l.setId(id);
        }
        return l;
    }

    /** Asks first; deleting a result cannot be undone. */
    private void confirmDelete(SavedResult r) {
        ButtonType delete = new ButtonType(i18n.get("saved.delete"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("records.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert confirm = new Alert(
                Alert.AlertType.CONFIRMATION, i18n.get("saved.delete.confirm", facts.when(r)), cancel, delete);
        confirm.setTitle(i18n.get("saved.title"));
        confirm.setHeaderText(i18n.get("saved.delete.question"));
        Dialogs.own(confirm, root.getScene().getWindow(), i18n);
        // Enter keeps the result: deleting takes a deliberate click or Tab to the button
        Button deleteButton = (Button) confirm.getDialogPane().lookupButton(delete);
        deleteButton.setDefaultButton(false);
        deleteButton.getStyleClass().add("danger");
        deleteButton.setId("confirm-delete-result");
        ((Button) confirm.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        confirm.showAndWait().filter(b -> b == delete).ifPresent(b -> vm.delete(r));
    }
}
