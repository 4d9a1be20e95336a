package com.restwise.records.practice;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where the practice database is and who connects, as libpq writes it:
 * {@code postgresql://LOGIN@HOST:PORT/DATABASE?sslmode=verify-full&sslrootcert=/path/ca.pem}.
 * The password is never part of it: a URI holding one is refused, as it would end up in shell
 * histories and settings files.
 *
 * @param caFile the practice's CA certificate (sslrootcert); null: PostgreSQL's default place
 */
public record PracticeAddress(String login, String host, int port, String database, String sslMode, Path caFile) {

    public static final int DEFAULT_PORT = 5432;
    static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    private static final Set<String> KNOWN_PARAMETERS = Set.of("sslmode", "sslrootcert");

    /** Reads a postgresql:// (or postgres://) URI; the message names what is wrong. */
    public static PracticeAddress parse(String text) throws PracticeException {
        String shown = text == null ? "" : com.restwise.json.Echo.quote(text);
        if (text == null || text.isBlank()) {
            throw bad(shown, "it is empty");
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw bad(shown, "it is not a URI (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("postgresql") && !scheme.equals("postgres")) {
            throw bad(shown, "it must start with postgresql://");
        }
        String info = uri.getRawUserInfo();
        if (info == null || info.isEmpty()) {
            throw bad(shown, "it names no login (LOGIN@ before the host)");
        }
        if (info.contains(":")) {
            throw bad(shown, "it holds a password; give the password in a file or PGPASSWORD instead");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw bad(shown, "it names no host");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = decode(path.startsWith("/") ? path.substring(1) : path);
        if (database.isEmpty() || database.contains("/")) {
            throw bad(shown, "it names no database (/DATABASE after the host)");
        }
        Map<String, String> params = parameters(uri.getRawQuery(), shown);
        String sslMode = params.getOrDefault("sslmode", "verify-full");
        if (!SSL_MODES.contains(sslMode)) {
            throw bad(shown, "sslmode must be one of " + String.join(", ", new java.util.TreeSet<>(SSL_MODES)));
        }
        Path ca = params.containsKey("sslrootcert") ? Path.of(params.get("sslrootcert")) : null;
        return new PracticeAddress(
                decode(info), host, uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), database, sslMode, ca);
    }

    private static Map<String, String> parameters(String query, String shown) throws PracticeException {
        Map<String, String> params = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (!KNOWN_PARAMETERS.contains(key)) {
                throw bad(
                        shown,
                        "unknown parameter " + com.restwise.json.Echo.quote(key)
                                + " (Restwise understands sslmode and sslrootcert)");
            }
            params.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return params;
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static PracticeException bad(String shown, String why) {
        return new PracticeException("practice.address", shown, why);
    }

    /** The same address with the practice's CA file set (the desktop's setting). */
    public PracticeAddress withCaFile(Path file) {
        return new PracticeAddress(login, host, port, database, sslMode, file);
    }

    /** Whether the server's certificate and host name are checked. */
    public boolean verified() {
        return sslMode.equals("verify-full");
    }

    /** Whether the host is this computer, where an unencrypted connection never leaves it. */
    public boolean loopback() {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            // Only literal addresses: a name is not looked up here.
            return host.matches("[0-9.]+|[0-9a-fA-F:]+")
                    && InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /**
     * Refuses a connection that does not check the server, unless it stays on this computer or
     * the user chose it knowing the risk.
     */
    public void checkSafe(boolean riskAccepted) throws PracticeException {
        if (!verified() && !loopback() && !riskAccepted) {
            throw new PracticeException("practice.unsafe", where(), sslMode);
        }
    }

    /** host:port/database, for messages. */
    public String where() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
    }

    /** The address as libpq writes it. */
    @Override
    public String toString() {
        String uri = "postgresql://" + enc(login) + "@" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port
                + "/" + enc(database) + "?sslmode=" + sslMode;
        return caFile == null ? uri : uri + "&sslrootcert=" + enc(caFile.toString());
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
