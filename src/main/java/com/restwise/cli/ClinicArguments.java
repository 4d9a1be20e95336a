package com.restwise.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.restwise.json.JsonFormat;
import com.restwise.records.practice.PracticeAddress;
import com.restwise.records.practice.PracticeAdmin;
import com.restwise.records.practice.PracticeConnections;
import com.restwise.records.practice.PracticeException;
import com.restwise.records.practice.PracticePassword;
import com.restwise.records.practice.PracticeSchema;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code clinic}: setting up the practice database and its members, the practice's settings,
 * and reading the audit. Each answer is JSON on standard output; a refusal is an {@code error:}
 * line, with exit status 2, or 4 when the database cannot be reached.
 */
@Command(
        name = "clinic",
        description = "The practice database that several computers share (PostgreSQL): set it up, add and "
                + "remove its members, read who did what.",
        subcommands = {
            ClinicArguments.Init.class,
            ClinicArguments.AddUser.class,
            ClinicArguments.RemoveUser.class,
            ClinicArguments.ListUsers.class,
            ClinicArguments.OwnClientsOnly.class,
            ClinicArguments.Settings.class,
            ClinicArguments.Audit.class
        },
        footerHeading = "%n",
        footer = ExitStatus.HELP)
final class ClinicArguments extends CommandWords {

    @ParentCommand
    RestwiseCommand root;

    @Mixin
    PracticeDatabaseOptions database;

    /** {@code clinic} alone. */
    @Override
    public Integer call() {
        throw misuse(
                "clinic needs one of " + String.join(", ", spec.subcommands().keySet()));
    }

    PrintStream out() {
        return new PrintStream(root.streams().out(), true, StandardCharsets.UTF_8);
    }

    /** A clinic command's work, with the practice database connected as the URL's login. */
    interface AdminWork {
        JsonObject run(PracticeAdmin admin) throws PracticeException;
    }

    int asAdmin(CommandSpec command, AdminWork work) throws PracticeException {
        requireDatabase(command);
        try (PracticeConnections db = database.connect()) {
            out().println(JsonFormat.compact(work.run(new PracticeAdmin(db))));
            return ExitStatus.OK;
        }
    }

    void requireDatabase(CommandSpec command) {
        if (!database.given()) {
            throw new UsageErrors.Misuse(
                    command, RestwiseCommand.nameOf(command) + " needs --db postgresql://LOGIN@HOST:PORT/DATABASE");
        }
    }

    @Command(
            name = "init",
            description = "Creates or upgrades the practice's schema, group roles and functions. Run it as the login "
                    + "that owns the database and may create roles; running it again changes nothing.")
    static final class Init extends CommandWords {

        @ParentCommand
        ClinicArguments clinic;

