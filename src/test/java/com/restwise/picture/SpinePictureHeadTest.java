package com.restwise.picture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.alignment.BodyMeasures;
import com.restwise.engine.alignment.LyingBody;
import com.restwise.engine.alignment.MattressSurface;
import com.restwise.engine.alignment.SpineModel;
import com.restwise.engine.alignment.SpineState;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Sex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The head lies on its pillow (or on the mattress), never above it; the palette is the one asked for. */
class SpinePictureHeadTest {

    private record Shape(double[] xs, double[] ys, int argb) {
        double minY() {
            return Arrays.stream(ys).min().orElseThrow();
        }

        double maxY() {
            return Arrays.stream(ys).max().orElseThrow();
        }
    }

    private record Circle(double cx, double cy, double r, int argb) {}

    private static final class Recorder implements Sketch {
        final List<Shape> polygons = new ArrayList<>();
        final List<Shape> lines = new ArrayList<>();
        final List<Circle> circles = new ArrayList<>();

        @Override
        public void fillPolygon(double[] xs, double[] ys, int n, int argb) {
            polygons.add(new Shape(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n), argb));
        }

        @Override
        public void strokePolyline(double[] xs, double[] ys, int n, int argb, double width, boolean dashed) {
            if (!dashed && n == SpinePicture.SAMPLES) {
                lines.add(new Shape(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n), argb));
            }
        }

        @Override
        public void fillCircle(double cx, double cy, double radius, int argb) {
            circles.add(new Circle(cx, cy, radius, argb));
        }
    }

    private final SpineModel model = new SpineModel();

    private Recorder draw(LyingBody body, double firmness, SpinePicture.Palette palette) {
        Recorder r = new Recorder();
        SpineState state = model.evaluate(body, new MattressSurface(firmness, false));
        SpinePicture.draw(r, 600, 600 / SpinePicture.aspect(body), body, state, palette);
        return r;
    }

    @Test
    void theHeadRestsOnItsPillowOrTheMattressInEveryPosition() {
        SpinePicture.Palette palette = SpinePicture.Palette.LIGHT;
        for (Position position : Position.values()) {
            for (double kg : new double[] {45, 70, 100, 150}) {
                for (Sex sex : new Sex[] {Sex.FEMALE, Sex.MALE}) {
                    LyingBody body =
                            LyingBody.of(BodyMeasures.typical(kg, sex == Sex.MALE ? 180.0 : 165.0, sex), position);
                    for (double firmness : new double[] {1, 4, 7, 10}) {
                        String what = position + " " + kg + " kg " + sex + " at " + firmness;
                        Recorder r = draw(body, firmness, palette);
                        Circle head = r.circles.stream()
                                .filter(c -> c.argb() == palette.body())
                                .findFirst()
                                .orElseThrow();
                        double headBottom = head.cy() + head.r();
                        Shape surface = r.lines.get(0); // the mattress's top, drawn first
                        int under = 0;
                        for (int i = 1; i < surface.xs().length; i++) {
                            if (Math.abs(surface.xs()[i] - head.cx()) < Math.abs(surface.xs()[under] - head.cx())) {
                                under = i;
                            }
                        }
                        double mattressTop = surface.ys()[under];
                        List<Shape> pillows = r.polygons.stream()
                                .filter(p -> p.argb() == palette.pillow())
                                .toList();
                        if (pillows.isEmpty()) {
                            assertTrue(
                                    headBottom >= mattressTop - 0.5,
                                    what + ": the head touches the mattress, " + (mattressTop - headBottom)
                                            + " px above it");
                            assertTrue(
                                    headBottom <= mattressTop + 0.1 * head.r() + 0.5,
                                    what + ": the head lies on the mattress, not in it: " + (headBottom - mattressTop)
                                            + " px");
                        } else {
                            Shape pillow = pillows.get(0);
                            assertTrue(
                                    headBottom >= pillow.minY() - 0.5,
                                    what + ": the head sits on its pillow, " + (pillow.minY() - headBottom)
                                            + " px above it");
                            assertTrue(headBottom <= pillow.maxY(), what + ": the head is not sunk through the pillow");
                            assertTrue(pillow.maxY() >= mattressTop - 0.5, what + ": the pillow lies on the mattress");
                        }
                    }
                }
            }
        }
    }

    @Test
    void aSideSleepersPillowFillsTheGapUpToTheHead() {
        LyingBody side = LyingBody.of(BodyMeasures.typical(80, 178.0, Sex.MALE), Position.SIDE);
        Recorder r = draw(side, 5, SpinePicture.Palette.LIGHT);
        Shape pillow = r.polygons.stream()
                .filter(p -> p.argb() == SpinePicture.Palette.LIGHT.pillow())
                .findFirst()
                .orElseThrow(() -> new AssertionError("a side sleeper's head lies on a pillow"));
        assertTrue(pillow.maxY() - pillow.minY() > 5, "a pillow to see: " + (pillow.maxY() - pillow.minY()) + " px");
    }

    @Test
    void theDarkPaletteLeavesNoLightBlock() {
        LyingBody back = LyingBody.of(BodyMeasures.typical(70, 170.0, Sex.FEMALE), Position.BACK);
        SpinePicture.Palette light = SpinePicture.Palette.LIGHT;
        SpinePicture.Palette dark = SpinePicture.Palette.DARK;
        Recorder r = draw(back, 5, dark);
        List<Integer> fills =
                new ArrayList<>(r.polygons.stream().map(Shape::argb).toList());
        r.circles.forEach(c -> fills.add(c.argb()));
        for (int lightFill : new int[] {light.body(), light.comfortLayer(), light.core(), light.pillow()}) {
            assertFalse(fills.contains(lightFill), Integer.toHexString(lightFill) + " drawn in the dark palette");
        }
        assertTrue(fills.contains(dark.body()) && fills.contains(dark.comfortLayer()));
        for (int fill : new int[] {dark.body(), dark.comfortLayer(), dark.core()}) {
            assertTrue(brightness(fill) < 0.45, Integer.toHexString(fill) + " is dark");
        }
        // the report's pictures stay light
        Recorder printed = new Recorder();
        SpinePicture.draw(printed, 600, 300, back, model.evaluate(back, new MattressSurface(5, false)));
        assertTrue(printed.polygons.stream().anyMatch(p -> p.argb() == light.body()));
    }

    private static double brightness(int argb) {
        int r = (argb >> 16) & 0xFF;
        int g = (argb >> 8) & 0xFF;
        int b = argb & 0xFF;
        return Math.max(r, Math.max(g, b)) / 255.0;
    }
}
