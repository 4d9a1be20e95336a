package com.restwise.records.practice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Key;
import java.security.KeyStore;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A certificate authority made for one test run with the JDK's keytool (so it works on every
 * system the tests run on), and a server certificate it signed for one host name, with the
 * server's key as PEM for PostgreSQL.
 */
record ThrowawayCa(Path caCert, Path serverCert, Path serverKey) {

    private static final char[] STORE_PASSWORD = "throwaway".toCharArray();

    static ThrowawayCa make(Path dir, String hostName) throws IOException {
        Path caStore = dir.resolve("ca.p12");
        Path serverStore = dir.resolve("server.p12");
        Path caCert = dir.resolve("ca.pem");
        Path request = dir.resolve("server.csr");
        Path serverCert = dir.resolve("server.pem");
        Path serverKey = dir.resolve("server.key");
        String pw = new String(STORE_PASSWORD);
        keytool(
                "-genkeypair",
                "-keystore",
                caStore.toString(),
                "-storepass",
                pw,
                "-alias",
                "ca",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-dname",
                "CN=Restwise test CA",
                "-ext",
                "bc:c",
                "-validity",
                "2");
        keytool(
                "-genkeypair",
                "-keystore",
                serverStore.toString(),
                "-storepass",
                pw,
                "-alias",
                "server",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-dname",
                "CN=" + hostName,
                "-validity",
                "2");
        keytool(
                "-certreq",
                "-keystore",
                serverStore.toString(),
                "-storepass",
                pw,
                "-alias",
                "server",
                "-file",
                request.toString());
        keytool(
                "-gencert",
                "-rfc",
                "-keystore",
                caStore.toString(),
                "-storepass",
                pw,
                "-alias",
                "ca",
                "-infile",
                request.toString(),
                "-outfile",
                serverCert.toString(),
                "-ext",
                "san=dns:" + hostName,
                "-validity",
                "2");
        try {
            Files.writeString(
                    caCert,
                    pem("CERTIFICATE", load(caStore).getCertificate("ca").getEncoded()));
            Key key = load(serverStore).getKey("server", STORE_PASSWORD);
            Files.writeString(serverKey, pem("PRIVATE KEY", key.getEncoded()));
            if (!System.getProperty("os.name").startsWith("Windows")) {
                // PostgreSQL refuses a key that others may read.
                Files.setPosixFilePermissions(serverKey, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException("cannot read the test CA's keys: " + e, e);
        }
        return new ThrowawayCa(caCert, serverCert, serverKey);
    }

    private static KeyStore load(Path store) throws IOException, java.security.GeneralSecurityException {
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, STORE_PASSWORD);
            return ks;
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static void keytool(String... args) throws IOException {
        Path tool = Path.of(
                System.getProperty("java.home"),
                "bin",
                System.getProperty("os.name").startsWith("Windows") ? "keytool.exe" : "keytool");
        List<String> command = new java.util.ArrayList<>(List.of(tool.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) {
                throw new IOException("keytool " + args[0] + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while making the test CA", e);
        }
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder; the system cleans it up in the end
        }
    }
}
