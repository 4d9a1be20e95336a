package com.restwise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.restwise.json.StrictJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The project's example pairs ({@code src/test/resources/examples}, described in its README):
 * each profile and what its advice must show, checked against an advice document.
 */
public final class ContractExamples {

    /** Inside the repository, so a fresh clone has them (Maven runs tests from the project folder). */
    public static final Path DIR = Path.of("src", "test", "resources", "examples");

    private ContractExamples() {}

    public static List<String> names() throws IOException {
        assertTrue(Files.isDirectory(DIR), "the example profiles are missing at " + DIR.toAbsolutePath());
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".profile.json"))
                    .sorted()
                    .forEach(n -> names.add(n.substring(0, n.length() - ".profile.json".length())));
        }
        assertTrue(names.size() >= 11, "expected the example pairs, found " + names);
        return names;
    }

    public static Path profile(String name) {
        return DIR.resolve(name + ".profile.json");
    }

    /** Asserts every expectation of {@code NAME.expect.json} (see the examples' README) on the advice. */
    public static void check(String name, JsonObject advice) throws Exception {
        JsonObject expect = StrictJson.parse(Files.readString(DIR.resolve(name + ".expect.json")))
                .getAsJsonObject();
        for (String key : expect.keySet()) {
            JsonElement e = expect.get(key);
            switch (key) {
                case "firmness", "partnerFirmness" -> checkFirmness(
                        name + " " + key, e.getAsJsonObject(), advice.getAsJsonObject(key));
                case "postureIncludes" -> {
                    Set<String> codes = postureCodes(advice);
                    strings(e)
                            .forEach(
                                    c -> assertTrue(codes.contains(c), name + ": posture lacks " + c + " in " + codes));
                }
                case "postureExcludes" -> {
                    Set<String> codes = postureCodes(advice);
                    strings(e).forEach(c -> assertTrue(!codes.contains(c), name + ": posture has " + c));
                }
                case "medical" -> checkMedical(name, e.getAsJsonObject(), advice.getAsJsonObject("medical"));
                case "options" -> checkOptions(name, e.getAsJsonObject(), advice.getAsJsonArray("options"));
                case "mattressVerdict" -> {
                    JsonElement verdict = advice.get("mattressVerdict");
                    assertTrue(verdict != null && verdict.isJsonObject(), name + ": no mattressVerdict");
                    String v = verdict.getAsJsonObject().get("verdict").getAsString();
                    assertTrue(strings(e).contains(v), name + ": mattressVerdict " + v + ", expected one of " + e);
                }
                default -> throw new AssertionError(name + ": unknown expectation " + key);
            }
        }
    }

    private static void checkFirmness(String what, JsonObject expect, JsonObject actual) {
        assertTrue(actual != null, what + " is missing");
        double target = actual.get("target").getAsDouble();
        if (expect.has("targetBetween")) {
            JsonArray between = expect.getAsJsonArray("targetBetween");
            assertTrue(
                    target >= between.get(0).getAsDouble()
                            && target <= between.get(1).getAsDouble(),
                    what + ": target " + target + " outside " + between);
        }
        if (expect.has("label")) {
            assertEquals(expect.get("label").getAsString(), actual.get("label").getAsString(), what);
        }
    }

    private static void checkMedical(String name, JsonObject expect, JsonObject actual) {
        String level = actual.get("level").getAsString();
        if (expect.has("levelAnyOf")) {
            assertTrue(strings(expect.get("levelAnyOf")).contains(level), name + ": medical level " + level);
        }
        if (expect.has("flagsInclude")) {
            Set<String> codes = new HashSet<>();
            actual.getAsJsonArray("flags")
                    .forEach(f -> codes.add(f.getAsJsonObject().get("code").getAsString()));
            strings(expect.get("flagsInclude")).forEach(c -> assertTrue(codes.contains(c), name + ": no flag " + c));
        }
        if (expect.has("mattressCanWait")) {
            assertEquals(
                    expect.get("mattressCanWait").getAsBoolean(),
                    actual.get("mattressCanWait").getAsBoolean(),
                    name + ": medical.mattressCanWait");
        }
    }

    private static void checkOptions(String name, JsonObject expect, JsonArray options) {
        if (expect.has("minCount")) {
            assertTrue(
                    options.size() >= expect.get("minCount").getAsInt(),
                    name + ": only " + options.size() + " options");
        }
        for (JsonElement o : options) {
            JsonObject option = o.getAsJsonObject();
            if (expect.has("size")) {
                assertEquals(
                        expect.get("size").getAsString(), option.get("size").getAsString(), name);
            }
            if (expect.has("maxPrice")) {
                assertTrue(
                        option.get("price").getAsDouble()
                                <= expect.get("maxPrice").getAsDouble(),
                        name + ": " + option.get("id") + " costs " + option.get("price"));
            }
        }
    }

    private static Set<String> postureCodes(JsonObject advice) {
        Set<String> codes = new HashSet<>();
        advice.getAsJsonArray("posture")
                .forEach(p -> codes.add(p.getAsJsonObject().get("code").getAsString()));
        return codes;
    }

    private static List<String> strings(JsonElement array) {
        List<String> list = new ArrayList<>();
        array.getAsJsonArray().forEach(s -> list.add(s.getAsString()));
        return list;
    }
}
