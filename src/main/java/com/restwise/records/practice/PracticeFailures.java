package com.restwise.records.practice;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * Turns what PostgreSQL and its driver report into sentences a person can act on: the
 * functions' own refusals (their SQLSTATEs start with RW), a stale version, a lost or slow
 * network, a certificate that does not match, a wrong password.
 */
final class PracticeFailures {

    /** The functions' refusals; see functions.sql. */
    static final String STALE = "RWST1";

    static final String GONE = "RWGN1";
    static final String NOT_MEMBER = "RWNM1";
    static final String DENIED = "RWDN1";
    static final String EXISTS = "RWEX1";
    static final String NO_SUCH_USER = "RWNU1";
    static final String APPEND_ONLY = "RWAP1";

    private PracticeFailures() {}

    static PracticeException of(SQLException e, PracticeAddress address, String what) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String server = address == null ? "" : address.where();
        switch (state) {
            case STALE:
                return new StaleChangeException(what, currentVersion(e), e);
            case GONE:
                return new PracticeException("practice.gone", new Object[] {new RecordKind(what)}, e);
            case NOT_MEMBER:
                return new PracticeException("practice.not-member", new Object[] {login(address)}, e);
            case DENIED:
            case "42501":
                return new PracticeException("practice.denied", new Object[] {firstLine(e)}, e);
            case EXISTS:
                return new PracticeException("practice.login-exists", new Object[] {firstLine(e)}, e);
            case NO_SUCH_USER:
                return new PracticeException("practice.no-such-user", new Object[] {firstLine(e)}, e);
            case APPEND_ONLY:
                return new PracticeException("practice.append-only", new Object[0], e);
            case "28P01":
            case "28000":
                return new PracticeException("practice.login-failed", new Object[] {server, login(address)}, e);
            case "3D000":
                return new PracticeException(
                        "practice.no-database", new Object[] {server, address == null ? "" : address.database()}, e);
            case "57014":
                return new PracticeUnreachableException(
                        "practice.timeout", new Object[] {server, PracticeConnections.ANSWER_WITHIN_SECONDS}, e);
            default:
                break;
        }
        Throwable certificate = find(e, SSLException.class);
        if (certificate != null || lower(e).contains("hostname") && lower(e).contains("could not be verified")) {
            return new PracticeUnreachableException(
                    "practice.certificate", new Object[] {server, firstLine(certificate == null ? e : certificate)}, e);
        }
        if (find(e, SocketTimeoutException.class) != null) {
            return new PracticeUnreachableException(
                    "practice.timeout", new Object[] {server, PracticeConnections.ANSWER_WITHIN_SECONDS}, e);
        }
        if (state.startsWith("08")
                || state.startsWith("57P")
                || state.equals("53300")
                || find(e, ConnectException.class) != null
                || find(e, UnknownHostException.class) != null
                || find(e, NoRouteToHostException.class) != null
                || find(e, IOException.class) != null) {
            return new PracticeUnreachableException("practice.unreachable", new Object[] {server, reason(e)}, e);
        }
        return new PracticeException("practice.failed", new Object[] {firstLine(e)}, e);
    }

    /** Whether the connection that failed so is no good any more. */
    static boolean connectionLost(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.startsWith("08") || state.startsWith("57P") || find(e, IOException.class) != null;
    }

    private static int currentVersion(SQLException e) {
        if (e instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null) {
            try {
                return Integer.parseInt(
                        String.valueOf(p.getServerErrorMessage().getDetail()).strip());
            } catch (NumberFormatException ignored) {
                return 0;
            }
        }
        return 0;
    }

    private static String login(PracticeAddress address) {
        return address == null ? "" : address.login();
    }

    private static String reason(SQLException e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        if (root instanceof ConnectException) {
            return "connection refused";
        }
        if (root instanceof UnknownHostException) {
            return "unknown host";
        }
        return firstLine(root == e ? e : root);
    }

    private static String firstLine(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        if (t instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null) {
            m = p.getServerErrorMessage().getMessage();
        }
        return com.restwise.json.Echo.escape(m.lines().findFirst().orElse("").strip(), 200);
    }

    private static String lower(Throwable t) {
        return String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
