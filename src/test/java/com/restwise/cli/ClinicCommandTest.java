package com.restwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.restwise.cli.AssessCommandTest.Result;
import com.restwise.json.StrictJson;
import com.restwise.records.practice.PracticeUnreachableException;
import com.restwise.records.practice.StaleChangeException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clinic and records commands against a real PostgreSQL, as the README sets a practice up:
 * the owner runs clinic init and adds an admin, the admin adds two therapists, and each
 * therapist works from the command line with --db and a password file.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClinicCommandTest {

    private static final String PROFILE =
            "{\"schemaVersion\":1,\"sleeper\":{\"weightKg\":70},\"positions\":{\"SIDE\":1}}";
    private static final String PASSWORD = "a long practice password";

    @RegisterExtension
    static final PracticeForCommands DB = new PracticeForCommands();

    @TempDir
    static Path tmp;

    static Path ownerPassword;
    static Path password;

    @BeforeAll
    static void passwords() throws Exception {
        ownerPassword = Files.writeString(tmp.resolve("owner.txt"), DB.ownerPassword() + "\n");
        password = Files.writeString(tmp.resolve("pw.txt"), PASSWORD + "\n");
    }

    /** A command as a login, its password in a file, its own data directory (this computer's). */
    static Result as(String login, String stdin, String... args) throws Exception {
        Path passwordFile = login.equals(DB.owner()) ? ownerPassword : password;
        List<String> all = new ArrayList<>(
                List.of("--data-dir", tmp.resolve("data-" + login).toString()));
        all.addAll(List.of(args));
        all.addAll(List.of("--db", DB.url(login), "--password-file", passwordFile.toString()));
        return AssessCommandTest.run(stdin, all.toArray(String[]::new));
    }

    static Result owner(String... args) throws Exception {
        return as(DB.owner(), "", args);
    }

    static Result admin(String... args) throws Exception {
        return as(DB.login("ada"), "", args);
    }

    static Result anna(String stdin, String... args) throws Exception {
        return as(DB.login("anna"), stdin, args);
    }

    static Result ben(String stdin, String... args) throws Exception {
        return as(DB.login("ben"), stdin, args);
    }

    static JsonObject object(Result r) throws Exception {
        assertEquals(0, r.status(), r.err());
        return StrictJson.parse(r.out()).getAsJsonObject();
    }

    static Set<String> names(Result r) throws Exception {
        assertEquals(0, r.status(), r.err());
        JsonArray a = StrictJson.parse(r.out()).getAsJsonArray();
        Set<String> names = new java.util.TreeSet<>();
        for (JsonElement e : a) {
            names.add(e.getAsJsonObject().get("name").getAsString());
        }
        return names;
    }

    @Test
    @Order(1)
    void initTwiceChangesNothingTheSecondTimeAndTheOwnerAddsAnAdminWhoAddsTherapists() throws Exception {
        JsonObject first = object(owner("clinic", "init"));
        assertTrue(first.get("changed").getAsBoolean());
        assertEquals(3, first.getAsJsonArray("rolesCreated").size());
        assertFalse(object(owner("clinic", "init")).get("changed").getAsBoolean(), "a second init changes nothing");

        object(owner(
                "clinic",
                "add-user",
                DB.login("ada"),
                "--role",
                "admin",
                "--name",
                "Ada Alt",
                "--user-password-file",
                password.toString()));
        object(admin(
                "clinic",
                "add-user",
                DB.login("anna"),
                "--role",
                "therapist",
                "--name",
                "Anna Adler",
                "--user-password-file",
                password.toString()));
        object(admin(
                "clinic",
                "add-user",
                DB.login("ben"),
                "--role",
                "therapist",
                "--name",
                "Ben Berg",
                "--user-password-file",
                password.toString()));
        object(admin("clinic", "settings", "--name", "Physio am Park"));

        Result users = admin("clinic", "list-users");
        assertEquals(0, users.status(), users.err());
        Set<String> logins = new java.util.HashSet<>();
        for (JsonElement e : StrictJson.parse(users.out()).getAsJsonArray()) {
            logins.add(e.getAsJsonObject().get("login").getAsString() + ":"
                    + e.getAsJsonObject().get("role").getAsString());
        }
        assertEquals(
                Set.of(DB.login("ada") + ":admin", DB.login("anna") + ":therapist", DB.login("ben") + ":therapist"),
                logins);

        Result again = admin(
                "clinic",
                "add-user",
                DB.login("anna"),
                "--role",
                "therapist",
                "--user-password-file",
                password.toString());
        assertEquals(2, again.status());
        assertTrue(again.err().startsWith("error: This login cannot be added"), again.err());
    }

    @Test
    @Order(2)
    void recordsWorkOnThePracticeAsOnThisComputerAndOwnClientsOnlyHidesTheOthersUntilShared() throws Exception {
        assertEquals(
                "Greta Grün",
                object(anna(PROFILE, "records", "add", "-", "--client", "Greta Grün", "--date", "2026-11-02"))
                        .get("client")
                        .getAsString());
        Result batch = anna(
                "{\"date\":\"2026-11-09\",\"profile\":" + PROFILE + "}\n" + PROFILE + "\n",
                "records",
                "add",
                "--batch",
                "-",
                "--client",
                "greta grün");
        assertEquals(0, batch.status(), batch.err());
        assertEquals(2, batch.out().lines().count());
        Result rerun = anna(
                "{\"date\":\"2026-11-09\",\"profile\":" + PROFILE + "}\n" + PROFILE + "\n",
                "records",
                "add",
                "--batch",
                "-",
                "--client",
                "greta grün");
        assertEquals(0, rerun.status(), rerun.err());
        assertTrue(
                rerun.out().lines().allMatch(l -> l.contains("\"alreadySaved\":true")),
                "the practice recognises a rerun by the lines' request ids: " + rerun.out());
        object(ben(PROFILE, "records", "add", "-", "--client", "Bruno Brandt"));

        JsonArray list = StrictJson.parse(ben("", "records", "list").out()).getAsJsonArray();
        assertEquals(2, list.size(), "own-clients-only is off: Ben sees both");
        JsonObject greta = list.get(1).getAsJsonObject();
        assertEquals("Greta Grün", greta.get("name").getAsString());
        assertEquals(3, greta.get("consultations").getAsInt());

        assertTrue(object(admin("clinic", "own-clients-only", "on"))
                .get("ownClientsOnly")
                .getAsBoolean());
        assertEquals(Set.of("Bruno Brandt"), names(ben("", "records", "list")));
        assertEquals(Set.of("Greta Grün"), names(anna("", "records", "list")));

        assertEquals(
                DB.login("ben"),
                object(anna("", "records", "share", "Greta Grün", "--with", DB.login("ben")))
                        .get("sharedWith")
                        .getAsString());
        assertEquals(Set.of("Bruno Brandt", "Greta Grün"), names(ben("", "records", "list")));
        object(admin("clinic", "own-clients-only", "off"));
    }

    @Test
    @Order(3)
    void theAuditListsEveryAddAsJsonLinesAndFiltersByLoginClientAndDay() throws Exception {
        Result all = admin("clinic", "audit");
        assertEquals(0, all.status(), all.err());
        List<JsonObject> rows = new ArrayList<>();
        for (String line : all.out().lines().toList()) {
            rows.add(StrictJson.parse(line).getAsJsonObject());
        }
        String anna = DB.login("anna");
        String ben = DB.login("ben");
        for (JsonObject row : rows) {
            for (String key : List.of("at", "login", "action", "client", "workstation")) {
                assertTrue(row.has(key), key + " in " + row);
            }
        }
        List<JsonObject> annasSaves = rows.stream()
                .filter(r -> r.get("login").getAsString().equals(anna))
                .filter(r -> r.get("action").getAsString().equals("consultation-add"))
                .toList();
        assertEquals(3, annasSaves.size(), "one row per consultation Anna added: " + rows);
        assertTrue(
                annasSaves.stream().allMatch(r -> r.get("client").getAsString().equals("Greta Grün")));

        Result bens = admin("clinic", "audit", "--login", ben);
        assertTrue(bens.out().lines().allMatch(l -> l.contains("\"login\":\"" + ben + "\"")), bens.out());
        Result greta = admin("clinic", "audit", "--client", "greta grün");
        assertTrue(greta.out().lines().count() >= 4, greta.out());
        assertTrue(greta.out().lines().allMatch(l -> l.contains("Greta Grün")), greta.out());
        assertEquals(
                "",
                admin(
                                "clinic",
                                "audit",
                                "--since",
                                java.time.LocalDate.now().plusDays(1).toString())
                        .out(),
                "nothing from tomorrow on");

        Result therapist = anna("", "clinic", "audit");
        assertEquals(2, therapist.status());
        assertTrue(therapist.err().contains("may not do this"), therapist.err());
    }

    @Test
    @Order(4)
    void aComputersRecordsMoveInOnceAndAPracticeExportFillsAFreshComputer() throws Exception {
        Path local = tmp.resolve("room3");
        for (String day : List.of("2026-10-01", "2026-10-15")) {
            assertEquals(
                    0,
                    AssessCommandTest.run(
                                    PROFILE,
                                    "--data-dir",
                                    local.toString(),
                                    "records",
                                    "add",
                                    "-",
                                    "--client",
                                    "Hans Huber",
                                    "--date",
                                    day)
                            .status());
        }
        Path file = tmp.resolve("room3.json");
        assertEquals(
                0,
                AssessCommandTest.run("", "--data-dir", local.toString(), "records", "export", "--out", file.toString())
                        .status());

        JsonObject first = object(anna("", "records", "import", file.toString()));
        assertEquals(1, first.get("added").getAsInt());
        assertEquals(2, first.get("consultationsSaved").getAsInt());
        Result twice = anna("", "records", "import", file.toString());
        assertEquals(2, twice.status(), "Hans Huber is there now: a conflict");
        assertTrue(twice.err().contains("conflict: \"Hans Huber\""), twice.err());
        JsonObject skipped = object(anna("", "records", "import", file.toString(), "--on-conflict", "skip"));
        assertEquals(0, skipped.get("consultationsSaved").getAsInt(), "a second move adds nothing: " + skipped);
        assertEquals(1, skipped.get("skipped").getAsInt());
        JsonObject replaced = object(anna("", "records", "import", file.toString(), "--on-conflict", "replace"));
        assertEquals(
                0, replaced.get("consultationsSaved").getAsInt(), "the same consultations are recognised: " + replaced);
        assertEquals(2, replaced.get("consultationsAlreadyThere").getAsInt());
        assertEquals(0, replaced.get("consultationsHidden").getAsInt());

        Path out = tmp.resolve("practice.json");
        JsonObject exported = object(anna("", "records", "export", "--out", out.toString()));
        Path fresh = tmp.resolve("fresh");
        Result imported =
                AssessCommandTest.run("", "--data-dir", fresh.toString(), "records", "import", out.toString());
        assertEquals(0, imported.status(), imported.err());
        JsonObject counts = StrictJson.parse(imported.out()).getAsJsonObject();
        assertEquals(
                exported.get("clients").getAsInt(),
                counts.get("clientsInRecords").getAsInt());
        assertEquals(
                exported.get("consultations").getAsInt(),
                counts.get("consultationsInRecords").getAsInt());
        assertEquals(
                Set.of("Greta Grün", "Hans Huber", "Bruno Brandt"),
                names(AssessCommandTest.run("", "--data-dir", fresh.toString(), "records", "list")));
    }

    @Test
    void aDatabaseThatCannotBeReachedIsStatusFourAndSaysWhere() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Result r = AssessCommandTest.run(
                "",
                "--data-dir",
                tmp.resolve("x").toString(),
                "records",
                "list",
                "--db",
                "postgresql://anna@127.0.0.1:" + port + "/nowhere?sslmode=disable",
                "--password-file",
                password.toString());
        assertEquals(ExitStatus.UNREACHABLE, r.status(), r.err());
        assertTrue(
                r.err().startsWith("error: The practice database at 127.0.0.1:" + port + "/nowhere cannot be reached"),
                r.err());
        assertEquals("", r.out());
    }

    @Test
    void aWrongPasswordAPasswordInTheUrlOrNoPasswordAreClearRefusals() throws Exception {
        Path wrong = Files.writeString(tmp.resolve("wrong.txt"), "not it");
        Result r = AssessCommandTest.run(
                "", "records", "list", "--db", DB.url(DB.owner()), "--password-file", wrong.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("refused the login"), r.err());

        Result inUrl =
                AssessCommandTest.run("", "clinic", "list-users", "--db", "postgresql://ada:secret@localhost/practice");
        assertEquals(2, inUrl.status());
        assertTrue(inUrl.err().contains("it holds a password"), inUrl.err());

        Result unsafe = AssessCommandTest.run(
                "",
                "clinic",
                "list-users",
                "--db",
                "postgresql://ada@db.example.org/practice?sslmode=require",
                "--password-file",
                password.toString());
        assertEquals(2, unsafe.status());
        assertTrue(unsafe.err().contains("would not check the server"), unsafe.err());

        Result missing = AssessCommandTest.run("", "clinic", "list-users");
        assertEquals(2, missing.status());
        assertTrue(missing.err().startsWith("error: clinic list-users needs --db"), missing.err());
    }

    @Test
    void shareNeedsThePracticeAndTheStatusesAreInTheHelp() throws Exception {
        Result local = AssessCommandTest.run(
                "", "--data-dir", tmp.resolve("solo").toString(), "records", "share", "Anna", "--with", "ben");
        assertEquals(2, local.status());
        assertTrue(local.err().contains("records share needs the practice database"), local.err());

        String help = AssessCommandTest.run("", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("3 a change made on a version that someone else changed meanwhile"), help);
        assertTrue(help.contains("4 the practice database cannot be reached"), help);
        assertEquals(ExitStatus.STALE, ExitStatus.of(new StaleChangeException("consultation", 2, null)));
        assertEquals(
                ExitStatus.UNREACHABLE,
                ExitStatus.of(new PracticeUnreachableException("practice.unreachable", new Object[] {"x", "y"}, null)));
        for (String command : List.of("init", "add-user", "remove-user", "list-users", "own-clients-only", "audit")) {
            assertTrue(
                    AssessCommandTest.run("", "clinic", command, "--help").out().contains("--db"), command);
        }
    }
}
