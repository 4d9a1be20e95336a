package com.restwise.engine;

import static com.restwise.engine.ProfileBuilder.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.AlignmentVerdict;
import com.restwise.engine.advice.MattressVerdict.Verdict;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.catalog.Catalog;
import com.restwise.engine.profile.NightPain;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.WarningSign;
import com.restwise.json.CatalogReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AdvisorTest {

    private static final Catalog CATALOG = CatalogReader.shipped();
    private final Advisor advisor = new Advisor();

    @Test
    void warningSignsLeaveFirmnessAndOptionsIdentical() {
        List<Profile> profiles = List.of(
                profile()
                        .weight(84)
                        .positions(0.2, 0.8, 0)
                        .pain(PainArea.LOWER_BACK)
                        .morningPain(5)
                        .build(),
                profile()
                        .weight(56)
                        .only(Position.SIDE)
                        .pain(PainArea.HIP)
                        .partner(90, Position.BACK)
                        .build(),
                profile()
                        .weight(128)
                        .positions(0, 0.3, 0.7)
                        .size("160x200")
                        .budget(900)
                        .hot(true)
                        .build());
        for (Profile p : profiles) {
            Advice calm = advisor.assess(p, CATALOG, 10, "en");
            Profile alarming = p.withSymptoms(p.symptoms().withWarningSigns(EnumSet.allOf(WarningSign.class)));
            Advice urgent = advisor.assess(alarming, CATALOG, 10, "en");
            assertEquals(MedicalLevel.URGENT, urgent.medical().level());
            assertNotEquals(calm.medical(), urgent.medical());
            assertEquals(calm.firmness(), urgent.firmness());
            assertEquals(calm.partnerFirmness(), urgent.partnerFirmness());
            assertEquals(calm.options(), urgent.options());
        }
    }

    @Test
    void alignmentShowsTheMainPositionAtTheTargetAndOnTheCurrentMattress() {
        Advice a = advisor.assess(
                profile()
                        .weight(70)
                        .positions(0.2, 0.1, 0.7)
                        .mattress(2.0, 4.0, null)
                        .build(),
                CATALOG,
                5,
                "en");
        assertEquals(Position.STOMACH, a.alignment().position());
        assertEquals(a.firmness().target(), a.alignment().atTarget().firmness());
        assertEquals(AlignmentVerdict.NEUTRAL, a.alignment().atTarget().verdict());
        assertEquals(2.0, a.alignment().atCurrent().firmness());
        assertEquals(AlignmentVerdict.TOO_SOFT, a.alignment().atCurrent().verdict());
        assertTrue(
                a.alignment().atCurrent().hipSinkMm() > a.alignment().atTarget().hipSinkMm());

        Advice side = advisor.assess(
                profile()
                        .weight(80)
                        .only(Position.SIDE)
                        .mattress(10.0, 4.0, null)
                        .build(),
                CATALOG,
                5,
                "en");
        assertEquals(AlignmentVerdict.TOO_FIRM, side.alignment().atCurrent().verdict());
        assertNull(
                advisor.assess(profile().build(), CATALOG, 5, "en").alignment().atCurrent());
    }

    /** The picture never contradicts the advice, whatever the mix of positions and low-back pain. */
    @Test
    void atTheTargetTheSpineIsNeutralForEveryMixOfPositions() {
        for (double kg = 45; kg <= 160; kg += 5) {
            for (int side = 0; side <= 10; side++) {
                for (int back = 0; back <= 10 - side; back++) {
                    for (boolean lowBack : new boolean[] {false, true}) {
                        ProfileBuilder p = profile().weight(kg).positions(side, back, 10 - side - back);
                        if (lowBack) {
                            p.pain(PainArea.LOWER_BACK);
                        }
                        Advice a = advisor.assess(p.build(), CATALOG, 1, "en");
                        assertEquals(
                                AlignmentVerdict.NEUTRAL,
                                a.alignment().atTarget().verdict(),
                                kg + " kg, " + side + "/" + back + ", low back " + lowBack);
                    }
                }
            }
        }
    }

    @Test
    void adviceCarriesTheContractHeader() {
        Advice a = advisor.assess(profile().build(), CATALOG, 5, "en");
        assertEquals(1, a.schemaVersion());
        assertEquals(Advisor.ENGINE_VERSION, a.engineVersion());
        assertEquals("en", a.lang());
        assertNull(a.partnerFirmness());
    }

    @Test
    void theExplanationSaysWhatSetTheTargetAndWhatMovedItByHowMuch() {
        Advice a = advisor.assess(
                profile()
                        .weight(84)
                        .positions(0.2, 0.8, 0)
                        .pain(PainArea.LOWER_BACK)
                        .mattress(5.0, 11.0, 4.0)
                        .build(),
                CATALOG,
                5,
                "en");
        String all = String.join(" ", a.explanation());
        assertTrue(all.contains("84 kg") && all.contains("80% on your back") && all.contains("20% on your side"), all);
        assertTrue(all.contains("Low-back pain moved it 0.2 softer"), all);
        assertTrue(all.contains("Kovacs 2003"));
        assertTrue(all.contains("firmness 5") && all.contains("softer than your range"), all);
        assertTrue(all.contains("H3"), "European label beside the scale");
    }

    @Test
    void topOutsideOneToAHundredIsRefused() {
        assertThrows(
                IllegalArgumentException.class, () -> advisor.assess(profile().build(), CATALOG, 0, "en"));
        assertThrows(
                IllegalArgumentException.class, () -> advisor.assess(profile().build(), CATALOG, 101, "en"));
    }

    @Test
    void sameProfileSameAdvice() {
        Profile p = profile()
                .weight(77)
                .positions(0.6, 0.4, 0)
                .nightPain(NightPain.WAKES_ME)
                .daytime(false)
                .build();
        assertEquals(advisor.assess(p, CATALOG, 5, "en"), advisor.assess(p, CATALOG, 5, "en"));
    }

    /** The engine, the JSON layer, storage and the command line never touch JavaFX. */
    @Test
    void nothingBelowTheUserInterfaceImportsJavafx() throws IOException {
        Path main = Path.of("src/main/java/com/restwise");
        for (String layer : Set.of("engine", "json", "cli", "storage")) {
            try (Stream<Path> files = Files.walk(main.resolve(layer))) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                    try {
                        if (Files.readString(f).contains("import javafx")) {
                            fail(f + " imports JavaFX");
                        }
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                });
            }
        }
        // and the engine does no I/O
        try (Stream<Path> files = Files.walk(main.resolve("engine"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                try {
                    String src = Files.readString(f);
                    assertTrue(!src.contains("import java.io") && !src.contains("import java.nio"), f + " does I/O");
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
        }
    }

    @Test
    void aMattressOneStepOutsideTheRangeIsOneStepNotOneSteps() {
        boolean seenOne = false;
        for (int kg = 50; kg <= 120; kg += 5) {
            for (double f = 1; f <= 10; f += 0.5) {
                for (String lang : List.of("en", "de")) {
                    Advice a = advisor.assess(
                            profile().weight(kg).mattress(f, 3.0, 0.0).build(), CATALOG, 5, lang);
                    StringBuilder all = new StringBuilder(String.join("\n", a.explanation()));
                    a.options().forEach(o -> all.append('\n').append(String.join("\n", o.reasons())));
                    String text = all.toString();
                    assertTrue(!text.matches("(?s).*(?<![\\d.,])1 (steps|Stufen).*"), text);
                    seenOne |= text.contains("about 1 step firmer") || text.contains("about 1 step softer");
                }
            }
        }
        assertTrue(seenOne, "some mattress is exactly one step outside a range");
    }

    /** Issue 18's case: "close enough to keep" beside a spine picture that reads too soft. */
    @Test
    void aWornMattressThePictureReadsTooSoftIsNotKept() {
        Profile p = profile()
                .weight(98)
                .height(178)
                .only(Position.BACK)
                .pain(PainArea.LOWER_BACK)
                .mattress(6.5, 9.0, 3.0)
                .mattressType(com.restwise.engine.profile.MattressType.MEMORY_FOAM)
                .build();
        Advice a = advisor.assess(p, CATALOG, 3, "en");
        assertEquals(AlignmentVerdict.TOO_SOFT, a.alignment().atCurrent().verdict());
        assertEquals(
                Verdict.REPLACE,
                a.mattressVerdict().verdict(),
                a.mattressVerdict().text());
    }

    /**
     * The verdict and the picture agree: a kept mattress never reads off neutral beyond what the
     * range itself accepts, and a level mattress inside the range of a one-position sleeper of
     * ordinary build (BMI up to 40) is kept.
     */
    @Test
    void theVerdictAndTheSpinePictureNeverContradictEachOther() {
        List<String> wrong = new java.util.ArrayList<>();
        for (double kg = 45; kg <= 160; kg += 10) {
            for (double cm = 155; cm <= 195; cm += 20) {
                if (kg / (cm * cm / 1e4) > 40) {
                    continue;
                }
                for (Position pos : Position.values()) {
                    Advice base = advisor.assess(
                            profile().weight(kg).height(cm).only(pos).build(), CATALOG, 1, "en");
                    for (double f = base.firmness().min(); f <= base.firmness().max() + 1e-9; f += 0.5) {
                        double firmness = Math.round(f * 10) / 10.0;
                        Advice a = advisor.assess(
                                profile()
                                        .weight(kg)
                                        .height(cm)
                                        .only(pos)
                                        .mattress(firmness, 3.0, 0.0)
                                        .build(),
                                CATALOG,
                                1,
                                "en");
                        if (a.mattressVerdict().verdict() != Verdict.KEEP) {
                            wrong.add(kg + " kg " + cm + " cm " + pos + " at " + firmness + ": "
                                    + a.mattressVerdict().text());
                        }
                    }
                    Advice sagging = advisor.assess(
                            profile()
                                    .weight(kg)
                                    .height(cm)
                                    .only(pos)
                                    .mattress(base.firmness().target(), 3.0, 2.0)
                                    .build(),
                            CATALOG,
                            1,
                            "en");
                    if (sagging.mattressVerdict().verdict() == Verdict.KEEP
                            && sagging.alignment().atCurrent().verdict() != AlignmentVerdict.NEUTRAL) {
                        wrong.add(kg + " kg " + cm + " cm " + pos + ": kept, but the picture reads "
                                + sagging.alignment().atCurrent().verdict());
                    }
                }
            }
        }
        assertTrue(
                wrong.isEmpty(), wrong.size() + ": " + wrong.stream().limit(5).toList());
    }
}
