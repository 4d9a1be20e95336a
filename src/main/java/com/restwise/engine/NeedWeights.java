package com.restwise.engine;

import com.restwise.engine.catalog.Mattress;
import com.restwise.engine.catalog.Ratings;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Positions;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.Symptoms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How much each quality of a mattress matters to this sleeper (and partner), from docs/firmness.md:
 * side sleepers need pressure relief, back and stomach sleepers support, heavier sleepers
 * support and durability, hot sleepers cooling, couples motion isolation and edges.
 */
final class NeedWeights {

    enum Need {
        PRESSURE_RELIEF,
        SUPPORT,
        ZONING,
        COOLING,
        MOTION_ISOLATION,
        EDGE_SUPPORT,
        DURABILITY
    }

    /** Every need counts a little, so that ties between otherwise equal entries break on quality. */
    static final double BASE = 0.1;
    /** Per share of the night on the side / on back and stomach. */
    static final double PER_POSITION_SHARE = 0.4;
    /** Shoulder or hip pain: pressure relief; low-back pain: support and zoning. */
    static final double PAIN_EXTRA = 0.25;

    static final double ZONING_PER_BACK_SHARE = 0.15;
    static final double HOT_SLEEPER = 0.5;
    static final double PARTNER_MOTION = 0.35;
    static final double PARTNER_EDGE = 0.15;
    /** Heaviness runs from 0 at this weight ... */
    static final double HEAVY_FROM_KG = 80;
    /** ... to 1 at this one (the buying guides' heavy band starts at 104 kg). */
    static final double HEAVY_AT_KG = 120;

    static final double HEAVY_SUPPORT = 0.2;
    static final double HEAVY_EDGE = 0.15;
    static final double HEAVY_DURABILITY = 0.35;

    private static final Need[] NEEDS = Need.values();
    private final Map<Need, Double> weights;
    /** The same weights by ordinal, for the per-entry scoring loop. */
    private final double[] byOrdinal = new double[NEEDS.length];

    private final double total;

    private NeedWeights(Map<Need, Double> weights) {
        this.weights = weights;
        double sum = 0;
        for (Need need : NEEDS) {
            byOrdinal[need.ordinal()] = weights.get(need);
            sum += weights.get(need);
        }
        this.total = sum;
    }

    static NeedWeights of(Profile profile) {
        Positions mine = profile.positions();
        double side = mine.side();
        double backOrStomach = mine.back() + mine.stomach();
        double back = mine.back();
        double heaviest = profile.sleeper().weightKg();
        if (profile.hasPartner()) {
            Positions theirs = profile.partner().positions();
            side = (side + theirs.side()) / 2;
            backOrStomach = (backOrStomach + theirs.back() + theirs.stomach()) / 2;
            back = (back + theirs.back()) / 2;
            heaviest = Math.max(heaviest, profile.partner().weightKg());
        }
        double heavy = Math.max(0, Math.min(1, (heaviest - HEAVY_FROM_KG) / (HEAVY_AT_KG - HEAVY_FROM_KG)));
        Symptoms s = profile.symptoms();
        double shoulderOrHip = s.hasPainIn(PainArea.SHOULDER) || s.hasPainIn(PainArea.HIP) ? 1 : 0;
        double lowBack = s.hasPainIn(PainArea.LOWER_BACK) ? 1 : 0;
        double partner = profile.hasPartner() ? 1 : 0;

        Map<Need, Double> w = new EnumMap<>(Need.class);
        w.put(Need.PRESSURE_RELIEF, BASE + PER_POSITION_SHARE * side + PAIN_EXTRA * shoulderOrHip);
        w.put(Need.SUPPORT, BASE + PER_POSITION_SHARE * backOrStomach + PAIN_EXTRA * lowBack + HEAVY_SUPPORT * heavy);
        w.put(Need.ZONING, BASE / 2 + ZONING_PER_BACK_SHARE * back + PAIN_EXTRA * lowBack / 2);
        w.put(Need.COOLING, profile.preferences().runsHot() ? HOT_SLEEPER : BASE / 2);
        w.put(Need.MOTION_ISOLATION, PARTNER_MOTION * partner);
        w.put(Need.EDGE_SUPPORT, BASE / 2 + PARTNER_EDGE * partner + HEAVY_EDGE * heavy);
        w.put(Need.DURABILITY, BASE + HEAVY_DURABILITY * heavy);
        return new NeedWeights(w);
    }

    /** The weighted mean of the entry's qualities, each scaled from 1-5 to 0-1. */
    double score(Mattress m) {
        double sum = 0;
        for (Need need : NEEDS) {
            sum += byOrdinal[need.ordinal()] * value(need, m);
        }
        return sum / total;
    }

    /** The needs this entry meets well and that matter to the sleeper, strongest first. */
    List<Need> strongest(Mattress m, int goodRating, double minWeight, int limit) {
        double good = (goodRating - 1) / 4.0;
        List<Need> met = new ArrayList<>();
        for (Need need : Need.values()) {
            if (weights.get(need) >= minWeight && value(need, m) >= good) {
                met.add(need);
            }
        }
        met.sort(Comparator.comparingDouble((Need n) -> -weights.get(n) * value(n, m)));
        return met.subList(0, Math.min(limit, met.size()));
    }

    static double value(Need need, Mattress m) {
        Ratings r = m.ratings();
        int rating =
                switch (need) {
                    case PRESSURE_RELIEF -> r.pressureRelief();
                    case SUPPORT -> r.support();
                    case ZONING -> m.construction().zoned() ? 5 : 1;
                    case COOLING -> r.cooling();
                    case MOTION_ISOLATION -> r.motionIsolation();
                    case EDGE_SUPPORT -> r.edgeSupport();
                    case DURABILITY -> r.durability();
                };
        return (rating - 1) / 4.0;
    }
}
