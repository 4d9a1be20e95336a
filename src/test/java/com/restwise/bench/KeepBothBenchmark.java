package com.restwise.bench;

import com.restwise.records.ClientTransfer;
import com.restwise.records.ClientTransfer.OnConflict;
import com.restwise.records.ConsultationStore;
import java.io.BufferedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * How long an import holds the records when every client in the file is kept apart: records
 * holding "Alice", "Alice (2)" ... "Alice (N)" import the same N names again with keep-both, so
 * each newcomer needs a free number. Naming that starts at (2) for each would take N^2 / 2 tries
 * (40,000 copies took 233 s); it should take seconds. Run:
 * <pre>
 * mvn -q -DskipTests package test-compile
 * java -cp target/restwise.jar:target/test-classes com.restwise.bench.KeepBothBenchmark [N]
 * </pre>
 */
public final class KeepBothBenchmark {

    private KeepBothBenchmark() {}

    public static void main(String[] args) throws Exception {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        Path dir = Files.createTempDirectory("restwise-keep-both");
        try {
            Path file = dir.resolve("alices.json");
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                w.write("{\"restwiseExport\":1,\"clients\":[");
                for (int n = 1; n <= copies; n++) {
                    w.write((n == 1 ? "" : ",") + "{\"name\":\"Alice" + (n == 1 ? "" : " (" + n + ")")
                            + "\",\"notes\":\"\",\"consultations\":[]}");
                }
                w.write("]}");
            }
            try (ConsultationStore store = ConsultationStore.open(dir.resolve("data"))) {
                long start = System.nanoTime();
                ClientTransfer.importFile(store, file, null, null);
                double first = (System.nanoTime() - start) / 1e9;
                start = System.nanoTime();
                ClientTransfer.ImportSummary s = ClientTransfer.importFile(store, file, null, OnConflict.KEEP_BOTH);
                double keepBoth = (System.nanoTime() - start) / 1e9;
                System.out.printf("%,d clients imported into empty records: %.2f s%n", copies, first);
                System.out.printf(
                        "the same %,d again with keep-both: %.2f s (kept apart %,d, last %s), %,d clients now%n",
                        copies,
                        keepBoth,
                        s.keptBoth(),
                        s.renamed().get(s.renamed().size() - 1),
                        s.clientsInRecords());
            }
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
