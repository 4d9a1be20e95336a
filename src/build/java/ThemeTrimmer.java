import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.css.Stylesheet;

/**
 * Build step (run by Maven in process-classes): Restwise's light and dark themes, in binary form,
 * made from AtlantaFX's Primer Light and Primer Dark without the rules of controls the app never
 * shows (listed in {@code src/build/theme-left-out.txt}). A selector goes when its first part
 * names one of those style classes; a rule goes when none of its selectors is left. Every other rule stays as
 * AtlantaFX wrote it, in its order, so what the app shows looks the same: the whole theme cost the
 * first window about 25 ms, to load and to match against every node.
 */
public final class ThemeTrimmer {

    /** A rule of AtlantaFX's generated CSS: selectors, then one block of declarations (no nesting). */
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
    /** The part of a selector before its first combinator (a space or {@code >}). */
    private static final Pattern FIRST_PART = Pattern.compile("^[^\\s>]+");
    /** A style class in it. */
    private static final Pattern STYLE_CLASS = Pattern.compile("\\.([A-Za-z0-9_-]+)");

    private ThemeTrimmer() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ThemeTrimmer LEFT-OUT.txt TARGET-FOLDER");
            System.exit(2);
        }
        Set<String> leftOut = Files.readAllLines(Path.of(args[0])).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .collect(Collectors.toSet());
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        trim("primer-light", leftOut, target.resolve("theme-light.bss"));
        trim("primer-dark", leftOut, target.resolve("theme-dark.bss"));
    }

    /** Whether the selector's first part names a style class left out (".color-picker.button > ..."). */
    static boolean leftOut(String selector, Set<String> leftOut) {
        Matcher first = FIRST_PART.matcher(selector);
        if (!first.find()) {
            return false;
        }
        Matcher style = STYLE_CLASS.matcher(first.group());
        while (style.find()) {
            if (leftOut.contains(style.group(1))) {
                return true;
            }
        }
        return false;
    }

    private static void trim(String theme, Set<String> leftOut, Path bss) throws IOException {
        String css;
        try (InputStream in = ThemeTrimmer.class.getResourceAsStream("/atlantafx/base/theme/" + theme + ".css")) {
            if (in == null) {
                throw new IOException("AtlantaFX's " + theme + ".css is not on the class path");
            }
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        StringBuilder kept = new StringBuilder();
        int rules = 0;
        int end = 0;
        Matcher rule = RULE.matcher(css);
        while (rule.find()) {
            if (!css.substring(end, rule.start()).isBlank()) {
                throw new IOException(theme + ".css has what this step cannot read before: "
                        + rule.group(1).strip());
            }
            end = rule.end();
            rules++;
            List<String> selectors = new ArrayList<>();
            for (String selector : rule.group(1).split(",")) {
                if (!leftOut(selector.strip(), leftOut)) {
                    selectors.add(selector.strip());
                }
            }
            if (!selectors.isEmpty()) {
                kept.append(String.join(",\n", selectors))
                        .append(" {")
                        .append(rule.group(2))
                        .append("}\n");
            }
        }
        if (!css.substring(end).isBlank() || rules == 0) {
            throw new IOException(theme + ".css ends in what this step cannot read");
        }
        Path trimmed = Files.createTempFile(theme, ".css");
        try {
            Files.writeString(trimmed, kept, StandardCharsets.UTF_8);
            Stylesheet.convertToBinary(trimmed.toFile(), new File(bss.toString()));
        } finally {
            Files.deleteIfExists(trimmed);
        }
    }
}
