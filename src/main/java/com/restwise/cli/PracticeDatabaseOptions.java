package com.restwise.cli;

import com.restwise.records.practice.PracticeAddress;
import com.restwise.records.practice.PracticeConnections;
import com.restwise.records.practice.PracticeException;
import com.restwise.records.practice.PracticePassword;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Where the practice database is and how the connecting login proves who it is: the options
 * every {@code clinic} command takes, and every {@code records} command when the records are the
 * practice's. The password comes from a file or PGPASSWORD, never from the command line, where
 * other users of the computer could read it.
 */
final class PracticeDatabaseOptions {

    @Option(
            names = "--db",
            paramLabel = "URL",
            scope = ScopeType.INHERIT,
            converter = OptionValues.Text.class,
            description = "the practice database, postgresql://LOGIN@HOST:PORT/DATABASE?sslmode=verify-full"
                    + "&sslrootcert=CA.pem")
    String url;

    @Option(
            names = "--password-file",
            paramLabel = "FILE",
            scope = ScopeType.INHERIT,
            converter = OptionValues.FileName.class,
            description = "the login's password (its first line); else $PGPASSWORD")
    String passwordFile;

    @Option(
            names = "--unchecked-connection",
            scope = ScopeType.INHERIT,
            description = "connect to another computer although the URL's sslmode does not check the server's "
                    + "certificate and host name: anyone on the network between could read and change the records")
    boolean unchecked;

    boolean given() {
        return url != null;
    }

    PracticeAddress address() throws PracticeException {
        return PracticeAddress.parse(url);
    }

    char[] password(PracticeAddress address) throws PracticeException {
        return PracticePassword.fromFileOrEnvironment(passwordFile == null ? null : Path.of(passwordFile), address);
    }

    /** Connects as the URL's login: the schema is checked, and the login must be one of the practice. */
    PracticeConnections connect() throws PracticeException {
        PracticeAddress address = address();
        address.checkSafe(unchecked);
        char[] password = password(address);
        try {
            return PracticeConnections.open(address, password, unchecked);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
