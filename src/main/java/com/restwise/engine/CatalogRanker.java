package com.restwise.engine;

import com.restwise.engine.advice.FirmnessRange;
import com.restwise.engine.advice.RankedOption;
import com.restwise.engine.catalog.Catalog;
import com.restwise.engine.catalog.CoupleConstruction;
import com.restwise.engine.catalog.Mattress;
import com.restwise.engine.profile.MattressType;
import com.restwise.engine.profile.Profile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Scores catalog entries in [0, 1] against the firmness range(s) and the sleeper's needs,
 * after filtering by size and budget. Reasons are written only for the entries returned,
 * so a large catalog costs scoring, not text.
 */
public final class CatalogRanker {

    /** Firmness fit outweighs the other qualities: it is what the evidence speaks to. */
    static final double FIRMNESS_WEIGHT = 0.6;

    static final double NEEDS_WEIGHT = 1 - FIRMNESS_WEIGHT;
    /** Inside the range, the fit falls by up to this much from the target to the range's edge. */
    static final double OFF_TARGET_PENALTY = 0.15;
    /** Outside the range, the fit falls by this much per step beyond its edge. */
    static final double OUTSIDE_PENALTY_PER_STEP = 0.35;
    /** A couple's fit: the mean of both, pulled toward the worse so neither sleeper is sacrificed. */
    static final double COUPLE_WORST_SHARE = 0.5;
    /** A need's reason is given for a rating of 4 or 5 on the 1-5 scale ... */
    static final int GOOD_RATING = 4;
    /** ... when the need weighs at least this much for this sleeper. */
    static final double REASON_MIN_WEIGHT = 0.2;

    static final int MAX_NEED_REASONS = 2;
    /** A trial this long is worth telling a shopper about. */
    static final int NOTABLE_TRIAL_NIGHTS = 100;

    public List<RankedOption> rank(
            Profile profile,
            FirmnessRange sleeper,
            FirmnessRange partner,
            Catalog catalog,
            int top,
            EngineTexts texts) {
        String wantedSize = profile.preferences().size();
        Double budget = profile.preferences().budgetMax();
        NeedWeights needs = NeedWeights.of(profile);

        // Without a size of their own, a tall sleeper is offered only sizes long enough for them.
        Integer length = BedLength.needed(profile);
        List<Candidate> offered = new ArrayList<>();
        for (Mattress m : eligible(profile, catalog)) {
            String size = wantedSize != null ? wantedSize : m.cheapestSize(length == null ? 0 : length);
            Double price = size == null ? null : m.priceFor(size);
            if (price != null) {
                offered.add(new Candidate(m, size, price));
            }
        }
        List<Candidate> candidates = offered;
        boolean overBudget = false;
        if (budget != null) {
            candidates = new ArrayList<>(offered.size());
            for (Candidate c : offered) {
                if (c.price <= budget) {
                    candidates.add(c);
                }
            }
            if (candidates.isEmpty() && !offered.isEmpty()) {
                overBudget = true;
                candidates = offered.stream()
                        .sorted(Comparator.comparingDouble((Candidate c) -> c.price)
                                .thenComparing(c -> c.mattress.id()))
                        .limit(top)
                        .toList();
            }
        }

        // Keep only the best `top` in a small heap (worst on top): a large shop catalog then
        // costs one pass, not a full sort.
        PriorityQueue<Scored> best = new PriorityQueue<>(top + 1, BEST_FIRST.reversed());
        for (Candidate c : candidates) {
            FirmnessFit fit = FirmnessFit.of(c.mattress, sleeper, partner);
            double score = FIRMNESS_WEIGHT * fit.fit() + NEEDS_WEIGHT * needs.score(c.mattress);
            best.add(new Scored(c, fit, Math.round(score * 100) / 100.0));
            if (best.size() > top) {
                best.poll();
            }
        }
        List<Scored> scored = new ArrayList<>(best);
        scored.sort(BEST_FIRST);

        List<RankedOption> options = new ArrayList<>(scored.size());
        for (Scored s : scored) {
            options.add(toOption(
                    s, profile, sleeper, partner, needs, overBudget ? budget : null, catalog.currency(), texts));
        }
        return options;
    }

