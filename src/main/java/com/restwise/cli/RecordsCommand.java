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
import com.restwise.records.ClientExistsException;
import com.restwise.records.ClientName;
import com.restwise.records.ClientRecords;
import com.restwise.records.ClientTransfer;
import com.restwise.records.Consultation;
import com.restwise.records.ConsultationBatch;
import com.restwise.records.ConsultationStore;
import com.restwise.records.OpenRecords;
import com.restwise.records.StoreException;
import com.restwise.records.TransferException;
import com.restwise.records.practice.PracticeStore;
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
 * script them, on this computer or in the practice database alike. Problems are {@code error:}
 * lines on standard error with exit status 2, as for {@code assess} (3 for a change on a stale
 * version, 4 when the practice database cannot be reached); results are JSON on standard output.
 */
public final class RecordsCommand {

    private static final int MAX_PASSPHRASE_BYTES = 4096;

    private final Advisor advisor = new Advisor();
    private final ProfileReader profiles = new ProfileReader();

    /** Opens the records the command works on: this computer's, or the practice database's. */
    interface Opener {
        OpenRecords open() throws StoreException;
    }

    public int run(RecordsOptions options, Opener opener, InputStream stdin, PrintStream out, PrintStream err)
            throws IOException {
        try (OpenRecords opened = opener.open()) {
            ClientRecords store = opened.records();
            return switch (options.action()) {
                case LIST -> list(opened, out, err);
                case ADD -> options.batch()
                        ? addBatch(options, opened, stdin, out, err)
                        : add(options, store, stdin, out, err);
                case EXPORT -> export(options, opened, out, err);
                case IMPORT -> importFile(options, opened, out, err);
                case SHARE -> share(options, opened, out);
            };
        } catch (StoreException e) {
            err.println("error: " + Echo.sentence(e.getMessage()));
            return ExitStatus.of(e);
        } catch (TransferException e) {
            err.println("error: " + e.headline("en"));
            e.problems().forEach(p -> err.println("error: " + p));
            return ExitStatus.INVALID;
        } catch (Refused e) {
            e.problems.forEach(p -> err.println("error: " + p));
            return ExitStatus.INVALID;
        }
    }

    /** Read-only records can be listed and exported; the person is told that nothing can be saved there. */
    private static void noteReadOnly(OpenRecords opened, PrintStream err) {
        opened.readOnlyNote().ifPresent(note -> err.println("note: " + note));
    }

    private int list(OpenRecords opened, PrintStream out, PrintStream err) throws StoreException {
        noteReadOnly(opened, err);
        ClientRecords store = opened.records();
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
        return ExitStatus.OK;
    }

    private int add(RecordsOptions options, ClientRecords store, InputStream stdin, PrintStream out, PrintStream err)
            throws StoreException, IOException, Refused {
        Profile profile;
        try {
            profile = profiles.read(Inputs.document(options.input(), stdin));
        } catch (InvalidInputException e) {
            throw new Refused(e.problems());
        }
        String notes = options.notes() == null ? "" : options.notes();
        ClientName.notesProblem(notes).ifPresent(p -> err.println("error: --notes: " + p));
        if (ClientName.notesProblem(notes).isPresent()) {
            return ExitStatus.INVALID;
        }
        Client client = client(store, options.client());
        Consultation saved = save(
                store,
                client,
                options.date() == null ? LocalDate.now() : options.date(),
                profile,
                notes,
                options.lang());
        out.println(JsonFormat.compact(savedLine(null, client, saved)));
        return ExitStatus.OK;
    }

