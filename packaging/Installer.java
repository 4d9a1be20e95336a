import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Builds Restwise's native package for the system it runs on: a .deb on Linux, an .msi on
 * Windows, a .dmg on macOS, with the app image beside it. Run by {@code mvn -Pinstaller package}
 * as a single-file Java program (the same on all three systems, no shell needed):
 *
 * <pre>java packaging/Installer.java --version V --main-jar JAR --classpath CP --icons DIR --license FILE --packaging DIR --out DIR [--completion FILE]</pre>
 *
 * Steps: the app's jars with only this platform's native libraries; a Java runtime with only
 * the modules the jars use (jdeps, jlink); the app image (jpackage); the installer (jpackage).
 * Start-up: on Linux a training run opens the first window and lists the classes it loaded; the
 * .deb's postinst archives them (AppCDS) for the installed paths, and the launcher maps that
 * archive. Windows and macOS get the runtime's base archive of the JDK's classes only, as there
 * the user picks where the app goes and Java 17's AppCDS needs the exact class path.
 */
public final class Installer {

    private static final String NAME = "Restwise";
    private static final String MAIN_CLASS = "com.restwise.Main";
    /** The classes the first window loads, recorded by the training run; the launcher maps them. */
    private static final String ARCHIVE = "restwise.jsa";
    /** The classes a training run loaded, from which the archive is made. */
    private static final String CLASS_LIST = "restwise.classlist";

    private static final String OS = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    private static final boolean WINDOWS = OS.startsWith("windows");
    private static final boolean MAC = OS.startsWith("mac");
    private static final boolean LINUX = !WINDOWS && !MAC;
    /** The bash completion of the commands, beside the jars; postinst links it where bash looks. */
    private static final String COMPLETION = "restwise-completion.bash";
    /** Where the .deb installs: /opt/ and the package name. */
    private static final String INSTALLED = "/opt/restwise";

    private Installer() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        String version = numeric(opt.get("--version"));
        Path out = Path.of(opt.get("--out")).toAbsolutePath();
        Path icons = Path.of(opt.get("--icons")).toAbsolutePath();
        deleteTree(out);
        Path input = Files.createDirectories(out.resolve("input"));

        Files.copy(Path.of(opt.get("--main-jar")), input.resolve("restwise.jar"));
        for (String entry : opt.get("--classpath").split(java.io.File.pathSeparator)) {
            collect(Path.of(entry), input);
        }
        if (LINUX && opt.containsKey("--completion")) {
            // picocli's script completes "restwise"; the launcher's own name and path too
            Files.writeString(
                    input.resolve(COMPLETION),
                    Files.readString(Path.of(opt.get("--completion"))) + "complete -F _complete_restwise -o default "
                            + NAME + " " + INSTALLED + "/bin/" + NAME + "\n");
        }

        Path runtime = out.resolve("runtime");
        List<String> modules = modules(input);
        log("runtime modules: " + String.join(",", modules));
        List<String> jlink = new ArrayList<>(List.of(
                "--add-modules",
                String.join(",", modules),
                "--include-locales=en,de",
                "--no-header-files",
                "--no-man-pages",
                // zipped: 46 MB to 30 MB; the classes the first window needs come from the CDS archive anyway
                "--compress=2",
                "--output",
                runtime.toString()));
        if (LINUX && Files.isExecutable(Path.of("/usr/bin/objcopy"))) {
            // libjvm.so: 24 MB to 18 MB. Not with --strip-debug, which jlink then says conflicts
            // or not, depending on the order it happens to hold its plugins in.
            jlink.addAll(
                    List.of("--strip-java-debug-attributes", "--strip-native-debug-symbols=exclude-debuginfo-files"));
        } else {
            jlink.add("--strip-debug");
        }
        run("jlink", jlink.toArray(String[]::new));
        if (!LINUX) {
            // The runtime's own (base) CDS archive of the JDK classes; jlink does not make one.
            // On Linux the installation makes one archive of the JDK's and the app's classes.
            exec(List.of(javaIn(runtime).toString(), "-Xshare:dump"), Map.of(), 300);
        }

