package com.restwise.engine.alignment;

import com.restwise.engine.profile.Position;

/**
 * A body lying in one position, reduced to what the spine model needs: three trunk zones, the
 * shoulder-to-hip span, the waist's neutral gap and how stiffly the trunk holds the waist up.
 *
 * <p>The neutral gap is how far the waist's body surface sits above the straight line through
 * the shoulder and hip surfaces when the spine is neutral: on the side the waist is narrower
 * than shoulders and hips; on the back the lower back is recessed; on the front the belly sits
 * a little behind the chest and pelvis. The mattress must fill that gap, no more and no less.
 *
 * @param spanMm              shoulder to hip, along the body
 * @param neutralGapMm        see above
 * @param trunkStiffnessNPerMm how hard the trunk pushes the waist back to neutral per mm
 * @param waistCarriedByTrunk the share of the waist's weight the trunk carries as a beam at neutral
 */
public record LyingBody(
        Position position,
        BodyMeasures measures,
        ZoneShape shoulders,
        ZoneShape waist,
        ZoneShape hips,
        double spanMm,
        double neutralGapMm,
        double trunkStiffnessNPerMm,
        double waistCarriedByTrunk) {

    static final double GRAVITY = 9.81;
    /** docs/spine-model.md (Dempster): shares of body weight on shoulders and thorax, waist, pelvis. */
    static final double SHOULDER_LOAD_SHARE = 0.27;

    static final double WAIST_LOAD_SHARE = 0.139;
    static final double HIP_LOAD_SHARE = 0.242;
    /** docs/spine-model.md (Drillis-Contini): shoulder to hip is 0.288 of the height. */
    static final double SPAN_SHARE = 0.288;
    /**
     * Bending stiffness of the trunk at the waist, as a spring at mid-span. Chosen, not measured:
     * the hanging part of a 75 kg side sleeper's waist (below) then sags about 17 mm (4 degrees) on
     * a very firm bed, the C-curve Leilnahari 2011 describes and the size of the contract's TOO_FIRM
     * example; and every side sleeper of 45-160 kg reads TOO_FIRM at firmness 10.
     */
    static final double TRUNK_STIFFNESS_N_PER_MM = 1.2;
    /**
     * The trunk is a beam between shoulders and hips: at neutral it carries most of the waist's
     * weight, and the mattress the rest. Chosen so a 75 kg side sleeper's waist presses 10-15 mm
     * into a medium mattress when the spine is straight, as the shoulders and hips sink 50-65 mm.
     */
    static final double WAIST_CARRIED_BY_TRUNK = 0.8;

    /** Contact length along the body of each zone, in mm, before the position's calibration. */
    static final double SHOULDER_CONTACT_MM = 150;

    static final double WAIST_CONTACT_MM = 150;
    static final double HIP_CONTACT_MM = 200;

    /**
     * Per position, a factor on the contact lengths that sets the firmness the model prefers, fitted
     * by {@code SpineModelCalibration} (src/test) so that the model's best firmness agrees with the
     * firmness advice across 45-160 kg, 150-200 cm and both sexes. Refitted in engine 2.1, when
     * the advice went on rising above 120 kg: largest distance 0.48, 0.59 and 0.77 steps. The shape
     * of the body sets how the best firmness changes with weight; this factor only sets its level
     * (docs/spine-model.md).
     */
    static final double SIDE_CONTACT_FACTOR = 1.647;

    static final double BACK_CONTACT_FACTOR = 2.118;
    static final double STOMACH_CONTACT_FACTOR = 3.157;

    /**
     * Side lying: curvature radius across the body as a share of the zone's breadth. The point of
     * the shoulder is the roundest, the flank of the waist the flattest.
     */
    static final double SIDE_SHOULDER_RADIUS = 0.22;

    static final double SIDE_WAIST_RADIUS = 0.50;
    static final double SIDE_HIP_RADIUS = 0.30;
    /**
     * Lying on the side, the underneath shoulder rolls forward, so the spine sits less than half
     * the deltoid breadth above the surface.
     */
    static final double SHOULDER_ROLL = 0.85;

    /** Back and front lying: the back and the chest are broad, so their curvature is flatter. */
    static final double FLAT_SHOULDER_RADIUS = 0.40;

    static final double FLAT_WAIST_RADIUS = 0.50;
    static final double FLAT_HIP_RADIUS = 0.40;

    /** docs/spine-model.md: a lower-back recess of about 0.020 H in back lying. */
    static final double LUMBAR_RECESS_SHARE = 0.020;
    /** Verhaert et al.: back lying is judged against the standing curve, slightly flattened. */
    static final double LUMBAR_FLATTENING = 0.75;
    /** Front lying: the belly's hollow under chest and pelvis, a share of height. */
    static final double BELLY_HOLLOW_SHARE = 0.010;
    /** Body depth front to back, as a share of height: chest, waist, pelvis (for the picture). */
    static final double CHEST_DEPTH_SHARE = 0.13;

    static final double WAIST_DEPTH_SHARE = 0.12;
    static final double PELVIS_DEPTH_SHARE = 0.125;
    /** How deep the spine lies under the back's surface, as a share of height. */
    static final double SPINE_DEPTH_SHARE = 0.03;

    public static LyingBody of(BodyMeasures m, Position position) {
        double weightN = m.weightKg() * GRAVITY;
        double h = m.heightMm();
        // A body shaped unlike the typical one of its size (broad shoulders, say) keeps its own
        // difference from the reference gap in full.
        double gap = neutralGap(position, m.reference())
                + neutralGap(position, m)
                - neutralGap(position, m.typicalForSize());
        double[] loads = {SHOULDER_LOAD_SHARE * weightN, WAIST_LOAD_SHARE * weightN, HIP_LOAD_SHARE * weightN};
        ZoneShape[] zones = position == Position.SIDE ? sideZones(m, loads) : frontOrBackZones(m, loads, position);
        return new LyingBody(
                position,
                m,
                zones[0],
                zones[1],
                zones[2],
                SPAN_SHARE * h,
                gap,
                TRUNK_STIFFNESS_N_PER_MM,
                WAIST_CARRIED_BY_TRUNK);
    }

    /** Side lying, seen from behind: each zone is as thick as it is broad, the spine in the middle. */
    private static ZoneShape[] sideZones(BodyMeasures m, double[] loads) {
        double c = SIDE_CONTACT_FACTOR;
        double shoulder = SHOULDER_ROLL * m.shoulderBreadthMm();
        return new ZoneShape[] {
            new ZoneShape(
                    loads[0],
                    SIDE_SHOULDER_RADIUS * m.shoulderBreadthMm(),
                    c * SHOULDER_CONTACT_MM,
                    shoulder / 2,
                    shoulder),
            new ZoneShape(
                    loads[1],
                    SIDE_WAIST_RADIUS * m.waistBreadthMm(),
                    c * WAIST_CONTACT_MM,
                    m.waistBreadthMm() / 2,
                    m.waistBreadthMm()),
            new ZoneShape(
                    loads[2],
                    SIDE_HIP_RADIUS * m.hipBreadthMm(),
                    c * HIP_CONTACT_MM,
                    m.hipBreadthMm() / 2,
                    m.hipBreadthMm()),
        };
    }

    /** Back or front lying, seen from the side: body depth front to back, the spine near the back. */
    private static ZoneShape[] frontOrBackZones(BodyMeasures m, double[] loads, Position position) {
        boolean back = position == Position.BACK;
        double c = back ? BACK_CONTACT_FACTOR : STOMACH_CONTACT_FACTOR;
        double h = m.heightMm();
        // Soft tissue deepens the body as it widens the hips.
        double girth = m.girthScale();
        double spine = SPINE_DEPTH_SHARE * h;
        double[] depth = {CHEST_DEPTH_SHARE * h * girth, WAIST_DEPTH_SHARE * h * girth, PELVIS_DEPTH_SHARE * h * girth};
        double[] radius = {
            FLAT_SHOULDER_RADIUS * m.shoulderBreadthMm(),
            FLAT_WAIST_RADIUS * m.waistBreadthMm(),
            FLAT_HIP_RADIUS * m.hipBreadthMm()
        };
        double[] contact = {SHOULDER_CONTACT_MM, WAIST_CONTACT_MM, HIP_CONTACT_MM};
        ZoneShape[] zones = new ZoneShape[3];
        for (int i = 0; i < 3; i++) {
            zones[i] = new ZoneShape(loads[i], radius[i], c * contact[i], back ? spine : depth[i] - spine, depth[i]);
        }
        return zones;
    }

    /**
     * The waist's neutral gap, in fixed millimetres of a reference body of the same sex: weight
     * then acts through how deep shoulders and hips sink, and height, which the firmness advice
     * does not use, hardly at all (docs/spine-model.md).
     */
    static double neutralGap(Position position, BodyMeasures ref) {
        return switch (position) {
            case SIDE -> (SHOULDER_ROLL * ref.shoulderBreadthMm() + ref.hipBreadthMm()) / 4 - ref.waistBreadthMm() / 2;
            case BACK -> LUMBAR_RECESS_SHARE * LUMBAR_FLATTENING * ref.heightMm();
            case STOMACH -> BELLY_HOLLOW_SHARE * ref.heightMm();
        };
    }

    /** The same body with every contact length scaled: the knob the calibration turns. */
    public LyingBody withContactScale(double factor) {
        return new LyingBody(
                position,
                measures,
                scaled(shoulders, factor),
                scaled(waist, factor),
                scaled(hips, factor),
                spanMm,
                neutralGapMm,
                trunkStiffnessNPerMm,
                waistCarriedByTrunk);
    }

    private static ZoneShape scaled(ZoneShape z, double factor) {
        return new ZoneShape(z.loadN(), z.radiusMm(), z.contactLengthMm() * factor, z.spineOffsetMm(), z.thicknessMm());
    }
}
