package com.restwise.records;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.json.AdviceReader;
import com.restwise.json.AdviceWriter;
import com.restwise.json.FieldReader;
import com.restwise.json.InvalidInputException;
import com.restwise.json.ProfileReader;
import com.restwise.json.ProfileWriter;
import com.restwise.json.StrictJson;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Moving clients between computers: export to a JSON document, import with every record
 * validated first (a bad file changes nothing) and nothing overwritten without being asked.
 */
public final class ClientTransfer {

    public static final int FORMAT_VERSION = 1;

    /** What to do with a client whose name is already in the records. */
    public enum OnConflict { SKIP, REPLACE, KEEP_BOTH }

    /** A client as read from a file, before it is saved. */
    public record ClientRecord(String name, String notes, List<ConsultationRecord> consultations) {
    }

    public record ConsultationRecord(LocalDate date, Profile profile, Advice advice, String notes) {
    }

    public static JsonObject export(ConsultationStore store, List<Client> clients) throws StoreException {
        JsonObject doc = new JsonObject();
        doc.addProperty("restwiseExport", FORMAT_VERSION);
        doc.addProperty("exported", LocalDate.now().toString());
        JsonArray array = new JsonArray();
        for (Client c : clients) {
            JsonObject client = new JsonObject();
            client.addProperty("name", c.name());
            client.addProperty("notes", c.notes());
            JsonArray consultations = new JsonArray();
            for (Consultation k : store.consultations(c.id())) {
                JsonObject o = new JsonObject();
                o.addProperty("date", k.date().toString());
                o.add("profile", ProfileWriter.toJsonTree(k.profile()));
                try {
                    o.add("advice", StrictJson.parse(AdviceWriter.toJson(k.advice(), false)));
                } catch (InvalidInputException e) {
                    throw new IllegalStateException("the advice writer wrote invalid JSON", e);
                }
                o.addProperty("notes", k.notes());
                consultations.add(o);
            }
            client.add("consultations", consultations);
            array.add(client);
        }
        doc.add("clients", array);
        return doc;
    }

    /** Every client of an export file, or every problem in it, each with its JSON path. */
    public static List<ClientRecord> read(JsonElement root) throws InvalidInputException {
        JsonObject doc = FieldReader.rootObject(root, "export file");
        FieldReader in = new FieldReader();
        Integer version = in.whole(doc, "restwiseExport", "restwiseExport", Integer.MIN_VALUE, Integer.MAX_VALUE, true);
        if (version != null && version != FORMAT_VERSION) {
            in.problem("restwiseExport", "must be " + FORMAT_VERSION, doc.get("restwiseExport"));
        }
        JsonArray array = in.array(doc, "clients", "clients", true);
        List<String> problems = new ArrayList<>(in.problems());
        List<ClientRecord> clients = new ArrayList<>();
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                ClientRecord c = client(array.get(i), "clients[" + i + "]", problems);
                if (c != null) {
                    clients.add(c);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return clients;
    }

    private static ClientRecord client(JsonElement e, String path, List<String> problems) {
        FieldReader in = new FieldReader();
        if (!e.isJsonObject()) {
            problems.add(path + ": must be an object (got " + FieldReader.describe(e) + ")");
            return null;
        }
        JsonObject o = e.getAsJsonObject();
        String name = in.string(o, "name", path + ".name", true);
        if (name != null && name.isBlank()) {
            in.problem(path + ".name", "must not be empty");
        }
        String notes = in.string(o, "notes", path + ".notes", false);
        JsonArray array = in.array(o, "consultations", path + ".consultations", true);
        problems.addAll(in.problems());
        List<ConsultationRecord> list = new ArrayList<>();
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                ConsultationRecord c = consultation(array.get(i), path + ".consultations[" + i + "]", problems);
                if (c != null) {
                    list.add(c);
                }
            }
        }
        return name == null ? null : new ClientRecord(name.strip(), notes == null ? "" : notes, list);
    }

    private static ConsultationRecord consultation(JsonElement e, String path, List<String> problems) {
        if (!e.isJsonObject()) {
            problems.add(path + ": must be an object (got " + FieldReader.describe(e) + ")");
            return null;
        }
        JsonObject o = e.getAsJsonObject();
        FieldReader in = new FieldReader();
        String dateText = in.string(o, "date", path + ".date", true);
        LocalDate date = null;
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException ex) {
                in.problem(path + ".date", "must be a date such as 2026-11-22", o.get("date"));
            }
        }
        String notes = in.string(o, "notes", path + ".notes", false);
        problems.addAll(in.problems());
        Profile profile = null;
        Advice advice = null;
        JsonElement profileDoc = nested(o, "profile", path, problems);
        JsonElement adviceDoc = nested(o, "advice", path, problems);
        if (profileDoc != null) {
            try {
                profile = new ProfileReader().read(profileDoc);
            } catch (InvalidInputException ex) {
                ex.problems().forEach(p -> problems.add(path + ".profile." + p));
            }
        }
        if (adviceDoc != null) {
            try {
                advice = new AdviceReader().read(adviceDoc);
            } catch (InvalidInputException ex) {
                ex.problems().forEach(p -> problems.add(path + ".advice." + p));
            }
        }
        return date == null || profile == null || advice == null ? null
                : new ConsultationRecord(date, profile, advice, notes == null ? "" : notes);
    }

    /** A nested document that must be there, or null after noting that it is missing. */
    private static JsonElement nested(JsonObject o, String key, String path, List<String> problems) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            problems.add(path + "." + key + ": is required");
            return null;
        }
        return e;
    }

    /** The names in the file that the records already hold: the user decides about these. */
    public static Set<String> conflicts(ConsultationStore store, List<ClientRecord> clients) throws StoreException {
        Set<String> existing = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Client c : store.searchClients("")) {
            existing.add(c.name());
        }
        Set<String> conflicts = new TreeSet<>();
        for (ClientRecord c : clients) {
            if (existing.contains(c.name())) {
                conflicts.add(c.name());
            }
        }
        return conflicts;
    }

    /** Saves the clients in one transaction: all of them or, on any failure, none. Returns how many were saved. */
    public static int importAll(ConsultationStore store, List<ClientRecord> clients, OnConflict onConflict)
            throws StoreException {
        Set<String> conflicts = conflicts(store, clients);
        List<Client> existing = store.searchClients("");
        return store.inTransaction("import the clients", () -> {
            int saved = 0;
            for (ClientRecord c : clients) {
                if (conflicts.contains(c.name())) {
                    if (onConflict == OnConflict.SKIP) {
                        continue;
                    }
                    if (onConflict == OnConflict.REPLACE) {
                        for (Client old : existing) {
                            if (old.name().equalsIgnoreCase(c.name())) {
                                store.deleteClientIn(old.id());
                            }
                        }
                    }
                }
                long id = store.insertClientIn(c.name(), c.notes());
                for (ConsultationRecord k : c.consultations()) {
                    store.insertConsultationIn(id, k.date(), k.profile(), k.advice(), k.notes());
                }
                saved++;
            }
            return saved;
        });
    }

    private ClientTransfer() {
    }
}