    /**
     * The entries this sleeper may be offered at all: split and two-single constructions only
     * for a couple (no half of the bed is what their average firmness says), and nothing with
     * latex for someone who avoids it.
     */
    static List<Mattress> eligible(Profile profile, Catalog catalog) {
        boolean couple = profile.hasPartner();
        boolean noLatex = profile.preferences().avoidsLatex();
        List<Mattress> eligible = new ArrayList<>(catalog.mattresses().size());
        for (Mattress m : catalog.mattresses()) {
            if ((couple || !m.forCouples()) && !(noLatex && m.containsLatex())) {
                eligible.add(m);
            }
        }
        return eligible;
    }

    private static RankedOption toOption(
            Scored s,
            Profile profile,
            FirmnessRange sleeper,
            FirmnessRange partner,
            NeedWeights needs,
            Double missedBudget,
            String currency,
            EngineTexts texts) {
        Mattress m = s.candidate.mattress;
        List<String> reasons = new ArrayList<>();
        reasons.add(firmnessReason(m, s.fit.sleeperFirmness(), sleeper, "", texts));
        if (partner != null) {
            if (m.halves() != null) {
                String kind = m.construction().couple() == CoupleConstruction.TWO_SINGLES ? "two-singles" : "split";
                reasons.add(texts.text(
                        "reason.couple." + kind,
                        texts.number(s.fit.sleeperFirmness()),
                        texts.number(s.fit.partnerFirmness())));
            }
            reasons.add(firmnessReason(m, s.fit.partnerFirmness(), partner, ".partner", texts));
        }
        Sleepers sleepers = Sleepers.of(profile);
        int needReasons = 0;
        for (NeedWeights.Need need :
                needs.strongest(m, GOOD_RATING, REASON_MIN_WEIGHT, NeedWeights.Need.values().length)) {
            if (needReasons == MAX_NEED_REASONS) {
                break; // a sentence past the last one shown would be written and thrown away
            }
            String reason = needReason(need, m, sleepers, texts);
            if (reason != null) {
                reasons.add(reason);
                needReasons++;
            }
        }
        if (m.trialNights() >= NOTABLE_TRIAL_NIGHTS) {
            reasons.add(texts.text("reason.trial", m.trialNights()));
        }
        if (missedBudget != null) {
            reasons.add(texts.text("reason.over-budget", texts.number(missedBudget), currency, s.candidate.size));
        }
        return new RankedOption(
                m.id(),
                m.nameIn(texts.lang()),
                s.fit.sleeperFirmness(),
                m.type(),
                s.candidate.size,
                s.candidate.price,
                currency,
                s.score,
                reasons);
    }

    private static String firmnessReason(
            Mattress m, double firmness, FirmnessRange range, String whose, EngineTexts texts) {
        String f = texts.number(firmness);
        String min = texts.number(range.min());
        String max = texts.number(range.max());
        if (m.adjustable() != null) {
            return texts.text(
                    "reason.firmness.adjustable" + whose,
                    texts.number(m.adjustable().min()),
                    texts.number(m.adjustable().max()),
                    f,
                    min,
                    max);
        }
        if (range.contains(firmness)) {
            return texts.text("reason.firmness.inside" + whose, f, min, max);
        }
        String direction = firmness > range.max() ? "firmer" : "softer";
        return texts.text(
                "reason.firmness." + direction + whose,
                f,
                texts.steps(Math.round(range.distanceOutside(firmness) * 10) / 10.0),
                min,
                max);
    }

    /**
     * A need's reason in words that fit the people in the bed, or null where it would not: no
     * side-sleeper pressure relief for someone who never lies on the side, no support "on your
     * stomach" for someone who never lies on it, no motion reason without a partner.
     */
    private static String needReason(NeedWeights.Need need, Mattress m, Sleepers sleepers, EngineTexts texts) {
        String type = texts.text("type." + m.type());
        return switch (need) {
            case PRESSURE_RELIEF -> sleepers.side ? texts.text("reason.need.PRESSURE_RELIEF", type) : null;
            case SUPPORT -> sleepers.back && sleepers.stomach
                    ? texts.text("reason.need.SUPPORT.BOTH")
                    : sleepers.back
                            ? texts.text("reason.need.SUPPORT.BACK")
                            : sleepers.stomach ? texts.text("reason.need.SUPPORT.STOMACH") : null;
            case MOTION_ISOLATION -> sleepers.couple ? texts.text("reason.need.MOTION_ISOLATION") : null;
            case ZONING -> texts.text(
                    "reason.need.ZONING"
                            + (sleepers.side && (sleepers.back || sleepers.stomach)
                                    ? ""
                                    : sleepers.side ? ".SIDE" : ".BACK"),
                    m.construction().zones());
            case COOLING -> m.type() == MattressType.MEMORY_FOAM
                    ? texts.text("reason.need.COOLING.foam")
                    : texts.text("reason.need.COOLING", type);
            default -> texts.text("reason.need." + need, type);
        };
    }

