package com.restwise.storage;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.restwise.json.JsonFormat;
import com.restwise.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How the window was left: its size and whether it was maximised, kept as {@code window.json}
 * beside the settings (not in them: it changes with every resize and is no one's choice to
 * export). A missing or damaged file only means the window opens sized to the screen.
 *
 * @param width     the window's width when it was last not maximised, in pixels
 * @param height    its height likewise
 * @param maximised whether it was maximised when it closed
 */
public record WindowPlacement(double width, double height, boolean maximised) {

    public static final String FILE = "window.json";

    /** The placement last saved in the directory, if a readable one was. */
    public static Optional<WindowPlacement> load(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            JsonElement root = StrictJson.parse(StrictJson.readText(in));
            JsonObject o = root.getAsJsonObject();
            double width = o.get("width").getAsDouble();
            double height = o.get("height").getAsDouble();
            if (!(width > 0 && height > 0)) {
                return Optional.empty();
            }
            return Optional.of(
                    new WindowPlacement(width, height, o.get("maximised").getAsBoolean()));
        } catch (IOException | com.restwise.json.InvalidInputException | RuntimeException e) {
            return Optional.empty(); // the screen's own size is a fine answer
        }
    }

    public void save(Path dir) throws IOException {
        DataDirectory.prepare(dir);
        JsonObject o = new JsonObject();
        o.addProperty("width", width);
        o.addProperty("height", height);
        o.addProperty("maximised", maximised);
        AtomicFile.write(dir.resolve(FILE), JsonFormat.pretty(o).getBytes(StandardCharsets.UTF_8));
    }
}
