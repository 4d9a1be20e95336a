package com.restwise.records.practice;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The PostgreSQL server of the practice tests: one per test JVM, started on first use and
 * stopped when the JVM ends. With {@code RESTWISE_TEST_PG_URL} set (a superuser's
 * {@code postgresql://USER@HOST:PORT/DATABASE}, its password in PGPASSWORD) the same tests run
 * against that server instead. A server that does not start fails the tests with its reason:
 * a practice test is never skipped.
 *
 * <p>The embedded server is started with TLS on (a certificate for "localhost" signed by a
 * throwaway CA made here) and a pg_hba.conf that asks every login but the superuser for its
 * SCRAM password, as a practice's server would.
 */
final class TestPostgres {

    static final String ENV = "RESTWISE_TEST_PG_URL";

    private static TestPostgres server;
    private static Throwable failure;

    final String host;
    final int port;
    final String superuser;
    final String superPassword;
    /** The throwaway CA's certificate (PEM), null on a developer's server. */
    final Path caFile;

    private final EmbeddedPostgres embedded;

    private TestPostgres(
            String host, int port, String superuser, String superPassword, Path caFile, EmbeddedPostgres embedded) {
        this.host = host;
        this.port = port;
        this.superuser = superuser;
        this.superPassword = superPassword;
        this.caFile = caFile;
        this.embedded = embedded;
    }

    static synchronized TestPostgres get() {
        if (server == null && failure == null) {
            try {
                server = start();
            } catch (Throwable e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw new IllegalStateException("PostgreSQL for the practice tests did not start: " + failure, failure);
        }
        return server;
    }

    boolean embedded() {
        return embedded != null;
    }

    private static TestPostgres start() throws IOException {
        String url = System.getenv(ENV);
        if (url != null && !url.isBlank()) {
            URI uri = URI.create(url.strip());
            String user = uri.getUserInfo() == null ? "postgres" : uri.getUserInfo();
            String password = System.getenv("PGPASSWORD");
            return new TestPostgres(
                    uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), user, password, null, null);
        }
        Path certs = Files.createTempDirectory("restwise-test-ca");
        ThrowawayCa ca = ThrowawayCa.make(certs, "localhost");
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPGStartupWait(java.time.Duration.ofSeconds(60))
                .setServerConfig("ssl", "on")
                .setServerConfig("ssl_cert_file", ca.serverCert().toString())
                .setServerConfig("ssl_key_file", ca.serverKey().toString())
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("max_connections", "120")
                // The tests make and drop a database per class; no need to make each durable.
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setDataDirectoryCustomizer(dir -> writeHba(dir.toPath()))
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ThrowawayCa.deleteQuietly(certs)));
        return new TestPostgres("localhost", pg.getPort(), "postgres", null, ca.caCert(), pg);
    }

    /** The superuser over the local socket's loopback as before; everyone else by SCRAM password. */
    private static void writeHba(Path dataDir) {
        try {
            Files.writeString(
                    dataDir.resolve("pg_hba.conf"),
                    """
                    host all postgres 127.0.0.1/32 trust
                    host all postgres ::1/128 trust
                    host all all 127.0.0.1/32 scram-sha-256
                    host all all ::1/128 scram-sha-256
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A superuser connection to a database of this server, without TLS. */
    Connection superConnection(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", superuser);
        if (superPassword != null) {
            p.setProperty("password", superPassword);
        }
        p.setProperty("sslmode", embedded() ? "disable" : "prefer");
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, p);
    }
}
