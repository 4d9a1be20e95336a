package com.restwise.ui.wizard;

import com.restwise.engine.advice.MedicalFlag;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.advice.MedicalResult;
import com.restwise.ui.advice.MedicalPanel;
import com.restwise.ui.common.Announce;
import com.restwise.ui.common.AppSettings;
import com.restwise.ui.common.Consultations;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.Navigation;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.NoticeBar;
import com.restwise.ui.common.QuestionControls;
import com.restwise.ui.common.Reports;
import com.restwise.ui.wizard.results.ResultsPage;
import com.restwise.ui.wizard.results.SaveResultModel;
import com.restwise.ui.wizard.steps.AboutYouPage;
import com.restwise.ui.wizard.steps.MattressPage;
import com.restwise.ui.wizard.steps.MorningsPage;
import com.restwise.ui.wizard.steps.PreferencesPage;
import com.restwise.ui.wizard.steps.SleepPage;
import com.restwise.ui.wizard.steps.WarningSignsPage;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The wizard's frame: header with the urgent banner, the step list, the current page, and the
 * Back / Next bar with the reason Next is disabled. Pages are built the first time they are
 * shown; the results page is rebuilt whenever the advice changes. The welcome page stands on
 * its own, and the frame is only built when the user first leaves it, so the first window
 * costs little more than a bare one.
 */
public final class WizardView {

    private final WizardViewModel vm;
    private final Navigation navigation;
    private final AppSettings settings;
    private final Consultations consultations;
    private final Reports reports;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final ScrollPane scroll = new ScrollPane();
    private final javafx.scene.layout.StackPane pageHolder = new javafx.scene.layout.StackPane();
    /** Holds the page at its readable width, centred in the scroll pane. */
    private final javafx.scene.layout.StackPane column = new javafx.scene.layout.StackPane();

    private final Map<Step, Node> pages = new EnumMap<>(Step.class);
    /** The pages' own scroll panes whose focus is kept in view (the first run's welcome page). */
    private final java.util.Set<ScrollPane> followed = new java.util.HashSet<>();

    private StepList steps;
    private final Notice notice;
    /** The app's name, the step and any urgent banner: fixed above the page, or scrolling with it on a low window. */
    private VBox heading;

    private Node frameNotice;
    /** Above the page's column inside the scroll pane: the heading, on a low window. */
    private final VBox aboveColumn = new VBox();

    private boolean frameShown;
    /**
     * A window too low for fixed bars above and below the page (a 1024x600 laptop at a large
     * text size): the heading scrolls with the page and the notes take one line, so the page
     * keeps most of the height between them.
     */
    private final javafx.beans.property.BooleanProperty compact = new javafx.beans.property.SimpleBooleanProperty();
    /** Lines of the ordinary text size below which the window counts as low. */
    private static final double LOW_WINDOW_EM = 46;

    private Label stepTitle;
    private Node left;
    private Node bottom;
    /** The results' actions in the Back / Next bar: Next's place on the results page. */
    private final HBox resultsActions = new HBox();
    /** Made with the frame: a consultation's client is known only once the first question shows. */
    private SaveResultModel saving;

    public WizardView(
            WizardViewModel vm,
            Navigation navigation,
            AppSettings settings,
            Consultations consultations,
            Reports reports,
            Notice notice) {
        this.vm = vm;
        this.navigation = navigation;
        this.settings = settings;
        this.consultations = consultations;
        this.reports = reports;
        this.i18n = vm.i18n();
        this.notice = notice;
        root.getStyleClass().add("wizard");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        column.setAlignment(Pos.TOP_CENTER);
        column.getStyleClass().add("page-column");
        VBox sheet = new VBox(aboveColumn, column);
        VBox.setVgrow(column, Priority.ALWAYS);
        scroll.setContent(sheet);
        root.heightProperty().addListener((obs, was, now) -> measureHeight());
        compact.addListener((obs, was, now) -> placeHeading());
        QuestionInView.follow(scroll);
        scroll.getStyleClass().add("page-scroll");
        scroll.setId("page-scroll");
        // Set before the header and Back / Next bar exist, so the page is the border pane's
        // first child: focus traversal follows child order, and Tab (and the scene's first
        // focus) must reach the questions before the Back button.
        pageHolder.setAlignment(Pos.TOP_LEFT);
        root.setCenter(pageHolder);
        installShortcuts();
        vm.step().addListener((obs, was, now) -> show(now));
        // Next and Back within a step in parts: the part comes in from the top, the keyboard on its first question
        for (Step s : Step.values()) {
            if (vm.parts(s) != null) {
                vm.parts(s).current().addListener((obs, was, now) -> {
                    if (vm.step().get() == s) {
                        show(s);
                    }
                });
            }
        }
        vm.advice().addListener((obs, was, now) -> {
            pages.remove(Step.RESULTS);
            if (saving != null) {
                resultsActions.getChildren().setAll(ResultsPage.actions(vm, navigation, saving));
            }
            if (vm.step().get() == Step.RESULTS) {
                show(Step.RESULTS);
            }
        });
        if (vm.step().get() == Step.WELCOME) {
            // the first window: the scroll pane's own skin after its first frame (start-up time)
            com.restwise.ui.common.FirstRunNote.skinAfterFirstFrame(scroll);
        }
        show(vm.step().get());
    }

