package com.restwise.records;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.profile.Profile;
import com.restwise.json.AdviceReader;
import com.restwise.json.Echo;
import com.restwise.json.FieldReader;
import com.restwise.json.InvalidInputException;
import com.restwise.json.ProfileReader;
import com.restwise.json.StrictJson;
import com.restwise.records.ClientTransfer.OnConflict;
import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One import, run inside one transaction: the file is read client by client and consultation
 * by consultation (never whole), each entry checked and saved as it comes; the caller keeps the
 * transaction only if no entry was refused. Conflicts are decided here, against the clients
 * the store holds inside this transaction, by their name's identity ({@link ClientName#identity}),
 * never by an id read before it. A name that appears twice in one file (as people read it) is
 * refused, naming both entries. Keep-both gives the newcomer the first free "Alice (N)", counting
 * on from the last one it gave, so that naming stays linear however many copies a file holds;
 * a file's own "Alice (2)" after a renamed "Alice" gets a free name too. Every imported profile
 * is screened again by today's medical rules; where they are more pressing than the stored
 * advice, the consultation and the summary say so.
 */
final class ClientImport {

    static final int MAX_PROBLEMS = 100;
    /** One client's name and notes, or one consultation, in characters of JSON text. */
    static final int ENTRY_LIMIT = StrictJson.MAX_BYTES;
    /** Consultations dated before this are typing errors, not records. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** What the import found and did; counts of the store itself are taken after it. */
    record Result(
            int clientsRead,
            int consultationsRead,
            int added,
            int replaced,
            int renamed,
            int skipped,
            int consultationsSaved,
            List<String> conflicts,
            List<String> problems,
            boolean tampered,
            List<String> renamedTo,
            List<String> todaysScreen) {}

    /** A version as engines write it: "2.0.0", "1.4.12"; nothing else, no control characters. */
    private static final Pattern ENGINE_VERSION = Pattern.compile("\\d{1,4}(\\.\\d{1,4}){2}");

    private final ConsultationStore store;
    private final OnConflict choice;
    private final ProfileReader profiles = new ProfileReader();
    private final AdviceReader advices = new AdviceReader();
    private final AdviceCheck adviceCheck = new AdviceCheck();
    private final Advisor advisor = new Advisor();
    private final LocalDate latest = LocalDate.now().plusDays(1);

    /** Clients that were in the store before this import, by identity; removed once replaced. */
    private final Map<String, List<Client>> existing = new HashMap<>();
    /** The identity of every client in the store now, for naming a newcomer apart. */
    private final Set<String> taken = new HashSet<>();

    private final Set<String> conflicts = new LinkedHashSet<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> renamedTo = new ArrayList<>();
    private final List<String> todaysScreen = new ArrayList<>();
    /** The identity of each name in the file so far, with the entry that holds it. */
    private final Map<String, String> namesInFile = new HashMap<>();
    /** For keep-both: the next number to try after a name, so 40,000 copies are named in one pass. */
    private final Map<String, Integer> nextNumber = new HashMap<>();

    private int clientsRead;
    private int consultationsRead;
    private int added;
    private int replaced;
    private int renamed;
    private int skipped;
    private int consultationsSaved;
    private boolean tampered;
    private EntryLimit limit;
    private String where = "";

    /** @param choice what to do with a conflict; null: save nothing for it and list it */
    ClientImport(ConsultationStore store, OnConflict choice) {
        this.store = store;
        this.choice = choice;
    }

    /** A problem found where reading had got to; before the first field there is no place to name. */
    private String at(String problem) {
        return where.isEmpty() ? problem : where + ": " + problem;
    }