    /** How well an entry's firmness suits one range: 1 at the target, falling off outside. */
    static double rangeFit(double firmness, FirmnessRange range) {
        double halfWidth = (range.max() - range.min()) / 2;
        double offTarget = Math.min(1, Math.abs(firmness - range.target()) / halfWidth);
        double fit = 1 - OFF_TARGET_PENALTY * offTarget - OUTSIDE_PENALTY_PER_STEP * range.distanceOutside(firmness);
        return Math.max(0, Math.min(1, fit));
    }

    private record Candidate(Mattress mattress, String size, double price) {}

    /** Which positions anyone in the bed uses, and whether two share it. */
    private record Sleepers(boolean side, boolean back, boolean stomach, boolean couple) {
        static Sleepers of(Profile p) {
            // From 20 weeks of pregnancy the sleeper is advised onto the side only.
            boolean sideOnly = p.sleeper().pregnantFrom(PostureAdvisor.PREGNANCY_SIDE_WEEKS);
            boolean side = p.positions().side() > 0 || sideOnly;
            boolean back = p.positions().back() > 0 && !sideOnly;
            boolean stomach = p.positions().stomach() > 0 && !sideOnly;
            if (p.hasPartner()) {
                side |= p.partner().positions().side() > 0;
                back |= p.partner().positions().back() > 0;
                stomach |= p.partner().positions().stomach() > 0;
            }
            return new Sleepers(side, back, stomach, p.hasPartner());
        }
    }

    private record Scored(Candidate candidate, FirmnessFit fit, double score) {}

    /** Highest score first; equal scores in id order. */
    private static final Comparator<Scored> BEST_FIRST =
            Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.candidate.mattress.id());

    /**
     * The firmness each sleeper lies on, and how well that suits them. A solo sleeper gets the
     * entry's firmness (an adjustable bed set to their target); a couple gets the better
     * assignment of the halves, or one shared surface.
     */
    record FirmnessFit(double sleeperFirmness, double partnerFirmness, double fit) {

        static FirmnessFit of(Mattress m, FirmnessRange sleeper, FirmnessRange partner) {
            if (partner == null) {
                double f = m.adjustable() != null ? m.adjustable().clamp(sleeper.target()) : m.firmness();
                return new FirmnessFit(f, Double.NaN, rangeFit(f, sleeper));
            }
            if (m.halves() != null) {
                if (m.adjustable() != null) {
                    return couple(
                            m.adjustable().clamp(sleeper.target()),
                            m.adjustable().clamp(partner.target()),
                            sleeper,
                            partner);
                }
                FirmnessFit leftForSleeper =
                        couple(m.halves().left(), m.halves().right(), sleeper, partner);
                FirmnessFit rightForSleeper =
                        couple(m.halves().right(), m.halves().left(), sleeper, partner);
                return leftForSleeper.fit >= rightForSleeper.fit ? leftForSleeper : rightForSleeper;
            }
            double shared = m.adjustable() != null
                    ? m.adjustable().clamp((sleeper.target() + partner.target()) / 2)
                    : m.firmness();
            return couple(shared, shared, sleeper, partner);
        }

        private static FirmnessFit couple(
                double forSleeper, double forPartner, FirmnessRange sleeper, FirmnessRange partner) {
            double a = rangeFit(forSleeper, sleeper);
            double b = rangeFit(forPartner, partner);
            double combined = (1 - COUPLE_WORST_SHARE) * (a + b) / 2 + COUPLE_WORST_SHARE * Math.min(a, b);
            return new FirmnessFit(forSleeper, forPartner, combined);
        }
    }
}
