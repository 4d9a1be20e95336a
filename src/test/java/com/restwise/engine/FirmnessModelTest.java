package com.restwise.engine;

import static com.restwise.engine.ProfileBuilder.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.advice.FirmnessLabel;
import com.restwise.engine.advice.FirmnessRange;
import com.restwise.engine.catalog.Catalog;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Positions;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.Symptoms;
import com.restwise.json.CatalogReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirmnessModelTest {

    private final FirmnessModel model = new FirmnessModel();
    private static final List<Positions> MIXES = List.of(
            Positions.only(Position.SIDE),
            Positions.only(Position.BACK),
            Positions.only(Position.STOMACH),
            new Positions(0.54, 0.38, 0.08),
            new Positions(0.5, 0.5, 0),
            new Positions(0, 0.6, 0.4),
            new Positions(1, 1, 1));
    private static final List<Symptoms> SYMPTOMS = List.of(
            Symptoms.NONE,
            profile().pain(PainArea.LOWER_BACK).build().symptoms(),
            profile().pain(PainArea.HIP, PainArea.SHOULDER).build().symptoms(),
            profile().pain(PainArea.LOWER_BACK, PainArea.HIP).build().symptoms());

    private double target(double kg, Positions p, Symptoms s) {
        return model.assess(kg, p, s).range().target();
    }

    /** docs/firmness.md table: each anchor is the centre of its band's range. */
    @ParameterizedTest(name = "{0} at {1} kg suits {2}")
    @CsvSource({
        "SIDE, 50, 4.0", "SIDE, 81.5, 5.5", "SIDE, 120, 6.5",
        "BACK, 50, 5.0", "BACK, 81.5, 6.5", "BACK, 120, 7.5",
        "STOMACH, 50, 5.5", "STOMACH, 81.5, 7.5", "STOMACH, 120, 8.5"
    })
    void anchorsAreTheCentresOfTheBuyingGuideBands(Position position, double kg, double expected) {
        assertEquals(expected, FirmnessModel.positionTarget(position, kg), 1e-9);
    }

    @Test
    void targetIsSmoothInWeightWithNoJumpAtABandEdge() {
        for (Positions p : MIXES) {
            for (Symptoms s : SYMPTOMS) {
                for (double kg = 30; kg < 300; kg += 0.25) {
                    double step = Math.abs(target(kg + 1, p, s) - target(kg, p, s));
                    assertTrue(step <= 0.3, "1 kg moved the target by " + step + " at " + kg + " kg");
                }
            }
        }
        // across the 59 kg and 104 kg band edges in particular
        Positions back = Positions.only(Position.BACK);
        assertTrue(Math.abs(target(59.5, back, Symptoms.NONE) - target(58.5, back, Symptoms.NONE)) <= 0.1);
        assertTrue(Math.abs(target(104.5, back, Symptoms.NONE) - target(103.5, back, Symptoms.NONE)) <= 0.1);
    }

    @Test
    void aHeavierSleeperIsNeverAdvisedSofter() {
        for (Positions p : MIXES) {
            for (Symptoms s : SYMPTOMS) {
                double previous = 0;
                for (double kg = 30; kg <= 300; kg += 0.5) {
                    double t = target(kg, p, s);
                    assertTrue(t >= previous, "softer at " + kg + " kg than just below");
                    previous = t;
                }
            }
        }
    }

    @Test
    void sideIsNeverFirmerThanBackAndBackNeverFirmerThanStomach() {
        for (double kg = 30; kg <= 300; kg += 1) {
            double side = target(kg, Positions.only(Position.SIDE), Symptoms.NONE);
            double back = target(kg, Positions.only(Position.BACK), Symptoms.NONE);
            double stomach = target(kg, Positions.only(Position.STOMACH), Symptoms.NONE);
            assertTrue(side <= back && back <= stomach, kg + " kg: " + side + " / " + back + " / " + stomach);
            assertTrue(side < stomach);
        }
    }

    @Test
    void aMixedSleeperLiesBetweenThePurePositions() {
        for (double kg = 30; kg <= 300; kg += 5) {
            double side = target(kg, Positions.only(Position.SIDE), Symptoms.NONE);
            double back = target(kg, Positions.only(Position.BACK), Symptoms.NONE);
            double mixed = target(kg, new Positions(0.5, 0.5, 0), Symptoms.NONE);
            assertTrue(mixed >= side && mixed <= back);
            assertEquals((side + back) / 2, mixed, 0.051);
        }
    }

    @Test
    void positionWeightsAreNormalised() {
        Positions weights = Positions.of(Map.of(Position.SIDE, 3.0, Position.BACK, 1.0));
        assertEquals(0.75, weights.side(), 1e-12);
        assertEquals(0.25, weights.back(), 1e-12);
        assertEquals(target(70, new Positions(0.75, 0.25, 0), Symptoms.NONE), target(70, weights, Symptoms.NONE));
        assertEquals(
                target(70, Positions.only(Position.SIDE), Symptoms.NONE),
                target(70, Positions.of(Map.of(Position.SIDE, 40.0)), Symptoms.NONE));
    }

    @Test
    void lowBackPainPullsTheTargetHalfwayTowardMediumFirm() {
        double soft = FirmnessModel.positionTarget(Position.SIDE, 50); // 4.0
        double firm = FirmnessModel.positionTarget(Position.STOMACH, 100); // 7.98
        Symptoms lowBack = profile().pain(PainArea.LOWER_BACK).build().symptoms();
        assertEquals(5.0, target(50, Positions.only(Position.SIDE), lowBack), 0.05, "4.0 pulled halfway to 6");
        assertEquals(7.0, target(100, Positions.only(Position.STOMACH), lowBack), 0.051, "7.98 pulled halfway to 6");
        assertTrue(soft < 6 && firm > 6);
    }

    @Test
    void theLowBackPullFadesFromWholeAt100KgToNoneAt140Kg() {
        Symptoms lowBack = profile().pain(PainArea.LOWER_BACK).build().symptoms();
        Positions back = Positions.only(Position.BACK);
        assertEquals(1.0, FirmnessModel.lowBackPullShare(100));
        assertEquals(0.5, FirmnessModel.lowBackPullShare(120), 1e-9);
        assertEquals(0.0, FirmnessModel.lowBackPullShare(140));
        assertEquals(target(140, back, Symptoms.NONE), target(140, back, lowBack), "no pull from 140 kg");
        assertEquals(target(180, back, Symptoms.NONE), target(180, back, lowBack), "a 180 kg back sleeper keeps 7.5");
        assertTrue(target(180, back, lowBack) >= 7.5, "not pulled down toward 6");
        double previous = target(95, back, lowBack);
        for (double kg = 95.5; kg <= 145; kg += 0.5) {
            double t = target(kg, back, lowBack);
            assertTrue(Math.abs(t - previous) <= 0.15 + 1e-9, "smooth at " + kg + ": " + previous + " -> " + t);
            assertTrue(t >= previous - 1e-9, "never softer for a heavier sleeper at " + kg);
            previous = t;
        }
    }

    @Test
    void shoulderOrHipPainMovesASideSleeperTowardPressureRelief() {
        Symptoms hip = profile().pain(PainArea.HIP).build().symptoms();
        double without = target(70, Positions.only(Position.SIDE), Symptoms.NONE);
        double with = target(70, Positions.only(Position.SIDE), hip);
        assertEquals(FirmnessModel.PRESSURE_RELIEF_STEPS, without - with, 0.051);
        // a back sleeper lies on neither shoulder nor hip: no change
        assertEquals(
                target(70, Positions.only(Position.BACK), Symptoms.NONE),
                target(70, Positions.only(Position.BACK), hip));
    }

    @Test
    void theCurrentMattressNeverMovesTheTarget() {
        Advisor advisor = new Advisor();
        Catalog catalog = CatalogReader.shipped();
        Profile none = profile().weight(80).positions(0.5, 0.5, 0).build();
        for (double f = 1; f <= 10; f += 1) {
            Profile withBed = profile()
                    .weight(80)
                    .positions(0.5, 0.5, 0)
                    .mattress(f, 12.0, 5.0)
                    .build();
            assertEquals(
                    advisor.assess(none, catalog, 5, "en").firmness(),
                    advisor.assess(withBed, catalog, 5, "en").firmness());
        }
    }

    @Test
    void rangeHoldsTheTargetAndIsOneToTwoStepsWide() {
        for (Positions p : MIXES) {
            for (Symptoms s : SYMPTOMS) {
                for (double kg = 30; kg <= 300; kg += 3.7) {
                    FirmnessRange r = model.assess(kg, p, s).range();
                    assertTrue(r.min() <= r.target() && r.target() <= r.max(), r.toString());
                    double width = r.max() - r.min();
                    assertTrue(width >= 1.0 - 1e-9 && width <= 2.0 + 1e-9, "width " + width);
                    assertEquals(r.target(), Math.round(r.target() * 10) / 10.0, 1e-12, "one decimal");
                    assertTrue(r.min() >= 1 && r.max() <= 10);
                }
            }
        }
    }

    @Test
    void aMixedSleeperGetsAWiderRangeThanAPureOne() {
        FirmnessRange pure =
                model.assess(72, Positions.only(Position.SIDE), Symptoms.NONE).range();
        FirmnessRange mixed =
                model.assess(72, new Positions(0.5, 0.5, 0), Symptoms.NONE).range();
        assertTrue(mixed.max() - mixed.min() > pure.max() - pure.min());
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "3.4, SOFT",
        "3.5, MEDIUM_SOFT",
        "4.4, MEDIUM_SOFT",
        "4.5, MEDIUM",
        "5.4, MEDIUM",
        "5.5, MEDIUM_FIRM",
        "7.0, MEDIUM_FIRM",
        "7.1, FIRM"
    })
    void labelsFollowTheContractThresholds(double target, FirmnessLabel label) {
        assertEquals(label, FirmnessLabel.of(target));
    }

    /** docs/firmness.md, "Scales": 1-3 = H1, 4-5 = H2, 6-7 = H3, 8 = H4, 9-10 = H5. */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"1, H1", "3.4, H1", "3.5, H2", "5, H2", "6, H3", "7.4, H3", "8, H4", "8.5, H5", "10, H5"})
    void theEuropeanHardnessLabelFollowsTheFirmnessScale(double firmness, String label) {
        assertEquals(label, FirmnessLabel.european(firmness));
    }

    @Test
    void aboveOneHundredTwentyKilosTheTargetKeepsRisingToOneLevelMoreAtOneHundredSixtyThenLevel() {
        for (Position p : Position.values()) {
            double at120 = FirmnessModel.positionTarget(p, 120);
            double at160 = FirmnessModel.positionTarget(p, 160);
            assertEquals(Math.min(9.0, at120 + 1.0), at160, 1e-9, p.name());
            assertEquals(at160, FirmnessModel.positionTarget(p, 200), 1e-9, p + ": level beyond 160 kg");
            assertTrue(FirmnessModel.positionTarget(p, 140) > at120, p + ": still rising at 140 kg");
            double previous = at120;
            for (double kg = 120.5; kg <= 200; kg += 0.5) {
                double t = FirmnessModel.positionTarget(p, kg);
                assertTrue(t >= previous && t - previous <= 0.15 && t <= 9.0, p + " at " + kg + ": " + t);
                previous = t;
            }
        }
        FirmnessRange heavy = new FirmnessModel()
                .assess(180, Positions.only(Position.SIDE), Symptoms.NONE)
                .range();
        assertEquals(7.5, heavy.target(), 1e-9, "a 180 kg side sleeper is no longer given the 120 kg target");
    }
}
