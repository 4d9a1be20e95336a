package com.restwise.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {

    @Test
    void aSecondStartBringsTheFirstWindowForwardInsteadOfOpeningAnother(@TempDir Path dataDir) throws Exception {
        InstanceLock first = ((InstanceLock.Acquired) InstanceLock.acquire(dataDir)).lock();
        CountDownLatch shown = new CountDownLatch(1);
        first.onShowRequest(shown::countDown);
        try {
            InstanceLock.Outcome second = InstanceLock.acquire(dataDir);
            assertEquals(new InstanceLock.AlreadyOpen(true), second);
            assertTrue(shown.await(5, TimeUnit.SECONDS), "the first was asked to show its window");
        } finally {
            first.release();
        }
        InstanceLock.Outcome again = InstanceLock.acquire(dataDir);
        assertInstanceOf(InstanceLock.Acquired.class, again, "free again once the first has quit");
        // released too, or its listener writes its port file while JUnit deletes the folder
        ((InstanceLock.Acquired) again).lock().release();
    }

    @Test
    void aKilledRestwiseLeavesNoStaleLock(@TempDir Path dataDir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(List.of(
                        java, "-cp", System.getProperty("java.class.path"), Holder.class.getName(), dataDir.toString()))
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", out.readLine());
            assertInstanceOf(InstanceLock.AlreadyOpen.class, InstanceLock.acquire(dataDir), "held while it runs");
        } finally {
            holder.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no cleanup
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        InstanceLock.Outcome after = InstanceLock.acquire(dataDir);
        assertInstanceOf(InstanceLock.Acquired.class, after, "the OS dropped the killed process's lock");
        ((InstanceLock.Acquired) after).lock().release();
    }

    /** A Restwise stand-in in its own process: takes the lock and waits to be killed. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            InstanceLock.acquire(Path.of(args[0]));
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
