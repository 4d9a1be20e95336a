package com.restwise.records.practice;

import com.restwise.AppVersion;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A desktop's connections to the practice database: at most {@link #MAX_PER_DESKTOP}, two for
 * work and one that listens for the other rooms' changes. Each connection uses TLS that checks
 * the server unless the address says otherwise (and {@link PracticeAddress#checkSafe} allowed
 * it), has TCP keepalive on, gives up connecting or waiting for an answer in time for a message
 * within {@link #ANSWER_WITHIN_SECONDS} seconds, and names the computer as its ApplicationName,
 * which the audit records as the workstation.
 *
 * <p>The first connection checks the schema: one older than this Restwise needs (run
 * {@code clinic init}), or one that needs a newer Restwise, is refused with a message.
 */
public final class PracticeConnections implements AutoCloseable {

    public static final int MAX_PER_DESKTOP = 3;
    static final int WORK_CONNECTIONS = MAX_PER_DESKTOP - 1;
    /** A person hears about a network that stopped answering within this many seconds. */
    public static final int ANSWER_WITHIN_SECONDS = 10;
    // Well inside ANSWER_WITHIN_SECONDS: on a busy computer noticing and telling take a moment too.
    static final int CONNECT_TIMEOUT_SECONDS = 4;
    static final int STATEMENT_TIMEOUT_MS = 6_000;
    static final int SOCKET_TIMEOUT_SECONDS = 7;
    /** How long one statement of an import or an export may take (moving a client with thousands of visits). */
    static final int LONG_WORK_SECONDS = 300;
    /** How long a borrower waits for one of the work connections before it says the database is busy. */
    private static final int BORROW_WAIT_SECONDS = 30;

    /**
     * The driver's own log goes to the console through java.util.logging ("SEVERE: Server name
     * validation failed ..."); what went wrong reaches the person as our message instead.
     * Held here so the setting is not collected with the logger.
     */
    private static final java.util.logging.Logger DRIVER_LOG = java.util.logging.Logger.getLogger("org.postgresql");

    static {
        DRIVER_LOG.setLevel(java.util.logging.Level.OFF);
    }

    private final PracticeAddress address;
    private final char[] password;
    private final String workstation;
    private final Semaphore free = new Semaphore(WORK_CONNECTIONS, true);
    private final Deque<Idle> idle = new ArrayDeque<>();
    /**
     * A connection unused for longer than this is checked before it is used: after a laptop slept
     * or the server restarted, the first click then works instead of saying the database is gone.
     */
    private volatile long checkAfterIdleNanos = TimeUnit.SECONDS.toNanos(30);

    private final PracticeInfo info;
    private volatile boolean closed;

    private PracticeConnections(
            PracticeAddress address, char[] password, String workstation, PracticeInfo info, Connection first) {
        this.address = address;
        this.password = password;
        this.workstation = workstation;
        this.info = info;
        idle.push(new Idle(first, System.nanoTime()));
    }

    /**
     * Connects, checks the schema and the login, and keeps the connection for the first work.
     *
     * @param password kept (in memory only) to open the second and the listening connection
     * @param riskAccepted the user chose to connect without checking the server (see {@link PracticeAddress#checkSafe})
     */
    public static PracticeConnections open(PracticeAddress address, char[] password, boolean riskAccepted)
            throws PracticeException {
        address.checkSafe(riskAccepted);
        char[] kept = password.clone();
        String workstation = workstation();
        Connection first = connect(address, kept, workstation);
        try {
            PracticeInfo info = info(first, address);
            PracticeSchema.checkUsable(info, AppVersion.app());
            if (info.role() == null) {
                throw new PracticeException("practice.not-member", address.login());
            }
            return new PracticeConnections(address, kept, workstation, info, first);
        } catch (PracticeException | RuntimeException e) {
            closeQuietly(first);
            throw e;
        }
    }

    /** A connection with the desktop's settings; not counted in the pool (init, the listener). */
    static Connection connect(PracticeAddress address, char[] password, String workstation) throws PracticeException {
        Properties p = new Properties();
        p.setProperty("user", address.login());
        p.setProperty("password", new String(password));
        p.setProperty("sslmode", address.sslMode());
        if (address.caFile() != null) {
            p.setProperty("sslrootcert", address.caFile().toString());
        }
        p.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        p.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS + 2));
        p.setProperty("socketTimeout", String.valueOf(SOCKET_TIMEOUT_SECONDS));
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("ApplicationName", workstation);
        p.setProperty(
                "options",
                "-c statement_timeout=" + STATEMENT_TIMEOUT_MS + " -c idle_in_transaction_session_timeout=60000");
        String host = address.host().contains(":") ? "[" + address.host() + "]" : address.host();
        String url = "jdbc:postgresql://" + host + ":" + address.port() + "/"
                + java.net.URLEncoder.encode(address.database(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            return DriverManager.getConnection(url, p);
        } catch (SQLException e) {
            throw PracticeFailures.of(e, address, "connection");
        }
    }

    /** The computer's name, as the audit shows it. */
    static String workstation() {
        String name = System.getenv("COMPUTERNAME");
        if (name == null || name.isBlank()) {
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                name = System.getenv("HOSTNAME");
            }
        }
        return name == null || name.isBlank() ? "unknown computer" : name.strip();
    }

    static PracticeInfo info(Connection c, PracticeAddress address) throws PracticeException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT * FROM restwise_api.practice_info()")) {
            r.next();
            return new PracticeInfo(
                    r.getInt("schema_version"),
                    r.getString("oldest_app"),
                    r.getString("login"),
                    r.getString("role"),
                    r.getString("display_name"),
                    r.getString("practice_name"),
                    r.getString("practice_address"),
                    r.getBoolean("own_clients_only"));
        } catch (SQLException e) {
            if ("42883".equals(e.getSQLState()) || "3F000".equals(e.getSQLState()) || "42501".equals(e.getSQLState())) {
                // no functions: a database clinic init has not set up (or not for this login)
                throw new PracticeException("practice.schema-older", 0, PracticeSchema.LATEST);
            }
            throw PracticeFailures.of(e, address, "connection");
        }
    }

    public PracticeInfo info() {
        return info;
    }

    public PracticeAddress address() {
        return address;
    }

    /** Work on one connection, with the connection's failures said as a person can act on them. */
    public interface Work<T> {
        T run(Connection c) throws SQLException, PracticeException;
    }

    /**
     * Runs work on a free work connection (waiting for one while both are busy). A connection
     * that broke is dropped, and the next work opens a new one.
     *
     * @param what what the work changes, for a stale or gone message ("consultation", "client")
     */
    public <T> T run(String what, Work<T> work) throws PracticeException {
        if (closed) {
            throw new PracticeUnreachableException(
                    "practice.unreachable", new Object[] {address.where(), "closed"}, null);
        }
        try {
            if (!free.tryAcquire(BORROW_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new PracticeUnreachableException(
                        "practice.timeout", new Object[] {address.where(), BORROW_WAIT_SECONDS}, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PracticeUnreachableException(
                    "practice.unreachable", new Object[] {address.where(), "interrupted"}, e);
        }
        Connection c = null;
        boolean broken = false;
        try {
            c = take();
            return work.run(c);
        } catch (SQLException e) {
            broken = PracticeFailures.connectionLost(e);
            rollbackQuietly(c);
            throw PracticeFailures.of(e, address, what);
        } catch (PracticeException | RuntimeException e) {
            broken = e instanceof PracticeUnreachableException;
            rollbackQuietly(c);
            throw e;
        } finally {
            give(c, broken);
            free.release();
        }
    }

    /**
     * Work in one transaction whose statements may each take up to {@link #LONG_WORK_SECONDS}
     * seconds instead of the usual few: an import or an export. The work starts the
     * transaction itself; this lifts the limits for it and puts them back afterwards.
     */
    public <T> T runLong(String what, Work<T> work) throws PracticeException {
        return run(what, c -> {
            c.setNetworkTimeout(Runnable::run, LONG_WORK_SECONDS * 1000);
            try {
                return work.run(c);
            } finally {
                c.setNetworkTimeout(Runnable::run, SOCKET_TIMEOUT_SECONDS * 1000);
            }
        });
    }

    /** Lifts the statement timeout for the rest of the caller's transaction ({@link #runLong}). */
    static void allowLongStatements(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL statement_timeout = '" + LONG_WORK_SECONDS + "s'");
        }
    }

    private Connection take() throws PracticeException {
        while (true) {
            Idle next;
            synchronized (idle) {
                next = idle.poll();
            }
            if (next == null) {
                return connect(address, password, workstation);
            }
            if (System.nanoTime() - next.since() < checkAfterIdleNanos || stillThere(next.connection())) {
                return next.connection();
            }
            closeQuietly(next.connection());
        }
    }

    private void give(Connection c, boolean broken) {
        if (c == null) {
            return;
        }
        boolean keep = !broken && !closed;
        if (keep) {
            try {
                if (!c.getAutoCommit()) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                keep = false;
            }
        }
        if (keep) {
            synchronized (idle) {
                idle.push(new Idle(c, System.nanoTime()));
            }
        } else {
            closeQuietly(c);
        }
    }

    private record Idle(Connection connection, long since) {}

    private static boolean stillThere(Connection c) {
        try {
            return c.isValid(CONNECT_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    /** For tests: check every connection that waited at all. */
    void checkAfterIdle(long nanos) {
        checkAfterIdleNanos = nanos;
    }

    /** The third connection, for listening; the caller closes it. */
    Connection listenerConnection() throws PracticeException {
        return connect(address, password, workstation);
    }

    private static void rollbackQuietly(Connection c) {
        try {
            if (c != null && !c.isClosed() && !c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException e) {
            // the connection is dropped after this anyway
        }
    }

    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing a connection that is gone already
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (idle) {
            idle.forEach(i -> closeQuietly(i.connection()));
            idle.clear();
        }
        Arrays.fill(password, '\0');
    }
}
