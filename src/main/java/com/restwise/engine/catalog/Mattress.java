package com.restwise.engine.catalog;

import com.restwise.engine.profile.MattressType;
import java.util.Map;

/**
 * A brand-neutral mattress archetype. {@code halves} holds the two firmnesses of a
 * split-firmness or two-singles construction (else null); {@code adjustable} the span an
 * air mattress can be set to (else null), per side when it also has halves.
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
        Map<String, Double> prices) {

    public Mattress {
        prices = Map.copyOf(prices);
    }

    public Double priceFor(String size) {
        return prices.get(size);
    }

    /** The size with the lowest price; ties go to the alphabetically first size. */
    public String cheapestSize() {
        String best = null;
        for (Map.Entry<String, Double> e : prices.entrySet()) {
            double price = e.getValue();
            if (best == null || price < prices.get(best)
                    || (price == prices.get(best) && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** The two sides of a split-firmness or two-singles construction. */
    public record Halves(double left, double right) {
    }

    /** A span of firmness, for an adjustable (air) mattress. */
    public record FirmnessSpan(double min, double max) {
        public double clamp(double firmness) {
            return Math.max(min, Math.min(max, firmness));
        }
    }
}
