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

    public List<RankedOption> rank(Profile profile, FirmnessRange sleeper, FirmnessRange partner,
                                   Catalog catalog, int top, EngineTexts texts) {
        String wantedSize = profile.preferences().size();
        Double budget = profile.preferences().budgetMax();
        NeedWeights needs = NeedWeights.of(profile);

        List<Candidate> offered = new ArrayList<>();
        for (Mattress m : catalog.mattresses()) {
            String size = wantedSize != null ? wantedSize : m.cheapestSize();
            Double price = m.priceFor(size);
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
                        .sorted(Comparator.comparingDouble((Candidate c) -> c.price).thenComparing(c -> c.mattress.id()))
                        .limit(top).toList();
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
            options.add(toOption(s, sleeper, partner, needs, overBudget ? budget : null, catalog.currency(), texts));
        }
        return options;
    }

    private static RankedOption toOption(Scored s, FirmnessRange sleeper, FirmnessRange partner, NeedWeights needs,
                                         Double missedBudget, String currency, EngineTexts texts) {
        Mattress m = s.candidate.mattress;
        List<String> reasons = new ArrayList<>();
        reasons.add(firmnessReason(m, s.fit.sleeperFirmness(), sleeper, "", texts));
        if (partner != null) {
            if (m.halves() != null) {
                String kind = m.construction().couple() == CoupleConstruction.TWO_SINGLES ? "two-singles" : "split";
                reasons.add(texts.text("reason.couple." + kind,
                        texts.number(s.fit.sleeperFirmness()), texts.number(s.fit.partnerFirmness())));
            }
            reasons.add(firmnessReason(m, s.fit.partnerFirmness(), partner, ".partner", texts));
        }
        for (NeedWeights.Need need : needs.strongest(m, GOOD_RATING, REASON_MIN_WEIGHT, MAX_NEED_REASONS)) {
            reasons.add(needReason(need, m, texts));
        }
        if (m.trialNights() >= NOTABLE_TRIAL_NIGHTS) {
            reasons.add(texts.text("reason.trial", m.trialNights()));
        }
        if (missedBudget != null) {
            reasons.add(texts.text("reason.over-budget", texts.number(missedBudget), currency, s.candidate.size));
        }
        return new RankedOption(m.id(), m.name(), s.fit.sleeperFirmness(), m.type(), s.candidate.size,
                s.candidate.price, currency, s.score, reasons);
    }

    private static String firmnessReason(Mattress m, double firmness, FirmnessRange range, String whose,
                                         EngineTexts texts) {
        String f = texts.number(firmness);
        String min = texts.number(range.min());
        String max = texts.number(range.max());
        if (m.adjustable() != null) {
            return texts.text("reason.firmness.adjustable" + whose, texts.number(m.adjustable().min()),
                    texts.number(m.adjustable().max()), f, min, max);
        }
        if (range.contains(firmness)) {
            return texts.text("reason.firmness.inside" + whose, f, min, max);
        }
        String direction = firmness > range.max() ? "firmer" : "softer";
        return texts.text("reason.firmness." + direction + whose, f,
                texts.number(Math.round(range.distanceOutside(firmness) * 10) / 10.0), min, max);
    }

    private static String needReason(NeedWeights.Need need, Mattress m, EngineTexts texts) {
        String type = texts.text("type." + m.type());
        return switch (need) {
            case ZONING -> texts.text("reason.need.ZONING", m.construction().zones());
            case COOLING -> m.type() == MattressType.MEMORY_FOAM
                    ? texts.text("reason.need.COOLING.foam") : texts.text("reason.need.COOLING", type);
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

    private record Candidate(Mattress mattress, String size, double price) {
    }

    private record Scored(Candidate candidate, FirmnessFit fit, double score) {
    }

    /** Highest score first; equal scores in id order. */
    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparing(s -> s.candidate.mattress.id());

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
                    return couple(m.adjustable().clamp(sleeper.target()), m.adjustable().clamp(partner.target()),
                            sleeper, partner);
                }
                FirmnessFit leftForSleeper = couple(m.halves().left(), m.halves().right(), sleeper, partner);
                FirmnessFit rightForSleeper = couple(m.halves().right(), m.halves().left(), sleeper, partner);
                return leftForSleeper.fit >= rightForSleeper.fit ? leftForSleeper : rightForSleeper;
            }
            double shared = m.adjustable() != null
                    ? m.adjustable().clamp((sleeper.target() + partner.target()) / 2) : m.firmness();
            return couple(shared, shared, sleeper, partner);
        }

        private static FirmnessFit couple(double forSleeper, double forPartner, FirmnessRange sleeper,
                                          FirmnessRange partner) {
            double a = rangeFit(forSleeper, sleeper);
            double b = rangeFit(forPartner, partner);
            double combined = (1 - COUPLE_WORST_SHARE) * (a + b) / 2 + COUPLE_WORST_SHARE * Math.min(a, b);
            return new FirmnessFit(forSleeper, forPartner, combined);
        }
    }
}
