package com.restwise.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.advice.AlignmentVerdict;
import com.restwise.engine.alignment.BodyMeasures;
import com.restwise.engine.alignment.LyingBody;
import com.restwise.engine.alignment.MattressSurface;
import com.restwise.engine.alignment.SpineModel;
import com.restwise.engine.alignment.SpineState;
import com.restwise.engine.alignment.Zone;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Sex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpinePictureTest {

    /** Remembers what was drawn. */
    static final class Recording implements Sketch {
        record Line(double[] xs, double[] ys, int argb, double width, boolean dashed) {}

        final List<Line> lines = new ArrayList<>();
        final List<Integer> fills = new ArrayList<>();

        @Override
        public void fillPolygon(double[] xs, double[] ys, int n, int argb) {
            fills.add(argb);
        }

        @Override
        public void strokePolyline(double[] xs, double[] ys, int n, int argb, double width, boolean dashed) {
            lines.add(new Line(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n), argb, width, dashed));
        }

        @Override
        public void fillCircle(double cx, double cy, double radius, int argb) {}
    }

    private final SpineModel model = new SpineModel();
    private final LyingBody side = LyingBody.of(BodyMeasures.typical(80, 178.0, Sex.MALE), Position.SIDE);

    private Recording draw(double firmness) {
        Recording r = new Recording();
        SpineState s = model.evaluate(side, new MattressSurface(firmness, false));
        SpinePicture.draw(r, 600, 600 / SpinePicture.aspect(side), side, s);
        return r;
    }

    @Test
    void theSpineIsGreenWhenNeutralAndRedWhenBentOverADashedNeutralLine() {
        Recording neutral = draw(5.5);
        Recording bent = draw(10);
        assertTrue(neutral.lines.stream().anyMatch(l -> l.argb() == SpinePicture.SPINE_NEUTRAL && !l.dashed()));
        assertTrue(bent.lines.stream().anyMatch(l -> l.argb() == SpinePicture.SPINE_BENT && !l.dashed()));
        assertTrue(bent.lines.stream().anyMatch(Recording.Line::dashed), "the neutral line");
    }

    @Test
    void theMattressIsDentedAsDeepAsTheModelSaysAndTheDentsFollowTheFirmness() {
        double height = 600 / SpinePicture.aspect(side);
        for (double f : new double[] {2, 5, 9}) {
            Recording r = draw(f);
            // The mattress's top line is the widest solid line drawn with the mattress's edge colour.
            Recording.Line top = r.lines.stream()
                    .filter(l -> l.argb() == SpinePicture.MATTRESS_EDGE && !l.dashed() && l.xs().length > 100)
                    .findFirst()
                    .orElseThrow();
            double highest = Arrays.stream(top.ys()).min().orElseThrow();
            double lowest = Arrays.stream(top.ys()).max().orElseThrow();
            SpineState s = model.evaluate(side, new MattressSurface(f, false));
            double deepest = Math.max(s.sink(Zone.SHOULDERS), s.sink(Zone.HIPS));
            double pixelsPerMm = (lowest - highest) / deepest;
            // The same scale at every firmness: the dent is the sinkage, drawn to scale.
            assertEquals(
                    600 / (side.spanMm() + 0.52 * side.measures().heightMm()),
                    pixelsPerMm,
                    0.02,
                    "at " + f + " (" + height + " px high)");
        }
    }

    @Test
    void pressureIsShadedAgainstTheTwoThresholds() {
        assertEquals(SpinePicture.PRESSURE_LOW, SpinePicture.pressureColour(4.2));
        assertEquals(SpinePicture.PRESSURE_MID, SpinePicture.pressureColour(4.3));
        assertEquals(SpinePicture.PRESSURE_MID, SpinePicture.pressureColour(8));
        assertEquals(SpinePicture.PRESSURE_HIGH, SpinePicture.pressureColour(8.1));
        assertTrue(draw(10).fills.contains(SpinePicture.PRESSURE_HIGH), "a very firm bed presses hard somewhere");
        assertTrue(!draw(2).fills.contains(SpinePicture.PRESSURE_HIGH), "a soft one does not");
    }

    @Test
    void theSpineIsGreenExactlyWhereTheVerdictIsNeutral() {
        SpineModel model = new SpineModel();
        for (double f = 1; f <= 10; f += 0.25) {
            for (Position position : Position.values()) {
                LyingBody body = LyingBody.of(BodyMeasures.typical(80, 175.0, Sex.FEMALE), position);
                for (double sag : new double[] {0, 40}) {
                    SpineState s = model.evaluate(body, new MattressSurface(f, false, sag));
                    boolean green = SpinePicture.spineColour(s.deviationDeg()) == SpinePicture.SPINE_NEUTRAL;
                    assertEquals(
                            s.verdict() == AlignmentVerdict.NEUTRAL,
                            green,
                            position + " at " + f + " with a " + sag + " mm dip: " + s.deviationDeg() + " deg");
                }
            }
        }
    }
}