    Result run(Reader text) throws SQLException, StoreException {
        for (Client c : store.searchClients("")) {
            existing.computeIfAbsent(ClientName.identity(c.name()), k -> new ArrayList<>())
                    .add(c);
            taken.add(ClientName.identity(c.name()));
        }
        limit = new EntryLimit(text, ENTRY_LIMIT);
        JsonReader reader = new JsonReader(limit);
        reader.setStrictness(Strictness.STRICT);
        try {
            document(reader);
        } catch (EntryLimit.EntryTooLargeException e) {
            lastProblem(at("larger than " + (ENTRY_LIMIT / 1024 / 1024) + " MiB of JSON text; is the file damaged?"));
        } catch (EncryptedExport.TamperedException e) {
            tampered = true;
            lastProblem(e.getMessage());
        } catch (CharacterCodingException e) {
            lastProblem(at("the file is not UTF-8 text"));
        } catch (EOFException e) {
            lastProblem(at("the file ends too early (is it cut off?)"));
        } catch (IOException e) {
            lastProblem(at("not valid JSON (" + syntax(e) + ")"));
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> lastProblem(at(p)));
        } catch (Full e) {
            // enough problems to show; the rest of the file is not read
        }
        return new Result(
                clientsRead,
                consultationsRead,
                added,
                replaced,
                renamed,
                skipped,
                consultationsSaved,
                List.copyOf(conflicts),
                List.copyOf(problems),
                tampered,
                List.copyOf(renamedTo),
                List.copyOf(todaysScreen));
    }

    private void document(JsonReader r) throws IOException, InvalidInputException, SQLException, StoreException {
        if (r.peek() != JsonToken.BEGIN_OBJECT) {
            throw new InvalidInputException("the export file must be a JSON object (got " + r.peek() + ")");
        }
        r.beginObject();
        Set<String> seen = new HashSet<>();
        String version = null;
        boolean sawClients = false;
        while (r.hasNext()) {
            String key = r.nextName();
            if (!seen.add(key)) {
                throw new InvalidInputException("the name \"" + key + "\" appears twice in the document");
            }
            switch (key) {
                case "restwiseExport" -> {
                    where = "restwiseExport";
                    version = r.peek() == JsonToken.NUMBER ? r.nextString() : skip(r);
                }
                case "clients" -> {
                    sawClients = true;
                    where = "clients";
                    if (r.peek() != JsonToken.BEGIN_ARRAY) {
                        problem("clients: must be an array");
                        r.skipValue();
                    } else {
                        r.beginArray();
                        for (int i = 0; r.hasNext(); i++) {
                            client(r, i);
                        }
                        r.endArray();
                    }
                }
                default -> {
                    where = Echo.escape(key, Echo.LIMIT);
                    limit.nextEntry();
                    r.skipValue();
                }
            }
            limit.nextEntry();
        }
        r.endObject();
        where = "the end of the file";
        if (r.peek() != JsonToken.END_DOCUMENT) {
            problem("unexpected text after the end of the JSON document");
        }
        if (version == null) {
            problem("restwiseExport: is required (is this a Restwise export?)");
        } else if (!version.equals(String.valueOf(ClientTransfer.FORMAT_VERSION))) {
            problem("restwiseExport: must be " + ClientTransfer.FORMAT_VERSION + " (got "
                    + Echo.escape(version, Echo.LIMIT) + "; a newer Restwise wrote this file?)");
        }
        if (!sawClients) {
            problem("clients: is required");
        }
    }

    private void client(JsonReader r, int index)
            throws IOException, InvalidInputException, SQLException, StoreException {
        String path = "clients[" + index + "]";
        where = path;
        limit.nextEntry();
        clientsRead++;
        if (r.peek() != JsonToken.BEGIN_OBJECT) {
            problem(path + ": must be an object");
            r.skipValue();
            return;
        }
        r.beginObject();
        Set<String> seen = new HashSet<>();
        String name = null;
        String notes = "";
        long target = 0;
        boolean sawConsultations = false;
        while (r.hasNext()) {
            String key = r.nextName();
            if (!seen.add(key)) {
                throw new InvalidInputException("the name \"" + key + "\" appears twice in one client");
            }
            switch (key) {
                case "name" -> {
                    name = string(r, path + ".name");
                    if (name != null) {
                        String bad = ClientName.problem(name).orElse(null);
                        if (bad != null) {
                            problem(path + ".name: " + bad + " (got " + Echo.quote(name) + ")");
                            name = null;
                        } else {
                            String earlier = namesInFile.putIfAbsent(ClientName.identity(name), path);
                            if (earlier != null) {
                                problem(path + ".name: " + Echo.quote(name) + " is also the name of " + earlier
                                        + "; a file may hold each client once");
                                name = null;
                            }
                        }
                    }
                }
                case "notes" -> {
                    String given = string(r, path + ".notes");
                    String bad = given == null
                            ? null
                            : ClientName.notesProblem(given).orElse(null);
                    if (bad != null) {
                        problem(label(path, name) + ".notes: " + bad);
                    } else if (given != null) {
                        notes = given;
                        if (target > 0) {
                            store.updateNotesIn(target, notes);
                        }
                    }
                }
                case "consultations" -> {
                    sawConsultations = true;
                    if (name == null && !seen.contains("name")) {
                        problem(path + ": \"name\" must come before \"consultations\"");
                    }
                    target = name == null ? -1 : decide(ClientName.clean(name), notes);
                    consultations(r, label(path, name), target);
                }
                default -> {
                    where = label(path, name) + "." + Echo.escape(key, Echo.LIMIT);
                    limit.nextEntry();
                    r.skipValue();
                }
            }
        }
        r.endObject();
        if (!seen.contains("name")) {
            problem(path + ".name: is required");
        }
        if (!sawConsultations) {
            problem(label(path, name) + ".consultations: is required");
        }
    }

    /** Where the client goes: its new id, or -1 when it is skipped or waits for a choice. */
    private long decide(String name, String notes) throws SQLException {
        String identity = ClientName.identity(name);
        List<Client> same = existing.getOrDefault(identity, List.of());
        if (same.isEmpty() && taken.contains(identity)) {
            // a name this import gave a renamed client ("Alice (2)"): the file's own gets another
            renamed++;
            String apart = nameApart(name);
            renamedTo.add(name + " -> " + apart);
            return insert(apart, notes);
        }
        if (same.isEmpty()) {
            added++;
            return insert(name, notes);
        }
        if (choice == null) {
            conflicts.add(name);
            return -1;
        }
        return switch (choice) {
            case SKIP -> {
                skipped++;
                yield -1;
            }
            case REPLACE -> {
                // The client of exactly this name if there is one, else the oldest of the same identity.
                Client old = same.stream()
                        .filter(c -> c.name().equals(name))
                        .findFirst()
                        .orElse(same.get(0));
                same.remove(old);
                store.deleteClientIn(old.id());
                replaced++;
                yield insert(name, notes);
            }
            case KEEP_BOTH -> {
                String apart = nameApart(name);
                renamed++;
                renamedTo.add(name + " -> " + apart);
                yield insert(apart, notes);
            }
        };
    }

    private long insert(String name, String notes) throws SQLException {
        taken.add(ClientName.identity(name));
        return store.insertClientIn(name, notes);
    }

    /** A name that already ends in a number: "Anna Berger (2)". */
    private static final Pattern NUMBERED = Pattern.compile("(.*\\S) \\((\\d{1,6})\\)");

    /**
     * "Anna Berger (2)", or (3) and on when that is taken too; never a number it tried before.
     * "Anna Berger (2)" itself goes on to "Anna Berger (3)", not "Anna Berger (2) (2)".
     */
    private String nameApart(String given) {
        String name = given;
        int first = 2;
        Matcher numbered = NUMBERED.matcher(given);
        if (numbered.matches()) {
            name = numbered.group(1);
            first = Integer.parseInt(numbered.group(2)) + 1;
        }
        String identity = ClientName.identity(name);
        for (int n = Math.max(first, nextNumber.getOrDefault(identity, 2)); ; n++) {
            String suffix = " (" + n + ")";
            String base = name.length() + suffix.length() > ClientName.MAX_NAME
                    ? name.substring(0, ClientName.MAX_NAME - suffix.length()).strip()
                    : name;
            String candidate = base + suffix;
            if (!taken.contains(ClientName.identity(candidate))) {
                nextNumber.put(identity, n + 1);
                return candidate;
            }
        }
    }

    private void consultations(JsonReader r, String label, long target)
            throws IOException, InvalidInputException, SQLException {
        if (r.peek() != JsonToken.BEGIN_ARRAY) {
            problem(label + ".consultations: must be an array");
            r.skipValue();
            return;
        }
        r.beginArray();
        for (int k = 0; r.hasNext(); k++) {
            String path = label + ".consultations[" + k + "]";
            where = path;
            limit.nextEntry();
            consultationsRead++;
            ClientTransfer.ConsultationRecord c = consultation(StrictJson.readValue(r), path);
            if (c != null && target > 0) {
                long id = store.insertConsultationIn(target, c.date(), c.profile(), c.advice(), c.notes());
                consultationsSaved++;
                MedicalLevel today =
                        advisor.screen(c.profile(), c.advice().lang()).level();
                MedicalLevel saved = c.advice().medical().level();
                if (today.compareTo(saved) > 0) {
                    store.markTodaysScreenIn(id, today);
                    todaysScreen.add(path + " (" + c.date() + "): Today's screen: " + today
                            + " (the imported advice said " + saved + ")");
                }
            }
        }
        r.endArray();
    }

    private ClientTransfer.ConsultationRecord consultation(JsonElement e, String path) {
        if (!e.isJsonObject()) {
            problem(path + ": must be an object (got " + FieldReader.describe(e) + ")");
            return null;
        }
        JsonObject o = e.getAsJsonObject();
        FieldReader in = new FieldReader();
        String dateText = in.string(o, "date", "date", true);
        LocalDate date = null;
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText);
                if (date.isBefore(EARLIEST) || date.isAfter(latest)) {
                    in.problem("date", "must be a date from " + EARLIEST + " to today", o.get("date"));
                    date = null;
                }
            } catch (DateTimeParseException ex) {
                in.problem("date", "must be a real date such as 2026-11-22", o.get("date"));
            }
        }
        String notes = in.string(o, "notes", "notes", false);
        if (notes != null) {
            ClientName.notesProblem(notes).ifPresent(p -> in.problem("notes", p));
        }
        Profile profile = null;
        Advice advice = null;
        JsonObject profileDoc = in.object(o, "profile", "profile", true);
        JsonObject adviceDoc = in.object(o, "advice", "advice", true);
        in.problems().forEach(p -> problem(path + "." + p));
        if (profileDoc != null) {
            try {
                profile = profiles.read(profileDoc);
            } catch (InvalidInputException ex) {
                ex.problems().forEach(p -> problem(path + ".profile." + p));
            }
        }
        if (adviceDoc != null) {
            try {
                advice = advices.read(adviceDoc);
            } catch (InvalidInputException ex) {
                ex.problems().forEach(p -> problem(path + ".advice." + p));
            }
        }
        if (advice != null && !ENGINE_VERSION.matcher(advice.engineVersion()).matches()) {
            problem(path + ".advice.engineVersion: must be a version such as 2.0.0 (got "
                    + Echo.quote(advice.engineVersion()) + ")");
            advice = null;
        }
        if (profile != null && advice != null) {
            String contradiction = adviceCheck.contradiction(profile, advice).orElse(null);
            if (contradiction != null) {
                problem(path + ".advice: contradicts its profile: " + contradiction);
                advice = null;
            }
        }
        return date == null
                        || profile == null
                        || advice == null
                        || !in.problems().isEmpty()
                ? null
                : new ClientTransfer.ConsultationRecord(date, profile, advice, notes == null ? "" : notes);
    }

    private String string(JsonReader r, String path) throws IOException {
        if (r.peek() == JsonToken.STRING) {
            return r.nextString();
        }
        problem(path + ": must be a string (got " + skip(r) + ")");
        return null;
    }

    /** Skips a value, saying what it was. */
    private static String skip(JsonReader r) throws IOException {
        JsonToken token = r.peek();
        String what =
                switch (token) {
                    case NUMBER -> r.nextString();
                    case BOOLEAN -> String.valueOf(r.nextBoolean());
                    case NULL -> {
                        r.nextNull();
                        yield "null";
                    }
                    case STRING -> Echo.quote(r.nextString());
                    case BEGIN_ARRAY -> "an array";
                    default -> "an object";
                };
        if (token == JsonToken.BEGIN_ARRAY || token == JsonToken.BEGIN_OBJECT) {
            r.skipValue();
        }
        return Echo.escape(what, Echo.LIMIT + 2);
    }

    private static String label(String path, String name) {
        return name == null ? path : path + " " + Echo.quote(name);
    }

    private void problem(String text) {
        if (problems.size() == MAX_PROBLEMS) {
            throw new Full();
        }
        problems.add(text);
    }

    /** A problem that ends the reading: kept while there is room. */
    private void lastProblem(String text) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(text);
        }
    }

    private static String syntax(IOException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (msg.contains("setStrictness") || msg.contains("setLenient") || msg.contains("malformed JSON")) {
            // Gson suggests a setting of its own here; what the person needs is what JSON allows
            return "it uses something JSON does not allow, such as single quotes, a comment or a missing comma"
                    + where(msg);
        }
        int cut = msg.indexOf(" at line ");
        return (cut > 0 ? msg.substring(0, cut) : msg.lines().findFirst().orElse("damaged")).toLowerCase();
    }

    /** " at line 3 column 7", where Gson's message says so. */
    private static String where(String msg) {
        Matcher m = Pattern.compile("at line (\\d+) column (\\d+)").matcher(msg);
        return m.find() ? ", at line " + m.group(1) + " column " + m.group(2) : "";
    }

    /** Enough problems found to show; stops the reading. */
    private static final class Full extends RuntimeException {
        Full() {
            super(null, null, false, false);
        }
    }
}