        Path images = out.resolve("image");
        // What the app image and the package both say of the app
        List<String> identity = List.of(
                "--name",
                NAME,
                "--app-version",
                version,
                "--vendor",
                "The Restwise authors",
                "--description",
                "Mattress and sleep-posture advisor");
        List<String> image = new ArrayList<>(identity);
        image.addAll(List.of(
                "--type",
                "app-image",
                "--copyright",
                "Copyright (c) 2026 The Restwise authors, MIT licence",
                "--input",
                input.toString(),
                "--main-jar",
                "restwise.jar",
                "--main-class",
                MAIN_CLASS,
                "--runtime-image",
                runtime.toString(),
                "--dest",
                images.toString(),
                "--icon",
                icons.resolve(WINDOWS ? "restwise.ico" : MAC ? "restwise.icns" : "restwise.png")
                        .toString(),
                // the SQLite library lies beside the jars: nothing is unpacked at start
                "--java-options",
                "-Dorg.sqlite.lib.path=$APPDIR",
                // a desktop app's heap is small: the serial collector starts faster and holds less
                "--java-options",
                "-XX:+UseSerialGC",
                // Only the quick compiler: on two busy cores the optimising one took CPU from the
                // first window (about 20 % of its start here); the advice and pictures are small
                // enough not to need it. No perf-data file in /tmp on every start either.
                "--java-options",
                "-XX:TieredStopAtLevel=1",
                // and one compiler thread rather than two: 25 ms less CPU by the first window,
                // which a busy machine does not have to spare (paired runs 437 vs 447 ms quiet)
                "--java-options",
                "-XX:CICompilerCount=1",
                "--java-options",
                "-XX:-UsePerfData"));
        if (LINUX) {
            // $APPDIR is the launcher's folder of jars, expanded by the launcher at start. The
            // archive is made by the package's postinst; while it is missing the JVM goes without.
            image.addAll(List.of(
                    "--java-options", "-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE, "--java-options", "-Xshare:auto"));
        }
        if (WINDOWS) {
            // A second launcher with a console, for assess/report/records in cmd.exe or PowerShell.
            Path console = out.resolve("restwise-cli.properties");
            Files.writeString(console, "win-console=true\n");
            image.addAll(List.of("--add-launcher", "restwise-cli=" + console));
        }
        run("jpackage", image.toArray(String[]::new));
        Path appImage = images.resolve(MAC ? NAME + ".app" : NAME);
        if (LINUX) {
            scriptLauncher(appImage, Path.of(opt.get("--packaging")));
            train(appImage);
        }

        List<String> installer = new ArrayList<>(identity);
        installer.addAll(List.of(
                "--app-image",
                appImage.toString(),
                "--dest",
                out.toString(),
                "--license-file",
                Path.of(opt.get("--license")).toAbsolutePath().toString()));
        if (WINDOWS) {
            installer.addAll(List.of(
                    "--type",
                    "msi",
                    "--win-menu",
                    "--win-shortcut",
                    "--win-dir-chooser",
                    "--win-menu-group",
                    NAME,
                    "--win-upgrade-uuid",
                    "5b0f3a52-54c1-4c1b-9d3e-7f1f2f6f0a11"));
        } else if (MAC) {
            installer.addAll(List.of("--type", "dmg"));
        } else {
            installer.addAll(List.of(
                    "--type",
                    "deb",
                    "--linux-package-name",
                    "restwise",
                    "--linux-shortcut",
                    "--linux-menu-group",
                    "Utility",
                    "--linux-app-category",
                    "utils",
                    "--icon",
                    icons.resolve("restwise.png").toString(),
                    "--resource-dir",
                    debianScripts(Path.of(opt.get("--packaging")), appImage, out)
                            .toString()));
        }
        run("jpackage", installer.toArray(String[]::new));
        log("built "
                + Files.list(out)
                        .filter(Files::isRegularFile)
                        .map(Path::getFileName)
                        .map(Path::toString)
                        .filter(n -> n.matches(".*\\.(deb|msi|dmg)"))
                        .collect(Collectors.joining(", "))
                + " in " + out);
    }

    /**
     * One classpath entry into the input folder: our classes are already in the main jar; the
     * JavaFX jars without a platform suffix are empty (their classes are in the platform jar);
     * sqlite-jdbc keeps only this platform's library, which is also put beside the jars.
     */
    private static void collect(Path entry, Path input) throws IOException {
        String name = entry.getFileName().toString();
        // error_prone_annotations: annotations Gson is compiled with, never loaded at run time
        if (!Files.isRegularFile(entry)
                || !name.endsWith(".jar")
                || name.matches("javafx-[a-z]+-[0-9.]+\\.jar")
                || name.startsWith("error_prone_annotations")) {
            return;
        }
        if (name.startsWith("sqlite-jdbc")) {
            String platform = "org/sqlite/native/" + sqlitePlatform() + "/";
            copyJar(
                    entry,
                    input.resolve(name),
                    e -> !e.startsWith("org/sqlite/native/")
                            || e.startsWith(platform)
                            || e.equals("org/sqlite/native/"));
            extract(entry, e -> e.startsWith(platform) && !e.endsWith("/"), input);
            return;
        }
        Files.copy(entry, input.resolve(name));
        if (name.startsWith("javafx-") && !WINDOWS) {
            // JavaFX loads its libraries from beside its jar before unpacking them into a cache
            // (on Windows it looks in ../bin, so there it unpacks them once into ~/.openjfx).
            extract(entry, e -> !e.contains("/") && e.matches(".*\\.(so|dylib)"), input);
        }
    }

    /** The JDK modules our jars and their libraries need, as jdeps finds them, and what it cannot see. */
    private static List<String> modules(Path input) throws Exception {
        List<String> jars;
        try (Stream<Path> files = Files.list(input)) {
            jars = files.map(Path::toString)
                    .filter(n -> n.endsWith(".jar"))
                    .sorted()
                    .collect(Collectors.toList());
        }
        List<String> args =
                new ArrayList<>(List.of("--ignore-missing-deps", "--print-module-deps", "--multi-release", "17"));
        args.addAll(jars);
        String[] lines = run("jdeps", args.toArray(String[]::new)).trim().split("\\R");
        TreeSet<String> modules = new TreeSet<>(Arrays.asList(lines[lines.length - 1].split(",")));
        // Loaded by name, so jdeps cannot see them: the log's backend (System.Logger over
        // java.util.logging) and German number and date formats.
        modules.addAll(List.of("java.logging", "jdk.localedata"));
        // Named only by annotations (java.compiler) and by JavaFX's optional flight-recorder
        // events (jdk.jfr, a "requires static"): never loaded by Restwise.
        modules.removeAll(List.of("java.compiler", "jdk.jfr"));
        return new ArrayList<>(modules);
    }

    /**
     * The .deb's postinst and prerm: jpackage's own with the start-up archive added, filled in
     * with the installed paths (the class path in the launcher's order, from its .cfg).
     */
    private static Path debianScripts(Path templates, Path appImage, Path out) throws IOException {
        Path dir = Files.createDirectories(out.resolve("debian"));
        String appDir = INSTALLED + "/lib/app";
        String classpath = Files.readAllLines(appImage.resolve("lib/app/" + NAME + ".cfg")).stream()
                .filter(l -> l.startsWith("app.classpath="))
                .map(l -> l.substring("app.classpath=".length()).replace("$APPDIR", appDir))
                .collect(Collectors.joining(":"));
        for (String script : List.of("postinst", "prerm")) {
            String text = Files.readString(templates.resolve("linux").resolve(script))
                    .replace("@APP_DIR@", appDir)
                    .replace("@CLASSPATH@", classpath)
                    .replace("@DESKTOP_FILE@", INSTALLED + "/lib/restwise-" + NAME + ".desktop")
                    .replace("@LAUNCHER@", INSTALLED + "/bin/" + NAME)
                    .replace("@COMPLETION@", appDir + "/" + COMPLETION);
            Files.writeString(dir.resolve(script), text);
        }
        return dir;
    }

    /**
     * Replaces jpackage's Linux launcher with a shell script (packaging/linux/launcher) that starts
     * the same Java with the same options (from the launcher's .cfg), in a UTF-8 locale when the
     * system gives none, so that file names with any letter reach Java whole. jpackage's launcher asks rpm and dpkg which package
     * it belongs to on every start ({@code dpkg -S}, twice, then {@code dpkg -L}): 0.2-0.3 s here
     * before Java even starts, longer than the rest of the way to the first window, and the same
     * for every command. {@code exec -a} keeps the name the launcher gave the process, from which
     * the window's WM_CLASS ("Restwise") comes, so the desktop still matches it to the menu entry.
     */
    private static void scriptLauncher(Path appImage, Path templates) throws IOException {
        Path cfg = appImage.resolve("lib/app/" + NAME + ".cfg");
        List<String> options = new ArrayList<>();
        List<String> classpath = new ArrayList<>();
        String mainClass = MAIN_CLASS;
        for (String line : Files.readAllLines(cfg)) {
            String value = line.substring(line.indexOf('=') + 1);
            if (line.startsWith("app.classpath=")) {
                classpath.add(value);
            } else if (line.startsWith("app.mainclass=")) {
                mainClass = value;
            } else if (line.startsWith("java-options=")) {
                options.add(value);
            }
        }
        String script = Files.readString(templates.resolve("linux").resolve("launcher"))
                .replace("@NAME@", NAME)
                .replace(
                        "@JAVA_OPTIONS@",
                        options.stream().map(Installer::shellWord).collect(Collectors.joining(" \\\n    ")))
                .replace("@CLASSPATH@", shellWord(String.join(":", classpath)))
                .replace("@MAIN_CLASS@", mainClass);
        Path launcher = appImage.resolve("bin").resolve(NAME);
        Files.writeString(launcher, script);
        Files.setPosixFilePermissions(launcher, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.deleteIfExists(appImage.resolve("lib/libapplauncher.so")); // jpackage's launcher's library
    }

    /** A double-quoted shell word in which {@code $APPDIR} stays the script's variable. */
    private static String shellWord(String value) {
        String quoted = value.replace("\\", "\\\\")
                .replace("\"", "\\\"")
                .replace("`", "\\`")
                .replace("$", "\\$")
                .replace("\\$APPDIR", "$APPDIR");
        return "\"" + quoted + "\"";
    }

    /**
     * Opens the app image's first window once, with the launcher's own class path and options,
     * and lists the classes it loaded in {@value CLASS_LIST}. Needs a display: without one it
     * starts Xvfb if there is one; failing that the package ships without the list and the app
     * starts a little slower.
     */
    private static void train(Path appImage) throws Exception {
        Path appDir = appImage.resolve(MAC ? "Contents/app" : WINDOWS ? "app" : "lib/app");
        Path runtime = appImage.resolve(MAC ? "Contents/runtime/Contents/Home" : WINDOWS ? "runtime" : "lib/runtime");
        Path cfg = appDir.resolve(NAME + ".cfg");
        List<String> classpath = new ArrayList<>();
        Path classList = appDir.resolve(CLASS_LIST);
        List<String> command =
                new ArrayList<>(List.of(javaIn(runtime).toString(), "-XX:DumpLoadedClassList=" + classList));
        String mainClass = MAIN_CLASS;
        for (String line : Files.readAllLines(cfg)) {
            String value = line.substring(line.indexOf('=') + 1).replace("$APPDIR", appDir.toString());
            if (line.startsWith("app.classpath=")) {
                classpath.add(value);
            } else if (line.startsWith("app.mainclass=")) {
                mainClass = value;
            } else if (line.startsWith("java-options=") && !value.startsWith("-XX:SharedArchiveFile")) {
                command.add(value);
            }
        }
        command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, classpath), mainClass));
        Path data = Files.createTempDirectory("restwise-training");
        command.add("--data-dir=" + data);
        Map<String, String> env = new LinkedHashMap<>(Map.of("RESTWISE_EXIT_WHEN_SHOWN", "1"));
        Process xvfb = null;
        if (System.getenv("DISPLAY") == null) {
            xvfb = startXvfb(env);
        }
        try {
            String shown = xvfb == null && System.getenv("DISPLAY") == null ? "" : exec(command, env, 180);
            if (!shown.contains("shown-at") || !Files.exists(classList)) {
                throw new IOException("the first window did not open");
            }
            log("classes the first window loads: "
                    + Files.readAllLines(classList).size());
        } catch (IOException e) {
            // the postinst then makes no archive and the launcher, finding none, goes without
            log("WARNING: no AppCDS archive (" + e.getMessage() + "; is there a display?); the app starts without it");
            Files.deleteIfExists(classList);
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
            }
            deleteTree(data);
        }
    }

    /** A virtual display for the training run on a headless Linux build machine, if Xvfb is installed. */
    private static Process startXvfb(Map<String, String> env) throws InterruptedException {
        for (int display = 140; display < 160; display++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + display))) {
                continue;
            }
            try {
                Process p = new ProcessBuilder("Xvfb", ":" + display, "-screen", "0", "1280x800x24")
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                for (int i = 0; i < 50 && !Files.exists(Path.of("/tmp/.X11-unix/X" + display)); i++) {
                    Thread.sleep(100);
                }
                env.put("DISPLAY", ":" + display);
                return p;
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    private static Path javaIn(Path runtime) {
        return runtime.resolve("bin").resolve(WINDOWS ? "java.exe" : "java");
    }

    /** jpackage wants numbers only: 2.1.0-SNAPSHOT is packaged as 2.1.0. */
    private static String numeric(String version) {
        return version.replaceAll("[^0-9.].*$", "").replaceAll("\\.$", "");
    }

    /** The folder sqlite-jdbc keeps this platform's library in (its OSInfo names). */
    private static String sqlitePlatform() {
        String arch = System.getProperty("os.arch");
        String cpu = arch.equals("amd64") || arch.equals("x86_64")
                ? "x86_64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : arch;
        return (WINDOWS ? "Windows" : MAC ? "Mac" : "Linux") + "/" + cpu;
    }

    private static String run(String tool, String... args) {
        log(tool + " " + String.join(" ", args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IllegalStateException(tool + " is not in this JDK"))
                .run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        if (status != 0) {
            throw new IllegalStateException(tool + " failed (" + status + "):\n" + out + err);
        }
        return out.toString();
    }

    private static String exec(List<String> command, Map<String, String> env, int seconds)
            throws IOException, InterruptedException {
        log(String.join(" ", command));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] output;
        try (InputStream in = p.getInputStream()) {
            output = in.readAllBytes();
        }
        if (!p.waitFor(seconds, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException(command.get(0) + " failed: " + new String(output));
        }
        return new String(output);
    }

    private static void copyJar(Path from, Path to, Predicate<String> keep) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (keep.test(e.getName())) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
    }

    /** The matching entries of a jar, flat into a folder. */
    private static void extract(Path jar, Predicate<String> which, Path dir) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (which.test(e.getName())) {
                    String file = e.getName().substring(e.getName().lastIndexOf('/') + 1);
                    try (OutputStream out = Files.newOutputStream(dir.resolve(file))) {
                        in.transferTo(out);
                    }
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                    Files.delete(p);
                }
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i], args[i + 1]);
        }
        for (String required :
                List.of("--version", "--main-jar", "--classpath", "--icons", "--license", "--packaging", "--out")) {
            if (!opt.containsKey(required)) {
                throw new IllegalArgumentException("missing " + required);
            }
        }
        return opt;
    }

    private static void log(String line) {
        System.out.println("[installer] " + line);
    }
}
