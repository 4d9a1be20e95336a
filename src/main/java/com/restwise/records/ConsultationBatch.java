package com.restwise.records;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.json.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A file of consultations for one client, saved line by line ({@code records add --batch}).
 * Each line is its own transaction and is answered through the callback as soon as it is saved,
 * so what was printed is never behind what was saved. Each line has an id, its number and a
 * hash of its text ("3:9f86d081884c7d65"), kept with the consultation: running the same file
 * again skips the lines already saved and counts them. The client is created with the first
 * line that is saved, so a file whose every line is refused creates no client. When a save
 * fails (a full disk), the batch stops there and says how many lines it saved before.
 */
public final class ConsultationBatch {

    /** One line of the file: its text, or why it could not be read (not UTF-8, too long). */
    public record Line(int number, String text, String problem) {}

    /** The file's lines in order; null after the last. */
    public interface Lines {
        Line next() throws IOException;
    }

    /** A line read as a consultation, with the advice computed for it now. */
    public record Visit(LocalDate date, Profile profile, Advice advice, String notes) {}

    /** Reads one line's text; refuses it with the problems a person can fix. */
    public interface Reading {
        Visit read(String text) throws InvalidInputException;
    }

    /** What became of one line. */
    public sealed interface Answer {
        int line();

        String id();
    }

    public record Saved(int line, String id, Client client, Consultation consultation) implements Answer {}

    /** A run of this file saved the line before; it was skipped. */
    public record AlreadySaved(int line, String id) implements Answer {}

    public record Refused(int line, String id, List<String> problems) implements Answer {}

    /** Told each line's answer as soon as the line is saved, skipped or refused. */
    public interface Answers {
        void answer(Answer answer) throws IOException;
    }

    /** How many lines were saved now, skipped as saved by an earlier run, and refused. */
    public record Summary(int saved, int alreadySaved, int refused) {}

    /** A save failed; the lines before it stay saved, and a rerun of the file skips them. */
    public static final class Stopped extends Exception {
        private final transient Answer at;
        private final transient Summary before;

        Stopped(Answer at, Summary before, StoreException cause) {
            super(cause.getMessage(), cause);
            this.at = at;
            this.before = before;
        }

        /** The line whose save failed. */
        public Answer at() {
            return at;
        }

        /** What was saved and skipped before it. */
        public Summary before() {
            return before;
        }

        public StoreException failure() {
            return (StoreException) getCause();
        }
    }

    /**
     * Where a batch saves: this computer's records, or the practice's, whose saves carry a
     * request id made from the line's id, so a rerun is recognised there too.
     */
    interface Ledger {
        Optional<Client> clientNamed(String name) throws StoreException;

        Client createClient(String name, String notes) throws StoreException;

        /** Whether the line is known to be saved before it is read; false when only the save can tell. */
        boolean batchLineSaved(long clientId, String lineId) throws StoreException;

        /** The consultation saved, or null when the line was saved before. */
        Consultation saveBatchLine(
                long clientId, String lineId, LocalDate date, Profile profile, Advice advice, String notes)
                throws StoreException;
    }

    private final Ledger store;
    private final String clientName;
    private Client client;
    private boolean lookedUp;

    public ConsultationBatch(ConsultationStore store, String clientName) {
        this(
                new Ledger() {
                    @Override
                    public Optional<Client> clientNamed(String name) throws StoreException {
                        return store.clientNamed(name);
                    }

                    @Override
                    public Client createClient(String name, String notes) throws StoreException {
                        return store.createClient(name, notes);
                    }

                    @Override
                    public boolean batchLineSaved(long clientId, String lineId) throws StoreException {
                        return store.batchLineSaved(clientId, lineId);
                    }

                    @Override
                    public Consultation saveBatchLine(
                            long clientId, String lineId, LocalDate date, Profile profile, Advice advice, String notes)
                            throws StoreException {
                        return store.saveBatchLine(clientId, lineId, date, profile, advice, notes);
                    }
                },
                clientName);
    }

    ConsultationBatch(Ledger ledger, String clientName) {
        this.store = ledger;
        this.clientName = clientName;
    }

    /** Saves every line it can, answering each in order; blank lines get no answer. */
    public Summary run(Lines lines, Reading reading, Answers answers) throws IOException, Stopped {
        int saved = 0;
        int alreadySaved = 0;
        int refused = 0;
        for (Line line = lines.next(); line != null; line = lines.next()) {
            if (line.problem() == null && line.text().isBlank()) {
                continue;
            }
            String id = id(line);
            Answer answer;
            try {
                if (line.problem() != null) {
                    throw new InvalidInputException(line.problem());
                }
                if (existingClient() != null && store.batchLineSaved(client.id(), id)) {
                    // known before the line is read and its advice computed, so a rerun is quick
                    answers.answer(new AlreadySaved(line.number(), id));
                    alreadySaved++;
                    continue;
                }
                Visit visit = reading.read(line.text());
                Consultation c = store.saveBatchLine(
                        client().id(), id, visit.date(), visit.profile(), visit.advice(), visit.notes());
                answer = c == null ? new AlreadySaved(line.number(), id) : new Saved(line.number(), id, client, c);
            } catch (InvalidInputException e) {
                answer = new Refused(line.number(), id, e.problems());
            } catch (StoreException e) {
                Refused failed = new Refused(line.number(), id, List.of(e.getMessage()));
                answers.answer(failed);
                throw new Stopped(failed, new Summary(saved, alreadySaved, refused), e);
            }
            saved += answer instanceof Saved ? 1 : 0;
            alreadySaved += answer instanceof AlreadySaved ? 1 : 0;
            refused += answer instanceof Refused ? 1 : 0;
            answers.answer(answer);
        }
        return new Summary(saved, alreadySaved, refused);
    }

    /** The batch's client if the records hold them; looked up once. */
    private Client existingClient() throws StoreException {
        if (client == null && !lookedUp) {
            client = store.clientNamed(clientName).orElse(null);
            lookedUp = true;
        }
        return client;
    }

    /** The batch's client: found by name as people read it, or created with the first line to save. */
    private Client client() throws StoreException {
        if (existingClient() == null) {
            try {
                client = store.createClient(clientName, "");
            } catch (ClientExistsException e) {
                client = e.existing(); // another window or command created them a moment ago
            }
        }
        return client;
    }

    /** "3:9f86d081884c7d65": the line's number and the first 64 bits of the SHA-256 of its bytes. */
    static String id(Line line) {
        try {
            byte[] text = line.text() == null ? new byte[0] : line.text().getBytes(StandardCharsets.UTF_8);
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text);
            return line.number() + ":" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
