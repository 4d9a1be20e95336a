package com.restwise.ui.records;

import com.restwise.records.Client;
import com.restwise.records.ClientExistsException;
import com.restwise.records.ClientTransfer;
import com.restwise.records.Consultation;
import com.restwise.records.ConsultationLine;
import com.restwise.records.ImportResult;
import com.restwise.records.RecordsService;
import com.restwise.ui.common.Failures;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.UiWork;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The client records screen without its controls: the search (run a moment after the last
 * keystroke, older answers dropped), the client list and the chosen client's consultations,
 * and whether work is running. Every call to the records goes through {@link RecordsService},
 * off the JavaFX thread; results are applied on it. Used on the JavaFX thread only.
 */
public final class RecordsViewModel {

    /** How long typing must pause before the search runs. */
    public static final Duration SEARCH_DELAY = Duration.millis(250);
    /** The progress of work that cannot say how far it has come (a progress indicator's own value). */
    public static final double INDETERMINATE = -1;

    /**
     * A client with what their page lists of their consultations, oldest first (not the answers
     * and advice, which are read when one is opened), and who corrected which.
     */
    public record ClientPage(
            Client client,
            List<ConsultationLine> consultations,
            java.util.Map<Long, com.restwise.records.OpenRecords.Correction> corrections) {
        public ClientPage(Client client, List<ConsultationLine> consultations) {
            this(client, consultations, corrections(consultations));
        }

        private static java.util.Map<Long, com.restwise.records.OpenRecords.Correction> corrections(
                List<ConsultationLine> lines) {
            java.util.Map<Long, com.restwise.records.OpenRecords.Correction> corrected = new java.util.HashMap<>();
            for (ConsultationLine l : lines) {
                if (l.correctedAt() != null) {
                    corrected.put(
                            l.id(), new com.restwise.records.OpenRecords.Correction(l.correctedAt(), l.correctedBy()));
                }
            }
            return java.util.Map.copyOf(corrected);
        }
    }

    /**
     * What was typed for a client who was deleted or replaced elsewhere (an import on the command
     * line, another window) before it could be saved: nothing was saved, to them or anyone else,
     * and the text stays on screen until the person closes it.
     */
    record Unsaved(Client client, String typed) {}

    private final I18n i18n;
    private final RecordsService records;
    private final Notice notice;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Client> clients = FXCollections.observableArrayList();
    private final javafx.collections.ObservableMap<Long, com.restwise.records.OpenRecords.Origin> origins =
            FXCollections.observableHashMap();
    private final ObjectProperty<ClientPage> page = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Consultation> opened = new ReadOnlyObjectWrapper<>();
    private final UiWork work;
    private final StringProperty activity = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(INDETERMINATE);
    private final ObjectProperty<Unsaved> unsaved = new SimpleObjectProperty<>();
    private final ObjectProperty<Client> existingClient = new SimpleObjectProperty<>();
    private final StringProperty readOnlyNote = new SimpleStringProperty("");
    private final javafx.beans.binding.BooleanBinding readOnly = readOnlyNote.isNotEmpty();
    /** Cancels the search waiting for typing to pause; null when none waits. */
    private Runnable searchWaiting;
    /** Numbers the searches and page loads, so an answer overtaken by a newer question is dropped. */
    private long searchAsked;

    private long pageAsked;
    /** The client a search was asked to show, until a search's answer is applied; null when none. */
    private Long selecting;

    /** @param work the screen's own work on the records, counted apart from other screens' */
    public RecordsViewModel(I18n i18n, RecordsService records, Notice notice, UiWork work) {
        this.i18n = i18n;
        this.records = records;
        this.notice = notice;
        this.work = work;
        query.addListener((obs, was, now) -> {
            stopWaitingSearch();
            searchWaiting = work.delay().after(SEARCH_DELAY, () -> {
                searchWaiting = null;
                search(null);
            });
        });
        page.addListener((obs, was, now) -> opened.set(null));
        work.pending().addListener((obs, was, now) -> {
            if (now.intValue() == 0) {
                activity.set("");
            }
        });
    }

    private void stopWaitingSearch() {
        if (searchWaiting != null) {
            searchWaiting.run();
            searchWaiting = null;
        }
    }

    public I18n i18n() {
        return i18n;
    }

