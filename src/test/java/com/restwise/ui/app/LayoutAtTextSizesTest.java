package com.restwise.ui.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.ContractExamples;
import com.restwise.engine.Advisor;
import com.restwise.engine.catalog.Catalog;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import com.restwise.json.ProfileReader;
import com.restwise.records.Client;
import com.restwise.records.RecordsService;
import com.restwise.storage.Settings;
import com.restwise.ui.common.AccessibleNames;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.common.PageRoles;
import com.restwise.ui.common.Theme;
import com.restwise.ui.common.ThemeLeftOut;
import com.restwise.ui.common.UiWork;
import com.restwise.ui.help.AboutPage;
import com.restwise.ui.help.HelpPage;
import com.restwise.ui.records.RecordsView;
import com.restwise.ui.records.RecordsViewModel;
import com.restwise.ui.wizard.ProfileAnswers;
import com.restwise.ui.wizard.Step;
import com.restwise.ui.wizard.WizardView;
import com.restwise.ui.wizard.WizardViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page laid out at the window's default size, in English and German, at 100, 125 and 150 %
 * text size (the root font size the app sets): no labelled control may be cut short with an
 * ellipsis, run past the right edge or break a word between two letters, no text field's prompt
 * may be cut, and no page may need a horizontal scroll bar. Node-level: the pages are built as the app builds them and laid out in
 * one window, without a robot.
 */
