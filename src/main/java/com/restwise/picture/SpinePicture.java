package com.restwise.picture;

import com.restwise.engine.alignment.LyingBody;
import com.restwise.engine.alignment.MattressSurface;
import com.restwise.engine.alignment.SpineModel;
import com.restwise.engine.alignment.SpineState;
import com.restwise.engine.alignment.Zone;
import com.restwise.engine.alignment.ZoneShape;
import com.restwise.engine.profile.Position;

/**
 * The body in one position lying on a cut-through mattress, drawn from the spine model's
 * numbers at true scale: the mattress dented under each zone by its sinkage, the pressure in
 * the dent shaded against 4.27 (the capillary figure) and 8 kPa, the spine coloured by its deviation over a dashed
 * neutral line. The window depends on the body only, so the picture holds still while the
 * firmness changes and only the body and the dents move.
 */
public final class SpinePicture {

    /** The spine model's capillary figure (docs/spine-model.md): below it the dent reads as low pressure. */
    public static final double LOW_PRESSURE_KPA = SpineModel.CAPILLARY_PRESSURE_KPA;
    /** Above this the picture shows pressure as high: nearly twice the capillary figure. */
    public static final double HIGH_PRESSURE_KPA = 8;

    public static final int PRESSURE_LOW = 0xFF8CCFAE;
    public static final int PRESSURE_MID = 0xFFF3C557;
    public static final int PRESSURE_HIGH = 0xFFE2665E;
    public static final int SPINE_NEUTRAL = 0xFF23965A;
    public static final int SPINE_BENT = 0xFFD0443A;
    static final int SPINE_BORDERLINE = 0xFFE39B0B;
    static final int NEUTRAL_LINE = 0xFF2F3B4C;
    static final int COMFORT_LAYER = 0xFFE9EEF5;
    static final int CORE = 0xFFC8D2DE;
    static final int MATTRESS_EDGE = 0xFF7D8BA0;
    static final int BODY = 0xFFDCE3EC;
    static final int BODY_EDGE = 0xFF5E6D82;
    static final int PILLOW = 0xFFE8DCC4;
    static final int VERTEBRA = 0xCCFFFFFF;

    /**
     * The colours of everything but the pressure and the spine, whose colours carry meaning and
     * are the legend's. The app picks the one for its theme; the printed report is always light.
     */
    public record Palette(
            int comfortLayer, int core, int mattressEdge, int body, int bodyEdge, int pillow, int neutralLine) {
        public static final Palette LIGHT =
                new Palette(COMFORT_LAYER, CORE, MATTRESS_EDGE, BODY, BODY_EDGE, PILLOW, NEUTRAL_LINE);
        /** For a dark page: dark fills, light edges, the same hues; the neutral line light to show on the body. */
        public static final Palette DARK =
                new Palette(0xFF364252, 0xFF273039, 0xFF8D9AAD, 0xFF46546A, 0xFFB9C4D3, 0xFF62584A, 0xFFD5DEEA);
    }

    /** Drawn depth of the core below the comfort layer; the model treats it as deep enough. */
    static final double CORE_DRAWN_MM = 110;
    /** The pressure shading's depth into the mattress under the body. */
    static final double PRESSURE_BAND_MM = 22;
    /** How far the head sinks into its pillow, and the pillow into the mattress. */
    static final double PILLOW_SINK_MM = 6;
    /** How far the mattress surface takes to rise back beside a dent. */
    static final double DENT_RAMP_MM = 45;

    static final int SAMPLES = 160;
    static final double VERTEBRA_SPACING_MM = 38;
    /** Head radius and half the neck's thickness, as shares of height. */
    static final double HEAD_SHARE = 0.058;

    static final double NECK_SHARE = 0.032;

    private SpinePicture() {}

    /** The picture's shape, width over height, for a body: hosts size their canvas by it. */
    public static double aspect(LyingBody body) {
        Window w = Window.of(body);
        return (w.xMax - w.xMin) / (w.yMax - w.yMin);
    }

    /** The picture in the light palette, as printed. */
    public static void draw(Sketch sketch, double width, double height, LyingBody body, SpineState state) {
        draw(sketch, width, height, body, state, Palette.LIGHT);
    }

