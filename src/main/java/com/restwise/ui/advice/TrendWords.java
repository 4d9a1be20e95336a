package com.restwise.ui.advice;

import com.restwise.records.PainTrend;
import com.restwise.ui.common.I18n;

/**
 * The change in morning pain in words, the same on the records screen and on a follow-up's
 * results page: "Since the previous consultation: 6 to 4 (-2), a meaningful improvement." The
 * verdict is {@link PainTrend}'s; this only says it.
 */
public final class TrendWords {

    private TrendWords() {}

    /** From the first consultation to the latest. */
    public static String sinceFirst(I18n i18n, PainTrend trend) {
        return describe(i18n, trend.sinceFirst(), "records.since-first", "records.since-first.unknown");
    }

    /** From the consultation before the latest to the latest. */
    public static String sincePrevious(I18n i18n, PainTrend trend) {
        return describe(i18n, trend.sincePrevious(), "records.since-previous", "records.since-previous.unknown");
    }

    /** The style class that colours a change by its verdict ("improved", "worsened"), or none. */
    public static String styleClass(PainTrend.Change change) {
        return switch (change.verdict()) {
            case IMPROVED -> "improved";
            case WORSENED -> "worsened";
            default -> "";
        };
    }

    private static String describe(I18n i18n, PainTrend.Change change, String key, String unknownKey) {
        if (change.points() == null) {
            return i18n.get(unknownKey);
        }
        String points = (change.points() > 0 ? "+" : "") + change.points();
        return i18n.get(key, change.from(), change.to(), points, i18n.get("trend." + change.verdict()));
    }
}
