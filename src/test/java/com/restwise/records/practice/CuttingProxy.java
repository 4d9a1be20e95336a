package com.restwise.records.practice;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on the loopback interface between a desktop and PostgreSQL that cuts a
 * connection the moment a chosen statement passes: either the statement never reaches the
 * server, or it does and its answer never comes back. The connection then goes silent (no
 * reset), as a pulled cable or a sleeping Wi-Fi access point leaves it, so only the desktop's
 * own timeouts can notice.
 */
final class CuttingProxy implements AutoCloseable {

    enum Cut {
        REQUEST_LOST,
        ANSWER_LOST
    }

    private final ServerSocket server;
    private final InetSocketAddress target;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile byte[] trigger;
    private volatile Cut cut;

    CuttingProxy(String host, int port) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        target = new InetSocketAddress(host, port);
        Thread accept = new Thread(this::accept, "cutting-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Cuts the next connection that sends a statement containing {@code text}. */
    void arm(String text, Cut how) {
        cut = how;
        trigger = text.getBytes(StandardCharsets.UTF_8);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket desktop = server.accept();
                Socket database = new Socket(target.getHostString(), target.getPort());
                sockets.add(desktop);
                sockets.add(database);
                boolean[] silent = new boolean[2]; // [0]: to the database, [1]: to the desktop
                pump(desktop, database, silent, true);
                pump(database, desktop, silent, false);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, boolean[] silent, boolean towardsDatabase) {
        Thread t = new Thread(
                () -> {
                    byte[] buffer = new byte[1 << 16];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        for (int n; (n = in.read(buffer)) >= 0; ) {
                            if (towardsDatabase && trigger != null && contains(buffer, n, trigger)) {
                                trigger = null;
                                if (cut == Cut.REQUEST_LOST) {
                                    silent[0] = true;
                                }
                                silent[1] = true;
                                if (cut == Cut.ANSWER_LOST) {
                                    out.write(buffer, 0, n);
                                    out.flush();
                                }
                                continue;
                            }
                            if (!silent[towardsDatabase ? 0 : 1]) {
                                out.write(buffer, 0, n);
                                out.flush();
                            }
                        }
                    } catch (IOException e) {
                        // one side closed: the other follows
                    }
                },
                "cutting-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static boolean contains(byte[] data, int length, byte[] text) {
        outer:
        for (int i = 0; i + text.length <= length; i++) {
            for (int j = 0; j < text.length; j++) {
                if (data[i + j] != text[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : sockets) {
            s.close();
        }
    }
}