    /** What is typed in the search field. */
    public StringProperty query() {
        return query;
    }

    /** The clients the last search found, in name order. */
    public ObservableList<Client> clients() {
        return clients;
    }

    /** The client shown, with their consultations; null when none is chosen. */
    public ObjectProperty<ClientPage> page() {
        return page;
    }

    /** What was typed for a client gone elsewhere, kept on screen unsaved; null when nothing is. */
    public ObjectProperty<Unsaved> unsaved() {
        return unsaved;
    }

    /**
     * The client already in the records under the name a new client was to get (as people read
     * it, even where the list did not show them), to open instead of making a twin; null when none.
     */
    public ObjectProperty<Client> existingClient() {
        return existingClient;
    }

    /** Why nothing can be saved in these records (they can only be read); empty when they can be written. */
    public StringProperty readOnlyNote() {
        return readOnlyNote;
    }

    /** True when the records can only be read: listed and exported, never saved to. */
    public javafx.beans.binding.BooleanBinding readOnly() {
        return readOnly;
    }

    /**
     * The client's saved consultation open as it was, in place of their page; null while their
     * page shows. Another page, or the same one read again, closes it.
     */
    public ReadOnlyObjectProperty<Consultation> opened() {
        return opened.getReadOnlyProperty();
    }

    /** Opens one of the shown client's consultations as it was saved. */
    public void openConsultation(Consultation consultation) {
        opened.set(consultation);
    }

    /**
     * Opens one of the shown client's consultations: reads it whole (its answers and advice),
     * then shows it, unless another page was shown meanwhile.
     */
    public CompletableFuture<Boolean> openConsultation(ConsultationLine line) {
        long asked = pageAsked;
        return whole(line, c -> {
            if (asked == pageAsked) {
                opened.set(c);
            }
        });
    }

    /** Reads a consultation of the page whole (to open it, or for its report), then hands it on. */
    public CompletableFuture<Boolean> whole(ConsultationLine line, Consumer<Consultation> then) {
        return track("records.working.read", records.consultation(line.clientId(), line.id()), then);
    }

    /** Back from a saved consultation to the client's page. */
    public void closeConsultation() {
        opened.set(null);
    }

    /** Whether nothing is running or waiting: no work on the records and no search about to run. */
    public boolean settled() {
        return work.settled() && searchWaiting == null;
    }

    /** True once work has been running for a moment ({@link UiWork#MOMENT}): time to show progress. */
    public ReadOnlyBooleanProperty showProgress() {
        return work.longRunning();
    }

    /** How far an export or import has come, 0 to 1; {@link #INDETERMINATE} for other work. */
    public ReadOnlyDoubleProperty progress() {
        return progress;
    }

    /**
     * Progress told on the records thread, shown on the JavaFX thread: only steps of a percent or
     * more are handed over, so a big file does not flood the JavaFX thread with updates.
     */
    private ClientTransfer.Progress progressTo() {
        double[] shown = {-1};
        return done -> {
            if (done - shown[0] >= 0.01 || done >= 1.0 && shown[0] < 1.0) {
                shown[0] = done;
                work.onFx(() -> progress.set(done));
            }
        };
    }

    /** What the work running is, in words ("Saving ..."). */
    public StringProperty activity() {
        return activity;
    }

    /** The first search, at once, and whether anything can be saved here. */
    public void load() {
        askWhetherWritable();
        search(null);
    }

    private void askWhetherWritable() {
        track(
                "records.working.read",
                records.readOnly(),
                why -> readOnlyNote.set(why.map(e -> e.message(i18n.lang())).orElse("")));
    }

    /**
     * Reads the list and the client shown again: another room added a client or saved a
     * consultation, or the practice database came back after a loss.
     */
    public void reload() {
        askWhetherWritable();
        // a client about to be shown (just created) stays the one wanted, not the page shown before
        search(selecting != null || page.get() == null ? null : page.get().client());
    }

    /**
     * Another room saved a consultation: only the client shown, if it is theirs, is read again
     * (the list shows names, which did not change).
     */
    public void consultationSavedElsewhere(long clientId) {
        ClientPage shown = page.get();
        if (shown != null && shown.client().id() == clientId) {
            open(shown.client());
        }
    }