    public static void draw(
            Sketch sketch, double width, double height, LyingBody body, SpineState state, Palette palette) {
        Window win = Window.of(body);
        double scale = Math.min(width / (win.xMax - win.xMin), height / (win.yMax - win.yMin));
        double left = (width - scale * (win.xMax - win.xMin)) / 2 - scale * win.xMin;
        double top = (height - scale * (win.yMax - win.yMin)) / 2 + scale * win.yMax;
        Mapper m = new Mapper(scale, left, top);

        double h = body.measures().heightMm();
        double span = body.spanMm();
        double dS = state.sink(Zone.SHOULDERS);
        double dH = state.sink(Zone.HIPS);
        double waistBottom = waistSurface(body, state);
        ZoneShape s = body.shoulders();
        ZoneShape w = body.waist();
        ZoneShape hp = body.hips();

        // Stations along the body, neck to knees: x, underside, upper side.
        double neck = neckHeight(body, dS);
        double neckHalf = NECK_SHARE * h;
        double[] sx = {-0.10 * h, -0.035 * h, 0, span / 2, span, span + 0.13 * h, span + 0.26 * h};
        double[] sBottom = {neck - neckHalf, -0.55 * dS, -dS, waistBottom, -dH, -0.45 * dH, -0.12 * dH};
        double[] sTop = {
            neck + neckHalf,
            -0.55 * dS + 0.92 * s.thicknessMm(),
            -dS + s.thicknessMm(),
            waistBottom + w.thicknessMm(),
            -dH + hp.thicknessMm(),
            -0.45 * dH + 0.72 * hp.thicknessMm(),
            -0.12 * dH + 0.42 * hp.thicknessMm()
        };

        double[] x = new double[SAMPLES];
        double[] bottom = new double[SAMPLES];
        double[] upper = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            double t = (double) i / (SAMPLES - 1);
            x[i] = sx[0] + t * (sx[sx.length - 1] - sx[0]);
            bottom[i] = Curves.catmullRom(sx, sBottom, x[i]);
            upper[i] = Curves.catmullRom(sx, sTop, x[i]);
        }

