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
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.PageRoles;
import com.restwise.ui.common.Theme;
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
class LayoutAtTextSizesTest {

    /** RestwiseApp's first window. */
    static final double WIDTH = 1100;
    static final double HEIGHT = 760;
    /** A long name with long words, as clients have them. */
    static final String LONG_NAME = "Maria-Theresa Schönberger-Wittgenstein-Hohenlohe";

    /** Every question on: partner, pregnancy, neck and leg pain (more questions), an urgent sign (the banner). */
    private static final String EVERY_QUESTION = """
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
    private static final List<String> RESULTS = List.of("couple-different-needs", "pregnant-third-trimester",
            "young-inflammatory-pattern", "saddle-numbness", "keep-your-mattress");

    @TempDir
    static Path dataDir;
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
            records.saveConsultation(client, LocalDate.of(2026, 9, 1).plusWeeks(3L * i), p,
                    advisor.assess(p, catalog, Advisor.DEFAULT_TOP, "de"),
                    "Schulter-Nacken-Beschwerden nach Umzug; Kopfkissenhöhe besprochen").get(30, TimeUnit.SECONDS);
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

    static Stream<Arguments> languagesAndSizes() {
        List<Arguments> all = new ArrayList<>();
        for (String lang : List.of("en", "de")) {
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
        Notice notice = new Notice((delay, action) -> () -> { });
        RecordsViewModel recordsVm = JavaFxToolkit.call(() -> new RecordsViewModel(i18n, records, notice,
                UiWork.onFx(Runnable::run)));
        RecordsView view = JavaFxToolkit.call(() -> new RecordsView(recordsVm, PageRoles.navigation(true),
                PageRoles.settings(settings(lang, size), true), PageRoles.consultations(null), PageRoles.reports(), notice));
        JavaFxToolkit.waitUntil("the client list", () -> recordsVm.settled() && !recordsVm.clients().isEmpty());
        problems.addAll(JavaFxToolkit.call(() -> check("records", view.root(), size)));
        JavaFxToolkit.run(() -> recordsVm.open(client));
        JavaFxToolkit.waitUntil("the client's page", () -> recordsVm.settled() && recordsVm.page().get() != null);
        problems.addAll(JavaFxToolkit.call(() -> check("records: client", view.root(), size)));
        problems.addAll(JavaFxToolkit.call(() -> {
            view.root().lookupAll(".button").stream()
                    .filter(b -> b.getId() != null && b.getId().startsWith("open-consultation-"))
                    .map(Button.class::cast).findFirst().orElseThrow().fire();
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
            root.resize(WIDTH, HEIGHT);
            root.layout();
        }
    }

    private static void find(String page, Node node, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            Text shown = shownText(l);
            String full = l.isMnemonicParsing() ? l.getText().replace("_", "") : l.getText();
            if (shown == null || !shown.getText().equals(full)) {
                problems.add(page + ": " + describe(l) + " shows \"" + (shown == null ? "" : shown.getText())
                        + "\" of \"" + l.getText() + "\"");
            } else if (pastRightEdge(shown)) {
                problems.add(page + ": " + describe(l) + " runs past the right edge: \"" + l.getText() + "\"");
            } else if (brokenWord(shown) != null) {
                problems.add(page + ": " + describe(l) + " breaks \"" + brokenWord(shown) + "\" inside the word");
            }
        }
        if (node instanceof TextField field && (field.getText() == null || field.getText().isEmpty())
                && field.getPromptText() != null && !field.getPromptText().isEmpty()) {
            Text prompt = new Text(field.getPromptText());
            prompt.setFont(field.getFont());
            double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
            if (prompt.getLayoutBounds().getWidth() > room + 0.5) {
                problems.add(page + ": the prompt of " + describe(field) + " is cut: \"" + field.getPromptText() + "\"");
            }
        }
        if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
            problems.add(page + ": a horizontal scroll bar in " + describe(bar.getParent()));
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
            holder = (Parent) l.getChildrenUnmodifiable().stream().filter(c -> c.getStyleClass().contains("title"))
                    .findFirst().orElse(l);
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
        for (String word : shown.getText().split("\\p{javaWhitespace}+")) {   // where JavaFX breaks lines
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
        double edge = WIDTH;
        for (Node up = shown.getParent(); up != null; up = up.getParent()) {
            if (up.getStyleClass().contains("viewport") && up.getParent() instanceof ScrollPane) {
                edge = Math.min(edge, up.localToScene(up.getLayoutBounds()).getMaxX());
            }
        }
        return b.getWidth() > 0 && b.getMaxX() > edge + 1;
    }

    private static String describe(Node n) {
        StringBuilder s = new StringBuilder(n.getClass().getSimpleName());
        if (n.getId() != null) {
            s.append('#').append(n.getId());
        }
        for (Node up = n.getParent(); up != null; up = up.getParent()) {
            if (up.getId() != null) {
                s.append(" in #").append(up.getId());
                break;
            }
        }
        return s.toString();
    }

    /** The wizard's view as a shopper (or the client's therapist) sees it, at this language and size. */
    private static WizardView wizardView(WizardViewModel vm, String lang, Settings.TextSize size, Client forClient,
                                         boolean firstRun) {
        return new WizardView(vm, PageRoles.navigation(true), PageRoles.settings(settings(lang, size), firstRun),
                PageRoles.consultations(forClient), PageRoles.reports(), PageRoles.notice());
    }

    private static Settings settings(String lang, Settings.TextSize size) {
        return new Settings(lang, Settings.WeightUnit.KG, Settings.HeightUnit.CM, Settings.Theme.LIGHT, size, "112", true);
    }
}
