package com.restwise.report;

/**
 * The colours and marker shapes of the follow-up charts, on screen and in the PDF, named here
 * only. The two lines drawn together (pain and sleep quality) are Okabe-Ito blue and vermillion,
 * which people with any common colour-vision deficiency tell apart, and their markers differ in
 * shape as well, so no one has to rely on colour. Each colour keeps a contrast of at least 3:1 on
 * white and on the dark theme's background, as graphics need.
 */
public enum TrendPalette {

    /** Morning pain. */
    PAIN(0x0072B2, Marker.CIRCLE, false),
    /** Sleep quality: dashed too, so the two lines differ in a grey-scale print. */
    QUALITY(0xD55E00, Marker.SQUARE, true),
    /** Morning stiffness, in its own chart. */
    STIFFNESS(0x009E73, Marker.TRIANGLE, false);

    /** The shape of a series' data points. */
    public enum Marker {
        CIRCLE,
        SQUARE,
        TRIANGLE
    }

    private final int rgb;
    private final Marker marker;
    private final boolean dashed;

    TrendPalette(int rgb, Marker marker, boolean dashed) {
        this.rgb = rgb;
        this.marker = marker;
        this.dashed = dashed;
    }

    /** The colour as 0xRRGGBB. */
    public int rgb() {
        return rgb;
    }

    /** The colour as CSS writes it, "#0072B2". */
    public String hex() {
        return String.format("#%06X", rgb);
    }

    public Marker marker() {
        return marker;
    }

    /** Whether the series' line is dashed (the screen's stylesheet and the PDF both follow it). */
    public boolean dashed() {
        return dashed;
    }
}
