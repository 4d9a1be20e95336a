package com.restwise.engine.catalog;

import com.restwise.engine.profile.MattressType;
import java.util.Map;

/**
 * A brand-neutral mattress archetype. {@code halves} holds the two firmnesses of a
 * split-firmness or two-singles construction (else null); {@code adjustable} the span an
 * air mattress can be set to (else null), per side when it also has halves. {@code containsLatex}
 * marks entries with any latex in them (latex cores, and hybrids or toppers with a latex layer),
 * for sleepers who avoid latex. {@code names} holds the name in other languages than English, by
 * language code.
 */
public record Mattress(
        String id,
        String name,
        MattressType type,
        double firmness,
        Halves halves,
        FirmnessSpan adjustable,
        Construction construction,
        Ratings ratings,
        int trialNights,
        Map<String, Double> prices,
        boolean containsLatex,
        Map<String, String> names) {

    public Mattress {
        prices = Map.copyOf(prices);
        names = names == null ? Map.of() : Map.copyOf(names);
    }

    /** The name in a language, or the English name where the catalog gives none for it. */
    public String nameIn(String lang) {
        return names.getOrDefault(lang, name);
    }

    /** Whether the entry serves two sleepers with two firmnesses (split halves or two singles). */
    public boolean forCouples() {
        return construction.couple() != CoupleConstruction.NONE;
    }

    public Double priceFor(String size) {
        return prices.get(size);
    }

    /** The size with the lowest price; ties go to the alphabetically first size. */
    public String cheapestSize() {
        return cheapestSize(0);
    }

    /**
     * The cheapest size at least this long (cm), ties to the alphabetically first; null when the
     * entry comes in no such length.
     */
    public String cheapestSize(int minLengthCm) {
        String best = null;
        for (Map.Entry<String, Double> e : prices.entrySet()) {
            if (Integer.parseInt(e.getKey().substring(e.getKey().indexOf('x') + 1)) < minLengthCm) {
                continue;
            }
            double price = e.getValue();
            if (best == null
                    || price < prices.get(best)
                    || (price == prices.get(best) && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** The two sides of a split-firmness or two-singles construction. */
    public record Halves(double left, double right) {}

    /** A span of firmness, for an adjustable (air) mattress. */
    public record FirmnessSpan(double min, double max) {
        public double clamp(double firmness) {
            return Math.max(min, Math.min(max, firmness));
        }
    }
}