        @Override
        public Integer call() throws PracticeException {
            clinic.requireDatabase(spec);
            PracticeAddress address = clinic.database.address();
            address.checkSafe(clinic.database.unchecked);
            char[] password = clinic.database.password(address);
            try {
                PracticeSchema.InitResult r = PracticeSchema.init(address, password);
                JsonObject o = new JsonObject();
                o.addProperty("database", address.database());
                o.addProperty("schemaBefore", r.fromVersion());
                o.addProperty("schema", r.toVersion());
                JsonArray roles = new JsonArray();
                r.rolesCreated().forEach(roles::add);
                o.add("rolesCreated", roles);
                o.addProperty("changed", !r.changedNothing());
                clinic.out().println(JsonFormat.compact(o));
                return ExitStatus.OK;
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    @Command(
            name = "add-user",
            description = "Adds a login to the practice with a role: a therapist reads and writes clients and "
                    + "consultations; reception creates clients and sees names and dates only; an admin manages "
                    + "members and settings and reads the audit.")
    static final class AddUser extends CommandWords {

        @ParentCommand
        ClinicArguments clinic;

        @Parameters(
                arity = "0..1",
                paramLabel = "LOGIN",
                converter = OptionValues.Text.class,
                description = "the new login (role names are per server, so a login may not be taken already)")
        String login;

        @Option(
                names = "--role",
                paramLabel = "therapist|reception|admin",
                converter = OptionValues.Role.class,
                description = "what the login may do")
        String role;

        @Option(
                names = "--name",
                paramLabel = "NAME",
                converter = OptionValues.Text.class,
                description = "the person's name, as the header and the audit show it")
        String name;

        @Option(
                names = "--user-password-file",
                paramLabel = "FILE",
                converter = OptionValues.FileName.class,
                description = "the new login's password (its first line), sent as a SCRAM verifier only")
        String passwordFile;

        @Override
        public Integer call() throws PracticeException {
            if (login == null) {
                throw misuse("clinic add-user needs the LOGIN to add");
            }
            if (role == null) {
                throw misuse("clinic add-user needs --role therapist, reception or admin");
            }
            if (passwordFile == null) {
                throw misuse("clinic add-user needs --user-password-file FILE with the new login's password");
            }
            clinic.requireDatabase(spec);
            char[] password = PracticePassword.fromFile(Path.of(passwordFile));
            try {
                if (password.length == 0) {
                    throw misuse("--user-password-file " + com.restwise.json.Echo.name(passwordFile)
                            + ": its first line is empty");
                }
                return clinic.asAdmin(spec, admin -> {
                    admin.addUser(login, role, name, password);
                    JsonObject o = new JsonObject();
                    o.addProperty("login", login);
                    o.addProperty("role", role);
                    o.addProperty("name", name == null ? "" : name);
                    o.addProperty("added", true);
                    return o;
                });
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    @Command(
            name = "remove-user",
            description = "Disables a login: it cannot connect again and its open sessions end now. What it saved "
                    + "and the audit stay.")
    static final class RemoveUser extends CommandWords {

        @ParentCommand
        ClinicArguments clinic;

        @Parameters(
                arity = "0..1",
                paramLabel = "LOGIN",
                converter = OptionValues.Text.class,
                description = "the login to remove")
        String login;

        @Override
        public Integer call() throws PracticeException {
            if (login == null) {
                throw misuse("clinic remove-user needs the LOGIN to remove");
            }
            return clinic.asAdmin(spec, admin -> {
                int ended = admin.removeUser(login);
                JsonObject o = new JsonObject();
                o.addProperty("login", login);
                o.addProperty("removed", true);
                o.addProperty("sessionsEnded", ended);
                return o;
            });
        }
    }

    @Command(
            name = "list-users",
            description = "The practice's members as JSON: login, role, name, active, addedAt, addedBy.")
    static final class ListUsers extends CommandWords {

        @ParentCommand
        ClinicArguments clinic;

        @Override
        public Integer call() throws PracticeException {
            clinic.requireDatabase(spec);
            try (PracticeConnections db = clinic.database.connect()) {
                JsonArray array = new JsonArray();
                for (PracticeAdmin.Member m : new PracticeAdmin(db).users()) {
                    JsonObject o = new JsonObject();
                    o.addProperty("login", m.login());
                    o.addProperty("role", m.role());
                    o.addProperty("name", m.displayName());
                    o.addProperty("active", m.active());
                    o.addProperty("addedAt", m.addedAt().toString());
                    o.addProperty("addedBy", m.addedBy());
                    array.add(o);
                }
                clinic.out().println(JsonFormat.pretty(array));
                return ExitStatus.OK;
            }
        }
    }

    @Command(
            name = "own-clients-only",
            description = "on: each therapist sees only the clients they created or that were handed to them "
                    + "(records share); off: every therapist sees every client.")
    static final class OwnClientsOnly extends CommandWords {

        @ParentCommand
        ClinicArguments clinic;

        @Parameters(
                arity = "0..1",
                paramLabel = "on|off",
                converter = OptionValues.OnOff.class,
                description = "on or off")
        String onOff;

        @Override
        public Integer call() throws PracticeException {
            if (onOff == null) {
                throw misuse("clinic own-clients-only needs on or off");
            }
            boolean on = onOff.equals("on");
            return clinic.asAdmin(spec, admin -> {
                admin.ownClientsOnly(on);
                JsonObject o = new JsonObject();
                o.addProperty("ownClientsOnly", on);
                return o;
            });
        }
    }

    @Command(
            name = "settings",
            description = "The practice's name and address, at the head of every report and, with the person's "
                    + "name, in the window's header (\"Physio am Park: Jana Meier\").")
    static final class Settings extends CommandWords {

        @ParentCommand
        ClinicArguments clinic;

        @Option(
                names = "--name",
                paramLabel = "NAME",
                converter = OptionValues.Text.class,
                description = "the practice's name")
        String name;

        @Option(names = "--address", paramLabel = "TEXT", description = "the practice's address")
        String address;

        @Override
        public Integer call() throws PracticeException {
            if (name == null) {
                throw misuse("clinic settings needs --name NAME");
            }
            return clinic.asAdmin(spec, admin -> {
                admin.settings(name, address == null ? "" : address);
                JsonObject o = new JsonObject();
                o.addProperty("name", name);
                o.addProperty("address", address == null ? "" : address);
                return o;
            });
        }
    }

    @Command(
            name = "audit",
            description = "Who did what with whose record, oldest first, one JSON line each: at, login, "
                    + "workstation, action, client, clientId. What a practice answers a client who asks who looked at "
                    + "their record (GDPR art. 15).")
    static final class Audit extends CommandWords {

        @ParentCommand
        ClinicArguments clinic;

        @Option(
                names = "--client",
                paramLabel = "NAME",
                converter = OptionValues.Text.class,
                description = "only this client (every client of that name)")
        String client;

        @Option(
                names = "--login",
                paramLabel = "LOGIN",
                converter = OptionValues.Text.class,
                description = "only what this login did")
        String login;

        @Option(
                names = "--since",
                paramLabel = "DATE",
                converter = OptionValues.Since.class,
                description = "only from this day (YYYY-MM-DD, from midnight here) or moment (2026-12-07T10:00:00Z) on")
        Instant since;

        @Override
        public Integer call() throws PracticeException {
            clinic.requireDatabase(spec);
            try (PracticeConnections db = clinic.database.connect()) {
                PrintStream out = clinic.out();
                for (PracticeAdmin.AuditRow row : new PracticeAdmin(db).audit(client, login, since)) {
                    out.println(line(row));
                }
                return ExitStatus.OK;
            }
        }

        /** One row: every key always there, null where a row has no client (a member added, say). */
        static String line(PracticeAdmin.AuditRow row) {
            JsonObject o = new JsonObject();
            o.addProperty("at", row.at().toString());
            o.addProperty("login", row.login());
            o.addProperty("workstation", row.workstation());
            o.addProperty("action", row.action());
            o.addProperty("client", row.client());
            o.addProperty("clientId", row.client() == null ? null : row.clientId());
            return new com.google.gson.GsonBuilder()
                    .disableHtmlEscaping()
                    .serializeNulls()
                    .create()
                    .toJson(o);
        }
    }
}
