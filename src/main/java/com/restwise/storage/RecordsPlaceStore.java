package com.restwise.storage;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.restwise.json.InvalidInputException;
import com.restwise.json.JsonFormat;
import com.restwise.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps {@link RecordsPlace} as {@code records-place.json} in the data directory, apart from the
 * other settings: it says where health data goes, and nothing else should be able to change it
 * by accident. A damaged file means this computer's records, the safe default.
 */
public final class RecordsPlaceStore {

    public static final String FILE = "records-place.json";
    private final Path dir;

    public RecordsPlaceStore(Path dir) {
        this.dir = dir;
    }

    public RecordsPlace load() {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return RecordsPlace.THIS_COMPUTER;
        }
        try (InputStream in = Files.newInputStream(file)) {
            JsonElement root = StrictJson.parse(StrictJson.readText(in));
            if (!root.isJsonObject()) {
                return RecordsPlace.THIS_COMPUTER;
            }
            JsonObject o = root.getAsJsonObject();
            return new RecordsPlace(
                    "practice".equals(text(o, "place")),
                    text(o, "host"),
                    number(o, "port"),
                    text(o, "database"),
                    text(o, "login"),
                    text(o, "caFile"),
                    flag(o, "uncheckedAccepted"),
                    number(o, "lockMinutes"));
        } catch (IOException | InvalidInputException | RuntimeException e) {
            return RecordsPlace.THIS_COMPUTER;
        }
    }

    public void save(RecordsPlace place) throws IOException {
        DataDirectory.prepare(dir);
        JsonObject o = new JsonObject();
        o.addProperty("place", place.practice() ? "practice" : "this-computer");
        o.addProperty("host", place.host());
        o.addProperty("port", place.port());
        o.addProperty("database", place.database());
        o.addProperty("login", place.login());
        o.addProperty("caFile", place.caFile());
        o.addProperty("uncheckedAccepted", place.uncheckedAccepted());
        o.addProperty("lockMinutes", place.lockMinutes());
        AtomicFile.write(dir.resolve(FILE), JsonFormat.pretty(o).getBytes(StandardCharsets.UTF_8));
    }

    private static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? e.getAsString() : "";
    }

    private static int number(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber() ? e.getAsInt() : 0;
    }

    private static boolean flag(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean() && e.getAsBoolean();
    }
}
