package com.restwise.engine;

import static com.restwise.engine.ProfileBuilder.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.FirmnessLabel;
import com.restwise.engine.advice.FirmnessRange;
import com.restwise.engine.advice.RankedOption;
import com.restwise.engine.catalog.Catalog;
import com.restwise.engine.catalog.CoupleConstruction;
import com.restwise.engine.catalog.Mattress;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Position;
import com.restwise.json.CatalogReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogRankerTest {

    private static final Catalog CATALOG = CatalogReader.shipped();
    private final Advisor advisor = new Advisor();

    private List<RankedOption> options(ProfileBuilder p, int top) {
        return advisor.assess(p.build(), CATALOG, top, "en").options();
    }

    private static Mattress entry(String id) {
        return CATALOG.mattresses().stream()
                .filter(m -> m.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void scoresLieInZeroToOneBestFirstTiesBrokenById() {
        List<RankedOption> all = options(profile().weight(70).positions(0.5, 0.5, 0), 100);
        assertEquals(CATALOG.mattresses().stream().filter(m -> !m.forCouples()).count(), all.size());
        for (int i = 0; i < all.size(); i++) {
            RankedOption o = all.get(i);
            assertTrue(o.score() >= 0 && o.score() <= 1);
            assertFalse(o.reasons().isEmpty());
            if (i > 0) {
                RankedOption prev = all.get(i - 1);
                assertTrue(prev.score() > o.score()
                        || (prev.score() == o.score() && prev.id().compareTo(o.id()) < 0));
            }
        }
    }

    @Test
    void topLimitsTheOptions() {
        assertEquals(1, options(profile(), 1).size());
        assertEquals(7, options(profile(), 7).size());
    }

    @Test
    void anEntryInsideTheRangeBeatsTheSameBuildOutsideIt() {
        FirmnessRange range = new FirmnessRange(6, 5.3, 6.8, FirmnessLabel.MEDIUM_FIRM);
        assertEquals(1.0, CatalogRanker.rangeFit(6, range), 1e-9);
        assertTrue(CatalogRanker.rangeFit(6.8, range) > CatalogRanker.rangeFit(7.8, range));
        assertTrue(CatalogRanker.rangeFit(5.3, range) > CatalogRanker.rangeFit(4, range));
        assertEquals(0, CatalogRanker.rangeFit(10, range), 1e-9);
        List<RankedOption> ranked = options(profile().weight(80).only(Position.BACK), 100);
        int inRange = indexOf(ranked, "pocket-basic-7");
        int tooSoft = indexOf(ranked, "pocket-basic-5");
        assertTrue(inRange < tooSoft);
    }

    private static int indexOf(List<RankedOption> list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id + " not ranked");
    }

    @Test
    void firmnessReasonSaysWhereTheEntrySitsAgainstTheRange() {
        RankedOption best = options(profile().weight(80).only(Position.BACK), 1).get(0);
        assertTrue(
                best.reasons().get(0).matches("Firmness [0-9.]+ sits in your [0-9.]+-[0-9.]+ range\\."),
                best.reasons().get(0));
    }

    @Test
    void withASizeOnlyEntriesInThatSizeAtThatSizesPrice() {
        for (RankedOption o : options(profile().size("90x200"), 100)) {
            assertEquals("90x200", o.size());
            assertEquals(entry(o.id()).priceFor("90x200"), o.price());
        }
        assertTrue(options(profile().size("90x200"), 100).stream()
                .noneMatch(o -> entry(o.id()).construction().couple() != CoupleConstruction.NONE));
    }

    @Test
    void withoutASizeTheCheapestSizeIsShown() {
        for (RankedOption o : options(profile(), 100)) {
            Mattress m = entry(o.id());
            assertEquals(
                    m.prices().values().stream()
                            .mapToDouble(Double::doubleValue)
                            .min()
                            .orElseThrow(),
                    o.price());
        }
    }

    @Test
    void budgetKeepsOnlyEntriesAtOrUnderIt() {
        List<RankedOption> within = options(profile().size("160x200").budget(500), 100);
        assertFalse(within.isEmpty());
        within.forEach(o -> assertTrue(o.price() <= 500));
        within.forEach(o -> assertTrue(o.reasons().stream().noneMatch(r -> r.contains("budget"))));
    }

    @Test
    void whenNothingFitsTheBudgetTheCheapestAreShownWithAReasonSayingSo() {
        List<RankedOption> cheapest = options(profile().size("200x200").budget(50), 3);
        assertEquals(3, cheapest.size());
        double maxShown =
                cheapest.stream().mapToDouble(RankedOption::price).max().orElseThrow();
        long cheaperLeftOut = CATALOG.mattresses().stream()
                .filter(m -> m.priceFor("200x200") != null && m.priceFor("200x200") < maxShown)
                .filter(m -> cheapest.stream().noneMatch(o -> o.id().equals(m.id())))
                .count();
        assertEquals(0, cheaperLeftOut);
        cheapest.forEach(o -> assertTrue(
                o.reasons().stream().anyMatch(r -> r.contains("Over your budget of 50")),
                o.reasons().toString()));
    }

    @Test
    void aSizeNoEntryOffersGivesNoOptionsAndSaysWhy() {
        Advice a = advisor.assess(profile().size("150x190").build(), CATALOG, 5, "en");
        assertTrue(a.options().isEmpty());
        assertTrue(a.explanation().stream().anyMatch(s -> s.contains("150x190")));
    }

    @Test
    void aCoupleWhoseRangesDoNotOverlapGetsSplitOrTwoSingleConstructionsFirst() {
        Advice a = advisor.assess(
                profile()
                        .weight(110)
                        .only(Position.STOMACH)
                        .partner(52, Position.SIDE)
                        .size("160x200")
                        .build(),
                CATALOG,
                3,
                "en");
        assertTrue(a.firmness().min() > a.partnerFirmness().max(), "ranges apart");
        for (RankedOption o : a.options()) {
            assertTrue(
                    entry(o.id()).construction().couple() != CoupleConstruction.NONE
                            || entry(o.id()).adjustable() != null,
                    o.id());
            assertTrue(
                    o.reasons().stream().anyMatch(r -> r.contains("partner")),
                    o.reasons().toString());
        }
    }

    @Test
    void aCoupleWithTheSameNeedsIsNotPushedToSplitConstructions() {
        Advice a = advisor.assess(
                profile()
                        .weight(75)
                        .only(Position.BACK)
                        .partner(75, Position.BACK)
                        .build(),
                CATALOG,
                3,
                "en");
        assertTrue(
                a.options().stream().anyMatch(o -> entry(o.id()).construction().couple() == CoupleConstruction.NONE));
    }

    @Test
    void aHotSleeperIsToldWhatSleepsCooler() {
        List<RankedOption> hot =
                options(profile().weight(72).positions(0.5, 0.5, 0).hot(true), 5);
        assertTrue(hot.stream().anyMatch(o -> o.reasons().stream().anyMatch(r -> r.contains("cooler"))));
        assertTrue(hot.stream().noneMatch(o -> entry(o.id()).ratings().cooling() <= 2), "no hot-sleeping foam on top");
    }

    @Test
    void aHeavySleeperGetsDurableSupportiveOptionsFirst() {
        List<RankedOption> heavy = options(profile().weight(140).only(Position.BACK), 2);
        heavy.forEach(o -> assertTrue(entry(o.id()).ratings().durability() >= 4, o.id()));
        heavy.forEach(o -> assertTrue(
                o.reasons().stream().anyMatch(r -> r.contains("durable")),
                o.reasons().toString()));
        List<RankedOption> light = options(profile().weight(60).only(Position.BACK), 3);
        assertTrue(light.stream().noneMatch(o -> o.reasons().stream().anyMatch(r -> r.contains("heavier body"))));
    }

    @Test
    void aSideSleeperWithHipPainIsToldAboutPressureRelief() {
        List<RankedOption> side =
                options(profile().weight(60).only(Position.SIDE).pain(PainArea.HIP), 3);
        assertTrue(side.stream().anyMatch(o -> o.reasons().stream().anyMatch(r -> r.contains("pressure relief"))));
    }

    @Test
    void zonedSupportIsExplainedToBackSleepersWithLowBackPain() {
        List<RankedOption> back =
                options(profile().weight(85).only(Position.BACK).pain(PainArea.LOWER_BACK), 5);
        assertTrue(back.stream().anyMatch(o -> o.reasons().stream().anyMatch(r -> r.contains("Zoned support"))));
    }

    @Test
    void aSingleSleeperIsNeverOfferedSplitOrTwoSingleConstructions() {
        for (ProfileBuilder p : List.of(
                profile().weight(70).positions(0.5, 0.5, 0),
                profile().weight(120).only(Position.STOMACH),
                profile().weight(50).only(Position.SIDE).pain(PainArea.HIP))) {
            List<RankedOption> all = options(p, 100);
            assertTrue(all.stream().noneMatch(o -> entry(o.id()).forCouples()), all.toString());
        }
        assertTrue(
                options(profile().weight(102).positions(0, 0.6, 0.4).partner(57, Position.SIDE), 100).stream()
                        .anyMatch(o -> entry(o.id()).forCouples()),
                "a couple may get them");
    }

    @Test
    void avoidingLatexRemovesEveryEntryWithLatexHybridsWithALatexLayerIncluded() {
        assertTrue(entry("hybrid-zoned-6").containsLatex()
                && entry("hybrid-luxury-6").containsLatex()
                && entry("air-dual-premium").containsLatex()
                && entry("latex-budget-5").containsLatex());
        assertFalse(entry("foam-premium-4").containsLatex(), "latex-like foam is not latex");
        List<RankedOption> withLatex = options(profile().weight(75).positions(0.6, 0.4, 0), 100);
        assertTrue(withLatex.stream().anyMatch(o -> entry(o.id()).containsLatex()));
        List<RankedOption> without =
                options(profile().weight(75).positions(0.6, 0.4, 0).avoidLatex(true), 100);
        assertFalse(without.isEmpty());
        assertTrue(without.stream().noneMatch(o -> entry(o.id()).containsLatex()), without.toString());
        assertTrue(without.stream().flatMap(o -> o.reasons().stream()).noneMatch(r -> r.toLowerCase()
                .contains("latex")));
    }

    @Test
    void reasonsFitTheSleeper() {
        List<RankedOption> backOnly = options(profile().weight(80).only(Position.BACK), 100);
        assertTrue(
                backOnly.stream()
                        .flatMap(o -> o.reasons().stream())
                        .noneMatch(r -> r.contains("on the side") || r.contains("stomach") || r.contains("partner")),
                "a back sleeper hears nothing about side or stomach");
        List<RankedOption> sideOnly = options(profile().weight(60).only(Position.SIDE), 100);
        assertTrue(sideOnly.stream()
                .flatMap(o -> o.reasons().stream())
                .noneMatch(r -> r.contains("lying on the back") || r.contains("stomach")));
        List<RankedOption> couple =
                options(profile().weight(102).positions(0, 0.6, 0.4).partner(57, Position.SIDE), 100);
        assertTrue(
                couple.stream()
                        .flatMap(o -> o.reasons().stream())
                        .noneMatch(r -> r.contains("neither") || r.contains("compromise")),
                "no over-claims");
        assertTrue(
                options(profile().weight(100).only(Position.BACK), 100).stream()
                        .flatMap(o -> o.reasons().stream())
                        .noneMatch(r -> r.contains("firm support")),
                "no 'firm support' on a medium mattress");
    }

    @Test
    void mattressNamesAreTranslated() {
        Advice de = advisor.assess(profile().weight(70).only(Position.SIDE).build(), CATALOG, 100, "de");
        Advice en = advisor.assess(profile().weight(70).only(Position.SIDE).build(), CATALOG, 100, "en");
        for (int i = 0; i < de.options().size(); i++) {
            assertEquals(
                    entry(de.options().get(i).id()).names().get("de"),
                    de.options().get(i).name());
            assertEquals(
                    entry(en.options().get(i).id()).name(), en.options().get(i).name());
        }
        assertTrue(
                CATALOG.mattresses().stream().allMatch(m -> m.names().containsKey("de")),
                "every entry has a German name");
    }

    @Test
    void aTallSleeperIsOfferedOnlyLengthsOfTheirHeightPlusTwentyAndToldWhichToAskFor() {
        assertTrue(
                options(profile().height(180), 10).stream()
                        .allMatch(o -> o.size().endsWith("x200")),
                "200 is enough at 180");
        assertTrue(options(profile().height(181), 10).stream()
                .allMatch(o -> o.size().endsWith("x210")));
        assertTrue(options(profile().height(190), 10).stream()
                .allMatch(o -> o.size().endsWith("x210")));
        assertTrue(options(profile().height(191), 10).stream()
                .allMatch(o -> o.size().endsWith("x220")));
        assertFalse(options(profile().height(191), 10).isEmpty());
        Advice tall = advisor.assess(profile().height(186).build(), CATALOG, 3, "en");
        assertTrue(
                tall.explanation().stream()
                        .anyMatch(l -> l.contains("at least 206 cm long") && l.contains("ask for a length of 210 cm")),
                tall.explanation().toString());
        assertFalse(advisor.assess(profile().height(180).build(), CATALOG, 3, "en").explanation().stream()
                .anyMatch(l -> l.contains("cm long")));
    }

    @Test
    void aShorterSizeThanATallSleeperNeedsIsKeptAndNamed() {
        Advice a = advisor.assess(profile().height(192).size("160x200").build(), CATALOG, 3, "en");
        assertTrue(a.options().stream().allMatch(o -> o.size().equals("160x200")));
        assertTrue(
                a.explanation().stream()
                        .anyMatch(l -> l.contains("You asked for 160x200") && l.contains("ask for 160x220 instead")),
                a.explanation().toString());
        Advice longEnough = advisor.assess(profile().height(192).size("160x220").build(), CATALOG, 3, "en");
        assertFalse(longEnough.explanation().stream().anyMatch(l -> l.contains("You asked for")));
        assertTrue(longEnough.options().stream().allMatch(o -> o.size().equals("160x220"))
                && !longEnough.options().isEmpty());
    }

    @Test
    void coldFoamIsOfferedAndNamedInGerman() {
        assertTrue(CATALOG.mattresses().stream()
                .anyMatch(m -> m.type() == com.restwise.engine.profile.MattressType.COLD_FOAM
                        && m.nameIn("de").startsWith("Kaltschaummatratze")));
    }
}
