package com.restwise.engine.catalog;

import java.util.List;

/** How an entry is built: layers top to bottom, total height and support zones (1 = unzoned). */
public record Construction(List<String> layers, double heightCm, int zones, CoupleConstruction couple) {

    public Construction {
        layers = List.copyOf(layers);
    }

    public boolean zoned() {
        return zones >= 3;
    }
}
