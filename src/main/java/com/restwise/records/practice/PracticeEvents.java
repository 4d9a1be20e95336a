package com.restwise.records.practice;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * What the other rooms change, as it happens: the functions NOTIFY on the channel "restwise"
 * with the kind of change and the client's id (never a name or a note), and this listens on
 * the desktop's third connection. When that connection is lost it tries again every few
 * seconds; once back, it asks the listener to reload everything, since changes made while it
 * was away were not heard.
 *
 * <p>The listener is called on the listening thread: a window hands the calls to its own thread.
 */
public final class PracticeEvents implements AutoCloseable {

    /** What the records screen does when another room changes something. */
    public interface Listener {
        void clientAdded(long clientId);

        /** A client's name or notes changed, they were deleted, or handed to someone. */
        void clientChanged(long clientId);

        void consultationSaved(long clientId);

        /** The connection came back after a loss: reload everything shown. */
        void reloadAll();

        /** The connection was lost; the listener will try again by itself. */
        void connectionLost(PracticeException why);
    }

    /** How long one wait for notifications lasts; also how soon a close is noticed. */
    private static final int POLL_MS = 500;

    private static final long RETRY_MS = 2_000;

    private final PracticeConnections db;
    private final Listener listener;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection current;

    private PracticeEvents(PracticeConnections db, Listener listener) {
        this.db = db;
        this.listener = listener;
        this.thread = new Thread(this::run, "restwise-practice-events");
        this.thread.setDaemon(true);
    }

    /** Starts listening; the first LISTEN is done before this returns, so nothing after it is missed. */
    public static PracticeEvents listen(PracticeConnections db, Listener listener) throws PracticeException {
        PracticeEvents events = new PracticeEvents(db, listener);
        events.current = events.connectAndListen();
        events.thread.start();
        return events;
    }

    private Connection connectAndListen() throws PracticeException {
        Connection c = db.listenerConnection();
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN restwise");
            return c;
        } catch (SQLException e) {
            PracticeConnections.closeQuietly(c);
            throw PracticeFailures.of(e, db.address(), "connection");
        }
    }

    private void run() {
        while (!closed) {
            Connection c = current;
            try {
                if (c == null) {
                    c = connectAndListen();
                    current = c;
                    listener.reloadAll();
                }
                PGNotification[] heard = c.unwrap(PGConnection.class).getNotifications(POLL_MS);
                if (heard != null) {
                    for (PGNotification n : heard) {
                        tell(n.getParameter());
                    }
                }
            } catch (SQLException e) {
                lost(c, PracticeFailures.of(e, db.address(), "connection"));
            } catch (PracticeException e) {
                lost(c, e);
            }
        }
    }

    private void lost(Connection c, PracticeException why) {
        if (closed) {
            return;
        }
        if (c != null) {
            PracticeConnections.closeQuietly(c);
            listener.connectionLost(why);
        }
        current = null;
        try {
            Thread.sleep(RETRY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    private void tell(String payload) {
        JsonObject o;
        try {
            o = JsonParser.parseString(payload).getAsJsonObject();
        } catch (RuntimeException e) {
            return; // not ours: another program on the same channel
        }
        if (!o.has("client") || !o.has("event")) {
            return;
        }
        long client = o.get("client").getAsLong();
        switch (o.get("event").getAsString()) {
            case "client-added" -> listener.clientAdded(client);
            case "client-changed" -> listener.clientChanged(client);
            case "consultation-saved" -> listener.consultationSaved(client);
            default -> {
                // an event of a newer Restwise: a full reload shows whatever it was
                listener.reloadAll();
            }
        }
    }

    /** Whether the listening connection is up now. */
    public boolean connected() {
        return current != null;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(POLL_MS * 4L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Connection c = current;
        if (c != null) {
            PracticeConnections.closeQuietly(c);
        }
    }
}
