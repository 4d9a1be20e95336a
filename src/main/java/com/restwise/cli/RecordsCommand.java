package com.restwise.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.catalog.Catalog;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import com.restwise.json.Echo;
import com.restwise.json.FieldReader;
import com.restwise.json.InvalidInputException;
import com.restwise.json.JsonFormat;
import com.restwise.json.ProfileReader;
import com.restwise.json.StrictJson;
import com.restwise.records.Client;
import com.restwise.records.ClientName;
import com.restwise.records.ClientTransfer;
import com.restwise.records.Consultation;
import com.restwise.records.ConsultationStore;
import com.restwise.records.StoreException;
import com.restwise.records.TransferException;
import com.restwise.storage.DataDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code records}: the client records from the command line, so a practice can back up and
 * script them. Problems are {@code error:} lines on standard error with exit status 2, as for
 * {@code assess}; results are JSON on standard output.
 */
public final class RecordsCommand {

    private static final int MAX_PASSPHRASE_BYTES = 4096;

    private final Advisor advisor = new Advisor();
    private final ProfileReader profiles = new ProfileReader();

    public int run(RecordsOptions options, String globalDataDir, InputStream stdin, PrintStream out, PrintStream err)
            throws IOException {
        Path dataDir = DataDirectory.resolve(options.dataDir() != null ? options.dataDir() : globalDataDir);
        try (ConsultationStore store = ConsultationStore.open(dataDir)) {
            return switch (options.action()) {
                case LIST -> list(store, out);
                case ADD -> options.batch() ? addBatch(options, store, stdin, out) : add(options, store, stdin, out, err);
                case EXPORT -> export(options, store, out, err);
                case IMPORT -> importFile(options, store, out, err);
            };
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return AssessCommand.INVALID;
        } catch (TransferException e) {
            err.println("error: " + e.headline("en"));
            e.problems().forEach(p -> err.println("error: " + p));
            return AssessCommand.INVALID;
        } catch (Refused e) {
            e.problems.forEach(p -> err.println("error: " + p));
            return AssessCommand.INVALID;
        }
    }

    private int list(ConsultationStore store, PrintStream out) throws StoreException {
        JsonArray array = new JsonArray();
        for (ConsultationStore.ClientSummary s : store.clientSummaries()) {
            JsonObject o = new JsonObject();
            o.addProperty("name", s.client().name());
            o.addProperty("consultations", s.consultations());
            if (s.lastConsultation() == null) {
                o.add("lastConsultation", JsonNull.INSTANCE);
            } else {
                o.addProperty("lastConsultation", s.lastConsultation().toString());
            }
            o.addProperty("notes", s.client().notes());
            array.add(o);
        }
        out.println(JsonFormat.pretty(array));
        return AssessCommand.OK;
    }

    private int add(RecordsOptions options, ConsultationStore store, InputStream stdin, PrintStream out,
                    PrintStream err) throws StoreException, IOException, Refused {
        Profile profile;
        try {
            profile = profiles.read(Inputs.document(options.input(), stdin));
        } catch (InvalidInputException e) {
            throw new Refused(e.problems());
        }
        String notes = options.notes() == null ? "" : options.notes();
        ClientName.notesProblem(notes).ifPresent(p -> err.println("error: --notes: " + p));
        if (ClientName.notesProblem(notes).isPresent()) {
            return AssessCommand.INVALID;
        }
        Client client = client(store, options.client());
        Consultation saved = save(store, client, options.date() == null ? LocalDate.now() : options.date(), profile,
                notes, options.lang());
        out.println(JsonFormat.compact(savedLine(null, client, saved)));
        return AssessCommand.OK;
    }

