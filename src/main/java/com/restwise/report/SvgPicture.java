package com.restwise.report;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the drawn pictures in {@code assets/images}, read without JavaFX so the report can
 * draw it on machines with no display. The pictures are plain {@code <path fill d>} elements
 * using M, L, H, V, A and Z (upper and lower case); arcs become cubic Béziers.
 */
public final class SvgPicture {

    private static final Pattern PATH = Pattern.compile("<path fill=\"([^\"]+)\" d=\"([^\"]+)\"/>");
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"");
    private static final Pattern TOKEN = Pattern.compile("[MLHVAZmlhvaz]|-?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?");

    /** Receives the outline of one filled shape, in picture coordinates (y down). */
    public interface Sink {
        void moveTo(double x, double y) throws IOException;

        void lineTo(double x, double y) throws IOException;

        void curveTo(double x1, double y1, double x2, double y2, double x, double y) throws IOException;

        void closeAndFill(Color fill) throws IOException;
    }

    private record Shape(Color fill, String data) {}

    private final double width;
    private final double height;
    private final List<Shape> shapes;

    private SvgPicture(double width, double height, List<Shape> shapes) {
        this.width = width;
        this.height = height;
        this.shapes = shapes;
    }

    /** The picture named like "position-side", or null when the asset is missing. */
    public static SvgPicture load(String name) throws IOException {
        try (InputStream in = SvgPicture.class.getResourceAsStream("/assets/images/" + name + ".svg")) {
            if (in == null) {
                return null;
            }
            String svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher box = VIEW_BOX.matcher(svg);
            if (!box.find()) {
                return null;
            }
            List<Shape> shapes = new ArrayList<>();
            Matcher m = PATH.matcher(svg);
            while (m.find()) {
                shapes.add(new Shape(Color.decode(m.group(1)), m.group(2)));
            }
            return new SvgPicture(Double.parseDouble(box.group(1)), Double.parseDouble(box.group(2)), shapes);
        }
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public void draw(Sink sink) throws IOException {
        for (Shape shape : shapes) {
            trace(shape.data(), sink);
            sink.closeAndFill(shape.fill());
        }
    }

    private static void trace(String data, Sink sink) throws IOException {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(data);
        while (m.find()) {
            tokens.add(m.group());
        }
        double x = 0;
        double y = 0;
        char command = 'M';
        int i = 0;
        while (i < tokens.size()) {
            String t = tokens.get(i);
            if (Character.isLetter(t.charAt(0))) {
                command = t.charAt(0);
                i++;
                if (command == 'Z' || command == 'z') {
                    continue;
                }
            }
            boolean relative = Character.isLowerCase(command);
            switch (Character.toUpperCase(command)) {
                case 'M' -> {
                    x = (relative ? x : 0) + num(tokens, i++);
                    y = (relative ? y : 0) + num(tokens, i++);
                    sink.moveTo(x, y);
                    command = relative ? 'l' : 'L';
                }
                case 'L' -> {
                    x = (relative ? x : 0) + num(tokens, i++);
                    y = (relative ? y : 0) + num(tokens, i++);
                    sink.lineTo(x, y);
                }
                case 'H' -> {
                    x = (relative ? x : 0) + num(tokens, i++);
                    sink.lineTo(x, y);
                }
                case 'V' -> {
                    y = (relative ? y : 0) + num(tokens, i++);
                    sink.lineTo(x, y);
                }
                case 'A' -> {
                    double rx = num(tokens, i++);
                    double ry = num(tokens, i++);
                    double rotation = num(tokens, i++);
                    boolean large = num(tokens, i++) != 0;
                    boolean sweep = num(tokens, i++) != 0;
                    double x2 = (relative ? x : 0) + num(tokens, i++);
                    double y2 = (relative ? y : 0) + num(tokens, i++);
                    arc(sink, x, y, rx, ry, rotation, large, sweep, x2, y2);
                    x = x2;
                    y = y2;
                }
                default -> throw new IOException("unsupported path command " + command);
            }
        }
    }

    private static double num(List<String> tokens, int i) {
        return Double.parseDouble(tokens.get(i));
    }

    /** SVG 1.1 appendix F.6.5: endpoint to centre parameterisation, then Béziers of at most 90 degrees. */
    static void arc(
            Sink sink,
            double x1,
            double y1,
            double rx,
            double ry,
            double rotationDeg,
            boolean large,
            boolean sweep,
            double x2,
            double y2)
            throws IOException {
        if (rx == 0 || ry == 0 || (x1 == x2 && y1 == y2)) {
            sink.lineTo(x2, y2);
            return;
        }
        rx = Math.abs(rx);
        ry = Math.abs(ry);
        double phi = Math.toRadians(rotationDeg);
        double cos = Math.cos(phi);
        double sin = Math.sin(phi);
        double dx = (x1 - x2) / 2;
        double dy = (y1 - y2) / 2;
        double x1p = cos * dx + sin * dy;
        double y1p = -sin * dx + cos * dy;
        double lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
        if (lambda > 1) {
            rx *= Math.sqrt(lambda);
            ry *= Math.sqrt(lambda);
        }
        double num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
        double den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
        double coef = (large == sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / den));
        double cxp = coef * rx * y1p / ry;
        double cyp = -coef * ry * x1p / rx;
        double cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
        double cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
        double start = Math.atan2((y1p - cyp) / ry, (x1p - cxp) / rx);
        double end = Math.atan2((-y1p - cyp) / ry, (-x1p - cxp) / rx);
        double delta = end - start;
        if (sweep && delta < 0) {
            delta += 2 * Math.PI;
        } else if (!sweep && delta > 0) {
            delta -= 2 * Math.PI;
        }
        int segments = (int) Math.ceil(Math.abs(delta) / (Math.PI / 2));
        double step = delta / segments;
        double k = 4.0 / 3 * Math.tan(step / 4);
        double a = start;
        for (int s = 0; s < segments; s++) {
            double b = a + step;
            double cosA = Math.cos(a);
            double sinA = Math.sin(a);
            double cosB = Math.cos(b);
            double sinB = Math.sin(b);
            double[] p1 = point(cx, cy, rx, ry, cos, sin, cosA - k * sinA, sinA + k * cosA);
            double[] p2 = point(cx, cy, rx, ry, cos, sin, cosB + k * sinB, sinB - k * cosB);
            double[] p3 = point(cx, cy, rx, ry, cos, sin, cosB, sinB);
            sink.curveTo(p1[0], p1[1], p2[0], p2[1], p3[0], p3[1]);
            a = b;
        }
    }

    private static double[] point(
            double cx, double cy, double rx, double ry, double cos, double sin, double u, double v) {
        double px = rx * u;
        double py = ry * v;
        return new double[] {cx + cos * px - sin * py, cy + sin * px + cos * py};
    }
}
