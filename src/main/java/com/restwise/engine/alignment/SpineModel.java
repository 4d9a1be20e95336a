package com.restwise.engine.alignment;

import com.restwise.engine.advice.AlignmentVerdict;

/**
 * Shoulders, waist and hips of a {@link LyingBody} pressing into a {@link MattressSurface}
 * (docs/spine-model.md, docs/spine-model.md). Pure and allocation-light: the slider evaluates it on
 * every movement.
 *
 * <p>Shoulders and hips press in like cylinders on a bed of springs. The waist hangs between them
 * on the trunk's spring and is pushed up by the mattress where it touches; what the trunk holds
 * of the waist's weight it passes to shoulders and hips, which changes how deep they sink, so the
 * two are solved together. The spine's deviation is the angle the waist's displacement from
 * neutral makes over half the shoulder-to-hip span.
 */
public final class SpineModel {

    /**
     * Wong et al. 2019: no threshold for "neutral" is validated. Two degrees each side is this
     * model's design choice; it is also the cost's scale for deviation (docs/spine-model.md).
     */
    public static final double NEUTRAL_TOLERANCE_DEG = 2.0;
    /** docs/spine-model.md: 32 mmHg, the usual capillary closing pressure, scales the pressure cost. */
    public static final double CAPILLARY_PRESSURE_KPA = 4.27;
    /**
     * How much the pressure term counts against deviation. At full weight pressure outweighed
     * alignment for tall sleepers (who bend by fewer degrees for the same millimetres) and pulled
     * the best firmness away from the advice; a quarter keeps it a tie-breaker (docs/spine-model.md).
     */
    static final double PRESSURE_WEIGHT = 0.25;
    /** Going through the comfort layer costs as much per 10 mm as 2 degrees of deviation. */
    static final double BOTTOMING_SCALE_MM = 10;
    /** The optimum search: a coarse scan, then golden-section refinement to 0.01 of a step. */
    static final double SCAN_STEP = 0.5;

    static final double SEARCH_PRECISION = 0.01;
    /** Load sharing between waist and trunk settles well within this many rounds. */
    static final int MAX_ROUNDS = 30;

    static final double LOAD_PRECISION_N = 0.01;

    /** 4 sqrt(2) / 3: a cylinder of radius R pressed d into a bed of springs of stiffness k over
     * length l carries F = (4 sqrt 2 / 3) l k sqrt(R) d^(3/2). */
    private static final double CYLINDER = 4 * Math.sqrt(2) / 3;
    /** kPa/mm to N/mm^3. */
    private static final double KPA = 1e-3;

