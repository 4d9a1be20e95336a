package com.restwise.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;

/**
 * The drawn pictures shipped in {@code assets/images} (positions, posture tips). Each is an
 * SVG of plain {@code <path fill d>} elements, which JavaFX draws as {@link SVGPath}s.
 */
public final class SvgIcon {

    private static final Pattern PATH = Pattern.compile("<path fill=\"([^\"]+)\" d=\"([^\"]+)\"/>");
    private static final Pattern VIEW_WIDTH = Pattern.compile("viewBox=\"0 0 ([0-9.]+) ");
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private SvgIcon() {}

    /** The picture scaled to the given width, or an empty node if the asset is missing. */
    public static Node load(String name, double width) {
        String svg = CACHE.computeIfAbsent(name, SvgIcon::read);
        Group group = paths(svg);
        Matcher w = VIEW_WIDTH.matcher(svg);
        double scale = w.find() ? width / Double.parseDouble(w.group(1)) : 1;
        group.setScaleX(scale);
        group.setScaleY(scale);
        Group picture = new Group(group);
        picture.getStyleClass().add("picture"); // a screen reader needs its description (set by the page)
        picture.setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
        return picture;
    }

    /**
     * The picture in a frame whose width the stylesheet sets in em through {@code styleClass}, so it
     * grows with the text size ({@link ScaledFrame}). A missing asset leaves the frame empty, at
     * the same size. The frame carries the picture's name as its user data.
     */
    public static ScaledFrame sized(String name, String styleClass) {
        String svg = CACHE.computeIfAbsent(name, SvgIcon::read);
        Matcher box = VIEW_BOX.matcher(svg);
        boolean drawn = box.find();
        ScaledFrame frame = new ScaledFrame(
                paths(svg),
                drawn ? Double.parseDouble(box.group(1)) : 160,
                drawn ? Double.parseDouble(box.group(2)) : 80,
                styleClass);
        frame.setUserData(name);
        return frame;
    }

    private static Group paths(String svg) {
        Group group = new Group();
        Matcher m = PATH.matcher(svg);
        while (m.find()) {
            SVGPath p = new SVGPath();
            p.setFill(Color.web(m.group(1)));
            p.setContent(m.group(2));
            group.getChildren().add(p);
        }
        return group;
    }

    private static String read(String name) {
        try (InputStream in = SvgIcon.class.getResourceAsStream("/assets/images/" + name + ".svg")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
