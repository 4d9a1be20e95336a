package com.restwise.cli;

import com.restwise.json.Echo;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard error as the commands write it: every text passes {@link Echo#lines}, so a value that
 * reached a message unescaped (from a library, or a message written later by someone who forgot)
 * still cannot ring the bell, move the cursor or turn the text around. The values themselves are
 * escaped where the message is made, which also keeps a line break in them from forging a line.
 */
final class ErrorStream extends PrintStream {

    ErrorStream(PrintStream err) {
        super(err, true, StandardCharsets.UTF_8);
    }

    @Override
    public void print(String text) {
        super.print(Echo.lines(String.valueOf(text)));
    }

    @Override
    public void print(Object value) {
        print(String.valueOf(value));
    }

    @Override
    public PrintStream format(String format, Object... args) {
        print(String.format(format, args));
        return this;
    }
}
