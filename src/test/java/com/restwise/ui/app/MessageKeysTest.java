package com.restwise.ui.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.EngineTexts;
import com.restwise.engine.advice.FirmnessLabel;
import com.restwise.engine.advice.MattressVerdict;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.profile.MattressType;
import com.restwise.engine.profile.NightPain;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Sex;
import com.restwise.engine.profile.WarningSign;
import com.restwise.records.PainTrend;
import com.restwise.storage.Settings;
import com.restwise.ui.common.Answer;
import com.restwise.ui.common.I18n;
import com.restwise.ui.wizard.Step;
import com.restwise.ui.wizard.steps.DurationUnit;
import com.restwise.ui.wizard.steps.Frequency;
import com.restwise.ui.wizard.steps.Onset;
import com.restwise.ui.wizard.steps.Trauma;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No text the app asks for is missing, in any language: the keys written out (I18nKeysTest
 * checks those are used) and every key built by putting a value after a prefix ("sex." + sex),
 * for every value that prefix can be given. A new prefix must be listed here, or the second test
 * fails.
 */
class MessageKeysTest {

    /** Each prefix the app puts a value after, with every value it can put there. */
    private static final Map<String, List<String>> BUILT = new LinkedHashMap<>();

    static {
        built("answer.", Answer.values());
        built("sex.", Sex.values());
        built("unit.", Settings.WeightUnit.values());
        built("unit.", Settings.HeightUnit.values());
        built("unit.", DurationUnit.values());
        built("position.", Position.values());
        built("results.alignment.position.", Position.values());
        built("frequency.", Frequency.values());
        built("painArea.", PainArea.values());
        built("sign.", WarningSign.values());
        // the two injuries are asked as one choice (trauma.), not as ticks
        BUILT.get("sign.").removeAll(List.of(WarningSign.RECENT_TRAUMA.name(), WarningSign.MAJOR_TRAUMA.name()));
        built("trauma.", Trauma.values());
        built("onset.", Onset.values());
        built("nightPain.", NightPain.values());
        built("mattressType.", MattressType.values());
        built("step.", Step.values());
        built("settings.theme.", Settings.Theme.values());
        built("label.", FirmnessLabel.values());
        built("trend.", PainTrend.Verdict.values());
        built("results.verdict.", MattressVerdict.Verdict.values());
        BUILT.get("results.verdict.").add("NONE"); // advice saved by engine 1.x has no verdict
        built("medical.heading.", MedicalLevel.values());
        BUILT.put("language.", new ArrayList<>(EngineTexts.LANGUAGES));
        BUILT.put("scale.pain.", numbers(0, 10));
        BUILT.put("scale.quality.", numbers(0, 10));
        BUILT.put("scale.stress.", numbers(0, 10));
        BUILT.put("firmness.word.", numbers(1, 10));
        BUILT.put(
                "saved.compare.",
                List.of("when", "firmness", "partner", "verdict", "options", "medical", "pain", "posture"));
        List<String> helpKeys =
                List.of("f1", "enter", "back", "tab", "space", "arrows", "home-end", "steps", "dropdown");
        BUILT.put("help.key.", helpKeys);
        BUILT.put("help.keyname.", helpKeys);
    }

    private static void built(String prefix, Enum<?>[] values) {
        BUILT.computeIfAbsent(prefix, p -> new ArrayList<>())
                .addAll(Arrays.stream(values).map(Enum::name).toList());
    }

    private static List<String> numbers(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(String::valueOf).toList();
    }

    @Test
    void everyKeyBuiltFromAValueHasATextInEveryLanguage() {
        List<String> missing = new ArrayList<>();
        for (String lang : EngineTexts.LANGUAGES) {
            I18n i18n = new I18n(lang);
            for (var prefix : BUILT.entrySet()) {
                for (String value : prefix.getValue()) {
                    String key = prefix.getKey() + value;
                    if (!i18n.keys().contains(key)) {
                        missing.add(lang + ": " + key);
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "no text for " + missing);
    }

    @Test
    void everyKeyWrittenOutHasATextAndEveryBuiltOneIsListed() throws IOException {
        Pattern literal = Pattern.compile("i18n\\.get\\(\"([a-zA-Z][a-zA-Z0-9_.-]*)\"(\\s*\\+)?");
        Pattern built = Pattern.compile("\"([a-zA-Z][a-zA-Z0-9_.-]*\\.)\"\\s*\\+");
        I18n english = new I18n("en");
        TreeSet<String> missing = new TreeSet<>();
        TreeSet<String> unlisted = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/restwise/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f);
                Matcher m = literal.matcher(source);
                while (m.find()) {
                    if (m.group(2) == null && !english.keys().contains(m.group(1))) {
                        missing.add(m.group(1) + " in " + f.getFileName());
                    }
                }
                Matcher b = built.matcher(source);
                while (b.find()) {
                    if (!BUILT.containsKey(b.group(1))) {
                        unlisted.add(b.group(1) + " in " + f.getFileName());
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "asked for but not in the bundle: " + missing);
        assertTrue(unlisted.isEmpty(), "keys built from a value: list every value they take in BUILT: " + unlisted);
    }
}
