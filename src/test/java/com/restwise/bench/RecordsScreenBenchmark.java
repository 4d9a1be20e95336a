package com.restwise.bench;

import com.restwise.records.ConsultationStore;
import com.restwise.records.RecordsService;
import com.restwise.records.SlowDisk;
import com.restwise.ui.common.Delay;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.UiWork;
import com.restwise.ui.records.RecordsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;

/**
 * How the records screen feels while the disk works: the JavaFX thread's answer time (a task
 * handed to it every 5 ms) while 100 saves run, on this disk and on a simulated slow one, and
 * how long a search of 500 clients takes from asking to the list on screen.
 * <pre>
 * mvn -q -DskipTests package test-compile
 * java -cp target/restwise.jar:target/test-classes com.restwise.bench.RecordsScreenBenchmark
 * </pre>
 */
public final class RecordsScreenBenchmark {

    public static void main(String[] args) throws Exception {
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        Path tmp = Files.createTempDirectory("restwise-screen-bench");
        try {
            System.out.printf("%d processors%n", Runtime.getRuntime().availableProcessors());
            savesWhileTheWindowAnswers(tmp.resolve("disk"), new SlowDisk(), "this disk");
            savesWhileTheWindowAnswers(
                    tmp.resolve("slow"), new SlowDisk().slow("save", 50), "a disk 50 ms slower per save");
            search(tmp.resolve("search"));
        } finally {
            try (Stream<Path> all = Files.walk(tmp)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            Platform.exit();
        }
    }

    private static void savesWhileTheWindowAnswers(Path dir, SlowDisk disk, String what) throws Exception {
        RecordsService records = new RecordsService(() -> ConsultationStore.open(dir), disk);
        records.open().get();
        RecordsViewModel vm = onFx(() ->
                new RecordsViewModel(new I18n("en"), records, new Notice(Delay.fx()), UiWork.onFx(Runnable::run)));
        long start = System.nanoTime();
        List<CompletableFuture<Boolean>> saves = onFx(() -> {
            List<CompletableFuture<Boolean>> all = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                all.add(vm.createClient("Client " + i));
            }
            return all;
        });
        List<Long> pings = new ArrayList<>();
        while (!saves.stream().allMatch(CompletableFuture::isDone)) {
            long asked = System.nanoTime();
            onFx(() -> true);
            pings.add(System.nanoTime() - asked);
            Thread.sleep(5);
        }
        long total = System.nanoTime() - start;
        Collections.sort(pings);
        System.out.printf(
                "100 saves on %s: %.0f ms in all (%.1f ms each); the window answered %d times, "
                        + "median %.2f ms, 99th percentile %.2f ms, worst %.2f ms%n",
                what,
                total / 1e6,
                total / 1e8,
                pings.size(),
                pings.get(pings.size() / 2) / 1e6,
                pings.get(pings.size() * 99 / 100) / 1e6,
                pings.get(pings.size() - 1) / 1e6);
        records.close();
    }

    private static void search(Path dir) throws Exception {
        RecordsService records = RecordsService.in(dir);
        for (int i = 0; i < 500; i++) {
            records.createClient(String.format("Client %03d", i), "");
        }
        records.search("").get();
        RecordsViewModel vm = onFx(() ->
                new RecordsViewModel(new I18n("en"), records, new Notice(Delay.fx()), UiWork.onFx(Runnable::run)));
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String text = String.format("Client %02d", i % 50);
            long asked = System.nanoTime();
            onFx(() -> {
                vm.query().set(text);
                vm.search(null);
                return null;
            });
            while (!onFx(vm::settled)) {
                Thread.sleep(0, 200_000);
            }
            times.add(System.nanoTime() - asked);
        }
        Collections.sort(times);
        System.out.printf(
                "search among 500 clients, asked to shown (without the 250 ms typing pause): "
                        + "median %.2f ms, worst %.2f ms%n",
                times.get(times.size() / 2) / 1e6, times.get(times.size() - 1) / 1e6);
        records.close();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(work.call());
            } catch (Throwable e) {
                answer.completeExceptionally(e);
            }
        });
        return answer.get(30, TimeUnit.SECONDS);
    }

    private RecordsScreenBenchmark() {}
}