        // Where the body does not press, the mattress rises back over a short ramp.
        double[] mx = new double[SAMPLES];
        double[] surface = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            mx[i] = win.xMin + (win.xMax - win.xMin) * i / (SAMPLES - 1);
            double deepest = 0;
            for (int j = 0; j < SAMPLES; j++) {
                double depth = -bottom[j];
                if (depth > 0) {
                    deepest = Math.max(deepest, depth * Math.max(0, 1 - Math.abs(mx[i] - x[j]) / DENT_RAMP_MM));
                }
            }
            surface[i] = -deepest;
        }
        MattressSurface mattress = new MattressSurface(state.firmness(), state.zoned());
        drawMattress(sketch, m, win, mx, surface, mattress.layerMm(), palette);
        drawPressure(sketch, m, mx, surface, mattress, span);
        drawBody(sketch, m, x, bottom, upper, palette);
        drawPillowAndHead(sketch, m, h, neck, surfaceAt(mx, surface, -0.15 * h), palette);
        drawSpine(sketch, m, body, state, h, span, dS, dH, waistBottom, palette);
    }

    /** Where the waist's surface ends up: its neutral place, moved by the model's bend. */
    private static double waistSurface(LyingBody body, SpineState state) {
        double neutral = -(state.sink(Zone.SHOULDERS) + state.sink(Zone.HIPS)) / 2 + body.neutralGapMm();
        return neutral + state.waistBendMm();
    }

    private static void drawMattress(
            Sketch sketch, Mapper m, Window win, double[] mx, double[] surface, double layer, Palette palette) {
        double floor = -layer - CORE_DRAWN_MM;
        int n = mx.length;
        double[] px = new double[2 * n + 2];
        double[] py = new double[2 * n + 2];
        // The core, from the comfort layer's lower edge (pushed down where the body bottoms out).
        for (int i = 0; i < n; i++) {
            px[i] = m.x(mx[i]);
            py[i] = m.y(Math.min(-layer, surface[i]));
        }
        px[n] = m.x(win.xMax);
        py[n] = m.y(floor);
        px[n + 1] = m.x(win.xMin);
        py[n + 1] = m.y(floor);
        sketch.fillPolygon(px, py, n + 2, palette.core());
        // The comfort layer on top of it.
        for (int i = 0; i < n; i++) {
            px[i] = m.x(mx[i]);
            py[i] = m.y(surface[i]);
            px[2 * n - 1 - i] = m.x(mx[i]);
            py[2 * n - 1 - i] = m.y(Math.min(-layer, surface[i]));
        }
        sketch.fillPolygon(px, py, 2 * n, palette.comfortLayer());
        for (int i = 0; i < n; i++) {
            py[i] = m.y(Math.min(-layer, surface[i]));
        }
        sketch.strokePolyline(px, py, n, palette.mattressEdge(), 0.6, true);
        for (int i = 0; i < n; i++) {
            py[i] = m.y(surface[i]);
        }
        sketch.strokePolyline(px, py, n, palette.mattressEdge(), 1.2, false);
        // The mattress's underside.
        sketch.strokePolyline(
                new double[] {m.x(win.xMin), m.x(win.xMax)},
                new double[] {m.y(floor), m.y(floor)},
                2,
                palette.mattressEdge(),
                1.2,
                false);
    }

    /** Under the body, a band coloured by the pressure the mattress pushes back with there. */
    private static void drawPressure(
            Sketch sketch, Mapper m, double[] mx, double[] surface, MattressSurface mattress, double span) {
        double[] qx = new double[4];
        double[] qy = new double[4];
        for (int i = 0; i + 1 < mx.length; i++) {
            double depth = -(surface[i] + surface[i + 1]) / 2;
            if (depth <= 0.5) {
                continue;
            }
            double mid = (mx[i] + mx[i + 1]) / 2;
            Zone zone = mid < span / 4 ? Zone.SHOULDERS : mid < 3 * span / 4 ? Zone.WAIST : Zone.HIPS;
            double kPa =
                    SpineModel.pressure(depth, mattress.stiffness(zone), mattress.layerMm(), mattress.coreFactor());
            qx[0] = m.x(mx[i]);
            qy[0] = m.y(surface[i]);
            qx[1] = m.x(mx[i + 1]) + 0.5;
            qy[1] = m.y(surface[i + 1]);
            qx[2] = qx[1];
            qy[2] = m.y(surface[i + 1] - PRESSURE_BAND_MM);
            qx[3] = qx[0];
            qy[3] = m.y(surface[i] - PRESSURE_BAND_MM);
            sketch.fillPolygon(qx, qy, 4, pressureColour(kPa));
        }
    }

    public static int pressureColour(double kPa) {
        return kPa < LOW_PRESSURE_KPA ? PRESSURE_LOW : kPa <= HIGH_PRESSURE_KPA ? PRESSURE_MID : PRESSURE_HIGH;
    }

    /**
     * Green wherever the model's verdict is NEUTRAL (within the tolerance), so the colour never
     * disagrees with the sentence beside it; beyond the tolerance amber, turning red at twice it.
     */
    public static int spineColour(double deviationDeg) {
        double tolerance = SpineModel.NEUTRAL_TOLERANCE_DEG;
        if (deviationDeg <= tolerance) {
            return SPINE_NEUTRAL;
        }
        return Curves.blend(SPINE_BORDERLINE, SPINE_BENT, Math.min(1, (deviationDeg - tolerance) / tolerance));
    }

    /** Where the neck's middle sits: level with the spine on the side, nearer the back or front otherwise. */
    private static double neckHeight(LyingBody body, double dS) {
        double share =
                switch (body.position()) {
                    case SIDE -> 0.5;
                    case BACK -> 0.4;
                    case STOMACH -> 0.6;
                };
        return -dS + share * body.shoulders().thicknessMm();
    }

    /** The mattress surface's height at x, from its samples. */
    private static double surfaceAt(double[] mx, double[] surface, double x) {
        int i = (int) Math.round((x - mx[0]) / (mx[mx.length - 1] - mx[0]) * (mx.length - 1));
        return surface[Math.max(0, Math.min(mx.length - 1, i))];
    }

    /**
     * The head always rests on something: on a pillow that fills the gap down to the mattress,
     * or, where the neck lies lower than the head's radius (on the stomach), on the mattress itself.
     */
    private static void drawPillowAndHead(
            Sketch sketch, Mapper m, double h, double neck, double mattressTop, Palette palette) {
        double headX = -0.15 * h;
        double radius = HEAD_SHARE * h;
        double headY = Math.max(neck, mattressTop + radius - PILLOW_SINK_MM);
        double pillowTop = headY - radius + PILLOW_SINK_MM;
        if (pillowTop - mattressTop > PILLOW_SINK_MM) {
            double[][] outline = roundedBox(
                    headX - 1.25 * radius,
                    headX + 1.3 * radius,
                    mattressTop - PILLOW_SINK_MM / 2,
                    pillowTop,
                    Math.min(0.35 * radius, (pillowTop - mattressTop) / 2));
            int n = outline[0].length;
            double[] px = new double[n + 1];
            double[] py = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                px[i] = m.x(outline[0][i % n]);
                py[i] = m.y(outline[1][i % n]);
            }
            sketch.fillPolygon(px, py, n, palette.pillow());
            sketch.strokePolyline(px, py, n + 1, palette.mattressEdge(), 0.8, false);
        }
        sketch.fillCircle(m.x(headX), m.y(headY), radius * m.scale + 1.2, palette.bodyEdge());
        sketch.fillCircle(m.x(headX), m.y(headY), radius * m.scale, palette.body());
    }

    /** A box with rounded corners, as outline points in mm (x row, y row). */
    private static double[][] roundedBox(double left, double right, double bottom, double top, double r) {
        int perCorner = 6;
        double[][] corners = {
            {right - r, top - r, 0}, {left + r, top - r, 90}, {left + r, bottom + r, 180}, {right - r, bottom + r, 270}
        };
        double[] xs = new double[4 * perCorner];
        double[] ys = new double[4 * perCorner];
        int k = 0;
        for (double[] c : corners) {
            for (int i = 0; i < perCorner; i++) {
                double a = Math.toRadians(c[2] + 90.0 * i / (perCorner - 1));
                xs[k] = c[0] + r * Math.cos(a);
                ys[k++] = c[1] + r * Math.sin(a);
            }
        }
        return new double[][] {xs, ys};
    }

    private static void drawBody(
            Sketch sketch, Mapper m, double[] x, double[] bottom, double[] upper, Palette palette) {
        int n = x.length;
        double[] px = new double[2 * n + 1];
        double[] py = new double[2 * n + 1];
        for (int i = 0; i < n; i++) {
            px[i] = m.x(x[i]);
            py[i] = m.y(bottom[i]);
            px[2 * n - 1 - i] = m.x(x[i]);
            py[2 * n - 1 - i] = m.y(upper[i]);
        }
        sketch.fillPolygon(px, py, 2 * n, palette.body());
        px[2 * n] = px[0];
        py[2 * n] = py[0];
        sketch.strokePolyline(px, py, 2 * n + 1, palette.bodyEdge(), 1.2, false);
    }

    private static void drawSpine(
            Sketch sketch,
            Mapper m,
            LyingBody body,
            SpineState state,
            double h,
            double span,
            double dS,
            double dH,
            double waistBottom,
            Palette palette) {
        double spineS = -dS + body.shoulders().spineOffsetMm();
        double spineH = -dH + body.hips().spineOffsetMm();
        // The neutral line: straight on the side; on the back and front the natural curve.
        double curve = body.position() == Position.SIDE
                ? 0
                : body.neutralGapMm()
                        + body.waist().spineOffsetMm()
                        - (body.shoulders().spineOffsetMm() + body.hips().spineOffsetMm()) / 2;
        double neutralW = (spineS + spineH) / 2 + curve;
        double actualW = neutralW + state.waistBendMm();
        double slope = (spineH - spineS) / span;
        double[] kx = {-0.07 * h, 0, span / 2, span, span + 0.07 * h};
        double[] neutral = {spineS - slope * 0.07 * h, spineS, neutralW, spineH, spineH + slope * 0.07 * h};
        double[] actual = neutral.clone();
        actual[2] = actualW;
        // The spine's ends follow its bend, as a beam would.
        double bendSlope = state.waistBendMm() / (span / 2);
        actual[0] = spineS - (slope - bendSlope) * 0.07 * h;
        actual[4] = spineH + (slope + bendSlope) * 0.07 * h;

        int n = 60;
        double[] px = new double[n];
        double[] py = new double[n];
        double[] nyy = new double[n];
        for (int i = 0; i < n; i++) {
            double xi = kx[0] + (kx[kx.length - 1] - kx[0]) * i / (n - 1);
            px[i] = m.x(xi);
            py[i] = m.y(Curves.catmullRom(kx, actual, xi));
            nyy[i] = m.y(Curves.catmullRom(kx, neutral, xi));
        }
        sketch.strokePolyline(px, py, n, spineColour(state.deviationDeg()), 4.5, false);
        double length = kx[kx.length - 1] - kx[0];
        int vertebrae = (int) (length / VERTEBRA_SPACING_MM);
        for (int i = 1; i < vertebrae; i++) {
            double xi = kx[0] + length * i / vertebrae;
            sketch.fillCircle(m.x(xi), m.y(Curves.catmullRom(kx, actual, xi)), 1.3, VERTEBRA);
        }
        sketch.strokePolyline(px, nyy, n, palette.neutralLine(), 1.3, true);
    }

    /** The part of the world the picture shows, in mm: x along the body, y up from the mattress top. */
    private record Window(double xMin, double xMax, double yMin, double yMax) {
        static Window of(LyingBody body) {
            double h = body.measures().heightMm();
            double thickest = Math.max(
                    body.shoulders().thicknessMm(),
                    Math.max(body.waist().thicknessMm(), body.hips().thicknessMm()));
            double layer = MattressSurface.COMFORT_LAYER_MM;
            return new Window(-0.22 * h, body.spanMm() + 0.30 * h, -layer - CORE_DRAWN_MM - 6, thickest + 0.02 * h);
        }
    }

    /** World mm to sketch pixels. */
    private record Mapper(double scale, double left, double top) {
        double x(double mm) {
            return left + scale * mm;
        }

        double y(double mm) {
            return top - scale * mm;
        }
    }
}