    public SpineState evaluate(LyingBody body, MattressSurface mattress) {
        double layer = mattress.layerMm();
        double core = mattress.coreFactor();
        double kS = mattress.stiffness(Zone.SHOULDERS);
        double kW = mattress.stiffness(Zone.WAIST);
        double kH = mattress.stiffness(Zone.HIPS);
        ZoneShape w = body.waist();
        double trunk = body.trunkStiffnessNPerMm();
        // The trunk is a beam: at neutral it carries part of the waist between shoulders and hips;
        // the rest hangs and must come from the mattress, or the waist sags.
        double beam = body.waistCarriedByTrunk() * w.loadN();
        double hanging = w.loadN() - beam;

        // What the trunk holds and how deep shoulders and hips sink depend on each other: find
        // the load at which one round gives back what went in, by the secant method from "the
        // trunk holds the whole waist", falling back to a damped step whenever the secant strays.
        Round r = new Round();
        r.dipS = mattress.dipMm(Zone.SHOULDERS);
        r.dipW = mattress.dipMm(Zone.WAIST);
        r.dipH = mattress.dipMm(Zone.HIPS);
        double x0 = w.loadN();
        double g0 = r.run(body, x0, beam, hanging, trunk, kS, kW, kH, layer, core) - x0;
        double x1 = x0 + 0.5 * g0;
        for (int round = 0; round < MAX_ROUNDS && Math.abs(g0) >= LOAD_PRECISION_N; round++) {
            double g1 = r.run(body, x1, beam, hanging, trunk, kS, kW, kH, layer, core) - x1;
            if (Math.abs(g1) < LOAD_PRECISION_N) {
                break;
            }
            double next = x1 - g1 * (x1 - x0) / (g1 - g0);
            if (!Double.isFinite(next) || Math.abs(next - x1) > 4 * Math.abs(g1)) {
                next = x1 + 0.5 * g1;
            }
            x0 = x1;
            g0 = g1;
            x1 = next;
        }
        // Compression of the material, which sets pressure and bottoming; the sinks the advice shows
        // are depths below the level surface, dip included.
        double dS = r.dS;
        double dH = r.dH;
        double neutral = r.neutral;
        double waistTop = r.waistTop;
        double dW = Math.max(0, -waistTop - r.dipW);
        double bend = waistTop - neutral;
        double deviation = Math.toDegrees(Math.atan(Math.abs(bend) / (body.spanMm() / 2)));
        double[] sinks = {dS + r.dipS, Math.max(0, -waistTop), dH + r.dipH};
        double[] pressures = {
            pressure(dS, kS, layer, core), pressure(dW, kW, layer, core), pressure(dH, kH, layer, core)
        };
        double bottoming = Math.max(0, Math.max(dS, Math.max(dW, dH)) - layer);
        double peak = Math.max(pressures[0], Math.max(pressures[1], pressures[2]));
        double cost = sq(deviation / NEUTRAL_TOLERANCE_DEG)
                + PRESSURE_WEIGHT * sq(peak / CAPILLARY_PRESSURE_KPA)
                + sq(bottoming / BOTTOMING_SCALE_MM);
        AlignmentVerdict verdict = deviation <= NEUTRAL_TOLERANCE_DEG
                ? AlignmentVerdict.NEUTRAL
                : bend < 0 ? AlignmentVerdict.TOO_FIRM : AlignmentVerdict.TOO_SOFT;
        return new SpineState(
                mattress.firmness(), mattress.zoned(), sinks, pressures, bend, deviation, bottoming, cost, verdict);
    }

    /** One round of the load sharing: shoulders and hips under their load plus half of what the
     * trunk holds, then where the waist settles, and what the trunk then holds. */
    private static final class Round {
        double dipS;
        double dipW;
        double dipH;
        double dS;
        double dH;
        double neutral;
        double waistTop;

        double run(
                LyingBody body,
                double held,
                double beam,
                double hanging,
                double trunk,
                double kS,
                double kW,
                double kH,
                double layer,
                double core) {
            dS = sink(body.shoulders(), body.shoulders().loadN() + held / 2, kS, layer, core);
            dH = sink(body.hips(), body.hips().loadN() + held / 2, kH, layer, core);
            neutral = -(dS + dipS + dH + dipH) / 2 + body.neutralGapMm();
            // The waist meets the mattress at the bottom of its dip: solve from there, then shift back.
            waistTop = waistSurface(body.waist(), hanging, trunk, neutral + dipW, kW, layer, core) - dipW;
            return beam + trunk * (neutral - waistTop);
        }
    }