    public Parent root() {
        return root;
    }

    /**
     * Enter is Next (the default button), Esc is Back (the cancel button); this adds Alt+Left for
     * Back, and Enter on a radio button, check box or closed drop-down, which take Enter for
     * themselves but should still mean Next, as in a text field. On the view's own root, so the
     * keys leave with the view when it is replaced.
     */
    private void installShortcuts() {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.LEFT && e.isAltDown()) {
                vm.back();
                e.consume();
                return;
            }
            if (e.getCode() != KeyCode.ENTER || vm.step().get() == Step.WELCOME) {
                return;
            }
            Object target = e.getTarget();
            boolean choice = target instanceof ToggleButton
                    || target instanceof RadioButton
                    || target instanceof CheckBox
                    || (target instanceof ComboBox<?> combo && !combo.isShowing());
            if (choice) {
                vm.next();
                e.consume();
            }
        });
    }

    private Node header() {
        Label name = new Label(i18n.get("app.name"));
        name.getStyleClass().addAll("title-3", "app-name");
        Label step = new Label();
        stepTitle = step;
        step.fontProperty().addListener((obs, was, now) -> measureHeight()); // the text size changed
        step.setId("step-title");
        java.util.List<javafx.beans.Observable> titleDeps = new java.util.ArrayList<>(java.util.List.of(vm.step()));
        for (Step s : Step.values()) {
            if (vm.parts(s) != null) {
                titleDeps.add(vm.parts(s).number());
                titleDeps.add(vm.parts(s).count());
            }
        }
        step.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        this::stepCount, titleDeps.toArray(new javafx.beans.Observable[0])));
        step.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // the app's name and the step keep their words; a long client's name wraps instead
        name.setMinWidth(Region.USE_PREF_SIZE);
        step.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(16, name, step, spacer);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(4, line);
        if (consultations.clientVisit() != null) {
            // on a line of its own: beside the step, a long client's name had too little room
            Label visit = VisitHeading.of(i18n, consultations.clientVisit());
            visit.setMinWidth(0);
            visit.setMaxWidth(Double.MAX_VALUE);
            header.getChildren().add(visit);
        }
        header.getStyleClass().add("app-header");
        return header;
    }

    /** "Step 5 of 8: Mornings", and on a step asked in parts, which part: "· part 2 of 4". */
    private String stepCount() {
        Step s = vm.step().get();
        String name = i18n.get("step." + s);
        com.restwise.ui.wizard.steps.StepParts parts = vm.parts(s);
        if (parts != null && parts.count().get() > 1) {
            return i18n.get(
                    "step.count.part",
                    s.ordinal() + 1,
                    Step.values().length,
                    name,
                    parts.number().get(),
                    parts.count().get());
        }
        return i18n.get("step.count", s.ordinal() + 1, Step.values().length, name);
    }

    /**
     * Red, at the top of every step once the answers so far point to an emergency: what to do,
     * the number to call, and the urgent flags' texts (each says where to go).
     */
    private Node urgentBanner() {
        Label title = new Label(i18n.get("medical.heading.URGENT"));
        title.getStyleClass().add("urgent-title");
        Label advice = new Label();
        advice.setWrapText(true);
        Label number = new Label();
        number.getStyleClass().add("emergency-number");
        number.setId("urgent-number");
        number.setWrapText(true); // with the country's name it is long at 150 %
        Label flags = new Label();
        flags.setWrapText(true);
        flags.setId("urgent-flags");
        Runnable update = () -> {
            MedicalResult m = vm.medical().get();
            if (m == null || m.level() != MedicalLevel.URGENT) {
                return;
            }
            advice.setText(m.advice());
            number.setText(MedicalPanel.emergencyLine(i18n, settings.settings().emergencyCountry()));
            StringBuilder s = new StringBuilder();
            for (MedicalFlag f : m.flags()) {
                if (f.level() == MedicalLevel.URGENT) {
                    s.append(s.length() == 0 ? "" : "\n").append("•  ").append(f.text());
                }
            }
            flags.setText(s.toString());
        };
        vm.medical().addListener((obs, was, now) -> update.run());
        update.run();
        Label canFinish = QuestionControls.hint(i18n.get("urgent.can-finish"));
        VBox banner = new VBox(6, title, advice, number, flags, canFinish);
        banner.getStyleClass().add("urgent-banner");
        banner.setId("urgent-banner");
        // On the results page the red medical panel, first on the page, says it instead.
        banner.visibleProperty().bind(vm.urgent().and(vm.step().isNotEqualTo(Step.RESULTS)));
        banner.managedProperty().bind(banner.visibleProperty());
        banner.visibleProperty().addListener((obs, was, now) -> keepAnswerInView());
        // the screen reader says it the moment it appears, while the focus stays on the answer given
        Announce.whenVisible(banner, wordsOf(title, advice, number, flags, canFinish));
        return banner;
    }

    /**
     * The banner comes (or goes) above the page the moment an answer raises it: the answer just
     * given, which has the focus, stays where the person was looking, and in any case in view,
     * rather than being pushed down out of sight by the banner.
     */
    private void keepAnswerInView() {
        Node content = scroll.getContent();
        Node answer = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (content == null || answer == null || !isInside(answer, content)) {
            return;
        }
        double before = answer.localToScene(0, 0).getY();
        root.applyCss();
        root.layout();
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        double room = contentHeight - viewHeight;
        if (room <= 0) {
            return;
        }
        double offset = scroll.getVvalue() * room;
        double viewTop = content.localToScene(0, offset).getY();
        double inContent = content.sceneToLocal(answer.localToScene(0, 0)).getY();
        double answerHeight = answer.getLayoutBounds().getHeight();
        double where = Math.max(0, Math.min(before - viewTop, viewHeight - answerHeight));
        scroll.setVvalue(Math.max(0, Math.min(room, inContent - where)) / room);
        root.layout();
    }

    private static boolean isInside(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    /**
     * Amber, above the page, once the answers so far need a doctor soon (a fever with the pain,
     * say): the level's sentence and the flags that set it, so a sign ticked is never met with
     * silence until the results. The urgent banner takes its place when it shows.
     */
    private Node soonBanner() {
        Label title = new Label(i18n.get("medical.heading.SOON"));
        title.getStyleClass().add("urgent-title");
        Label text = new Label();
        text.setWrapText(true);
        text.setId("soon-text");
        Runnable update = () -> {
            MedicalResult m = vm.medical().get();
            if (m == null || m.level() != MedicalLevel.SOON) {
                return;
            }
            StringBuilder s = new StringBuilder(m.advice());
            for (MedicalFlag f : m.flags()) {
                if (f.level() == MedicalLevel.SOON) {
                    s.append("\n•  ").append(f.text());
                }
            }
            text.setText(s.toString());
        };
        vm.medical().addListener((obs, was, now) -> update.run());
        update.run();
        VBox banner = new VBox(6, title, text);
        banner.getStyleClass().add("soon-banner");
        banner.setId("soon-banner");
        javafx.beans.binding.BooleanBinding soon = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.medical().get() != null && vm.medical().get().level() == MedicalLevel.SOON, vm.medical());
        banner.visibleProperty().bind(soon.and(vm.step().isNotEqualTo(Step.RESULTS)));
        banner.managedProperty().bind(banner.visibleProperty());
        banner.visibleProperty().addListener((obs, was, now) -> keepAnswerInView());
        Announce.whenVisible(banner, wordsOf(title, text));
        return banner;
    }

    /** What a banner says, its labels one after the other: what the screen reader reads out. */
    private static javafx.beans.binding.StringBinding wordsOf(Label... labels) {
        javafx.beans.Observable[] texts = new javafx.beans.Observable[labels.length];
        for (int i = 0; i < labels.length; i++) {
            texts[i] = labels[i].textProperty();
        }
        return Bindings.createStringBinding(
                () -> {
                    StringBuilder s = new StringBuilder();
                    for (Label l : labels) {
                        String t = l.getText();
                        if (t != null && !t.isBlank()) {
                            s.append(s.length() == 0 ? "" : "\n").append(t);
                        }
                    }
                    return s.toString();
                },
                texts);
    }

    private Node navigation() {
        Button back = new Button(i18n.get("nav.back"));
        back.setId("back");
        back.setCancelButton(true);
        back.setOnAction(e -> vm.back());
        back.disableProperty().bind(vm.step().isEqualTo(Step.WELCOME));
        Button next = new Button();
        next.setId("next");
        next.setDefaultButton(true);
        next.getStyleClass().add("accent");
        next.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.step().get() == Step.PREFERENCES ? i18n.get("nav.results") : i18n.get("nav.next"),
                        vm.step()));
        next.setOnAction(e -> vm.next());
        // Disabled while it says why; before that a press on Next is what makes it say so.
        next.disableProperty()
                .bind(vm.nextBlockedNotice()
                        .isNotEmpty()
                        .or(vm.step().isEqualTo(Step.WELCOME))
                        .or(vm.step().isEqualTo(Step.RESULTS)));
        next.visibleProperty()
                .bind(vm.step().isNotEqualTo(Step.RESULTS).and(vm.step().isNotEqualTo(Step.WELCOME)));
        next.managedProperty().bind(next.visibleProperty());
        back.visibleProperty().bind(vm.step().isNotEqualTo(Step.WELCOME));
        resultsActions.getChildren().setAll(ResultsPage.actions(vm, navigation, saving));
        resultsActions.visibleProperty().bind(vm.step().isEqualTo(Step.RESULTS));
        resultsActions.managedProperty().bind(resultsActions.visibleProperty());
        resultsActions.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(resultsActions, Priority.ALWAYS);
        Label reason = new Label();
        reason.setId("next-blocked");
        reason.textProperty().bind(vm.nextBlockedNotice());
        reason.getStyleClass().add("field-error");
        reason.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // Enter is Next and Esc / Alt+Left is Back on every step, so the two buttons stay out of
        // the Tab order: focus then never lands on Back when a page changes, and Tab cycles
        // through the questions only.
        back.setFocusTraversable(false);
        next.setFocusTraversable(false);
        HBox bar = new HBox(16, back, spacer, reason, next, resultsActions);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.getStyleClass().add("nav-bar");
        return bar;
    }

    /** The header, step list and Back / Next bar: on every step but the welcome page. */
    private void showFrame(boolean frame) {
        if (frame && heading == null) {
            saving = new SaveResultModel(consultations, reports, java.time.LocalDate::now);
            heading = new VBox(header(), urgentBanner(), soonBanner());
            frameNotice = new VBox(NoticeBar.build(notice, i18n), urgentStrip());
            steps = new StepList(vm);
            left = steps.node();
            bottom = navigation();
            if (saving.visit() != null) {
                bottom = new VBox(ConsultationBar.build(vm, saving, compact), bottom);
            }
        }
        frameShown = frame;
        placeHeading();
        root.setLeft(frame ? left : null);
        root.setBottom(frame ? bottom : null);
        measureHeight();
    }

    private void measureHeight() {
        double em = stepTitle == null ? 14 : stepTitle.getFont().getSize();
        compact.set(root.getHeight() > 0 && root.getHeight() < LOW_WINDOW_EM * em);
    }

    /**
     * On a low window the urgent banner scrolls with the page, above a box ticked further down:
     * there one fixed line says it ("Urgent – Emergency number – United Kingdom: 999"), so that
     * no one misses it, without moving the ticked box away (the page keeps its focus in view).
     */
    private Node urgentStrip() {
        Label strip = new Label();
        strip.setWrapText(true);
        strip.setMaxWidth(Double.MAX_VALUE);
        strip.setId("urgent-strip");
        strip.getStyleClass().addAll("medical-panel", "medical-urgent", "urgent-strip");
        Runnable words = () -> strip.setText(i18n.get("medical.heading.URGENT") + " – "
                + MedicalPanel.emergencyLine(i18n, settings.settings().emergencyCountry()));
        words.run();
        vm.urgent().addListener((obs, was, now) -> words.run());
        strip.visibleProperty().bind(compact.and(vm.urgent()).and(vm.step().isNotEqualTo(Step.RESULTS)));
        strip.managedProperty().bind(strip.visibleProperty());
        return strip;
    }

    /** The heading above the page, or at the top of the scrolling page on a low window; the notice always fixed. */
    private void placeHeading() {
        if (!frameShown) {
            aboveColumn.getChildren().clear();
            root.setTop(noticeBar());
        } else if (compact.get()) {
            root.setTop(frameNotice);
            aboveColumn.getChildren().setAll(heading);
        } else {
            aboveColumn.getChildren().clear();
            root.setTop(new VBox(heading, frameNotice));
        }
    }

    private Node welcomeNotice;

    /** On the welcome page only the notice (a damaged draft, an unwritable folder) is shown above it. */
    private Node noticeBar() {
        if (welcomeNotice == null) {
            welcomeNotice = NoticeBar.build(notice, i18n);
        }
        return welcomeNotice;
    }

    private void show(Step step) {
        showFrame(step != Step.WELCOME);
        Node page = pages.computeIfAbsent(step, this::build);
        // In a column of readable width, centred on a wide screen; every page scrolls, the
        // welcome page too, so Help and About stay reachable on a 600 px high screen.
        // The first run's welcome page comes in a scroll pane of its own (FirstRunNote).
        Node shown = page instanceof ScrollPane ? page : scroll;
        if (page instanceof ScrollPane own && followed.add(own)) {
            QuestionInView.follow(own); // the focus (Start, on a low window at a large text size) in view
        }
        if (shown == scroll
                && (column.getChildren().size() != 1 || column.getChildren().get(0) != page)) {
            column.getChildren().setAll(page);
        }
        if (pageHolder.getChildren().size() != 1 || pageHolder.getChildren().get(0) != shown) {
            pageHolder.getChildren().setAll(shown);
        }
        // The scroll pane's skin puts the page into the scene; made now, not at the next
        // pulse, so the first question can take the focus below. Else the scene, whose old
        // focus owner (Start) has gone, gives it to the first control it has: the step list.
        scroll.applyCss();
        scroll.setVvalue(0);
        if (steps != null) {
            steps.show(step);
        }
        // Put the keyboard on the page's first question, so Tab order starts there. Again after
        // the next pulse: when the old focus owner leaves the scene (the welcome page's Start
        // button), the scene hands focus to its first control, which would be Back.
        // The results are read from the top: the keyboard goes to the scroll pane, whose arrow
        // keys scroll, rather than to the first control far down (the spine slider), which
        // would scroll the firmness and any medical banner out of sight.
        boolean readFromTop = step == Step.RESULTS && column.getChildren().contains(page);
        Runnable focusFirst = () -> {
            Node first = readFromTop ? scroll : firstFocusable(page);
            if (first != null) {
                first.requestFocus();
            }
        };
        focusFirst.run();
        Platform.runLater(focusFirst);
    }

    private static Node firstFocusable(Node node) {
        if (!node.isVisible()) {
            return null; // nor anything in it: a hidden group of questions (another part of the step)
        }
        if (node.isFocusTraversable() && !node.isDisabled() && node.isVisible()) {
            return node;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstFocusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private Node build(Step step) {
        return switch (step) {
            case WELCOME -> WelcomePage.build(vm, navigation, settings, reports);
            case YOU -> AboutYouPage.build(i18n, vm.you());
            case SLEEP -> SleepPage.build(i18n, vm.sleep());
            case MATTRESS -> MattressPage.build(i18n, vm.mattress());
            case MORNINGS -> MorningsPage.build(i18n, vm.mornings());
            case WARNING_SIGNS -> WarningSignsPage.build(
                    i18n, vm.signs(), vm.mornings().painAreas());
            case PREFERENCES -> PreferencesPage.build(vm);
            case RESULTS -> ResultsPage.build(vm, navigation, settings, consultations, reports);
        };
    }
}
