package com.restwise.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.ContractExamples;
import com.restwise.engine.Advisor;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import com.restwise.json.ProfileReader;
import com.restwise.storage.Settings;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.common.PageRoles;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TitledPane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every number on the German results page is written the German way from the page's first
 * build, on a computer whose own language is English, built in the order the app builds it: the
 * answers given in English, the language switched to German mid-wizard, the results page opened
 * before the catalog has been read, then the catalog arriving.
 */
@ExtendWith(JavaFxToolkit.class)
class GermanNumbersTest {

    /** An English decimal point ("5.5", not the German "1.259") or an English thousands comma ("1,139"). */
    private static final Pattern ENGLISH_NUMBER = Pattern.compile("\\d\\.\\d(?!\\d)|\\d,\\d{3}(?!\\d)");

    private Locale systemLocale;

    @BeforeEach
    void englishComputer() {
        systemLocale = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(systemLocale);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "couple-different-needs",
                "light-side-sleeper-hip-pain",
                "heavy-stomach-sleeper",
                "back-sleeper-low-back-pain-old-mattress",
                "keep-your-mattress"
            })
    void theGermanResultsPageWritesEveryNumberTheGermanWay(String example) throws Exception {
        Profile profile = new ProfileReader().parse(Files.readString(ContractExamples.profile(example)));
        Advisor advisor = new Advisor();
        List<String> english = JavaFxToolkit.call(() -> {
            WizardViewModel inEnglish = new WizardViewModel(new I18n("en"), advisor);
            ProfileAnswers.fill(inEnglish, profile);
            inEnglish.step().set(Step.PREFERENCES);
            // the person switches to German: the app carries the answers over to a German wizard
            WizardViewModel vm = new WizardViewModel(new I18n("de"), advisor);
            Settings german = new Settings(
                    "de",
                    Settings.WeightUnit.KG,
                    Settings.HeightUnit.CM,
                    Settings.Theme.DARK,
                    Settings.TextSize.LARGEST,
                    "112",
                    false);
            WizardView view = new WizardView(
                    vm,
                    PageRoles.navigation(false),
                    PageRoles.settings(german, false),
                    PageRoles.consultations(null),
                    PageRoles.reports(),
                    PageRoles.notice());
            new Scene(view.root(), 1280, 800); // the page inside the scroll pane exists once skinned
            WizardDraft.read(WizardDraft.write(inEnglish), vm);
            vm.step().set(Step.RESULTS);
            List<String> found = englishNumbers(view.root(), "before the catalog");
            vm.catalog().set(CatalogReader.shipped());
            found.addAll(englishNumbers(view.root(), "with the catalog"));
            // the page checked is the German advice, with its numbers in it
            assertTrue(
                    view.root().lookupAll("#firmness-summary").stream()
                            .anyMatch(n -> ((Labeled) n).getText().startsWith("Zielwert")),
                    "no German results page");
            return found;
        });
        assertTrue(
                english.isEmpty(),
                example + ": English numbers on the German results page:\n" + String.join("\n", english));
    }

    private static List<String> englishNumbers(Parent root, String when) {
        for (Node n : root.lookupAll(".titled-pane")) {
            ((TitledPane) n).setExpanded(true);
        }
        root.applyCss();
        root.layout();
        List<String> found = new ArrayList<>();
        for (Node n : root.lookupAll("*")) {
            List<String> texts = new ArrayList<>();
            if (n instanceof Labeled l) {
                texts.add(l.getText());
            }
            if (n instanceof Text t) {
                texts.add(t.getText());
            }
            texts.add(n.getAccessibleText());
            for (String s : texts) {
                if (s != null && ENGLISH_NUMBER.matcher(s).find()) {
                    found.add(when + ": " + s);
                }
            }
        }
        return found;
    }
}