    /** The firmness from 1 to 10 at which the model's cost is lowest. */
    public double bestFirmness(LyingBody body, boolean zoned) {
        double best = MattressSurface.MIN_FIRMNESS;
        double bestCost = Double.MAX_VALUE;
        for (double f = MattressSurface.MIN_FIRMNESS; f <= MattressSurface.MAX_FIRMNESS + 1e-9; f += SCAN_STEP) {
            double c = cost(body, f, zoned);
            if (c < bestCost) {
                bestCost = c;
                best = f;
            }
        }
        double lo = Math.max(MattressSurface.MIN_FIRMNESS, best - SCAN_STEP);
        double hi = Math.min(MattressSurface.MAX_FIRMNESS, best + SCAN_STEP);
        double ratio = (Math.sqrt(5) - 1) / 2;
        double a = hi - ratio * (hi - lo);
        double b = lo + ratio * (hi - lo);
        double ca = cost(body, a, zoned);
        double cb = cost(body, b, zoned);
        while (hi - lo > SEARCH_PRECISION) {
            if (ca <= cb) {
                hi = b;
                b = a;
                cb = ca;
                a = hi - ratio * (hi - lo);
                ca = cost(body, a, zoned);
            } else {
                lo = a;
                a = b;
                ca = cb;
                b = lo + ratio * (hi - lo);
                cb = cost(body, b, zoned);
            }
        }
        return (lo + hi) / 2;
    }

    private double cost(LyingBody body, double firmness, boolean zoned) {
        return evaluate(body, new MattressSurface(firmness, zoned)).cost();
    }

    /** How deep a zone carrying {@code load} presses in; the core takes over below the layer. */
    static double sink(ZoneShape zone, double load, double k, double layer, double core) {
        if (load <= 0) {
            return 0;
        }
        double c = contact(zone, k);
        double ratio = load / c;
        double d = Math.cbrt(ratio * ratio);
        if (d <= layer) {
            return d;
        }
        // The core only adds force, so the layer-only depth is too deep: Newton from above on a
        // convex, rising force curve converges without overshooting.
        for (int i = 0; i < 50; i++) {
            double below = d - layer;
            double force = c * (d * Math.sqrt(d) + (core - 1) * below * Math.sqrt(below)) - load;
            double slope = c * 1.5 * (Math.sqrt(d) + (core - 1) * Math.sqrt(below));
            double next = Math.max(layer, d - force / slope);
            if (d - next < 1e-6) {
                return next;
            }
            d = next;
        }
        return d;
    }

    /** The force the mattress pushes back with at a depth: the inverse of {@link #sink}. */
    static double force(ZoneShape zone, double depth, double k, double layer, double core) {
        if (depth <= 0) {
            return 0;
        }
        double c = contact(zone, k);
        double below = Math.max(0, depth - layer);
        return c * (depth * Math.sqrt(depth) + (core - 1) * below * Math.sqrt(below));
    }

    /**
     * Where the waist's surface settles: trunk spring plus mattress against the hanging part of
     * the waist's weight, {@code trunk (neutral - z) + mattress(-z) = load}. Above the mattress
     * only the trunk holds it.
     */
    static double waistSurface(
            ZoneShape waist, double load, double trunk, double neutral, double k, double layer, double core) {
        double hanging = neutral - load / trunk;
        if (hanging >= 0) {
            return hanging;
        }
        // Depth u = -z: g(u) = trunk (neutral + u) + mattress(u) - load rises and is convex, and at
        // the hanging depth it is >= 0, so Newton from there descends onto the root.
        double u = -hanging;
        for (int i = 0; i < 60; i++) {
            double g = trunk * (neutral + u) + force(waist, u, k, layer, core) - load;
            double c = contact(waist, k);
            double slope = trunk + c * 1.5 * (Math.sqrt(u) + (core - 1) * Math.sqrt(Math.max(0, u - layer)));
            double next = Math.max(0, u - g / slope);
            if (u - next < 1e-6) {
                return -next;
            }
            u = next;
        }
        return -u;
    }

    /** The cylinder's force per mm^(3/2) of depth in the comfort layer: F = contact x d^(3/2). */
    private static double contact(ZoneShape zone, double k) {
        return CYLINDER * zone.contactLengthMm() * Math.sqrt(zone.radiusMm()) * k * KPA;
    }

    /** Peak pressure under a zone at a depth: the springs at the deepest point. */
    public static double pressure(double depth, double k, double layer, double core) {
        return depth <= layer ? k * depth : k * layer + core * k * (depth - layer);
    }

    private static double sq(double x) {
        return x * x;
    }
}
