package com.restwise.ui.wizard;

import com.restwise.engine.advice.MedicalFlag;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.advice.MedicalResult;
import com.restwise.ui.common.AppSettings;
import com.restwise.ui.common.Consultations;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.Navigation;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.NoticeBar;
import com.restwise.ui.common.QuestionControls;
import com.restwise.ui.common.Reports;
import com.restwise.ui.wizard.results.ResultsPage;
import com.restwise.ui.wizard.steps.AboutYouPage;
import com.restwise.ui.wizard.steps.MattressPage;
import com.restwise.ui.wizard.steps.MorningsPage;
import com.restwise.ui.wizard.steps.PreferencesPage;
import com.restwise.ui.wizard.steps.SleepPage;
import com.restwise.ui.wizard.steps.WarningSignsPage;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
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
    private final Map<Step, Node> pages = new EnumMap<>(Step.class);
    private StepList steps;
    private final Notice notice;
    private Node top;
    private Node left;
    private Node bottom;

    public WizardView(WizardViewModel vm, Navigation navigation, AppSettings settings, Consultations consultations,
                      Reports reports, Notice notice) {
        this.vm = vm;
        this.navigation = navigation;
        this.settings = settings;
        this.consultations = consultations;
        this.reports = reports;
        this.i18n = vm.i18n();
        this.notice = notice;
        root.getStyleClass().add("wizard");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        scroll.setId("page-scroll");
        // Set before the header and Back / Next bar exist, so the page is the border pane's
        // first child: focus traversal follows child order, and Tab (and the scene's first
        // focus) must reach the questions before the Back button.
        pageHolder.setAlignment(Pos.TOP_LEFT);
        root.setCenter(pageHolder);
        installShortcuts();
        vm.step().addListener((obs, was, now) -> show(now));
        // the text size is a style class on the root, set after the view is built and when changed
        root.getStyleClass().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (vm.step().get() == Step.WELCOME && pages.containsKey(Step.WELCOME)) {
                placeWelcome(pages.get(Step.WELCOME));
            }
        });
        vm.advice().addListener((obs, was, now) -> {
            pages.remove(Step.RESULTS);
            if (vm.step().get() == Step.RESULTS) {
                show(Step.RESULTS);
            }
        });
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
            boolean choice = target instanceof ToggleButton || target instanceof RadioButton || target instanceof CheckBox
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
        step.setId("step-title");
        step.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.get("step." + vm.step().get()), vm.step()));
        step.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // the app's name and the step keep their words; a long client's name wraps instead
        name.setMinWidth(Region.USE_PREF_SIZE);
        step.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(16, name, step, spacer);
        if (consultations.clientVisit() != null) {
            Label visit = VisitHeading.of(i18n, consultations.clientVisit());
            visit.setMinWidth(0);
            HBox.setHgrow(visit, Priority.SOMETIMES);
            header.getChildren().add(visit);
        }
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("app-header");
        return header;
    }

    /**
     * Red, at the top of every step once the answers so far point to an emergency: what to do,
     * the number to call, and the urgent flags' texts (each says where to go).
     */
    private Node urgentBanner() {
        Label title = new Label(i18n.get("urgent.title"));
        title.getStyleClass().add("urgent-title");
        Label advice = new Label();
        advice.setWrapText(true);
        Label number = new Label();
        number.getStyleClass().add("emergency-number");
        number.setId("urgent-number");
        Label flags = new Label();
        flags.setWrapText(true);
        flags.setId("urgent-flags");
        Runnable update = () -> {
            MedicalResult m = vm.medical().get();
            if (m == null || m.level() != MedicalLevel.URGENT) {
                return;
            }
            advice.setText(m.advice());
            number.setText(i18n.get("emergency.number", settings.settings().emergencyNumber()));
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
        VBox banner = new VBox(6, title, advice, number, flags, QuestionControls.hint(i18n.get("urgent.can-finish")));
        banner.getStyleClass().add("urgent-banner");
        banner.setId("urgent-banner");
        banner.setAccessibleText(i18n.get("urgent.title"));
        // On the results page the red medical panel, first on the page, says it instead.
        banner.visibleProperty().bind(vm.urgent().and(vm.step().isNotEqualTo(Step.RESULTS)));
        banner.managedProperty().bind(banner.visibleProperty());
        banner.visibleProperty().addListener((obs, was, now) -> keepAnswerInView());
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
        banner.setAccessibleText(i18n.get("medical.heading.SOON"));
        javafx.beans.binding.BooleanBinding soon = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.medical().get() != null && vm.medical().get().level() == MedicalLevel.SOON, vm.medical());
        banner.visibleProperty().bind(soon.and(vm.step().isNotEqualTo(Step.RESULTS)));
        banner.managedProperty().bind(banner.visibleProperty());
        banner.visibleProperty().addListener((obs, was, now) -> keepAnswerInView());
        return banner;
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
        next.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.step().get() == Step.PREFERENCES ? i18n.get("nav.results") : i18n.get("nav.next"), vm.step()));
        next.setOnAction(e -> vm.next());
        // Disabled while it says why; before that a press on Next is what makes it say so.
        next.disableProperty().bind(vm.nextBlockedNotice().isNotEmpty()
                .or(vm.step().isEqualTo(Step.WELCOME)).or(vm.step().isEqualTo(Step.RESULTS)));
        next.visibleProperty().bind(vm.step().isNotEqualTo(Step.RESULTS).and(vm.step().isNotEqualTo(Step.WELCOME)));
        back.visibleProperty().bind(vm.step().isNotEqualTo(Step.WELCOME));
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
        HBox bar = new HBox(16, back, spacer, reason, next);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.getStyleClass().add("nav-bar");
        return bar;
    }

    /** The header, step list and Back / Next bar: on every step but the welcome page. */
    private void showFrame(boolean frame) {
        if (frame && top == null) {
            top = new VBox(header(), urgentBanner(), soonBanner(), NoticeBar.build(notice, i18n));
            steps = new StepList(vm);
            left = steps.node();
            bottom = navigation();
        }
        root.setTop(frame ? top : noticeBar());
        root.setLeft(frame ? left : null);
        root.setBottom(frame ? bottom : null);
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
        if (step == Step.WELCOME) {
            placeWelcome(page);
        } else {
            scroll.setContent(page);
            pageHolder.getChildren().setAll(scroll);
            // The scroll pane's skin puts the page into the scene; made now, not at the next
            // pulse, so the first question can take the focus below. Else the scene, whose old
            // focus owner (Start) has gone, gives it to the first control it has: the step list.
            scroll.applyCss();
        }
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
        boolean readFromTop = step == Step.RESULTS && scroll.getContent() == page;
        Runnable focusFirst = () -> {
            Node first = readFromTop ? scroll : firstFocusable(page);
            if (first != null) {
                first.requestFocus();
            }
        };
        focusFirst.run();
        Platform.runLater(focusFirst);
    }

    /**
     * At 100 % the welcome page fits the window without scrolling, and a scroll pane is costly to
     * create for the first window. At 125 and 150 % (German, with "resume" a third button) it does
     * not: there it scrolls, rather than cutting its sentences short.
     */
    private void placeWelcome(Node page) {
        boolean large = root.getStyleClass().stream().anyMatch(c -> c.equals("text-size-125") || c.equals("text-size-150"));
        // the first-run page is a scroll pane already
        Node shown = large && !(page instanceof ScrollPane) ? scroll : page;
        if (pageHolder.getChildren().size() == 1 && pageHolder.getChildren().get(0) == shown
                && (shown == page || scroll.getContent() == page)) {
            return;         // as it is: moving the page would take the keyboard focus off it
        }
        scroll.setContent(shown == scroll ? page : null);
        pageHolder.getChildren().setAll(shown);
    }

    private static Node firstFocusable(Node node) {
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
            case WARNING_SIGNS -> WarningSignsPage.build(i18n, vm.signs(), vm.mornings().painAreas());
            case PREFERENCES -> PreferencesPage.build(vm);
            case RESULTS -> ResultsPage.build(vm, navigation, settings, consultations, reports);
        };
    }
}
