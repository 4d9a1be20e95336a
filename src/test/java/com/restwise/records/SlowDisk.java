package com.restwise.records;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A deliberately slow disk for the records: each kind of work ("save", "search", ...) can be
 * made to take a while, as a save waiting for its fsync on a slow or busy disk does. Counts
 * the work it saw.
 */
public final class SlowDisk implements RecordsService.Disk {

    private final Map<String, Long> delays = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();

    /** From now on, each piece of this kind of work takes this long before it starts. */
    public SlowDisk slow(String what, long millis) {
        delays.put(what, millis);
        return this;
    }

    public SlowDisk fast() {
        delays.clear();
        return this;
    }

    /** How many pieces of this kind of work ran (or started). */
    public int count(String what) {
        return seen.computeIfAbsent(what, w -> new AtomicInteger()).get();
    }

    @Override
    public void before(String what) throws InterruptedException {
        seen.computeIfAbsent(what, w -> new AtomicInteger()).incrementAndGet();
        Long delay = delays.get(what);
        if (delay != null) {
            Thread.sleep(delay);
        }
    }
}
