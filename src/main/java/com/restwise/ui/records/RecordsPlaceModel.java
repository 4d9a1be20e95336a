package com.restwise.ui.records;

import com.restwise.records.practice.PracticeAddress;
import com.restwise.storage.RecordsPlace;
import com.restwise.ui.common.I18n;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings, "Client records": on this computer, or the practice database with its host, port,
 * database, the person's login and the practice's CA certificate file. The connection checks the
 * server's certificate and name whenever a CA file is given; without one it is allowed only to
 * this computer, or after the person chose, knowing the risk, to connect without that check.
 */
public final class RecordsPlaceModel {

    private final I18n i18n;
    private final BooleanProperty practice = new SimpleBooleanProperty();
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("");
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty caFile = new SimpleStringProperty("");
    private final BooleanProperty unchecked = new SimpleBooleanProperty();
    private final StringProperty lockMinutes = new SimpleStringProperty("");
    private final StringBinding problem;

    public RecordsPlaceModel(I18n i18n, RecordsPlace current) {
        this.i18n = i18n;
        practice.set(current.practice());
        host.set(current.host());
        port.set(String.valueOf(current.port()));
        database.set(current.database());
        login.set(current.login());
        caFile.set(current.caFile());
        unchecked.set(current.uncheckedAccepted());
        lockMinutes.set(String.valueOf(current.lockMinutes()));
        problem = Bindings.createStringBinding(
                () -> problemNow().orElse(""), practice, host, port, database, login, caFile, unchecked, lockMinutes);
    }

    public BooleanProperty practice() {
        return practice;
    }

    public StringProperty host() {
        return host;
    }

    public StringProperty port() {
        return port;
    }

    public StringProperty database() {
        return database;
    }

    public StringProperty login() {
        return login;
    }

    public StringProperty caFile() {
        return caFile;
    }

    /** "Connect without checking the server": the explicit choice that says what it risks. */
    public BooleanProperty unchecked() {
        return unchecked;
    }

    public StringProperty lockMinutes() {
        return lockMinutes;
    }

    /** What stops the setting from being saved, in words; empty when it can be. */
    public StringBinding problem() {
        return problem;
    }

    /** Whether the unchecked choice matters: a practice database elsewhere, and no CA file. */
    public boolean needsCheckChoice() {
        return practice.get() && caFile.get().isBlank() && !loopback(host.get().strip());
    }

    private Optional<String> problemNow() {
        if (!practice.get()) {
            return Optional.empty();
        }
        if (host.get().isBlank()) {
            return Optional.of(i18n.get("place.problem.host"));
        }
        if (portNumber() == null) {
            return Optional.of(i18n.get("place.problem.port"));
        }
        if (database.get().isBlank()) {
            return Optional.of(i18n.get("place.problem.database"));
        }
        if (login.get().isBlank()) {
            return Optional.of(i18n.get("place.problem.login"));
        }
        if (!caFile.get().isBlank() && !readable(caFile.get().strip())) {
            return Optional.of(i18n.get("place.problem.ca-file", caFile.get().strip()));
        }
        if (needsCheckChoice() && !unchecked.get()) {
            return Optional.of(i18n.get("place.problem.unchecked"));
        }
        if (minutes() == null) {
            return Optional.of(i18n.get("place.problem.lock", RecordsPlace.MAX_LOCK_MINUTES));
        }
        return Optional.empty();
    }

    /** The setting as chosen; call only when {@link #problem()} is empty. */
    public RecordsPlace place() {
        if (!practice.get()) {
            RecordsPlace now = new RecordsPlace(
                    false,
                    host.get(),
                    portOr(),
                    database.get(),
                    login.get(),
                    caFile.get(),
                    false,
                    minutes() == null ? RecordsPlace.DEFAULT_LOCK_MINUTES : minutes());
            return now;
        }
        return new RecordsPlace(
                true,
                host.get(),
                portNumber(),
                database.get(),
                login.get(),
                caFile.get(),
                needsCheckChoice() && unchecked.get(),
                minutes());
    }

    private int portOr() {
        Integer p = portNumber();
        return p == null ? RecordsPlace.DEFAULT_PORT : p;
    }

    /**
     * Where a desktop with this setting connects: verify-full with the CA file; without one,
     * unencrypted to this computer, or encrypted but unchecked after the person chose it.
     */
    public static PracticeAddress address(RecordsPlace place) {
        boolean withCa = !place.caFile().isBlank();
        String mode = withCa ? "verify-full" : loopback(place.host()) ? "disable" : "require";
        return new PracticeAddress(
                place.login(),
                place.host(),
                place.port(),
                place.database(),
                mode,
                withCa ? Path.of(place.caFile()) : null);
    }

    private static boolean loopback(String host) {
        return new PracticeAddress("x", host.isEmpty() ? "-" : host, 1, "x", "disable", null).loopback();
    }

    private Integer portNumber() {
        try {
            int p = Integer.parseInt(port.get().strip());
            return p >= 1 && p <= 65535 ? p : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Integer minutes() {
        try {
            int m = Integer.parseInt(lockMinutes.get().strip());
            return m >= 1 && m <= RecordsPlace.MAX_LOCK_MINUTES ? m : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean readable(String file) {
        try {
            return Files.isRegularFile(Path.of(file)) && Files.isReadable(Path.of(file));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
