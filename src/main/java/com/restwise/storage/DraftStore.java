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
import java.util.Optional;

/**
 * The wizard's unfinished answers, saved after every step so that a crash or a close loses
 * nothing. Written to a temporary file and moved into place, so a crash mid-write leaves the
 * previous draft intact. A draft that cannot be read is moved aside, never deleted.
 */
public final class DraftStore {

    public static final String FILE = "draft.json";
    private final Path dir;
    private String notice;

    public DraftStore(Path dir) {
        this.dir = dir;
    }

    public Path file() {
        return dir.resolve(FILE);
    }

    public Optional<JsonObject> load() {
        Path file = file();
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            JsonElement root = StrictJson.parse(StrictJson.readText(in));
            if (!root.isJsonObject()) {
                throw new InvalidInputException("not a JSON object");
            }
            return Optional.of(root.getAsJsonObject());
        } catch (IOException | InvalidInputException e) {
            moveAside(e.getMessage());
            return Optional.empty();
        }
    }

    public void save(JsonObject draft) throws IOException {
        DataDirectory.prepare(dir);
        AtomicFile.write(file(), JsonFormat.pretty(draft).getBytes(StandardCharsets.UTF_8));
    }

    public void delete() throws IOException {
        Files.deleteIfExists(file());
    }

    /** What happened to a damaged draft, if one was found. */
    public Optional<String> notice() {
        return Optional.ofNullable(notice);
    }

    /** Moves a damaged draft aside; also used when its contents turn out not to fit the wizard. */
    public void moveAside(String why) {
        try {
            Path aside = AtomicFile.moveAside(file());
            notice = aside.getFileName().toString();
        } catch (IOException e) {
            notice = file().getFileName().toString();
        }
    }
}