    /** Searches now for what is typed, then shows (or keeps) a client. */
    public void search(Client select) {
        search(select, false);
    }

    /**
     * Reads the list again after the client shown was found gone: the page of a client of the
     * same name (the one an import brought), if there is one. What was typed stays on screen,
     * saved nowhere, until the person closes it.
     */
    public void reloadList() {
        search(null, true);
    }

    /** Closes what was typed for a client gone elsewhere. */
    public void dismissUnsaved() {
        unsaved.set(null);
    }

    private void search(Client select, boolean leaveVanished) {
        stopWaitingSearch();
        long asked = ++searchAsked;
        if (select != null) {
            selecting = select.id();
        }
        // a client asked for (one just created, say) stays asked for until their page shows, when a
        // newer search overtakes this one: the practice's own notice of the new client reloads the
        // list at once, maybe while the page is being read
        Long keep = selecting != null
                ? selecting
                : page.get() == null ? null : page.get().client().id();
        boolean chosen = selecting != null;
        track("records.working.search", records.search(query.get()), found -> {
                    if (asked != searchAsked) {
                        return;
                    }
                    clients.setAll(found);
                    readOriginsOfSharedNames(found);
                    Client kept = found.stream()
                            .filter(c -> keep != null && c.id() == keep)
                            .findFirst()
                            .orElse(null);
                    Unsaved typed = unsaved.get();
                    boolean vanishedShown =
                            typed != null && keep != null && typed.client().id() == keep;
                    if (kept == null && vanishedShown && !leaveVanished) {
                        return; // the gone client's page stays, with what was typed, until the person reloads
                    }
                    Client sameNamed = vanishedShown
                            ? found.stream()
                                    .filter(c -> c.name().equals(typed.client().name()))
                                    .findFirst()
                                    .orElse(null)
                            : null;
                    if (kept == null) {
                        selecting = null; // gone meanwhile
                    }
                    if (kept == null && sameNamed != null) {
                        open(sameNamed);
                    } else if (kept == null) {
                        pageAsked++;
                        page.set(null);
                    } else if (chosen
                            || leaveVanished
                            || page.get() == null
                            || !page.get().client().equals(kept)) {
                        open(kept);
                    }
                })
                .thenAccept(applied -> {
                    if (!applied && asked == searchAsked) {
                        selecting = null; // the notice says why; the next search asks for nobody in particular
                    }
                });
    }

    /** Shows a client and their consultations; null shows none. */
    public void open(Client client) {
        existingClient.set(null);
        long asked = ++pageAsked;
        if (client == null || selecting != null && selecting != client.id()) {
            selecting = null; // another client chosen meanwhile: theirs is the page wanted
        }
        if (client == null) {
            page.set(null);
            return;
        }
        // the lines only, with who corrected which: the documents are read when one is opened
        CompletableFuture<ClientPage> read =
                records.consultationLines(client.id()).thenApply(lines -> new ClientPage(client, lines));
        track("records.working.read", read, shown -> {
                    if (asked == pageAsked) {
                        page.set(shown);
                        selecting = null;
                    }
                })
                .thenAccept(applied -> {
                    if (!applied && asked == pageAsked) {
                        selecting = null;
                    }
                });
    }

    /** Every version of a consultation, the first first, for reading (none on this computer). */
    public CompletableFuture<List<com.restwise.records.practice.PracticeStore.ConsultationVersion>> versions(
            ConsultationLine c) {
        CompletableFuture<List<com.restwise.records.practice.PracticeStore.ConsultationVersion>> shown =
                new CompletableFuture<>();
        CompletableFuture<List<com.restwise.records.practice.PracticeStore.ConsultationVersion>> read =
                records.versions(c.id());
        track("records.working.read", read, shown::complete).thenAccept(ok -> {
            if (!ok) {
                shown.complete(List.of());
            }
        });
        return shown;
    }

    /** Who created each client of a name that several clients share, and when; empty otherwise. */
    public javafx.collections.ObservableMap<Long, com.restwise.records.OpenRecords.Origin> origins() {
        return origins;
    }