    /** One answer line per non-blank line: what was saved, or the line's problems. */
    private int addBatch(RecordsOptions options, ConsultationStore store, InputStream stdin, PrintStream out)
            throws StoreException, IOException, Refused {
        InputStream in;
        try {
            in = options.input().equals("-") ? stdin : Inputs.open(options.input());
        } catch (InvalidInputException e) {
            throw new Refused(e.problems().stream().map(p -> Inputs.name(options.input()) + ": " + p).toList());
        }
        Client client = client(store, options.client());
        Writer answers = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (in) {
            return BatchLines.answerEach(in, answers, (number, text) -> {
                Entry entry = entry(StrictJson.parse(text), options);
                Consultation saved = save(store, client, entry.date(), entry.profile(), entry.notes(), options.lang());
                return JsonFormat.compact(savedLine(number, client, saved));
            }) ? AssessCommand.OK : AssessCommand.INVALID;
        }
    }

    private record Entry(LocalDate date, String notes, Profile profile) {
    }

    /** A batch line: a profile, or {"date": ..., "notes": ..., "profile": {...}}. */
    private Entry entry(JsonElement root, RecordsOptions options) throws InvalidInputException {
        JsonObject o = FieldReader.rootObject(root, "line");
        if (!o.has("profile")) {
            return new Entry(options.date() == null ? LocalDate.now() : options.date(),
                    options.notes() == null ? "" : options.notes(), profiles.read(o));
        }
        FieldReader in = new FieldReader();
        for (String key : o.keySet()) {
            if (!List.of("date", "notes", "profile").contains(key)) {
                in.problem(key, "unknown field; a line holds a profile, or date, notes and profile");
            }
        }
        String dateText = in.string(o, "date", "date", false);
        LocalDate date = options.date() == null ? LocalDate.now() : options.date();
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText);
                if (date.isAfter(LocalDate.now()) || date.getYear() < 1900) {
                    in.problem("date", "must not lie in the future or before 1900", o.get("date"));
                }
            } catch (DateTimeParseException e) {
                in.problem("date", "must be a real date such as 2026-11-22", o.get("date"));
            }
        }
        String notes = in.string(o, "notes", "notes", false);
        if (notes != null) {
            ClientName.notesProblem(notes).ifPresent(p -> in.problem("notes", p));
        }
        JsonObject profileDoc = in.object(o, "profile", "profile", true);
        Profile profile = null;
        if (profileDoc != null) {
            try {
                profile = profiles.read(profileDoc);
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> in.problems().add("profile." + p));
            }
        }
        if (!in.problems().isEmpty()) {
            throw new InvalidInputException(in.problems());
        }
        return new Entry(date, notes == null ? (options.notes() == null ? "" : options.notes()) : notes, profile);
    }

    private Consultation save(ConsultationStore store, Client client, LocalDate date, Profile profile, String notes,
                              String lang) throws StoreException {
        Catalog catalog = CatalogReader.shipped();
        Advice advice = advisor.assess(profile, catalog, Advisor.DEFAULT_TOP, lang);
        return store.saveConsultation(client.id(), date, profile, advice, notes);
    }

    private static JsonObject savedLine(Integer line, Client client, Consultation saved) {
        JsonObject o = new JsonObject();
        if (line != null) {
            o.addProperty("line", line);
        }
        o.addProperty("client", client.name());
        o.addProperty("date", saved.date().toString());
        o.addProperty("medicalLevel", saved.advice().medical().level().name());
        o.addProperty("firmnessMin", saved.advice().firmness().min());
        o.addProperty("firmnessMax", saved.advice().firmness().max());
        return o;
    }

    /** The client of that name, created when there is none. */
    private static Client client(ConsultationStore store, String name) throws StoreException, Refused {
        String problem = ClientName.problem(name).orElse(null);
        if (problem != null) {
            throw new Refused(List.of("--client: " + problem + " (got " + Echo.quote(name) + ")"));
        }
        Optional<Client> found = store.clientNamed(name);
        return found.isPresent() ? found.get() : store.createClient(name, "");
    }

    private int export(RecordsOptions options, ConsultationStore store, PrintStream out, PrintStream err)
            throws StoreException, TransferException, IOException, Refused {
        List<Client> chosen;
        if (options.client() == null) {
            chosen = store.searchClients("");
        } else {
            Client c = store.clientNamed(options.client()).orElseThrow(() -> new Refused(List.of(
                    "--client: no client named " + Echo.quote(options.client()) + " in the records")));
            chosen = List.of(c);
        }
        Path target = Path.of(options.out()).toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new Refused(List.of(options.out() + ": is a folder; give a file name such as clients.json"));
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new Refused(List.of(options.out() + ": the folder " + target.getParent() + " does not exist"));
        }
        char[] passphrase = options.passphraseFile() == null ? null : passphrase(options.passphraseFile());
        try {
            ClientTransfer.ExportSummary s = ClientTransfer.export(store, chosen, target, passphrase);
            if (passphrase == null) {
                err.println("note: " + ClientTransfer.plainExportWarning("en") + " (--passphrase-file FILE)");
            }
            JsonObject o = new JsonObject();
            o.addProperty("file", target.toString());
            o.addProperty("clients", s.clients());
            o.addProperty("consultations", s.consultations());
            o.addProperty("sealed", s.sealed());
            out.println(JsonFormat.compact(o));
            return AssessCommand.OK;
        } finally {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
    }

    private int importFile(RecordsOptions options, ConsultationStore store, PrintStream out, PrintStream err)
            throws StoreException, TransferException, IOException, Refused {
        Path file = Path.of(options.input());
        char[] passphrase = options.passphraseFile() == null ? null : passphrase(options.passphraseFile());
        try {
            ClientTransfer.ImportSummary s = ClientTransfer.importFile(store, file, passphrase, options.onConflict());
            JsonObject o = new JsonObject();
            o.addProperty("clientsInFile", s.clientsInFile());
            o.addProperty("added", s.added());
            o.addProperty("replaced", s.replaced());
            o.addProperty("keptBoth", s.keptBoth());
            o.addProperty("skipped", s.skipped());
            o.addProperty("consultationsSaved", s.consultationsSaved());
            o.addProperty("clientsInRecords", s.clientsInRecords());
            o.addProperty("consultationsInRecords", s.consultationsInRecords());
            JsonArray renamed = new JsonArray();
            s.renamed().forEach(renamed::add);
            o.add("renamed", renamed);
            out.println(JsonFormat.compact(o));
            return AssessCommand.OK;
        } catch (TransferException e) {
            switch (e.kind()) {
                case CONFLICTS -> {
                    e.problems().forEach(n -> err.println("error: conflict: " + Echo.quote(n)
                            + " is already in the records"));
                    err.println("error: nothing was imported; choose --on-conflict skip, replace or keep-both");
                    return AssessCommand.INVALID;
                }
                case NEEDS_PASSPHRASE -> throw new Refused(List.of(options.input()
                        + ": is protected with a passphrase; give it with --passphrase-file FILE"));
                default -> throw e;
            }
        } finally {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
    }

    /** The passphrase is the file's text without its final line break (so echo "..." > f works). */
    private static char[] passphrase(String file) throws Refused, IOException {
        byte[] bytes;
        try (InputStream in = Inputs.open(file)) {
            bytes = in.readNBytes(MAX_PASSPHRASE_BYTES + 1);
        } catch (InvalidInputException e) {
            throw new Refused(List.of("--passphrase-file " + file + ": " + e.problems().get(0)));
        }
        if (bytes.length > MAX_PASSPHRASE_BYTES) {
            throw new Refused(List.of("--passphrase-file " + file + ": longer than " + MAX_PASSPHRASE_BYTES
                    + " bytes; is it the right file?"));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        Arrays.fill(bytes, (byte) 0);
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - (text.endsWith("\r\n") ? 2 : 1));
        }
        if (text.isEmpty()) {
            throw new Refused(List.of("--passphrase-file " + file + ": is empty"));
        }
        return text.toCharArray();
    }

    /** Input the command cannot use; each problem becomes an error: line. */
    private static final class Refused extends Exception {
        private final List<String> problems;

        Refused(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = problems;
        }
    }
}
