package com.restwise.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.restwise.json.InvalidInputException;
import com.restwise.json.JsonFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * JSON Lines read by bytes. A line ends at LF only (a CR is JSON whitespace and stays in the
 * line); each line is decoded on its own, so bad UTF-8 answers that line with a problem and
 * the next line is read as usual; a line longer than {@link #MAX_LINE} bytes is skipped to its
 * end without being kept. Memory stays bounded whatever the input.
 */
final class BatchLines {

    static final int MAX_LINE = 1024 * 1024;

    /** One line: its text, or the problem that stops it being read. */
    record Line(int number, String text, String problem) {
        boolean blank() {
            return problem == null && text.isBlank();
        }
    }

    /** Answers one line's text with one line of JSON (without the line break). */
    interface Answer<E extends Exception> {
        String answer(int number, String text) throws InvalidInputException, E;
    }

    /**
     * Answers every non-blank line in order, a line that cannot be used with
     * {@code {"line": N, "errors": [...]}}; returns whether every line could be used.
     */
    static <E extends Exception> boolean answerEach(InputStream in, Writer out, Answer<E> answer)
            throws IOException, E {
        boolean allValid = true;
        BatchLines lines = new BatchLines(in);
        for (Line line = lines.next(); line != null; line = lines.next()) {
            if (line.blank()) {
                continue;
            }
            try {
                if (line.problem() != null) {
                    throw new InvalidInputException(line.problem());
                }
                out.write(answer.answer(line.number(), line.text()));
            } catch (InvalidInputException e) {
                allValid = false;
                out.write(JsonFormat.compact(errorLine(line.number(), e.problems())));
            }
            out.write('\n');
        }
        out.flush();
        return allValid;
    }

    static JsonObject errorLine(int line, List<String> problems) {
        JsonObject o = new JsonObject();
        o.addProperty("line", line);
        JsonArray errors = new JsonArray();
        problems.forEach(errors::add);
        o.add("errors", errors);
        return o;
    }

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int filled;
    private int pos;
    private int number;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    BatchLines(InputStream in) {
        this.in = in;
    }

    /** The next line, or null after the last one (a last line without LF counts). */
    Line next() throws IOException {
        line.reset();
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos == filled) {
                filled = in.read(buffer);
                pos = 0;
                if (filled <= 0) {
                    filled = 0;
                    if (!any) {
                        return null;
                    }
                    return finish(length);
                }
            }
            any = true;
            int end = pos;
            while (end < filled && buffer[end] != '\n') {
                end++;
            }
            int n = end - pos;
            if (length + n <= MAX_LINE) {
                line.write(buffer, pos, n);
            }
            length += n;
            pos = end;
            if (end < filled) {
                pos++;
                return finish(length);
            }
        }
    }

    private Line finish(long length) {
        number++;
        if (length > MAX_LINE) {
            return new Line(number, null, "the line is longer than 1 MiB (" + length + " bytes); it was skipped");
        }
        byte[] bytes = line.toByteArray();
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new Line(number, text.startsWith("\uFEFF") && number == 1 ? text.substring(1) : text, null);
        } catch (CharacterCodingException e) {
            return new Line(number, null, "the line is not UTF-8 text");
        }
    }
}