    /**
     * One answer line per non-blank line, printed as soon as the line is saved: what was saved
     * (with the line's id), that an earlier run saved it, or the line's problems.
     */
    private int addBatch(
            RecordsOptions options, OpenRecords opened, InputStream stdin, PrintStream out, PrintStream err)
            throws IOException, Refused, StoreException {
        InputStream in;
        try {
            in = options.input().equals("-") ? stdin : Inputs.open(options.input());
        } catch (InvalidInputException e) {
            throw new Refused(e.problems().stream()
                    .map(p -> Inputs.name(options.input()) + ": " + p)
                    .toList());
        }
        nameProblem(options.client());
        onlyNamed(opened.records(), options.client());
        Writer answers = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        ConsultationBatch.Answers answer = a -> {
            answers.write(JsonFormat.compact(answerLine(a)));
            answers.write('\n');
            answers.flush();
        };
        try (in) {
            BatchLines lines = new BatchLines(in);
            ConsultationBatch.Summary s = opened.batch(ClientName.clean(options.client()))
                    .run(
                            () -> {
                                BatchLines.Line line = lines.next();
                                return line == null
                                        ? null
                                        : new ConsultationBatch.Line(line.number(), line.text(), line.problem());
                            },
                            text -> {
                                Entry entry = entry(StrictJson.parse(text), options);
                                return new ConsultationBatch.Visit(
                                        entry.date(),
                                        entry.profile(),
                                        advise(entry.profile(), options.lang()),
                                        entry.notes());
                            },
                            answer);
            if (s.alreadySaved() > 0) {
                err.println("note: " + s.alreadySaved() + (s.alreadySaved() == 1 ? " line was" : " lines were")
                        + " already saved by an earlier run of this file and skipped; " + s.saved() + " saved now");
            }
            return s.refused() == 0 ? ExitStatus.OK : ExitStatus.INVALID;
        } catch (ConsultationBatch.Stopped e) {
            ConsultationBatch.Summary before = e.before();
            err.println("error: line " + e.at().line() + " could not be saved: " + e.getMessage());
            err.println("error: the batch stopped there. " + before.saved()
                    + (before.saved() == 1 ? " line was" : " lines were")
                    + " saved before it (their answers are above) and stay saved; run the same file again to save the "
                    + "rest: lines already saved are skipped");
            return ExitStatus.INVALID;
        }
    }

    private static JsonObject answerLine(ConsultationBatch.Answer answer) {
        JsonObject o;
        if (answer instanceof ConsultationBatch.Saved s) {
            o = savedLine(s.line(), s.client(), s.consultation());
        } else if (answer instanceof ConsultationBatch.Refused r) {
            o = BatchLines.errorLine(r.line(), r.problems());
        } else {
            o = new JsonObject();
            o.addProperty("line", answer.line());
            o.addProperty("alreadySaved", true);
        }
        JsonObject ordered = new JsonObject(); // line and id first, as a person reads the answer
        ordered.addProperty("line", answer.line());
        ordered.addProperty("id", answer.id());
        o.entrySet().forEach(e -> ordered.add(e.getKey(), e.getValue()));
        return ordered;
    }

    private record Entry(LocalDate date, String notes, Profile profile) {}

