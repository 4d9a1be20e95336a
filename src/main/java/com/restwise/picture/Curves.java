package com.restwise.picture;

/** Smooth curves through a few stations, and colour blends, for the pictures. */
final class Curves {

    private Curves() {}

    /**
     * The Catmull-Rom curve through (xs[i], ys[i]) at x, xs ascending; flat beyond the ends. It
     * passes through every station, so the picture's dents sit exactly at the model's sinkage.
     */
    static double catmullRom(double[] xs, double[] ys, double x) {
        int n = xs.length;
        if (x <= xs[0]) {
            return ys[0];
        }
        if (x >= xs[n - 1]) {
            return ys[n - 1];
        }
        int i = 0;
        while (x > xs[i + 1]) {
            i++;
        }
        double t = (x - xs[i]) / (xs[i + 1] - xs[i]);
        double p0 = i > 0 ? ys[i - 1] : 2 * ys[i] - ys[i + 1];
        double p1 = ys[i];
        double p2 = ys[i + 1];
        double p3 = i + 2 < n ? ys[i + 2] : 2 * ys[i + 1] - ys[i];
        double t2 = t * t;
        double t3 = t2 * t;
        return 0.5
                * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 + (-p0 + 3 * p1 - 3 * p2 + p3) * t3);
    }

    /** From colour a (share 0) to b (share 1), channel by channel. */
    static int blend(int a, int b, double share) {
        double s = Math.max(0, Math.min(1, share));
        int out = 0;
        for (int shift = 0; shift <= 24; shift += 8) {
            int ca = (a >>> shift) & 0xFF;
            int cb = (b >>> shift) & 0xFF;
            out |= ((int) Math.round(ca + (cb - ca) * s) & 0xFF) << shift;
        }
        return out;
    }
}
