package com.restwise.picture;

import java.util.Locale;

/**
 * The colours and marker shapes of the follow-up charts, one place for the records screen and the
 * PDF report. The colours are from the Okabe-Ito palette, chosen to stay apart for the common
 * kinds of colour blindness; the shapes differ too, so the lines can be told apart in a
 * grey-scale print or by someone who sees no colour at all. Plain Java (ARGB ints and CSS hex),
 * so the report needs no JavaFX.
 */
public final class TrendPalette {

    /** How a series marks each consultation. */
    public enum Marker { SQUARE, CIRCLE, TRIANGLE }

    /** One series: its colour and marker, and whether its line is dashed. */
    public record Series(int argb, Marker marker, boolean dashed) {

        /** "#d55e00", for a JavaFX style or CSS. */
        public String hex() {
            return String.format(Locale.ROOT, "#%06x", argb & 0xFFFFFF);
        }
    }

    /** Okabe-Ito vermillion, square markers, solid line. */
    public static final Series PAIN = new Series(0xFFD55E00, Marker.SQUARE, false);
    /** Okabe-Ito blue, round markers, dashed line. */
    public static final Series SLEEP_QUALITY = new Series(0xFF0072B2, Marker.CIRCLE, true);
    /** Okabe-Ito bluish green, triangle markers: the minutes of morning stiffness, a chart of its own. */
    public static final Series STIFFNESS = new Series(0xFF009E73, Marker.TRIANGLE, false);

    private TrendPalette() {
    }
}
