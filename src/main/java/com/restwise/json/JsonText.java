package com.restwise.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * A strict RFC 8259 parser for one document held as text. Gson's own reader takes a number of
 * more than 1024 characters for an unquoted word ("not strict JSON"); here any number the
 * grammar allows is a number, and the field that receives it says whether it is in range.
 */
final class JsonText {

    private static final String NOT_STRICT =
            "not strict JSON (comments, single quotes, unquoted names or words, NaN and Infinity are not allowed)";
    private final String text;
    private int pos;

    private JsonText(String text) {
        this.text = text;
    }

    static JsonElement parse(String text) throws InvalidInputException {
        JsonText p = new JsonText(text);
        p.skipSpace();
        JsonElement root = p.value(0);
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("unexpected text after the end of the JSON document");
        }
        return root;
    }

    private JsonElement value(int depth) throws InvalidInputException {
        if (pos >= text.length()) {
            throw endsEarly();
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{' -> {
                checkDepth(depth);
                return object(depth);
            }
            case '[' -> {
                checkDepth(depth);
                return array(depth);
            }
            case '"' -> {
                return new JsonPrimitive(string());
            }
            case 't' -> {
                literal("true");
                return new JsonPrimitive(true);
            }
            case 'f' -> {
                literal("false");
                return new JsonPrimitive(false);
            }
            case 'n' -> {
                literal("null");
                return JsonNull.INSTANCE;
            }
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return new JsonPrimitive(new StrictJson.LexicalNumber(number()));
                }
                throw error(NOT_STRICT);
            }
        }
    }

    private JsonObject object(int depth) throws InvalidInputException {
        JsonObject object = new JsonObject();
        pos++;
        skipSpace();
        if (peek() == '}') {
            pos++;
            return object;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw pos >= text.length() ? endsEarly() : error(NOT_STRICT);
            }
            int at = pos;
            String name = string();
            skipSpace();
            expect(':');
            skipSpace();
            if (object.has(name)) {
                int keep = pos;
                pos = at;
                InvalidInputException e = error("the name " + Echo.quote(name) + " appears twice in one object");
                pos = keep;
                throw e;
            }
            object.add(name, value(depth + 1));
            skipSpace();
            char c = peek();
            pos++;
            if (c == '}') {
                return object;
            }
            if (c != ',') {
                pos--;
                throw pos >= text.length() ? endsEarly() : error("not valid JSON: expected ',' or '}'");
            }
        }
    }

    private JsonArray array(int depth) throws InvalidInputException {
        JsonArray array = new JsonArray();
        pos++;
        skipSpace();
        if (peek() == ']') {
            pos++;
            return array;
        }
        while (true) {
            skipSpace();
            array.add(value(depth + 1));
            skipSpace();
            char c = peek();
            pos++;
            if (c == ']') {
                return array;
            }
            if (c != ',') {
                pos--;
                throw pos >= text.length() ? endsEarly() : error("not valid JSON: expected ',' or ']'");
            }
        }
    }

    private String string() throws InvalidInputException {
        pos++;
        StringBuilder b = null;
        int start = pos;
        while (true) {
            if (pos >= text.length()) {
                throw endsEarly();
            }
            char c = text.charAt(pos);
            if (c == '"') {
                String s = b == null
                        ? text.substring(start, pos)
                        : b.append(text, start, pos).toString();
                pos++;
                return s;
            }
            if (c < 0x20) {
                throw error("not valid JSON: a control character inside a string must be escaped");
            }
            if (c == '\\') {
                if (b == null) {
                    b = new StringBuilder();
                }
                b.append(text, start, pos);
                pos++;
                if (pos >= text.length()) {
                    throw endsEarly();
                }
                char e = text.charAt(pos++);
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        if (pos + 4 > text.length()) {
                            throw endsEarly();
                        }
                        int v = 0;
                        for (int i = 0; i < 4; i++) {
                            int d = Character.digit(text.charAt(pos + i), 16);
                            if (d < 0) {
                                throw error("not valid JSON: \\u must be followed by four hex digits");
                            }
                            v = v * 16 + d;
                        }
                        pos += 4;
                        b.append((char) v);
                    }
                    default -> {
                        pos--;
                        throw error("not valid JSON: unknown escape \\" + Echo.escape(String.valueOf(e), 1));
                    }
                }
                start = pos;
            } else {
                pos++;
            }
        }
    }

    /** -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? of any length. */
    private String number() throws InvalidInputException {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            digits();
        } else {
            throw error(NOT_STRICT);
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw error("not valid JSON: a digit must follow the decimal point");
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error("not valid JSON: a digit must follow the exponent");
            }
            digits();
        }
        char next = peek();
        if (Character.isLetterOrDigit(next) || next == '.') {
            throw error(NOT_STRICT);
        }
        return text.substring(start, pos);
    }

    private void digits() {
        while (isDigit(peek())) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void literal(String word) throws InvalidInputException {
        if (!text.startsWith(word, pos)) {
            throw error(NOT_STRICT);
        }
        pos += word.length();
        if (Character.isLetterOrDigit(peek())) {
            throw error(NOT_STRICT);
        }
    }

    private void expect(char c) throws InvalidInputException {
        if (peek() != c) {
            throw pos >= text.length() ? endsEarly() : error("not valid JSON: expected '" + c + "'");
        }
        pos++;
    }

    /** The next character, or 0 at the end. */
    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private void checkDepth(int depth) throws InvalidInputException {
        if (depth >= StrictJson.MAX_DEPTH) {
            throw error("nested deeper than " + StrictJson.MAX_DEPTH + " levels");
        }
    }

    private InvalidInputException endsEarly() {
        return error("the JSON text ends too early (is the file cut off?)");
    }

    private InvalidInputException error(String what) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < pos && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new InvalidInputException("at line " + line + ", column " + (pos - lineStart + 1) + ": " + what);
    }
}
