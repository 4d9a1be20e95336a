package com.restwise.ui.wizard.steps;

import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Positions;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** How often one sleeper lies in each position, and the shares that follow. */
public final class PositionAnswers {

    private final Map<Position, ObjectProperty<Frequency>> frequency = new EnumMap<>(Position.class);
    private final Map<Position, DoubleBinding> share = new EnumMap<>(Position.class);
    private final BooleanBinding valid;

    public PositionAnswers() {
        for (Position p : Position.values()) {
            frequency.put(p, new SimpleObjectProperty<>());
        }
        ObjectProperty<?>[] all = frequency.values().toArray(new ObjectProperty<?>[0]);
        for (Position p : Position.values()) {
            share.put(
                    p,
                    Bindings.createDoubleBinding(
                            () -> {
                                double total = total();
                                return total > 0 ? weight(p) / total : 0;
                            },
                            all));
        }
        valid = Bindings.createBooleanBinding(() -> total() > 0, all);
    }

    private double weight(Position p) {
        Frequency f = frequency.get(p).get();
        return f == null ? 0 : f.weight();
    }

    private double total() {
        double total = 0;
        for (Position p : Position.values()) {
            total += weight(p);
        }
        return total;
    }

    public ObjectProperty<Frequency> frequency(Position p) {
        return frequency.get(p);
    }

    /** The share of the night in a position, 0 to 1; the three add up to 1 once any is answered. */
    public DoubleBinding share(Position p) {
        return share.get(p);
    }

    /**
     * Whole percentages that add up to exactly 100 (largest remainder), so the page never
     * shows 33% + 33% + 33%.
     */
    public int percent(Position p) {
        if (total() <= 0) {
            return 0;
        }
        Position[] all = Position.values();
        int[] floor = new int[all.length];
        double[] remainder = new double[all.length];
        int used = 0;
        for (int i = 0; i < all.length; i++) {
            double exact = share(all[i]).get() * 100;
            floor[i] = (int) Math.floor(exact);
            remainder[i] = exact - floor[i];
            used += floor[i];
        }
        for (int left = 100 - used; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < all.length; i++) {
                if (remainder[i] > remainder[best]) {
                    best = i;
                }
            }
            floor[best]++;
            remainder[best] = -1;
        }
        return floor[p.ordinal()];
    }

    public BooleanBinding valid() {
        return valid;
    }

    public Positions toPositions() {
        Map<Position, Double> weights = new EnumMap<>(Position.class);
        for (Position p : Position.values()) {
            weights.put(p, weight(p));
        }
        return Positions.of(weights);
    }
}