@ExtendWith(JavaFxToolkit.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayoutAtTextSizesTest {

    /**
     * The languages this class lays out. German has a class of its own
     * ({@link LayoutAtTextSizesGermanTest}), so that two test JVMs share the slowest test of the build.
     */
    List<String> languages() {
        return List.of("en");
    }

    /** A window of ordinary size for the checks of cut text. */
    static final double WIDTH = 1100;

    static final double HEIGHT = 760;
    /** What a window manager's title bar takes from a maximised window's height. */
    static final double TITLE_BAR = 30;
    /** The window the pages are laid out in now: {@link #WIDTH} x {@link #HEIGHT} or a screen's. */
    private static double width = WIDTH;

    private static double height = HEIGHT;
    /** A laptop's window made narrower by the window manager (openbox, after a file chooser). */
    static final double NARROW = 900;
    /** A long name with long words, as clients have them. */
    static final String LONG_NAME = "Maria-Theresa Schönberger-Wittgenstein-Hohenlohe";

    /** Every question on: partner, pregnancy, neck and leg pain (more questions), an urgent sign (the banner). */
    private static final String EVERY_QUESTION =
            """
            {"schemaVersion": 1,
             "sleeper": {"weightKg": 79, "heightCm": 168, "ageYears": 31, "sex": "FEMALE", "pregnancyWeeks": 30},
             "positions": {"SIDE": 0.5, "BACK": 0.3, "STOMACH": 0.2},
             "partner": {"weightKg": 96, "positions": {"BACK": 1}},
             "currentMattress": {"firmness": 8, "type": "POCKET_SPRING", "ageYears": 3, "sagCm": 0.5},
             "symptoms": {"morningPain": 6, "sleepQuality": 4, "painAreas": ["NECK", "LOWER_BACK", "HIP", "LEG"],
                          "legPainBelowKnee": true, "morningStiffnessMinutes": 40, "durationWeeks": 8,
                          "nightPain": "ON_TURNING", "daytimePain": true, "stress": 6, "afterExertion": true,
                          "warningSigns": ["SADDLE_NUMBNESS"]},
             "preferences": {"size": "160x200", "budgetMax": 1500, "sleepsHot": true, "avoidLatex": false}}
            """;

    /** Results worth looking at: a couple, pregnancy (routine), an inflammatory pattern (soon), urgent, keep. */
    private static final List<String> RESULTS = List.of(
            "couple-different-needs",
            "pregnant-third-trimester",
            "young-inflammatory-pattern",
            "saddle-numbness",
            "keep-your-mattress");

    @TempDir
    static Path dataDir;

    /** The controls' style classes the build's theme has no rules for: no page may show one. */
    private static final Set<String> THEME_LEFT_OUT = ThemeLeftOut.styleClasses();

    private static RecordsService records;
    private static Client client;
    private static Catalog catalog;
    private static Advisor advisor;
    private static Stage stage;

    @BeforeAll
    static void recordsAndWindow() throws Exception {
        catalog = CatalogReader.shipped();
        advisor = new Advisor();
        records = RecordsService.in(dataDir);
        client = records.createClient(LONG_NAME, "").get(30, TimeUnit.SECONDS);
        // three visits, the first urgent: the change lines, both charts and the medical warning show
        String[] visits = {"saddle-numbness", "back-sleeper-low-back-pain-old-mattress", "light-side-sleeper-hip-pain"};
        for (int i = 0; i < visits.length; i++) {
            Profile p = example(visits[i]);
            records.saveConsultation(
                            client,
                            LocalDate.of(2026, 9, 1).plusWeeks(3L * i),
                            p,
                            advisor.assess(p, catalog, Advisor.DEFAULT_TOP, "de"),
                            "Schulter-Nacken-Beschwerden nach Umzug; Kopfkissenhöhe besprochen")
                    .get(30, TimeUnit.SECONDS);
        }
        JavaFxToolkit.run(() -> {
            Theme.apply(Settings.Theme.LIGHT);
            stage = new Stage(StageStyle.UNDECORATED);
            Scene scene = new Scene(new Pane(), WIDTH, HEIGHT);
            scene.getStylesheets().add(Theme.stylesheet());
            stage.setScene(scene);
            stage.show();
        });
    }

    @AfterAll
    static void close() {
        JavaFxToolkit.run(stage::hide);
        records.close();
    }

    Stream<Arguments> languagesAndSizes() {
        List<Arguments> all = new ArrayList<>();
        for (String lang : languages()) {
            for (Settings.TextSize size : Settings.TextSize.values()) {
                all.add(Arguments.of(lang, size));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("languagesAndSizes")
    void noPageCutsTextOrScrollsSideways(String lang, Settings.TextSize size) throws Exception {
        I18n i18n = new I18n(lang);
        List<String> problems = new ArrayList<>();
        Scene scene = stage.getScene();

        // the wizard, every step, with every question showing
        Profile every = new ProfileReader().parse(EVERY_QUESTION);
        WizardViewModel vm = JavaFxToolkit.call(() -> wizard(i18n, every));
        WizardView wizard = JavaFxToolkit.call(() -> wizardView(vm, lang, size, null, true));
        for (Step step : Step.values()) {
            problems.addAll(JavaFxToolkit.call(() -> {
                vm.step().set(step);
                return check(step.name(), wizard.root(), size);
            }));
        }

        // the welcome page again after the first run, which shows no note and so does not scroll of itself
        problems.addAll(JavaFxToolkit.call(() -> {
            WizardView later = wizardView(new WizardViewModel(i18n, advisor), lang, size, null, false);
            return check("WELCOME (later runs)", later.root(), size);
        }));

        // the results of people who differ, and a follow-up for a client with a long name
        for (String example : RESULTS) {
            problems.addAll(results(i18n, size, example, null));
        }
        problems.addAll(results(i18n, size, "light-side-sleeper-hip-pain", client));

        // the records: nobody chosen, a client with three visits, one visit as it was saved
        RecordsView view = records(i18n, lang, size, (page, root) -> problems.addAll(check(page, root, size)));
        openConsultation(view, true);
        problems.addAll(JavaFxToolkit.call(() -> {
            return check("records: consultation", view.root(), size);
        }));

        // help and about, opened from a page at this text size
        problems.addAll(JavaFxToolkit.call(() -> {
            scene.setRoot(sized(new Pane(), size));
            HelpPage.show(scene, i18n);
            return check("help", scene.getRoot(), size);
        }));
        problems.addAll(JavaFxToolkit.call(() -> {
            scene.setRoot(sized(new Pane(), size));
            AboutPage.show(scene, i18n);
            return check("about", scene.getRoot(), size);
        }));

        assertTrue(problems.isEmpty(), lang + " at " + size.percent() + " %:\n" + String.join("\n", problems));
    }

    Stream<Arguments> screensLanguagesAndSizes() {
        List<Arguments> all = new ArrayList<>();
        for (int[] screen : List.of(new int[] {1024, 600}, new int[] {1920, 1080})) {
            for (String lang : languages()) {
                for (Settings.TextSize size : Settings.TextSize.values()) {
                    all.add(Arguments.of(screen[0], screen[1], lang, size));
                }
            }
        }
        return all.stream();
    }

    /**
     * A maximised window on a 1024x600 laptop and on a 1920x1080 screen (less the title bar):
     * on every page the Back / Next bar and the results' action bar are wholly in the window,
     * and each control Tab reaches is scrolled into view. On the wide screen the page keeps to a
     * readable column in the middle. Content may scroll. The records' header keeps its buttons whole
     * and its place unbroken, and their pages keep inside their padding, on the laptop also in a
     * window the window manager made {@link #NARROW}er.
     */
    @ParameterizedTest(name = "{0}x{1}, {2} at {3}")
    @MethodSource("screensLanguagesAndSizes")
    void buttonsAndFocusStayInView(int screenWidth, int screenHeight, String lang, Settings.TextSize size)
            throws Exception {
        width = screenWidth;
        height = screenHeight - TITLE_BAR;
        try {
            I18n i18n = new I18n(lang);
            List<String> problems = new ArrayList<>();
            Profile every = new ProfileReader().parse(EVERY_QUESTION);
            for (Client forClient : java.util.Arrays.asList(null, client)) {
                String who = forClient == null ? "" : " (consultation)";
                for (Step step : Step.values()) {
                    problems.addAll(inView(
                            step.name() + who,
                            () -> {
                                WizardViewModel vm = wizard(i18n, every);
                                WizardView wizard = wizardView(vm, lang, size, forClient, false);
                                vm.step().set(step);
                                return wizard.root();
                            },
                            size));
                }
            }
            // the first run's welcome page, with its note, in a scroll pane of its own
            problems.addAll(inView(
                    "WELCOME (first run)",
                    () -> wizardView(new WizardViewModel(i18n, advisor), lang, size, null, true)
                            .root(),
                    size));
            for (String example : List.of("saddle-numbness", "couple-different-needs")) {
                Profile profile = example(example);
                problems.addAll(inView(
                        "results: " + example,
                        () -> {
                            WizardViewModel vm = wizard(i18n, profile);
                            WizardView view = wizardView(vm, lang, size, client, false);
                            vm.step().set(Step.RESULTS);
                            return view.root();
                        },
                        size));
            }
            // the records: the header, a client's page and a consultation opened, in the window
            problems.addAll(recordsInWindow(i18n, lang, size));
            if (screenWidth < 1600) {
                // a window manager shrinks the window after a file chooser (openbox: to about 920 px)
                width = NARROW;
                problems.addAll(recordsInWindow(i18n, lang, size));
            }
            assertTrue(
                    problems.isEmpty(),
                    screenWidth + "x" + screenHeight + ", " + lang + " at " + size.percent() + " %:\n"
                            + String.join("\n", problems));
        } finally {
            width = WIDTH;
            height = HEIGHT;
        }
    }

    /**
     * The page in the window: its bars' buttons whole in view, the focus and each of Tab's stops
     * scrolled into view. Each step in its own turn of the JavaFX thread, as between two pulses,
     * so what the page does after a focus change (at the next pulse) has happened.
     */
    /** Whether the node and every box around it show (another part of a step is hidden). */
    private static boolean shownWithParents(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each field shown wholly holds the text in it: the consultation bar's date read "7 Dec 202"
     * at 1024x600 when its column was squeezed.
     */
    private static void fieldsShowTheirText(String page, Parent root, List<String> found) {
        for (Node n : root.lookupAll(".text-field")) {
            if (!(n instanceof javafx.scene.control.TextField field)
                    || !field.isVisible()
                    || field.getText() == null
                    || field.getText().isEmpty()
                    || field.getScene() == null
                    || !shownWithParents(field)) {
                continue;
            }
            javafx.scene.text.Text measure = new javafx.scene.text.Text(field.getText());
            measure.setFont(field.getFont());
            double room = field.getWidth()
                    - field.getInsets().getLeft()
                    - field.getInsets().getRight();
            if (measure.getLayoutBounds().getWidth() > room + 1) {
                found.add(page + ": " + AccessibleNames.describe(field) + " shows only part of \""
                        + field.getText() + "\" (" + Math.round(room) + " px for "
                        + Math.round(measure.getLayoutBounds().getWidth()) + ")");
            }
        }
    }

    private static List<String> inView(String page, java.util.concurrent.Callable<Parent> build, Settings.TextSize size)
            throws Exception {
        Scene scene = stage.getScene();
        Parent root = JavaFxToolkit.call(() -> {
            Parent built = build.call();
            // a screen's size in the test window: the pulses keep the page at that size, and
            // nothing is drawn beyond the headless screen
            javafx.scene.Group screen = new javafx.scene.Group(sized(built, size));
            screen.setAutoSizeChildren(false);
            scene.setRoot(screen);
            layOut(built);
            return built;
        });
        // a first window's scroll pane takes its own skin after its first frame (FirstRunNote)
        JavaFxToolkit.waitUntil("the scroll panes' skins", () -> root.lookupAll(".scroll-pane").stream()
                .allMatch(n -> ((ScrollPane) n).getSkin() instanceof javafx.scene.control.skin.ScrollPaneSkin));
        settle();
        List<String> problems = new ArrayList<>(JavaFxToolkit.call(() -> {
            layOut(root);
            List<String> found = new ArrayList<>();
            bars(page, root, found);
            centred(page, root, size, found);
            focusInView(page, root, found);
            fieldsShowTheirText(page, root, found);
            return found;
        }));
        // Tab from the page's first stop on: each control it reaches is scrolled into view
        java.util.Set<Node> seen = new java.util.HashSet<>();
        for (int i = 0; i < 60; i++) {
            boolean moved = JavaFxToolkit.call(() -> {
                Node owner = scene.getFocusOwner();
                if (owner == null || !seen.add(owner)) {
                    return false;
                }
                javafx.event.Event.fireEvent(
                        owner,
                        new javafx.scene.input.KeyEvent(
                                javafx.scene.input.KeyEvent.KEY_PRESSED,
                                "",
                                "",
                                javafx.scene.input.KeyCode.TAB,
                                false,
                                false,
                                false,
                                false));
                return true;
            });
            if (!moved) {
                break;
            }
            settle();
            problems.addAll(JavaFxToolkit.call(() -> {
                layOut(root);
                List<String> found = new ArrayList<>();
                focusInView(page, root, found);
                return found;
            }));
        }
        return problems;
    }

    /**
     * The records screen in the window as it is now: nobody chosen, the client with three visits,
     * and the newest and the first (urgent) visit opened. Every button of the header wholly in
     * the window, no text cut, broken inside a word or run past the edge, and each page's content
     * inside its padding. In the {@link #NARROW} window an opened visit's header only: its page
     * (the firmness gauge of 460 px beside the client list of 20 em) still scrolls sideways there
     * at 150 %.
     */
    private static List<String> recordsInWindow(I18n i18n, String lang, Settings.TextSize size) throws Exception {
        String at = " at " + Math.round(width) + " px";
        boolean narrow = width < 1000;
        List<String> problems = new ArrayList<>();
        java.util.function.BiConsumer<String, Parent> look = (page, root) -> {
            boolean whole = !(narrow && page.endsWith("consultation"));
            List<String> found = check(page + at, root, size);
            if (!whole) {
                found.clear();
                find(page + at, root.lookup(".app-header"), found);
            } else {
                padded(page + at, root, found);
            }
            header(page + at, root, found);
            readableWidth(page + at, root, found);
            problems.addAll(found);
        };
        RecordsView view = records(i18n, lang, size, look);
        // the newest consultation, and the first, urgent one with its red medical panel
        for (String which : List.of("newest", "first")) {
            openConsultation(view, which.equals("newest"));
            JavaFxToolkit.run(() -> {
                look.accept("records: " + which + " consultation", view.root());
                ((Button) view.root().lookup("#back-to-client")).fire();
            });
            JavaFxToolkit.waitUntil(
                    "the client's page again", () -> view.root().lookup("#stored-consultation") == null);
        }
        return problems;
    }

    /**
     * Opens the newest or the first consultation on the client's page and waits for its page: the
     * whole consultation is read off the JavaFX thread when it is opened.
     */
    private static void openConsultation(RecordsView view, boolean newest) throws Exception {
        JavaFxToolkit.run(() -> {
            List<Button> open = view.root().lookupAll(".button").stream()
                    .filter(b -> b.getId() != null && b.getId().startsWith("open-consultation-"))
                    .map(Button.class::cast)
                    .toList();
            open.get(newest ? 0 : open.size() - 1).fire();
        });
        JavaFxToolkit.waitUntil("the consultation's page", () -> view.root().lookup("#stored-consultation") != null);
        settle();
    }

    /**
     * A records page keeps to the readable column (62 em) on a wide screen, as the wizard's pages
     * do; the em is read from the smallest text on the page (a hint is 0.9 em), with some slack.
     */
    private static void readableWidth(String page, Parent root, List<String> problems) {
        for (String id : List.of("#client-detail", "#stored-consultation")) {
            if (root.lookup(id) instanceof javafx.scene.layout.Region region && region.getScene() != null) {
                double em = region.lookupAll(".label").stream()
                        .map(l -> ((javafx.scene.control.Labeled) l).getFont().getSize())
                        .min(Double::compare)
                        .orElse(14.0);
                if (region.getWidth() > 62 * em * 1.15) {
                    problems.add(page + ": " + id + " is " + Math.round(region.getWidth())
                            + " px wide, past a readable column of 62 em");
                }
            }
        }
    }

    /** The header's buttons and links wholly in the window. */
    private static void header(String page, Parent root, List<String> problems) {
        Bounds window = new javafx.geometry.BoundingBox(0, 0, width, height);
        for (Node header : root.lookupAll(".app-header")) {
            for (Node control : ((Parent) header).lookupAll(".button, .hyperlink")) {
                if (shown(control) && !whollyIn(control, window)) {
                    problems.add(page + ": " + AccessibleNames.describe(control) + " \"" + ((Labeled) control).getText()
                            + "\" is outside the window: " + control.localToScene(control.getLayoutBounds()));
                }
            }
        }
    }

    /**
     * What each page's scroll pane shows (a client, a consultation) keeps within the page's
     * padding, inside the part of the window the scroll pane shows: nothing touches the edge.
     */
    private static void padded(String page, Parent root, List<String> problems) {
        for (Node n : root.lookupAll(".page-scroll")) {
            if (!(n instanceof ScrollPane scroll)
                    || !shown(scroll)
                    || !(scroll.getContent() instanceof javafx.scene.layout.Region content)) {
                continue;
            }
            Node viewport = scroll.lookup(".viewport");
            Bounds shown = (viewport == null ? scroll : viewport)
                    .localToScene((viewport == null ? scroll : viewport).getLayoutBounds());
            double left = Math.max(0, shown.getMinX()) + content.getPadding().getLeft();
            double right =
                    Math.min(width, shown.getMaxX()) - content.getPadding().getRight();
            for (Node part : content.getChildrenUnmodifiable()) {
                Bounds b = part.localToScene(part.getLayoutBounds());
                if (shown(part) && b.getWidth() > 0 && (b.getMinX() < left - 0.5 || b.getMaxX() > right + 0.5)) {
                    problems.add(page + ": " + AccessibleNames.describe(part) + " is outside the page's padding: "
                            + Math.round(b.getMinX()) + "-" + Math.round(b.getMaxX()) + " px, the page "
                            + Math.round(left) + "-" + Math.round(right) + " px" + widest(part, right - left));
                }
            }
        }
    }

    /** What holds a part wider than the room it has: the innermost node whose minimum width is more. */
    private static String widest(Node part, double room) {
        Node wide = null;
        for (Node n = part; n != null; ) {
            Node next = null;
            if (n instanceof Parent p) {
                for (Node child : p.getChildrenUnmodifiable()) {
                    if (child.isManaged() && child.isResizable() && child.minWidth(-1) > room + 0.5) {
                        next = child;
                    }
                }
            }
            if (n.minWidth(-1) > room + 0.5) {
                wide = n;
            }
            n = next;
        }
        return wide == null
                ? ""
                : " (" + AccessibleNames.describe(wide) + " is at least " + Math.round(wide.minWidth(-1)) + " px)";
    }

    /** Lets what the page put off to the next turns of the JavaFX thread happen (a focus, a scroll). */
    private static void settle() {
        for (int i = 0; i < 3; i++) {
            JavaFxToolkit.run(() -> {});
        }
    }

    private static void bars(String page, Parent root, List<String> problems) {
        for (Node bar : root.lookupAll(".nav-bar, .action-bar")) {
            if (!shown(bar)) {
                continue;
            }
            for (Node button : ((Parent) bar).lookupAll(".button")) {
                if (shown(button) && !whollyIn(button, new javafx.geometry.BoundingBox(0, 0, width, height))) {
                    problems.add(page + ": " + AccessibleNames.describe(button) + " \"" + ((Labeled) button).getText()
                            + "\" is outside the window: " + button.localToScene(button.getLayoutBounds()));
                }
            }
        }
    }

    /** On a wide screen, the page in a column of readable width in the middle. */
    private static void centred(String page, Parent root, Settings.TextSize size, List<String> problems) {
        if (width < 1600) {
            return;
        }
        for (Node shown : root.lookupAll(".page")) {
            if (shown.isVisible()
                    && shown.getScene() != null
                    && !shown.getParent().getStyleClass().contains("page-column")) {
                problems.add(page + ": the page is not in the readable column: it stands at the left");
            }
        }
        for (Node column : root.lookupAll(".page-column")) {
            Node content = ((Parent) column).getChildrenUnmodifiable().get(0);
            Bounds b = content.localToScene(content.getLayoutBounds());
            Bounds area = column.localToScene(column.getLayoutBounds());
            if (Math.abs((b.getMinX() - area.getMinX()) - (area.getMaxX() - b.getMaxX())) > 2) {
                problems.add(page + ": the page is not centred: " + b + " in " + area);
            }
            if (b.getWidth() > 1400 * size.percent() / 100.0) {
                problems.add(page + ": the page is stretched to " + Math.round(b.getWidth()) + " px");
            }
        }
    }

    /** The focused control, if on this page: in a scroll pane, within what it shows; elsewhere, within the window. */
    private static void focusInView(String page, Parent root, List<String> problems) {
        Node owner = stage.getScene().getFocusOwner();
        if (owner == null || !isIn(owner, root) || !shown(owner)) {
            return;
        }
        ScrollPane scroll = scrollOf(owner);
        Bounds view = new javafx.geometry.BoundingBox(0, 0, width, height);
        if (scroll != null) {
            // before its first frame a page's scroll pane has no viewport yet (FirstRunNote)
            Node viewport = scroll.lookup(".viewport");
            Node shown = viewport == null ? scroll : viewport;
            view = shown.localToScene(shown.getLayoutBounds());
        }
        if (!whollyIn(
                owner,
                new javafx.geometry.BoundingBox(
                        view.getMinX() - 1, view.getMinY() - 1, view.getWidth() + 2, view.getHeight() + 2))) {
            problems.add(page + ": focused " + AccessibleNames.describe(owner) + " is out of view: "
                    + owner.localToScene(owner.getLayoutBounds()) + " in " + view);
        }
    }

    private static boolean isIn(Node node, Parent root) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == root) {
                return true;
            }
        }
        return false;
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean whollyIn(Node node, Bounds area) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getMinX() >= area.getMinX() - 0.5
                && b.getMinY() >= area.getMinY() - 0.5
                && b.getMaxX() <= area.getMaxX() + 0.5
                && b.getMaxY() <= area.getMaxY() + 0.5;
    }

    private static ScrollPane scrollOf(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }

    /**
     * What a screen reader says (Narrator and VoiceOver read JavaFX; Linux has no bridge, so this
     * is the check): on every page, each control the keyboard can reach has a name, and each
     * picture a description. In both languages: a name missing from one bundle is caught too.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void everyControlHasANameAndEveryPictureADescription(String lang) throws Exception {
        I18n i18n = new I18n(lang);
        Settings.TextSize size = Settings.TextSize.NORMAL;
        List<String> problems = new ArrayList<>();
        Profile every = new ProfileReader().parse(EVERY_QUESTION);
        for (Client forClient : java.util.Arrays.asList(null, client)) {
            WizardViewModel vm = JavaFxToolkit.call(() -> wizard(i18n, every));
            WizardView wizard = JavaFxToolkit.call(() -> wizardView(vm, lang, size, forClient, true));
            for (Step step : Step.values()) {
                problems.addAll(JavaFxToolkit.call(() -> {
                    vm.step().set(step);
                    return unnamed(step.name() + (forClient == null ? "" : " (consultation)"), wizard.root(), size);
                }));
            }
        }
        for (String example : RESULTS) {
            Profile profile = example(example);
            problems.addAll(JavaFxToolkit.call(() -> {
                WizardViewModel vm = wizard(i18n, profile);
                WizardView view = wizardView(vm, lang, size, null, true);
                vm.step().set(Step.RESULTS);
                return unnamed("results: " + example, view.root(), size);
            }));
        }
        records(i18n, lang, size, (page, root) -> problems.addAll(unnamed(page, root, size)));
        Scene scene = stage.getScene();
        problems.addAll(JavaFxToolkit.call(() -> {
            scene.setRoot(sized(new Pane(), size));
            HelpPage.show(scene, i18n);
            return unnamed("help", scene.getRoot(), size);
        }));
        problems.addAll(JavaFxToolkit.call(() -> {
            scene.setRoot(sized(new Pane(), size));
            AboutPage.show(scene, i18n);
            return unnamed("about", scene.getRoot(), size);
        }));
        assertTrue(problems.isEmpty(), lang + ":\n" + String.join("\n", problems));
    }

    /** The page laid out with every fold open; each reachable control without a name, each picture without words. */
    private static List<String> unnamed(String page, Parent root, Settings.TextSize size) {
        check(page, root, size);
        return com.restwise.ui.common.AccessibleNames.missing(page, root);
    }

    /**
     * The records screen with nobody chosen and then with the client of three visits, each looked
     * at on the JavaFX thread.
     */
    private static RecordsView records(
            I18n i18n, String lang, Settings.TextSize size, java.util.function.BiConsumer<String, Parent> look)
            throws Exception {
        com.restwise.ui.common.Notice notice = new com.restwise.ui.common.Notice((delay, action) -> () -> {});
        RecordsViewModel recordsVm =
                JavaFxToolkit.call(() -> new RecordsViewModel(i18n, records, notice, UiWork.onFx(Runnable::run)));
        RecordsView view = JavaFxToolkit.call(() -> new RecordsView(
                recordsVm,
                PageRoles.navigation(true),
                PageRoles.settings(settings(lang, size), true),
                PageRoles.consultations(null),
                PageRoles.reports(),
                notice));
        JavaFxToolkit.waitUntil(
                "the client list",
                () -> recordsVm.settled() && !recordsVm.clients().isEmpty());
        JavaFxToolkit.run(() -> look.accept("records", view.root()));
        JavaFxToolkit.run(() -> recordsVm.open(client));
        JavaFxToolkit.waitUntil(
                "the client's page",
                () -> recordsVm.settled() && recordsVm.page().get() != null);
        JavaFxToolkit.run(() -> look.accept("records: client", view.root()));
        return view;
    }

    private static WizardViewModel wizard(I18n i18n, Profile profile) {
        WizardViewModel vm = new WizardViewModel(i18n, advisor);
        vm.catalog().set(catalog);
        ProfileAnswers.fill(vm, profile);
        return vm;
    }

    private static List<String> results(I18n i18n, Settings.TextSize size, String example, Client forClient)
            throws Exception {
        Profile profile = example(example);
        return JavaFxToolkit.call(() -> {
            WizardViewModel vm = wizard(i18n, profile);
            WizardView view = wizardView(vm, i18n.lang(), size, forClient, true);
            vm.step().set(Step.RESULTS);
            return check("results: " + example + (forClient == null ? "" : " (follow-up)"), view.root(), size);
        });
    }

    private static Profile example(String name) throws Exception {
        return new ProfileReader().parse(Files.readString(ContractExamples.profile(name)));
    }

    private static Parent sized(Parent root, Settings.TextSize size) {
        root.getStyleClass().removeIf(s -> s.startsWith("text-size-"));
        root.getStyleClass().add(Theme.textSizeClass(size));
        return root;
    }

    /** Shows the page in the window at the text size, with every fold open, and lists what is cut. */
    private static List<String> check(String page, Parent root, Settings.TextSize size) {
        Scene scene = stage.getScene();
        if (scene.getRoot() != root) {
            scene.setRoot(sized(root, size));
        }
        sized(root, size);
        layOut(root);
        boolean opened = false;
        for (Node n : root.lookupAll(".titled-pane")) {
            if (n instanceof TitledPane fold && !fold.isExpanded()) {
                fold.setAnimated(false);
                fold.setExpanded(true);
                opened = true;
            }
        }
        if (opened) {
            layOut(root);
        }
        List<String> problems = new ArrayList<>();
        find(page, root, problems);
        return problems;
    }

    /** CSS and layout as a pulse would do them; twice, as wrapped text changes heights after widths. */
    private static void layOut(Parent root) {
        for (int i = 0; i < 3; i++) {
            root.applyCss();
            root.resize(width, height);
            root.layout();
        }
    }

    private static void find(String page, Node node, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        for (String style : node.getStyleClass()) {
            if (THEME_LEFT_OUT.contains(style)) {
                problems.add(page + ": " + AccessibleNames.describe(node) + " has the style class \"" + style
                        + "\", whose rules the build leaves out of the theme (src/build/theme-left-out.txt)");
            }
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            Text shown = shownText(l);
            String full = l.isMnemonicParsing() ? l.getText().replace("_", "") : l.getText();
            if (shown == null || !shown.getText().equals(full)) {
                problems.add(page + ": " + AccessibleNames.describe(l) + " shows \""
                        + (shown == null ? "" : shown.getText()) + "\" of \"" + l.getText() + "\"");
            } else if (pastRightEdge(shown)) {
                problems.add(page + ": " + AccessibleNames.describe(l) + " runs past the right edge: \"" + l.getText()
                        + "\"");
            } else if (brokenWord(shown) != null) {
                problems.add(page + ": " + AccessibleNames.describe(l) + " breaks \"" + brokenWord(shown)
                        + "\" inside the word");
            }
        }
        if (node instanceof TextField field
                && (field.getText() == null || field.getText().isEmpty())
                && field.getPromptText() != null
                && !field.getPromptText().isEmpty()) {
            Text prompt = new Text(field.getPromptText());
            prompt.setFont(field.getFont());
            double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
            if (prompt.getLayoutBounds().getWidth() > room + 0.5) {
                problems.add(page + ": the prompt of " + AccessibleNames.describe(field) + " is cut: \""
                        + field.getPromptText() + "\"");
            }
        }
        if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
            problems.add(page + ": a horizontal scroll bar in " + AccessibleNames.describe(bar.getParent()));
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                find(page, child, problems);
            }
        }
    }

    /** The text node the skin draws, which holds the text as shown (with any ellipsis). */
    private static Text shownText(Labeled l) {
        // a titled pane draws its text in its title bar
        Parent holder = l;
        if (l instanceof TitledPane) {
            holder = (Parent) l.getChildrenUnmodifiable().stream()
                    .filter(c -> c.getStyleClass().contains("title"))
                    .findFirst()
                    .orElse(l);
        }
        for (Node child : holder.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                return t;
            }
        }
        return null;
    }

    /**
     * A word wider than the line it wraps in, which the text then breaks between two letters
     * ("...matratz" / "e"). JavaFX breaks lines at spaces only, not after hyphens.
     */
    private static String brokenWord(Text shown) {
        if (shown.getWrappingWidth() <= 0) {
            return null;
        }
        for (String word : shown.getText().split("\\p{javaWhitespace}+")) { // where JavaFX breaks lines
            Text probe = new Text(word);
            probe.setFont(shown.getFont());
            if (probe.getLayoutBounds().getWidth() > shown.getWrappingWidth() + 0.5) {
                return word;
            }
        }
        return null;
    }

    /** Past the window, or past the visible part of the scroll pane it is in. */
    private static boolean pastRightEdge(Node shown) {
        Bounds b = shown.localToScene(shown.getLayoutBounds());
        double edge = width;
        for (Node up = shown.getParent(); up != null; up = up.getParent()) {
            if (up.getStyleClass().contains("viewport") && up.getParent() instanceof ScrollPane) {
                edge = Math.min(edge, up.localToScene(up.getLayoutBounds()).getMaxX());
            }
        }
        return b.getWidth() > 0 && b.getMaxX() > edge + 1;
    }

    /** The wizard's view as a shopper (or the client's therapist) sees it, at this language and size. */
    private static WizardView wizardView(
            WizardViewModel vm, String lang, Settings.TextSize size, Client forClient, boolean firstRun) {
        return new WizardView(
                vm,
                PageRoles.navigation(true),
                PageRoles.settings(settings(lang, size), firstRun),
                PageRoles.consultations(forClient),
                PageRoles.reports(),
                PageRoles.notice());
    }

    private static Settings settings(String lang, Settings.TextSize size) {
        return new Settings(
                lang, Settings.WeightUnit.KG, Settings.HeightUnit.CM, Settings.Theme.LIGHT, size, "112", true);
    }
}
