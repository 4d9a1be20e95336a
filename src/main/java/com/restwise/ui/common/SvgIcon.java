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
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;

/**
 * The drawn pictures shipped in {@code assets/images} (positions, posture tips). Each is an
 * SVG of plain {@code <path fill d>} elements, which JavaFX draws as {@link SVGPath}s.
 */
public final class SvgIcon {

    private static final Pattern PATH = Pattern.compile("<path fill=\"([^\"]+)\" d=\"([^\"]+)\"/>");
    private static final Pattern VIEW_WIDTH = Pattern.compile("viewBox=\"0 0 ([0-9.]+) ");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private SvgIcon() {
    }

    /** The picture scaled to the given width, or an empty node if the asset is missing. */
    public static Node load(String name, double width) {
        String svg = CACHE.computeIfAbsent(name, SvgIcon::read);
        Group group = new Group();
        Matcher m = PATH.matcher(svg);
        while (m.find()) {
            SVGPath p = new SVGPath();
            p.setFill(Color.web(m.group(1)));
            p.setContent(m.group(2));
            group.getChildren().add(p);
        }
        Matcher w = VIEW_WIDTH.matcher(svg);
        double scale = w.find() ? width / Double.parseDouble(w.group(1)) : 1;
        group.setScaleX(scale);
        group.setScaleY(scale);
        return new Group(group);
    }

    /**
     * The picture, or where it is missing an empty frame of the same width, so a tip without a
     * drawing still lines up with the others.
     */
    public static Node loadOrBlank(String name, double width) {
        if (!CACHE.computeIfAbsent(name, SvgIcon::read).isEmpty()) {
            return load(name, width);
        }
        Region blank = new Region();
        blank.setMinWidth(width);
        blank.setPrefWidth(width);
        blank.getStyleClass().add("picture-missing");
        return blank;
    }

    private static String read(String name) {
        try (InputStream in = SvgIcon.class.getResourceAsStream("/assets/images/" + name + ".svg")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
