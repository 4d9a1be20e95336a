package com.restwise.bench;

import com.restwise.ui.app.FirstWindowClasses;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Time from launching the JVM to the window being shown, and the memory the process held by
 * then (peak resident set, Linux), for a bare window with one label and for the app: 15 runs
 * each (or {@code -Druns=N}), interleaved, median. Needs a display (Xvfb is fine). Run after
 * {@code mvn -DskipTests package test-compile} with
 * {@code java -cp target/restwise.jar:target/test-classes com.restwise.bench.StartupBenchmark [LAUNCHER]}.
 * The app starts from the jar's main class, as {@code java -jar} starts it. With
 * {@code --no-head-start} it starts without {@link FirstWindowClasses} loading its classes ahead.
 * With the installed launcher's path (e.g. /opt/restwise/bin/Restwise) it measures that launcher
 * instead of the app from the jar: the bare window still comes from the jar, on this JDK. The
 * load average before and after is printed too: on a busy machine both starts slow down, the
 * bare one more (it loads its classes from the jar), so the ratio is lowest when it is loaded.
 */
public final class StartupBenchmark {

    private static final int RUNS = Math.max(2, Integer.getInteger("runs", 15));

    private StartupBenchmark() {}

    /** One start: when the window was shown, how much memory the process had taken. */
    private record Start(long millis, long peakKb) {}

    public static void main(String[] args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        List<String> bare = List.of(java, "-cp", classpath, ShownProbe.class.getName());
        boolean noHeadStart = args.length > 0 && args[0].equals("--no-head-start");
        boolean launcher = args.length > 0 && !noHeadStart;
        List<String> app;
        String appName;
        if (launcher) {
            app = List.of(args[0]);
            appName = "installed " + args[0];
        } else {
            // the jar's own entry point, as java -jar runs it
            String headStart = "-D" + FirstWindowClasses.OFF + "=" + noHeadStart;
            app = List.of(java, headStart, "-cp", classpath, "com.restwise.Main");
            appName = noHeadStart ? "Restwise from the jar, no head start" : "Restwise from the jar";
        }
        String loadBefore = loadAverage();
        long[][] bareRuns = new long[2][RUNS];
        long[][] appRuns = new long[2][RUNS];
        launch(bare); // warm the file cache once for each
        launch(app);
        for (int i = 0; i < RUNS; i++) {
            Start b = launch(bare);
            Start a = launch(app);
            bareRuns[0][i] = b.millis();
            bareRuns[1][i] = b.peakKb();
            appRuns[0][i] = a.millis();
            appRuns[1][i] = a.peakKb();
        }
        long bareTime = median(bareRuns[0]);
        long appTime = median(appRuns[0]);
        long bareMemory = median(bareRuns[1]);
        long appMemory = median(appRuns[1]);
        System.out.printf(
                "bare window (one label, jar): median %d ms, %d MB peak, over %d runs %s%n",
                bareTime, bareMemory / 1024, RUNS, Arrays.toString(bareRuns[0]));
        System.out.printf(
                "%s: median %d ms, %d MB peak, over %d runs %s%n",
                appName, appTime, appMemory / 1024, RUNS, Arrays.toString(appRuns[0]));
        System.out.printf(
                "first window: %.2fx the bare window (target <= %s)%n",
                appTime / (double) bareTime, launcher ? "0.9" : "1.35");
        double[] pairs = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            pairs[i] = appRuns[0][i] / (double) bareRuns[0][i];
        }
        Arrays.sort(pairs);
        // each app run against the bare run just before it: steadier on a machine whose load changes
        System.out.printf(
                "              median of the %d paired runs' ratios %.2fx%n",
                RUNS, RUNS % 2 == 1 ? pairs[RUNS / 2] : (pairs[RUNS / 2 - 1] + pairs[RUNS / 2]) / 2);
        if (bareMemory > 0) {
            System.out.printf("memory:       %.2fx the bare window (target <= 1.3)%n", appMemory / (double) bareMemory);
        }
        System.out.printf("load average (1, 5, 15 min): %s before, %s after%n", loadBefore, loadAverage());
    }

    /** The system's load averages (Linux), to say how busy the machine was. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Start launch(List<String> program) throws Exception {
        Path dataDir = Files.createTempDirectory("restwise-startup");
        List<String> command = new ArrayList<>(program);
        command.add("--data-dir=" + dataDir);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("RESTWISE_EXIT_WHEN_SHOWN", "1"); // the installed app reports and quits
        long launched = System.currentTimeMillis();
        Process p = builder.start();
        long shown = -1;
        long peakKb = -1;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("shown-at ")) {
                    String[] words = line.split(" ");
                    shown = Long.parseLong(words[1]);
                    peakKb = Long.parseLong(words[3]);
                }
            }
        }
        p.waitFor();
        deleteTree(dataDir); // a fresh data directory per run, and none left behind
        if (shown < 0) {
            throw new IllegalStateException(
                    String.join(" ", program) + " never showed its window (is there a display?)");
        }
        return new Start(shown - launched, peakKb);
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return RUNS % 2 == 1 ? sorted[RUNS / 2] : (sorted[RUNS / 2 - 1] + sorted[RUNS / 2]) / 2;
    }
}
