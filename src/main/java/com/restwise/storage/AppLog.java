package com.restwise.storage;

import com.restwise.AppVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The app's log: {@link System.Logger} (what the code writes to) backed by java.util.logging,
 * which the JDK has anyway, into {@code logs/restwise-0.log} in the data directory, rotating
 * over five files of at most 1 MB.
 *
 * <p>The log never holds what the user entered: call sites log what happened, not the answers,
 * and an exception is written as its type and where it was thrown, without its message, which
 * may quote a value, a client's name or a file name from the user.
 */
public final class AppLog {

    public static final String FOLDER = "logs";
    static final int LIMIT_BYTES = 1 << 20;
    static final int FILES = 5;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());
    private static Handler handler;
    private static Path writingTo;

    private AppLog() {}

    /**
     * Starts writing the log of this run into the data directory's {@code logs/} (moving there
     * from another data directory's, when one process opens two, as the tests do). A data
     * directory that cannot hold it only loses the log.
     */
    public static synchronized void start(Path dataDir) {
        Path wanted = folder(dataDir).toAbsolutePath();
        if (handler != null && wanted.equals(writingTo)) {
            return;
        }
        try {
            DataDirectory.prepare(wanted);
            FileHandler file = new FileHandler(wanted.resolve("restwise-%g.log").toString(), LIMIT_BYTES, FILES, true);
            file.setFormatter(new Plain());
            file.setEncoding("UTF-8");
            Logger root = Logger.getLogger("");
            for (Handler h : root.getHandlers()) {
                root.removeHandler(h); // the console belongs to the command line, not to the log
                h.close();
            }
            root.addHandler(file);
            root.setLevel(Level.INFO);
            handler = file;
            writingTo = wanted;
            System.getLogger("com.restwise")
                    .log(
                            System.Logger.Level.INFO,
                            "Restwise {0} started (Java {1}, {2} {3})",
                            AppVersion.app(),
                            System.getProperty("java.version"),
                            System.getProperty("os.name"),
                            System.getProperty("os.arch"));
        } catch (IOException | RuntimeException e) {
            // no log this time; the app works the same
        }
    }

    public static Path folder(Path dataDir) {
        return dataDir.resolve(FOLDER);
    }

    /** One line per record; a throwable as its types and stack frames only. */
    static final class Plain extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder line = new StringBuilder(TIME.format(Instant.ofEpochMilli(r.getMillis())))
                    .append(' ')
                    .append(r.getLevel().getName())
                    .append(' ')
                    .append(r.getLoggerName())
                    .append(": ")
                    .append(formatMessage(r))
                    .append(System.lineSeparator());
            for (Throwable t = r.getThrown(); t != null; t = t.getCause()) {
                line.append(t == r.getThrown() ? "  " : "  caused by ")
                        .append(t.getClass().getName())
                        .append(System.lineSeparator());
                for (StackTraceElement frame : t.getStackTrace()) {
                    line.append("    at ").append(frame).append(System.lineSeparator());
                }
            }
            return line.toString();
        }
    }
}
