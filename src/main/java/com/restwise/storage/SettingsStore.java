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
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps {@link Settings} as {@code settings.json} in the data directory. A damaged file never
 * stops the app: it is moved aside, the defaults are used, and {@link #notice()} says so.
 */
public final class SettingsStore {

    public static final String FILE = "settings.json";
    private final Path dir;
    private final Locale systemLocale;
    private String notice;

    public SettingsStore(Path dir, Locale systemLocale) {
        this.dir = dir;
        this.systemLocale = systemLocale;
    }

    public Path file() {
        return dir.resolve(FILE);
    }

    public Settings load() {
        Path file = file();
        if (!Files.exists(file)) {
            return Settings.defaults(systemLocale);
        }
        try (InputStream in = Files.newInputStream(file)) {
            JsonElement root = StrictJson.parse(StrictJson.readText(in));
            if (!root.isJsonObject()) {
                throw new InvalidInputException("not a JSON object");
            }
            return fromJson(root.getAsJsonObject());
        } catch (IOException | InvalidInputException | RuntimeException e) {
            moveAside(file, e.getMessage());
            return Settings.defaults(systemLocale);
        }
    }

    public void save(Settings settings) throws IOException {
        DataDirectory.prepare(dir);
        JsonObject o = new JsonObject();
        o.addProperty("language", settings.language());
        o.addProperty("weightUnit", settings.weightUnit().name());
        o.addProperty("heightUnit", settings.heightUnit().name());
        o.addProperty("theme", settings.theme().name());
        o.addProperty("textSize", settings.textSize().name());
        o.addProperty("emergencyCountry", settings.emergencyCountry());
        // the number too, for an older Restwise reading the same file
        o.addProperty("emergencyNumber", settings.emergencyNumber());
        o.addProperty("introSeen", settings.introSeen());
        // absent keys, not nulls or empty strings, for what was never set
        ReportSettings report = settings.report();
        if (report.practice() != null) {
            o.addProperty("practiceName", report.practice());
        }
        if (report.therapist() != null) {
            o.addProperty("therapistName", report.therapist());
        }
        if (report.lastFolder() != null) {
            o.addProperty("reportFolder", report.lastFolder());
        }
        AtomicFile.write(file(), JsonFormat.pretty(o).getBytes(StandardCharsets.UTF_8));
    }

    /** What happened to a damaged settings file, if one was found. */
    public Optional<String> notice() {
        return Optional.ofNullable(notice);
    }

    private Settings fromJson(JsonObject o) {
        Settings d = Settings.defaults(systemLocale);
        return new Settings(
                text(o, "language", d.language()),
                enumOr(o, "weightUnit", Settings.WeightUnit.class, d.weightUnit()),
                enumOr(o, "heightUnit", Settings.HeightUnit.class, d.heightUnit()),
                enumOr(o, "theme", Settings.Theme.class, d.theme()),
                enumOr(o, "textSize", Settings.TextSize.class, d.textSize()),
                emergencyCountry(o, d.emergencyCountry()),
                flag(o, "introSeen"),
                new ReportSettings(
                        text(o, "practiceName", null), text(o, "therapistName", null), text(o, "reportFolder", null)));
    }

    /**
     * The country saved; in a file from before countries, the country of the number saved; in a
     * file from before either, or with a damaged one, the system's.
     */
    private String emergencyCountry(JsonObject o, String fallback) {
        String country = text(o, "emergencyCountry", null);
        if (EmergencyNumber.isCountry(country)) {
            return country;
        }
        String number = text(o, "emergencyNumber", null);
        return EmergencyNumber.isValid(number) ? EmergencyNumber.countryOf(number, systemLocale) : fallback;
    }

    private static String text(JsonObject o, String key, String fallback) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? e.getAsString() : fallback;
    }

    /** Absent in files written before the field existed: then false, as for a first run. */
    private static boolean flag(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean() && e.getAsBoolean();
    }

    private static <E extends Enum<E>> E enumOr(JsonObject o, String key, Class<E> type, E fallback) {
        String name = text(o, key, null);
        for (E c : type.getEnumConstants()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return fallback;
    }

    private void moveAside(Path file, String why) {
        try {
            Path aside = AtomicFile.moveAside(file);
            notice = "Your settings file could not be read (" + why + "); it was moved to " + aside
                    + " and the defaults are used.";
        } catch (IOException e) {
            notice = "Your settings file could not be read (" + why + "); the defaults are used.";
        }
    }
}
