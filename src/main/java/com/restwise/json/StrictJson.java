package com.restwise.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads strict JSON (RFC 8259: no comments, single quotes, NaN or Infinity) into a Gson tree,
 * within the contract's limits: at most 1 MiB and 64 levels of nesting. Any number the grammar
 * allows is a number, however long (its field then says whether it is in range). Numbers keep the text
 * they were written as, so an error can quote exactly what was given. Duplicate names in an
 * object are refused rather than silently letting the last one win.
 */
public final class StrictJson {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_DEPTH = 64;
    private static final Pattern POSITION = Pattern.compile("line (\\d+) column (\\d+)");

    private StrictJson() {}

    /** Reads at most {@link #MAX_BYTES} of UTF-8 text; larger or undecodable input is refused. */
    public static String readText(InputStream in) throws InvalidInputException, IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException("the document is larger than 1 MiB");
        }
        return decode(bytes, 0, bytes.length);
    }

    static String decode(byte[] bytes, int from, int length) throws InvalidInputException {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, length))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("the document is not UTF-8 text");
        }
    }

    public static JsonElement parse(String text) throws InvalidInputException {
        if (text.length() > MAX_BYTES) {
            throw new InvalidInputException("the document is larger than 1 MiB");
        }
        if (text.isBlank()) {
            throw new InvalidInputException("the document is empty: expected a JSON object");
        }
        return JsonText.parse(text);
    }

    /**
     * The next value of a reader that is walking a larger document, with the same rules as
     * {@link #parse}: no duplicate names, at most {@link #MAX_DEPTH} levels below it.
     */
    public static JsonElement readValue(JsonReader reader) throws IOException, InvalidInputException {
        return read(reader, 0);
    }

    private static JsonElement read(JsonReader reader, int depth) throws IOException, InvalidInputException {
        JsonToken token = reader.peek();
        switch (token) {
            case BEGIN_OBJECT -> {
                checkDepth(reader, depth);
                JsonObject object = new JsonObject();
                reader.beginObject();
                while (reader.hasNext()) {
                    String name = reader.nextName();
                    if (object.has(name)) {
                        throw new InvalidInputException(
                                at(reader) + "the name " + Echo.quote(name) + " appears twice in one object");
                    }
                    object.add(name, read(reader, depth + 1));
                }
                reader.endObject();
                return object;
            }
            case BEGIN_ARRAY -> {
                checkDepth(reader, depth);
                JsonArray array = new JsonArray();
                reader.beginArray();
                while (reader.hasNext()) {
                    array.add(read(reader, depth + 1));
                }
                reader.endArray();
                return array;
            }
            case STRING -> {
                return new JsonPrimitive(reader.nextString());
            }
            case NUMBER -> {
                return new JsonPrimitive(new LexicalNumber(reader.nextString()));
            }
            case BOOLEAN -> {
                return new JsonPrimitive(reader.nextBoolean());
            }
            case NULL -> {
                reader.nextNull();
                return JsonNull.INSTANCE;
            }
            default -> throw new InvalidInputException(at(reader) + "expected a JSON value");
        }
    }

    private static void checkDepth(JsonReader reader, int depth) throws InvalidInputException {
        if (depth >= MAX_DEPTH) {
            throw new InvalidInputException(at(reader) + "nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private static String at(JsonReader reader) {
        return position(reader.toString());
    }

    /** "at line 3, column 7: " from a Gson message, or nothing if it names no position. */
    private static String position(String message) {
        Matcher m = POSITION.matcher(message == null ? "" : message);
        return m.find() ? "at line " + m.group(1) + ", column " + m.group(2) + ": " : "";
    }

    /** A JSON number as written: its text is kept for error messages; its value is parsed on use. */
    static final class LexicalNumber extends Number {
        private final String text;

        LexicalNumber(String text) {
            this.text = text;
        }

        @Override
        public double doubleValue() {
            return Double.parseDouble(text);
        }

        @Override
        public float floatValue() {
            return (float) doubleValue();
        }

        @Override
        public long longValue() {
            return (long) doubleValue();
        }

        @Override
        public int intValue() {
            return (int) doubleValue();
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
