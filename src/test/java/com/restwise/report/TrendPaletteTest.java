package com.restwise.report;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The chart palette keeps its promises: the two lines drawn together stay apart for people with
 * each common colour-vision deficiency (simulated after Machado, Oliveira and Fernandes 2009, at
 * full severity), and every colour stands out from both themes' backgrounds. The old orange and
 * amber pair fails the first test.
 */
class TrendPaletteTest {

    /** Machado 2009 matrices for linear RGB, severity 1.0. */
    private static final double[][] PROTAN = {
        {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}
    };

    private static final double[][] DEUTAN = {
        {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}
    };
    private static final double[][] TRITAN = {
        {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}
    };
    private static final double[][] NORMAL = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};

    private static final int WHITE = 0xFFFFFF;
    /** The dark theme's background (AtlantaFX Primer Dark, -color-bg-default). */
    private static final int DARK_BACKGROUND = 0x0D1117;

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double[] linearRgb(int rgb) {
        return new double[] {linear(rgb >> 16 & 0xFF), linear(rgb >> 8 & 0xFF), linear(rgb & 0xFF)};
    }

    /** CIELAB (D65) of a linear RGB colour, clamped to the gamut. */
    private static double[] lab(double[] rgb) {
        double r = Math.min(1, Math.max(0, rgb[0]));
        double g = Math.min(1, Math.max(0, rgb[1]));
        double b = Math.min(1, Math.max(0, rgb[2]));
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double[] seenWith(double[][] m, int rgb) {
        double[] c = linearRgb(rgb);
        return new double[] {
            m[0][0] * c[0] + m[0][1] * c[1] + m[0][2] * c[2],
            m[1][0] * c[0] + m[1][1] * c[1] + m[1][2] * c[2],
            m[2][0] * c[0] + m[2][1] * c[1] + m[2][2] * c[2]
        };
    }

    /** How far apart two colours look (CIE76 ΔE) to someone with this kind of vision. */
    private static double difference(double[][] vision, int a, int b) {
        double[] la = lab(seenWith(vision, a));
        double[] lb = lab(seenWith(vision, b));
        return Math.sqrt(Math.pow(la[0] - lb[0], 2) + Math.pow(la[1] - lb[1], 2) + Math.pow(la[2] - lb[2], 2));
    }

    private static double luminance(int rgb) {
        double[] c = linearRgb(rgb);
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    /** WCAG contrast ratio. */
    private static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /**
     * Far beyond a just-noticeable difference (about 2.3), for thin lines read at a glance. The old
     * orange and amber pair came out at 20 to 40 for every kind of vision; blue and vermillion at
     * 90 to 115.
     */
    private static final double CLEARLY_APART = 40;

    @Test
    void painAndSleepQualityStayApartForEveryCommonColourVision() {
        int pain = TrendPalette.PAIN.rgb();
        int quality = TrendPalette.QUALITY.rgb();
        for (double[][] vision : new double[][][] {NORMAL, PROTAN, DEUTAN, TRITAN}) {
            double apart = difference(vision, pain, quality);
            assertTrue(apart > CLEARLY_APART, "pain and quality only " + apart + " apart");
        }
        int oldOrange = 0xF3622D;
        int oldAmber = 0xFBA71B;
        for (double[][] vision : new double[][][] {PROTAN, DEUTAN, TRITAN}) {
            assertTrue(
                    difference(vision, oldOrange, oldAmber) < CLEARLY_APART,
                    "the check would have caught the old pair");
        }
        assertNotEquals(TrendPalette.PAIN.marker(), TrendPalette.QUALITY.marker(), "the shapes differ too");
    }

    @Test
    void everyColourStandsOutFromBothThemesBackgrounds() {
        for (TrendPalette look : TrendPalette.values()) {
            assertTrue(contrast(look.rgb(), WHITE) >= 3, look + " on white: " + contrast(look.rgb(), WHITE));
            assertTrue(
                    contrast(look.rgb(), DARK_BACKGROUND) >= 3,
                    look + " on the dark theme: " + contrast(look.rgb(), DARK_BACKGROUND));
        }
    }
}
