package com.restwise.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.catalog.Catalog;
import com.restwise.engine.catalog.CoupleConstruction;
import com.restwise.engine.catalog.Mattress;
import com.restwise.engine.profile.MattressType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogReaderTest {

    private static final Catalog SHIPPED = CatalogReader.shipped();
    private static final List<String> SIZES = List.of("90x200", "140x200", "160x200", "180x200", "200x200");

    @Test
    void theShippedCatalogHasAtLeastFortyArchetypesOfEveryType() {
        assertTrue(SHIPPED.mattresses().size() >= 40);
        assertEquals("EUR", SHIPPED.currency());
        Set<MattressType> types =
                SHIPPED.mattresses().stream().map(Mattress::type).collect(Collectors.toSet());
        assertEquals(
                EnumSet.of(
                        MattressType.MEMORY_FOAM,
                        MattressType.LATEX,
                        MattressType.POCKET_SPRING,
                        MattressType.INNERSPRING,
                        MattressType.HYBRID,
                        MattressType.AIR,
                        MattressType.COLD_FOAM),
                types);
    }

    @Test
    void theShippedCatalogSpansFirmnessTwoToNine() {
        for (int f = 2; f <= 9; f++) {
            int firmness = f;
            assertTrue(SHIPPED.mattresses().stream().anyMatch(m -> m.firmness() == firmness), "firmness " + f);
        }
    }

    @Test
    void theShippedCatalogServesCouples() {
        assertTrue(SHIPPED.mattresses().stream()
                .anyMatch(m -> m.construction().couple() == CoupleConstruction.SPLIT_FIRMNESS));
        assertTrue(SHIPPED.mattresses().stream()
                .anyMatch(m -> m.construction().couple() == CoupleConstruction.TWO_SINGLES));
        SHIPPED.mattresses().stream()
                .filter(m -> m.construction().couple() != CoupleConstruction.NONE)
                .forEach(m -> assertTrue(m.halves() != null, m.id()));
    }

    @Test
    void singleSurfaceEntriesComeInAllFiveSizesAndCoupleConstructionsInTheDoubleOnes() {
        for (Mattress m : SHIPPED.mattresses()) {
            List<String> expected = m.construction().couple() == CoupleConstruction.NONE
                    ? SIZES
                    : SIZES.stream()
                            .filter(s -> !s.equals("90x200")
                                    && (m.construction().couple() != CoupleConstruction.TWO_SINGLES
                                            || !s.equals("140x200")))
                            .toList();
            Set<String> standard =
                    m.prices().keySet().stream().filter(s -> s.endsWith("x200")).collect(Collectors.toSet());
            assertEquals(Set.copyOf(expected), standard, m.id());
        }
    }

    /** 210 and 220 cm for tall sleepers, in the constructions that are made in them, each width also in 200. */
    @Test
    void longLengthsComeInFoamLatexAndSpringConstructions() {
        for (Mattress m : SHIPPED.mattresses()) {
            for (String size : m.prices().keySet()) {
                if (!size.endsWith("x200")) {
                    assertTrue(
                            m.prices().containsKey(size.substring(0, size.indexOf('x')) + "x200"), m.id() + " " + size);
                    assertTrue(
                            m.prices().get(size) > m.prices().get(size.substring(0, size.indexOf('x')) + "x200"),
                            m.id() + " " + size + " costs more than its 200 cm version");
                }
            }
        }
        for (MattressType type : List.of(
                MattressType.MEMORY_FOAM, MattressType.COLD_FOAM, MattressType.LATEX, MattressType.POCKET_SPRING)) {
            assertTrue(
                    SHIPPED.mattresses().stream().anyMatch(m -> m.type() == type && m.priceFor("160x220") != null),
                    type.name());
        }
        assertTrue(
                SHIPPED.mattresses().stream()
                        .filter(m -> m.type() == MattressType.INNERSPRING)
                        .noneMatch(m -> m.priceFor("160x210") != null),
                "open-coil mattresses are not made long here");
    }

    @Test
    void pricesSpreadFromBudgetToPremium() {
        assertTrue(SHIPPED.mattresses().stream()
                .anyMatch(m -> m.priceFor("140x200") != null && m.priceFor("140x200") < 400));
        assertTrue(SHIPPED.mattresses().stream()
                .anyMatch(m -> m.priceFor("140x200") != null && m.priceFor("140x200") > 1400));
    }

    @Test
    void everyEntryDescribesItsConstructionAndQualities() {
        for (Mattress m : SHIPPED.mattresses()) {
            assertTrue(!m.construction().layers().isEmpty() && m.construction().heightCm() > 0, m.id());
            assertTrue(m.ratings().pressureRelief() >= 1 && m.trialNights() >= 0);
            assertTrue(!m.name().isBlank());
        }
    }

    @Test
    void aBrokenShopCatalogNamesEveryProblem() {
        String text =
                """
            {"schemaVersion":1,"currency":"euro","mattresses":[
              {"id":"a","name":"A","type":"HAMMOCK","firmness":12,
               "construction":{"layers":[],"heightCm":2,"zones":1,"couple":"SPLIT_FIRMNESS"},
               "ratings":{"pressureRelief":6,"support":3,"cooling":3,"motionIsolation":3,"edgeSupport":3,"durability":3},
               "trialNights":100,"prices":{"90x200":-5,"huge":100}},
              {"id":"b","name":"B","type":"LATEX","firmness":5,"halves":[5,5],
               "construction":{"layers":["latex"],"heightCm":20,"zones":1},
               "ratings":{"pressureRelief":4,"support":4,"cooling":4,"motionIsolation":4,"edgeSupport":3,"durability":5},
               "trialNights":100,"prices":{"90x200":500}},
              {"id":"b","name":"B2","type":"LATEX","firmness":5,
               "construction":{"layers":["latex"],"heightCm":20,"zones":1},
               "ratings":{"pressureRelief":4,"support":4,"cooling":4,"motionIsolation":4,"edgeSupport":3,"durability":5},
               "trialNights":100,"prices":{"90x200":500}},
              7]}""";
        List<String> p = assertThrows(InvalidInputException.class, () -> new CatalogReader().parse(text))
                .problems();
        assertTrue(
                p.contains("currency: must be a three-letter currency code such as EUR (got \"euro\")"), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("mattresses[0].type: must be one of MEMORY_FOAM")));
        assertTrue(p.contains("mattresses[0].firmness: must be between 1 and 10 (got 12)"));
        assertTrue(p.contains("mattresses[0].construction.layers: must list at least one layer"));
        assertTrue(p.contains("mattresses[0].construction.heightCm: must be between 3 and 60 (got 2)"));
        assertTrue(p.contains("mattresses[0].halves: is required for a SPLIT_FIRMNESS construction"));
        assertTrue(p.contains("mattresses[0].ratings.pressureRelief: must be a whole number between 1 and 5 (got 6)"));
        assertTrue(p.contains("mattresses[0].prices.90x200: must be more than 0 and at most 1000000 (got -5)"));
        assertTrue(p.contains("mattresses[0].prices.huge: a size must be WIDTHxLENGTH in cm, such as 160x200"));
        assertTrue(p.contains("mattresses[1].halves: needs construction.couple SPLIT_FIRMNESS or TWO_SINGLES"));
        assertTrue(p.contains("mattresses[2].id: must be unique; \"b\" is used twice"), p.toString());
        assertTrue(p.contains("mattresses[3]: must be an object (got 7)"));
    }

    private static String entry(String extra) {
        return """
            {"schemaVersion":1,"currency":"EUR","mattresses":[
              {"id":"a","name":"Firm latex","type":"%s","firmness":6,
               "construction":{"layers":["16 cm latex core"],"heightCm":20,"zones":1,"couple":"NONE"},
               "ratings":{"pressureRelief":4,"support":4,"cooling":4,"motionIsolation":4,"edgeSupport":3,"durability":5},
               "trialNights":100,"prices":{"90x200":500}%s}]}"""
                .formatted(
                        extra.startsWith("HYBRID") ? "HYBRID" : "LATEX",
                        extra.startsWith("HYBRID") ? extra.substring(6) : extra);
    }

    @Test
    void theLatexMarkIsReadAndALatexMattressAlwaysContainsLatex() throws Exception {
        assertTrue(
                new CatalogReader().parse(entry("")).mattresses().get(0).containsLatex(), "absent: as its type says");
        assertFalse(
                new CatalogReader().parse(entry("HYBRID")).mattresses().get(0).containsLatex());
        assertTrue(new CatalogReader()
                .parse(entry("HYBRID,\"containsLatex\":true"))
                .mattresses()
                .get(0)
                .containsLatex());
        List<String> p = assertThrows(
                        InvalidInputException.class, () -> new CatalogReader().parse(entry(",\"containsLatex\":false")))
                .problems();
        assertEquals(List.of("mattresses[0].containsLatex: must be true for a LATEX mattress (got false)"), p);
    }

    @Test
    void namesInOtherLanguagesAreReadAndChecked() throws Exception {
        Mattress m = new CatalogReader()
                .parse(entry(",\"names\":{\"de\":\"Feste Latexmatratze\"}"))
                .mattresses()
                .get(0);
        assertEquals("Feste Latexmatratze", m.nameIn("de"));
        assertEquals("Firm latex", m.nameIn("en"));
        List<String> p = assertThrows(InvalidInputException.class, () -> new CatalogReader()
                        .parse(entry(",\"names\":{\"deutsch\":\"X\",\"fr\":\" \"}")))
                .problems();
        assertTrue(
                p.contains("mattresses[0].names.deutsch: must be a two-letter language code such as de"), p.toString());
        assertTrue(p.contains("mattresses[0].names.fr: must not be empty"), p.toString());
    }
}