    /** In the practice's records two clients may share a name: then the list says who created each, and when. */
    private void readOriginsOfSharedNames(List<Client> found) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        boolean shared = found.stream().anyMatch(c -> !seen.add(com.restwise.records.ClientName.identity(c.name())));
        if (!shared) {
            origins.clear();
            return;
        }
        track("records.working.search", records.origins(), origins::putAll);
    }

    /** The clients already shown whose name is the same as this one, as people read names. */
    public List<Client> sameName(String name) {
        String identity = com.restwise.records.ClientName.identity(com.restwise.records.ClientName.clean(name));
        return clients.stream()
                .filter(c -> com.restwise.records.ClientName.identity(c.name()).equals(identity))
                .toList();
    }

    /** Whether a second client of a name already there may be added (the practice's records). */
    public boolean namesMayRepeat() {
        return records.offers().sharing();
    }

    /**
     * Creates a client and shows them; completes with false (and a notice) when it failed. When a
     * client of that name, as people read it, is there already, {@link #existingClient()} offers them.
     */
    public CompletableFuture<Boolean> createClient(String name) {
        existingClient.set(null);
        CompletableFuture<Client> creating = records.createClient(name, "");
        return track("records.working.save", creating, created -> {
                    query.set("");
                    search(created);
                })
                .thenApply(saved -> {
                    if (!saved
                            && Failures.storeFailure(creating).orElse(null) instanceof ClientExistsException exists) {
                        existingClient.set(exists.existing());
                    }
                    return saved;
                });
    }

    /** Opens the client whose name a new client was to get, instead of making a second one. */
    public void openExisting() {
        Client existing = existingClient.get();
        if (existing != null) {
            existingClient.set(null);
            notice.dismiss();
            query.set("");
            search(existing);
        }
    }

    /**
     * Saves a new name or new notes; on failure the notice says why and nothing typed is reset.
     * When the client was deleted or replaced elsewhere meanwhile, nothing is saved to anyone and
     * what was typed is kept in {@link #unsaved()}.
     */
    public CompletableFuture<Boolean> updateClient(Client changed) {
        Client before = page.get() != null && page.get().client().id() == changed.id()
                ? page.get().client()
                : changed;
        CompletableFuture<Client> saving = records.updateClient(changed);
        return track("records.working.save", saving, saved -> search(saved)).thenApply(saved -> {
            if (!saved && gone(saving, "client.gone")) {
                keepUnsaved(before, changed.notes().equals(before.notes()) ? changed.name() : changed.notes());
            }
            return saved;
        });
    }

    private static boolean gone(CompletableFuture<?> failed, String key) {
        return Failures.storeFailure(failed).map(e -> e.key().equals(key)).orElse(false);
    }

    private void keepUnsaved(Client client, String typed) {
        unsaved.set(new Unsaved(client, typed));
    }

    /** Deletes the client and their consultations (after the person confirmed). */
    public CompletableFuture<Boolean> deleteClient(Client client) {
        return track("records.working.save", records.deleteClient(client.id()), nothing -> {
            pageAsked++;
            page.set(null);
            search(null);
        });
    }

    /**
     * Corrects a consultation's day and notes, then shows the client again: the list, the trend
     * and the counts as they are now. When the consultation (or its client) was deleted or
     * replaced meanwhile, the notice says so, nothing is saved, and the page stays with the notes
     * typed kept in {@link #unsaved()} until the person reloads.
     */
    public CompletableFuture<Boolean> editConsultation(Consultation c, java.time.LocalDate date, String notes) {
        return editConsultation(ConsultationLine.of(c), date, notes, null);
    }

    public CompletableFuture<Boolean> editConsultation(ConsultationLine c, java.time.LocalDate date, String notes) {
        return editConsultation(c, date, notes, null);
    }

    /** What the therapist does when their correction was made on a version changed meanwhile. */
    enum StaleChoice {
        /** Save theirs on top, as a new version (the other change stays readable as an earlier one). */
        KEEP_MINE,
        /** Drop theirs and see the version saved meanwhile. */
        TAKE_OTHER,
        /** Drop theirs but keep its text on the clipboard, to work it in by hand. */
        COPY_MINE
    }

    /** Asks what to do with a correction made on a stale version, showing both. */
    interface StaleQuestion {
        Optional<StaleChoice> ask(java.time.LocalDate myDate, String myNotes, Consultation savedMeanwhile);
    }

    /**
     * Corrects a consultation's day and notes. When someone saved a newer version first (the
     * practice's records), nothing is saved; then {@code stale} is shown both versions, and the
     * therapist keeps theirs (saved as the newest version), takes the other, or copies their text.
     */
    public CompletableFuture<Boolean> editConsultation(
            Consultation c, java.time.LocalDate date, String notes, StaleQuestion stale) {
        return editConsultation(ConsultationLine.of(c), date, notes, stale);
    }

    public CompletableFuture<Boolean> editConsultation(
            ConsultationLine c, java.time.LocalDate date, String notes, StaleQuestion stale) {
        CompletableFuture<Void> attempt = records.updateConsultation(c.id(), date, notes);
        CompletableFuture<Boolean> saved = track(
                "records.working.save",
                attempt,
                nothing -> notice.set(i18n.get("records.consultation-saved", i18n.date(date))));
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        saved.thenAccept(ok -> {
            if (ok || stale == null || !isStale(attempt)) {
                ClientPage shown = page.get();
                // gone with its client (an import replaced them) or alone: either way the page stays
                // as it was, with what was typed, till the person reloads
                boolean gone = gone(attempt, "client.gone") || gone(attempt, "consultation.gone");
                if (!ok && gone && shown != null && shown.client().id() == c.clientId()) {
                    keepUnsaved(shown.client(), notes);
                } else {
                    reopen(c);
                }
                done.complete(ok);
                return;
            }
            // the store now reads the version saved meanwhile, which the next attempt names as its base
            track("records.working.read", records.consultation(c.clientId(), c.id()), other -> {
                        StaleChoice choice = stale.ask(date, notes, other).orElse(StaleChoice.TAKE_OTHER);
                        if (choice == StaleChoice.KEEP_MINE) {
                            editConsultation(ConsultationLine.of(other), date, notes, stale)
                                    .thenAccept(done::complete);
                        } else {
                            reopen(c);
                            done.complete(false);
                        }
                    })
                    .thenAccept(read -> {
                        if (!read) {
                            reopen(c); // gone meanwhile: the notice says so, the page shows what is there
                            done.complete(false);
                        }
                    });
        });
        return done;
    }

    private static boolean isStale(CompletableFuture<?> failed) {
        Throwable failure = failed.handle((r, e) -> e).getNow(null);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof com.restwise.records.practice.StaleChangeException) {
                return true;
            }
        }
        return false;
    }

    /** Deletes one consultation (after the person confirmed); the client and the others stay. */
    public CompletableFuture<Boolean> deleteConsultation(Consultation c) {
        return deleteConsultation(ConsultationLine.of(c));
    }

    /** Deletes one consultation (after the person confirmed); the client and the others stay. */
    public CompletableFuture<Boolean> deleteConsultation(ConsultationLine c) {
        CompletableFuture<Boolean> deleted = track(
                "records.working.save",
                records.deleteConsultation(c.id()),
                nothing -> notice.set(i18n.get("records.consultation-deleted", i18n.date(c.date()))));
        deleted.thenAccept(ok -> reopen(c));
        return deleted;
    }

    /** Reads the client's page again, if it is still the one shown. */
    private void reopen(ConsultationLine changed) {
        ClientPage shown = page.get();
        if (shown != null && shown.client().id() == changed.clientId()) {
            open(shown.client());
        }
    }

    /**
     * Writes one client, or every client when {@code only} is null, protected by the passphrase
     * unless it is null.
     */
    public CompletableFuture<Boolean> export(Path file, Client only, char[] passphrase) {
        return track(
                "records.working.export",
                records.export(file, only, passphrase, progressTo()),
                summary -> notice.show(
                        summary.sealed() ? "records.exported" : "records.exported-plain", summary.clients(), file));
    }

    /** The questions an import may need answered; an empty answer cancels it, changing nothing. */
    public interface ImportQuestions {
        /** The passphrase of a protected file; {@code wrongBefore} when the last one did not open it. */
        Optional<char[]> passphrase(String fileName, boolean wrongBefore);

        /** What to do with these clients, who are in the records already. */
        Optional<ClientTransfer.OnConflict> onConflict(Set<String> names);
    }

    /**
     * Imports a file, asking for its passphrase when it is protected (again after a wrong one)
     * and about clients already in the records. Completes with true once imported; the notice
     * says what the records hold now, or why nothing changed.
     */
    public CompletableFuture<Boolean> importFile(Path file, ImportQuestions ask) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        importFile(file, null, null, ask, done);
        return done;
    }

    private void importFile(
            Path file,
            char[] passphrase,
            ClientTransfer.OnConflict choice,
            ImportQuestions ask,
            CompletableFuture<Boolean> done) {
        String name = String.valueOf(file.getFileName());
        track("records.working.import", records.importFile(file, passphrase, choice, progressTo()), result -> {
                    if (result instanceof ImportResult.Done imported) {
                        ClientTransfer.ImportSummary summary = imported.summary();
                        notice.show(language -> {
                            String told = language.get(
                                    "records.imported",
                                    name,
                                    summary.added(),
                                    summary.replaced(),
                                    summary.keptBoth(),
                                    summary.skipped(),
                                    summary.clientsInRecords(),
                                    summary.consultationsInRecords());
                            if (!summary.renamed().isEmpty()) {
                                told += " "
                                        + language.get(
                                                "records.imported.renamed", String.join(", ", summary.renamed()));
                            }
                            if (!summary.todaysScreen().isEmpty()) {
                                told += " "
                                        + language.get(
                                                summary.todaysScreen().size() == 1
                                                        ? "records.imported.todays-screen.one"
                                                        : "records.imported.todays-screen",
                                                summary.todaysScreen().size());
                            }
                            return told;
                        });
                        search(null);
                        done.complete(true);
                    } else if (result instanceof ImportResult.NeedsPassphrase
                            || result instanceof ImportResult.WrongPassphrase) {
                        Optional<char[]> given = ask.passphrase(name, result instanceof ImportResult.WrongPassphrase);
                        given.ifPresentOrElse(p -> importFile(file, p, choice, ask, done), () -> cancelled(name, done));
                    } else if (result instanceof ImportResult.Conflicts conflicts) {
                        ask.onConflict(conflicts.names())
                                .ifPresentOrElse(
                                        c -> importFile(file, passphrase, c, ask, done), () -> cancelled(name, done));
                    }
                })
                .thenAccept(applied -> {
                    if (!applied) {
                        done.complete(false); // failed: the notice says why
                    }
                });
    }

    /** Whether this computer's records can be moved into the practice's: connected to it. */
    public boolean canMoveToPractice() {
        return records.connected();
    }

    /**
     * "Move these records to the practice database": asks about clients the practice has under
     * the same names; the notice counts what arrived and what the practice holds now.
     */
    public CompletableFuture<Boolean> moveToPractice(ImportQuestions ask) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        moveToPractice(null, ask, done);
        return done;
    }

    private void moveToPractice(
            ClientTransfer.OnConflict choice, ImportQuestions ask, CompletableFuture<Boolean> done) {
        track("records.working.move", records.moveToPractice(choice), result -> {
                    if (result instanceof ImportResult.Done moved) {
                        ClientTransfer.ImportSummary s = moved.summary();
                        notice.show(
                                "records.moved",
                                s.added(),
                                s.replaced(),
                                s.keptBoth(),
                                s.skipped(),
                                s.consultationsSaved(),
                                s.clientsInRecords(),
                                s.consultationsInRecords());
                        search(null);
                        done.complete(true);
                    } else if (result instanceof ImportResult.Conflicts conflicts) {
                        ask.onConflict(conflicts.names()).ifPresentOrElse(c -> moveToPractice(c, ask, done), () -> {
                            notice.show("records.move-cancelled");
                            done.complete(false);
                        });
                    }
                })
                .thenAccept(applied -> {
                    if (!applied) {
                        done.complete(false);
                    }
                });
    }

    private void cancelled(String fileName, CompletableFuture<Boolean> done) {
        notice.show("records.import-cancelled", fileName);
        done.complete(false);
    }

    /**
     * Follows work on the records: counts it as running, then applies its result or tells its
     * failure. Completes with whether it was applied.
     */
    <T> CompletableFuture<Boolean> track(String activityKey, CompletableFuture<T> running, Consumer<T> apply) {
        activity.set(i18n.get(activityKey));
        progress.set(INDETERMINATE);
        return work.follow(running, apply, notice, () -> i18n);
    }
}
