package com.restwise.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.catalog.Catalog;
import com.restwise.engine.catalog.Mattress;
import com.restwise.engine.profile.Profile;
import com.restwise.json.AdviceWriter;
import com.restwise.json.CatalogReader;
import com.restwise.json.InvalidInputException;
import com.restwise.json.JsonFormat;
import com.restwise.json.ProfileReader;
import com.restwise.json.ProfileWriter;
import com.restwise.json.StrictJson;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Speed of the advice engine, measured in-process after warm-up (a benchmark, not a test:
 * shared machines are too noisy for timed assertions). Run it in a JVM of its own, with the
 * default compilers: Maven's {@code .mvn/jvm.config} limits Maven's JVM (and so {@code exec:java})
 * to the quick compiler, which would measure a different engine:
 * {@code mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt}, then
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) com.restwise.bench.AdviceBenchmark}.
 */
public final class AdviceBenchmark {

    private static final int LINES = 10_000;
    private static final int ROUNDS = 7;
    /** Enough batches for the optimising compiler to finish, even on a busy machine. */
    private static final int WARMUP_BATCHES = 10;
    /** On a shared machine the thread's CPU time is steadier than the wall clock. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static final long WARMUP_NANOS = 3_000_000_000L;
    private static final long MEASURE_NANOS = 3_000_000_000L;

    private final Advisor advisor = new Advisor();
    private final ProfileReader reader = new ProfileReader();

    public static void main(String[] args) throws Exception {
        new AdviceBenchmark().run();
    }

    private void run() throws Exception {
        Catalog shipped = CatalogReader.shipped();
        Catalog large = syntheticCatalog(shipped, 10_000);
        List<Profile> profiles = profiles(1_000, new Random(42));
        System.out.printf(
                "Java %s, %d cores%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf(
                "assess, shipped catalog (%d entries): %,.0f assessments/s%n",
                shipped.mattresses().size(), perSecond(profiles, shipped));
        System.out.printf(
                "assess, synthetic catalog (%,d entries): %,.0f assessments/s%n",
                large.mattresses().size(), perSecond(profiles, large));

        List<String> lines = new ArrayList<>(LINES);
        for (Profile p : profiles(LINES, new Random(7))) {
            lines.add(JsonFormat.compact(ProfileWriter.toJsonTree(p)));
        }
        List<Advice> precomputed = new ArrayList<>(LINES);
        for (String line : lines) {
            precomputed.add(advisor.assess(reader.read(StrictJson.parse(line)), shipped, Advisor.DEFAULT_TOP, "en"));
        }
        double[] whole = new double[ROUNDS];
        double[] floor = new double[ROUNDS];
        double[] wholeCpu = new double[ROUNDS];
        double[] floorCpu = new double[ROUNDS];
        for (int warm = 0; warm < WARMUP_BATCHES; warm++) {
            batch(lines, shipped);
            jsonFloor(lines, precomputed);
        }
        for (int r = 0; r < ROUNDS; r++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            whole[r] = batch(lines, shipped);
            wholeCpu[r] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
            cpu = THREADS.getCurrentThreadCpuTime();
            floor[r] = jsonFloor(lines, precomputed);
            floorCpu[r] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
        double wholeMs = median(whole);
        double floorMs = median(floor);
        System.out.printf(
                "batch of %,d lines: parse + assess + write %.0f ms; JSON floor (parse + write) %.0f ms;"
                        + " ratio %.2f (target <= 2.00)%n",
                LINES, wholeMs, floorMs, wholeMs / floorMs);
        System.out.printf(
                "  in the thread's CPU time: %.0f ms against %.0f ms, ratio %.2f (load average %.1f)%n",
                median(wholeCpu),
                median(floorCpu),
                median(wholeCpu) / median(floorCpu),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private double perSecond(List<Profile> profiles, Catalog catalog) {
        long sink = 0;
        long start = System.nanoTime();
        int i = 0;
        while (System.nanoTime() - start < WARMUP_NANOS) {
            sink += advisor.assess(profiles.get(i++ % profiles.size()), catalog, Advisor.DEFAULT_TOP, "en")
                    .options()
                    .size();
        }
        int count = 0;
        start = System.nanoTime();
        long elapsed;
        do {
            sink += advisor.assess(profiles.get(count++ % profiles.size()), catalog, Advisor.DEFAULT_TOP, "en")
                    .options()
                    .size();
            elapsed = System.nanoTime() - start;
        } while (elapsed < MEASURE_NANOS);
        if (sink == 42) {
            System.out.print("");
        }
        return count / (elapsed / 1e9);
    }

    /** The whole batch path: parse each line, assess it, write its advice. Returns milliseconds. */
    private double batch(List<String> lines, Catalog catalog) throws InvalidInputException {
        CountingWriter out = new CountingWriter();
        long start = System.nanoTime();
        for (String line : lines) {
            Profile p = reader.read(StrictJson.parse(line));
            AdviceWriter.write(advisor.assess(p, catalog, Advisor.DEFAULT_TOP, "en"), out, false);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** The same parsing and writing, with the advice computed beforehand. */
    private double jsonFloor(List<String> lines, List<Advice> advice) throws InvalidInputException {
        CountingWriter out = new CountingWriter();
        long start = System.nanoTime();
        for (int i = 0; i < lines.size(); i++) {
            Profile p = reader.read(StrictJson.parse(lines.get(i)));
            if (p.sleeper() == null) {
                throw new IllegalStateException();
            }
            AdviceWriter.write(advice.get(i), out, false);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Varied profiles: weights, position mixes, symptoms, partners, sizes and budgets. */
    static List<Profile> profiles(int n, Random random) throws InvalidInputException {
        String[] areas = {"LOWER_BACK", "UPPER_BACK", "NECK", "SHOULDER", "HIP", "LEG"};
        String[] sizes = {"90x200", "140x200", "160x200", "180x200", "200x200"};
        ProfileReader reader = new ProfileReader();
        List<Profile> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            JsonObject doc = new JsonObject();
            doc.addProperty("schemaVersion", 1);
            JsonObject sleeper = new JsonObject();
            sleeper.addProperty("weightKg", 45 + random.nextInt(110));
            sleeper.addProperty("ageYears", 18 + random.nextInt(70));
            doc.add("sleeper", sleeper);
            JsonObject pos = new JsonObject();
            pos.addProperty("SIDE", random.nextInt(4));
            pos.addProperty("BACK", random.nextInt(4));
            pos.addProperty("STOMACH", 1 + random.nextInt(2));
            doc.add("positions", pos);
            if (random.nextBoolean()) {
                JsonObject bed = new JsonObject();
                bed.addProperty("firmness", 1 + random.nextInt(10));
                bed.addProperty("ageYears", random.nextInt(15));
                bed.addProperty("sagCm", random.nextInt(5));
                doc.add("currentMattress", bed);
            }
            if (random.nextInt(4) == 0) {
                JsonObject partner = new JsonObject();
                partner.addProperty("weightKg", 45 + random.nextInt(90));
                JsonObject pp = new JsonObject();
                pp.addProperty(random.nextBoolean() ? "SIDE" : "BACK", 1);
                partner.add("positions", pp);
                doc.add("partner", partner);
            }
            JsonObject prefs = new JsonObject();
            prefs.addProperty("size", sizes[random.nextInt(sizes.length)]);
            if (random.nextBoolean()) {
                prefs.addProperty("budgetMax", 300 + random.nextInt(1500));
            }
            prefs.addProperty("sleepsHot", random.nextBoolean());
            doc.add("preferences", prefs);
            JsonObject symptoms = new JsonObject();
            symptoms.addProperty("morningPain", random.nextInt(11));
            JsonArray painAreas = new JsonArray();
            painAreas.add(areas[random.nextInt(areas.length)]);
            symptoms.add("painAreas", painAreas);
            symptoms.addProperty("morningStiffnessMinutes", random.nextInt(60));
            symptoms.addProperty("durationWeeks", random.nextInt(30));
            symptoms.addProperty("daytimePain", random.nextBoolean());
            doc.add("symptoms", symptoms);
            list.add(reader.read(doc));
        }
        return list;
    }

    /** Copies of the shipped archetypes with varied firmness and prices, under new ids. */
    static Catalog syntheticCatalog(Catalog base, int size) {
        Random random = new Random(1);
        List<Mattress> entries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Mattress m = base.mattresses().get(i % base.mattresses().size());
            Map<String, Double> prices = new HashMap<>();
            double factor = 0.7 + random.nextDouble() * 0.8;
            m.prices().forEach((s, p) -> prices.put(s, Math.round(p * factor) + 0.0));
            double firmness = m.halves() == null ? 2 + random.nextInt(8) : m.firmness();
            entries.add(new Mattress(
                    m.id() + "-" + i,
                    m.name() + " " + i,
                    m.type(),
                    firmness,
                    m.halves(),
                    m.adjustable(),
                    m.construction(),
                    m.ratings(),
                    m.trialNights(),
                    prices,
                    m.containsLatex(),
                    m.names()));
        }
        return new Catalog(base.currency(), entries);
    }

    /** Discards output but counts it, so the writing is not optimised away. */
    static final class CountingWriter extends Writer {
        long chars;

        @Override
        public void write(char[] buf, int off, int len) {
            chars += len;
        }

        @Override
        public void write(String str, int off, int len) {
            chars += len;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
