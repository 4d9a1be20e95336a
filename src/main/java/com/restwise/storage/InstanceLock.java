package com.restwise.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One Restwise per data directory, so two windows never overwrite one draft. The first start
 * holds a lock on {@code restwise.lock} in the data directory for as long as it runs; the
 * operating system drops the lock when the process ends, however it ends (a crash, kill -9), so
 * no stale lock is left behind. It also listens on a loopback port, written to
 * {@code restwise.port}, for a later start asking it to bring its window to the front.
 */
public final class InstanceLock {

    static final String LOCK_FILE = "restwise.lock";
    static final String PORT_FILE = "restwise.port";
    private static final String SHOW = "show";

    private final FileChannel channel;
    private final FileLock lock;
    private volatile Runnable onShowRequest = () -> {};
    /** Guarded by this: the listener must not open its socket, or write its port, after release. */
    private ServerSocket listening;

    private boolean released;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** What a start finds: the lock is ours, or another Restwise holds it (and was asked to show itself). */
    public sealed interface Outcome permits Acquired, AlreadyOpen {}

    public record Acquired(InstanceLock lock) implements Outcome {}

    /** @param broughtToFront whether the running Restwise answered and brought its window forward */
    public record AlreadyOpen(boolean broughtToFront) implements Outcome {}

    /** Also deletes what an export killed midway left behind ({@link LeftoverFiles}). */
    public static Outcome acquire(Path dataDir) throws IOException {
        DataDirectory.prepare(dataDir);
        LeftoverFiles.in(dataDir).cleanUp();
        FileChannel channel =
                FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process (a second app in one JVM, as in tests)
        }
        if (lock == null) {
            channel.close();
            return new AlreadyOpen(askToShow(dataDir));
        }
        InstanceLock held = new InstanceLock(channel, lock);
        // Off the start-up path: the socket is only needed when someone starts Restwise again.
        Thread listener = new Thread(() -> held.listen(dataDir), "restwise-instance");
        listener.setDaemon(true);
        listener.start();
        return new Acquired(held);
    }

    /** What to do when a later start asks for the window (called on the listener's thread). */
    public void onShowRequest(Runnable action) {
        onShowRequest = action;
    }

    public void release() {
        try {
            ServerSocket socket;
            synchronized (this) {
                released = true;
                socket = listening;
            }
            if (socket != null) {
                socket.close();
            }
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the process is ending anyway; the OS drops the lock with it
        }
    }

    private void listen(Path dataDir) {
        try (ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
            synchronized (this) {
                if (released) {
                    return; // released before the socket was up: leave nothing behind
                }
                listening = server;
                Path port = dataDir.resolve(PORT_FILE);
                Files.writeString(port, Integer.toString(server.getLocalPort()), StandardCharsets.US_ASCII);
            }
            while (!server.isClosed()) {
                try (Socket client = server.accept()) {
                    client.setSoTimeout(2000);
                    String request = new BufferedReader(
                                    new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII))
                            .readLine();
                    if (SHOW.equals(request)) {
                        onShowRequest.run();
                        OutputStream out = client.getOutputStream();
                        out.write("ok\n".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    }
                } catch (IOException e) {
                    // one caller that went away; keep listening for the next
                }
            }
        } catch (IOException e) {
            // no socket: a later start still finds the lock and says Restwise is already open
        }
    }

    /** Asks the Restwise holding the lock to bring its window forward; false if it did not answer. */
    private static boolean askToShow(Path dataDir) {
        // the first start may still be opening its socket
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                int port = Integer.parseInt(Files.readString(dataDir.resolve(PORT_FILE), StandardCharsets.US_ASCII)
                        .trim());
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
                    socket.setSoTimeout(3000);
                    socket.getOutputStream().write((SHOW + "\n").getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                    String answer = new BufferedReader(
                                    new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                            .readLine();
                    return "ok".equals(answer);
                }
            } catch (IOException | NumberFormatException e) {
                sleep();
            }
        }
        return false;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
