package com.restwise.cli;

import com.restwise.engine.Advisor;
import com.restwise.engine.EngineTexts;
import com.restwise.records.ClientTransfer.OnConflict;
import com.restwise.report.Paper;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The option values the command line checks as it reads them. Each converter's message is the
 * rule alone ("must be ..."): {@link UsageErrors} puts the option's name before it and the value,
 * escaped, after it, so every such line reads "--top must be ... (got 0)".
 */
final class OptionValues {

    private OptionValues() {}

    static final class Top implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int n = Integer.parseInt(value.trim());
                if (n >= 1 && n <= Advisor.MAX_TOP) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // the same rule as an out-of-range number
            }
            throw new TypeConversionException("must be a whole number from 1 to " + Advisor.MAX_TOP);
        }
    }

    static final class Lang implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!EngineTexts.LANGUAGES.contains(value)) {
                throw new TypeConversionException("must be one of " + String.join(", ", EngineTexts.LANGUAGES));
            }
            return value;
        }
    }

    /** A {@link Paper}'s name. */
    static final class PaperSize implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            for (Paper p : Paper.values()) {
                if (p.name().equalsIgnoreCase(value)) {
                    return p.name();
                }
            }
            throw new TypeConversionException("must be A4 or LETTER");
        }
    }

    static final class Day implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            LocalDate d;
            try {
                d = LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("must be a real date as YYYY-MM-DD");
            }
            if (d.isAfter(LocalDate.now()) || d.getYear() < 1900) {
                throw new TypeConversionException("must not lie in the future or before 1900");
            }
            return d;
        }
    }

    static final class Conflicts implements ITypeConverter<OnConflict> {
        @Override
        public OnConflict convert(String value) {
            return switch (value) {
                case "skip" -> OnConflict.SKIP;
                case "replace" -> OnConflict.REPLACE;
                case "keep-both" -> OnConflict.KEEP_BOTH;
                default -> throw new TypeConversionException("must be skip, replace or keep-both");
            };
        }
    }

    /** A practice member's role. */
    static final class Role implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!com.restwise.records.practice.PracticeSchema.ROLES.contains(value)) {
                throw new TypeConversionException("must be therapist, reception or admin");
            }
            return value;
        }
    }

    static final class OnOff implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!value.equals("on") && !value.equals("off")) {
                throw new TypeConversionException("must be on or off");
            }
            return value;
        }
    }

    /** A day (from midnight in this computer's time zone) or a moment with its zone. */
    static final class Since implements ITypeConverter<java.time.Instant> {
        @Override
        public java.time.Instant convert(String value) {
            try {
                return LocalDate.parse(value)
                        .atStartOfDay(java.time.ZoneId.systemDefault())
                        .toInstant();
            } catch (DateTimeParseException e) {
                try {
                    return java.time.OffsetDateTime.parse(value).toInstant();
                } catch (DateTimeParseException e2) {
                    throw new TypeConversionException(
                            "must be a day as YYYY-MM-DD or a moment such as " + "2026-12-07T10:00:00Z");
                }
            }
        }
    }

    static final class Text implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (value.isBlank()) {
                throw new TypeConversionException(NEEDS_A_VALUE);
            }
            return value;
        }
    }

    /** The rule of a blank value, which is shown without its (blank) value. */
    static final String NEEDS_A_VALUE = "needs a value";

    /**
     * A file or folder name. Java decodes the command line in the locale's character set and
     * puts U+FFFD where it cannot: under the C locale for every non-ASCII letter, under UTF-8 for
     * bytes that are not UTF-8. Either way the name in hand is not the one typed, and a file
     * written under it would land elsewhere, so it is refused here, saying which it was.
     */
    static final class FileName implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (value.isBlank()) {
                throw new TypeConversionException(NEEDS_A_VALUE);
            }
            if (value.indexOf('\uFFFD') >= 0) {
                throw new TypeConversionException(unreadableName());
            }
            try {
                Path.of(value);
            } catch (InvalidPathException e) {
                throw new TypeConversionException(unreadableName());
            }
            return value;
        }
    }

    /** {@code --batch} alone says the input is JSON Lines; {@code --batch FILE} names it too. */
    static final class FileNameOrNone implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return value.isEmpty() ? value : new FileName().convert(value);
        }
    }

    /** Why a name given on the command line or by the environment cannot be used as it was typed. */
    static String unreadableName() {
        String charset = System.getProperty("sun.jnu.encoding", "");
        if (!charset.equalsIgnoreCase(StandardCharsets.UTF_8.name())) {
            return "holds letters the locale's character set (" + charset + ", as under LC_ALL=C) cannot "
                    + "name; run Restwise with a UTF-8 locale, such as LC_ALL=C.UTF-8";
        }
        return "is not valid UTF-8, so Restwise would use another name than the one given; rename it";
    }
}