    /** A batch line: a profile, or {"date": ..., "notes": ..., "profile": {...}}. */
    private Entry entry(JsonElement root, RecordsOptions options) throws InvalidInputException {
        JsonObject o = FieldReader.rootObject(root, "line");
        if (!o.has("profile")) {
            return new Entry(
                    options.date() == null ? LocalDate.now() : options.date(),
                    options.notes() == null ? "" : options.notes(),
                    profiles.read(o));
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

    private Consultation save(
            ClientRecords store, Client client, LocalDate date, Profile profile, String notes, String lang)
            throws StoreException {
        return store.saveConsultation(client.id(), date, profile, advise(profile, lang), notes);
    }

    private Advice advise(Profile profile, String lang) {
        Catalog catalog = CatalogReader.shipped();
        return advisor.assess(profile, catalog, Advisor.DEFAULT_TOP, lang);
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

    /** The client of that name as people read it ("alice" finds "Alice"), created when there is none. */
    private static Client client(ClientRecords store, String name) throws StoreException, Refused {
        nameProblem(name);
        Optional<Client> found = onlyNamed(store, name);
        try {
            return found.isPresent() ? found.get() : store.createClient(name, "");
        } catch (ClientExistsException e) {
            return e.existing(); // created elsewhere a moment ago
        }
    }

    private static void nameProblem(String name) throws Refused {
        String problem = ClientName.problem(name).orElse(null);
        if (problem != null) {
            throw new Refused(List.of("--client: " + problem + " (got " + Echo.quote(name) + ")"));
        }
    }

    /**
     * The client of that name; in a practice, where two clients may share a name, a name that
     * several have is refused rather than one of them guessed.
     */
    private static Optional<Client> onlyNamed(ClientRecords store, String name) throws StoreException, Refused {
        if (store.offers().sharing()) {
            String identity = ClientName.identity(ClientName.clean(name));
            long same = store.searchClients("").stream()
                    .filter(c -> ClientName.identity(c.name()).equals(identity))
                    .count();
            if (same > 1) {
                throw new Refused(List.of("--client: " + same + " clients are named " + Echo.quote(name)
                        + " in the practice records; the window shows who created each, so choose there"));
            }
        }
        return store.clientNamed(name);
    }

    private static Client existing(ClientRecords store, String name) throws StoreException, Refused {
        return onlyNamed(store, name)
                .orElseThrow(() ->
                        new Refused(List.of("--client: no client named " + Echo.quote(name) + " in the records")));
    }

    /** Hands a client to a colleague, who then sees them even with own-clients-only on. */
    private int share(RecordsOptions options, OpenRecords opened, PrintStream out) throws StoreException, Refused {
        PracticeStore practice = opened.practice()
                .orElseThrow(
                        () -> new Refused(
                                List.of(
                                        "records share needs the practice database (--db URL): the records on this computer are yours alone")));
        Client client = existing(practice, options.client());
        practice.share(client.id(), options.shareWith());
        JsonObject o = new JsonObject();
        o.addProperty("client", client.name());
        o.addProperty("sharedWith", options.shareWith());
        out.println(JsonFormat.compact(o));
        return ExitStatus.OK;
    }

    private int export(RecordsOptions options, OpenRecords opened, PrintStream out, PrintStream err)
            throws StoreException, TransferException, IOException, Refused {
        noteReadOnly(opened, err);
        List<Client> only = options.client() == null ? null : List.of(existing(opened.records(), options.client()));
        Path target = Path.of(options.out()).toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new Refused(
                    List.of(Echo.name(options.out()) + ": is a folder; give a file name such as clients.json"));
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new Refused(List.of(Echo.name(options.out()) + ": the folder "
                    + Echo.name(String.valueOf(target.getParent())) + " does not exist"));
        }
        char[] passphrase = options.passphraseFile() == null ? null : passphrase(options.passphraseFile());
        try {
            ClientTransfer.ExportSummary s = opened.export(only, target, passphrase, ClientTransfer.Progress.NONE);
            if (passphrase == null) {
                err.println("note: " + ClientTransfer.plainExportWarning("en") + " (--passphrase-file FILE)");
            }
            JsonObject o = new JsonObject();
            o.addProperty("file", target.toString());
            o.addProperty("clients", s.clients());
            o.addProperty("consultations", s.consultations());
            o.addProperty("sealed", s.sealed());
            out.println(JsonFormat.compact(o));
            return ExitStatus.OK;
        } finally {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
    }

    private int importFile(RecordsOptions options, OpenRecords opened, PrintStream out, PrintStream err)
            throws StoreException, TransferException, IOException, Refused {
        Path file = Path.of(options.input());
        char[] passphrase = options.passphraseFile() == null ? null : passphrase(options.passphraseFile());
        try {
            OpenRecords.Imported done =
                    opened.importFile(file, passphrase, options.onConflict(), ClientTransfer.Progress.NONE);
            ClientTransfer.ImportSummary s = done.summary();
            JsonObject o = new JsonObject();
            o.addProperty("clientsInFile", s.clientsInFile());
            o.addProperty("added", s.added());
            o.addProperty("replaced", s.replaced());
            o.addProperty("keptBoth", s.keptBoth());
            o.addProperty("skipped", s.skipped());
            o.addProperty("consultationsSaved", s.consultationsSaved());
            o.addProperty("consultationsAlreadyThere", done.alreadyThere());
            o.addProperty("consultationsHidden", done.hidden());
            o.addProperty("clientsInRecords", s.clientsInRecords());
            o.addProperty("consultationsInRecords", s.consultationsInRecords());
            JsonArray renamed = new JsonArray();
            s.renamed().forEach(renamed::add);
            o.add("renamed", renamed);
            JsonArray screened = new JsonArray();
            s.todaysScreen().forEach(screened::add);
            o.add("todaysScreen", screened);
            s.todaysScreen().forEach(t -> err.println("warning: " + Echo.escape(t, 400)));
            out.println(JsonFormat.compact(o));
            return ExitStatus.OK;
        } catch (TransferException e) {
            switch (e.kind()) {
                case CONFLICTS -> {
                    e.problems()
                            .forEach(n ->
                                    err.println("error: conflict: " + Echo.quote(n) + " is already in the records"));
                    err.println("error: nothing was imported; choose --on-conflict skip, replace or keep-both");
                    return ExitStatus.INVALID;
                }
                case NEEDS_PASSPHRASE -> throw new Refused(List.of(Inputs.name(options.input())
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
            throw new Refused(List.of(
                    "--passphrase-file " + Echo.name(file) + ": " + e.problems().get(0)));
        }
        if (bytes.length > MAX_PASSPHRASE_BYTES) {
            throw new Refused(List.of("--passphrase-file " + Echo.name(file) + ": longer than " + MAX_PASSPHRASE_BYTES
                    + " bytes; is it the right file?"));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            // Decoded leniently, every invalid byte would become U+FFFD, and different files one passphrase.
            throw new Refused(List.of("--passphrase-file " + Echo.name(file)
                    + ": is not UTF-8 text; a passphrase file holds " + "the passphrase as text"));
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - (text.endsWith("\r\n") ? 2 : 1));
        }
        if (text.isEmpty()) {
            throw new Refused(List.of("--passphrase-file " + Echo.name(file) + ": is empty"));
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
