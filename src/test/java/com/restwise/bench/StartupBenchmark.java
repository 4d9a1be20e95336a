package com.restwise.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Time from launching the JVM to the window being shown, for the app and for a bare window
 * with one label, measured the same way: 10 runs each, interleaved, median. Needs a display
 * (Xvfb is fine). Run after {@code mvn -DskipTests package test-compile} with
 * {@code java -cp target/restwise.jar:target/test-classes com.restwise.bench.StartupBenchmark}.
 */
public final class StartupBenchmark {

    private static final int RUNS = 10;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        long[] bare = new long[RUNS];
        long[] app = new long[RUNS];
        launch(java, classpath, "bare");            // warm the file cache once for each
        launch(java, classpath, "app");
        for (int i = 0; i < RUNS; i++) {
            bare[i] = launch(java, classpath, "bare");
            app[i] = launch(java, classpath, "app");
        }
        long bareMedian = median(bare);
        long appMedian = median(app);
        System.out.printf("bare window (one label): median %d ms over %d runs %s%n", bareMedian, RUNS, Arrays.toString(bare));
        System.out.printf("Restwise first step:     median %d ms over %d runs %s%n", appMedian, RUNS, Arrays.toString(app));
        System.out.printf("ratio %.2f (target <= 1.15)%n", appMedian / (double) bareMedian);
    }

    private static long launch(String java, String classpath, String which) throws Exception {
        Path dataDir = Files.createTempDirectory("restwise-startup");
        List<String> command = new ArrayList<>(List.of(java, "-cp", classpath, ShownProbe.class.getName(), which,
                "--data-dir=" + dataDir));
        long launched = System.currentTimeMillis();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        long shown = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("shown-at ")) {
                    shown = Long.parseLong(line.split(" ")[1]);
                }
            }
        }
        p.waitFor();
        if (shown < 0) {
            throw new IllegalStateException(which + " never showed its window (is there a display?)");
        }
        return shown - launched;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return (sorted[RUNS / 2 - 1] + sorted[RUNS / 2]) / 2;
    }
}
