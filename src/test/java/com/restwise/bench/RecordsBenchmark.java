package com.restwise.bench;

import com.restwise.cli.Cli;
import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import com.restwise.json.ProfileReader;
import com.restwise.json.StrictJson;
import com.restwise.records.Client;
import com.restwise.records.ClientTransfer;
import com.restwise.records.ConsultationStore;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Time and memory of the records' file paths: export and import of 600 consultations (plain
 * and sealed), and assess --batch over a 50 MB line. Run with a small heap to show that memory
 * stays bounded:
 * <pre>
 * mvn -q -DskipTests package test-compile
 * java -Xmx64m -cp target/restwise.jar:target/test-classes com.restwise.bench.RecordsBenchmark
 * </pre>
 * Peak heap is the sum of the heap pools' peaks since the phase began (an upper bound).
 */
public final class RecordsBenchmark {

    private static final int CONSULTATIONS = 600;
    private static final long LINE_BYTES = 50L * 1024 * 1024;
    private static final String PROFILE =
            "{\"schemaVersion\":1,\"sleeper\":{\"weightKg\":70},\"positions\":{\"SIDE\":1}}";

    public static void main(String[] args) throws Exception {
        Path tmp = Files.createTempDirectory("restwise-bench");
        try {
            System.out.printf(
                    "max heap %d MiB, %d processors%n",
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
            records(tmp);
            batch();
        } finally {
            try (Stream<Path> all = Files.walk(tmp)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void records(Path tmp) throws Exception {
        Profile profile = new ProfileReader().read(StrictJson.parse(PROFILE));
        Advice advice = new Advisor().assess(profile, CatalogReader.shipped(), 5, "en");
        Path plain = tmp.resolve("clients.json");
        Path sealed = tmp.resolve("clients.rwx");
        try (ConsultationStore store = ConsultationStore.open(tmp.resolve("from"))) {
            for (int c = 0; c < 6; c++) {
                Client client = store.createClient("Client " + c, "");
                for (int i = 0; i < CONSULTATIONS / 6; i++) {
                    store.saveConsultation(
                            client.id(), LocalDate.of(2025, 1, 1).plusDays(i), profile, advice, "visit " + i);
                }
            }
            List<Client> all = store.searchClients("");
            measure("export 600 consultations, plain", () -> ClientTransfer.export(store, all, plain, null));
            measure(
                    "export 600 consultations, sealed",
                    () -> ClientTransfer.export(store, all, sealed, "pass".toCharArray()));
        }
        System.out.printf(
                "  export file: %.1f MiB plain, %.1f MiB sealed%n",
                Files.size(plain) / 1048576.0, Files.size(sealed) / 1048576.0);
        for (int round = 0; round < 3; round++) {
            Path to = tmp.resolve("to-" + round);
            try (ConsultationStore store = ConsultationStore.open(to)) {
                measure(
                        "import 600 consultations, plain (round " + (round + 1) + ")",
                        () -> ClientTransfer.importFile(store, plain, null, ClientTransfer.OnConflict.SKIP));
            }
        }
        try (ConsultationStore store = ConsultationStore.open(tmp.resolve("to-sealed"))) {
            measure(
                    "import 600 consultations, sealed",
                    () -> ClientTransfer.importFile(
                            store, sealed, "pass".toCharArray(), ClientTransfer.OnConflict.SKIP));
        }
    }

    private static void batch() throws Exception {
        InputStream in = new InputStream() {
            private final byte[] head = "{\"a\":\"".getBytes(StandardCharsets.US_ASCII);
            private final byte[] tail = ("\"}\n" + PROFILE + "\n").getBytes(StandardCharsets.US_ASCII);
            private long pos;

            @Override
            public int read() {
                long total = head.length + LINE_BYTES + tail.length;
                if (pos >= total) {
                    return -1;
                }
                long p = pos++;
                if (p < head.length) {
                    return head[(int) p];
                }
                p -= head.length;
                return p < LINE_BYTES ? 'x' : tail[(int) (p - LINE_BYTES)];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                for (; n < len; n++) {
                    int c = read();
                    if (c < 0) {
                        return n == 0 ? -1 : n;
                    }
                    b[off + n] = (byte) c;
                }
                return n;
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        measure("assess --batch, a 50 MiB line then a profile", () -> Cli.run(
                        new String[] {"assess", "--batch", "-"},
                        in,
                        out,
                        new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
                .status());
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        System.out.printf("  answers: %d lines; first: %s%n", lines.length, lines[0]);
    }

    interface Phase {
        Object run() throws Exception;
    }

    private static void measure(String what, Phase phase) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        long start = System.nanoTime();
        Object result = phase.run();
        long nanos = System.nanoTime() - start;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(
                "%-55s %7.0f ms   peak heap %5.1f MiB (%.1f MiB before)%n",
                what, nanos / 1e6, peak / 1048576.0, before / 1048576.0);
        if (result instanceof ClientTransfer.ImportSummary s) {
            System.out.printf(
                    "  imported %d consultations; the records hold %d%n",
                    s.consultationsSaved(), s.consultationsInRecords());
        }
    }
}
