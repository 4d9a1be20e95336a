package com.restwise.engine.catalog;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The mattresses on offer and the currency of their prices. */
public record Catalog(String currency, List<Mattress> mattresses) {

    public Catalog {
        mattresses = List.copyOf(mattresses);
    }

    /** Every size some entry is offered in, narrowest first. */
    public List<String> sizes() {
        Set<String> sizes = new TreeSet<>((a, b) -> {
            int byWidth = Integer.compare(width(a), width(b));
            return byWidth != 0 ? byWidth : a.compareTo(b);
        });
        mattresses.forEach(m -> sizes.addAll(m.prices().keySet()));
        return List.copyOf(sizes);
    }

    private static int width(String size) {
        int x = size.indexOf('x');
        try {
            return Integer.parseInt(size.substring(0, x < 0 ? size.length() : x));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
