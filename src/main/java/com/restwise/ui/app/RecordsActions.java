package com.restwise.ui.app;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.records.Client;
import com.restwise.records.Consultation;
import com.restwise.records.RecordsService;
import com.restwise.ui.common.ClientVisit;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.UiWork;
import com.restwise.ui.records.RecordsView;
import com.restwise.ui.records.RecordsViewModel;
import com.restwise.ui.wizard.ProfileAnswers;
import com.restwise.ui.wizard.Step;
import com.restwise.ui.wizard.WizardViewModel;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The client records: their screen, a consultation for a client, and saving its result. All
 * reading and writing goes through the {@link RecordsService}, off the JavaFX thread.
 */
final class RecordsActions {

    private final Function<RecordsViewModel, RecordsView> screen;
    private final Navigator navigator;
    private final RecordsService records;
    private final Notice notice;
    private final PracticeActions practice;
    private RecordsView view;
    /** The client's consultation the wizard runs; null for a shopper. */
    private ClientVisit visit;

    private final UiWork work;

    /** @param screen the records screen, with what it asks of the app */
    RecordsActions(
            Navigator navigator,
            RecordsService records,
            Notice notice,
            UiWork work,
            Function<RecordsViewModel, RecordsView> screen,
            PracticeActions practice) {
        this.practice = practice;
        this.work = work;
        this.screen = screen;
        this.navigator = navigator;
        this.records = records;
        this.notice = notice;
    }

    /** The UI's threads and clock, for another screen's work on the records. */
    UiWork work() {
        return work;
    }

    RecordsService service() {
        return records;
    }

    /**
     * Opens and migrates the records in the background, so a data directory that cannot hold them
     * is reported at start rather than at the first save.
     */
    void openEarly() {
        track(null, records.open(), file -> {});
    }

    /** The records screen, once the records can be used (in a practice: after the password). */
    void showRecords() {
        practice.whenOpen(navigator.window(), this::showRecordsNow, () -> {});
    }

    private void showRecordsNow() {
        if (!practice.place().practice()) {
            notice.set("");
        }
        view = screen.apply(new RecordsViewModel(navigator.i18n(), records, notice, work.another()));
        // another room's new client or consultation appears here within moments
        practice.showing(view.viewModel());
        navigator.show(view.root());
    }

    /** Starts the wizard for the client, filled with their last answers once they are read. */
    void startConsultation(Client client) {
        startVisit(
                ClientVisit.newConsultation(client),
                all -> all.isEmpty() ? null : all.get(all.size() - 1).profile(),
                ProfileAnswers::followUp);
    }

    /** Opens a saved consultation's answers in the wizard, to correct them and save the advice anew. */
    void correctAnswers(Client client, Consultation saved) {
        startVisit(ClientVisit.correcting(client, saved), all -> saved.profile(), ProfileAnswers::fill);
    }

    /**
     * A fresh wizard for the visit, on its first question; once the client's consultations are
     * read the visit knows its history, and the wizard is filled with the answers to start from.
     */
    private void startVisit(
            ClientVisit started,
            Function<List<Consultation>, Profile> answers,
            BiConsumer<WizardViewModel, Profile> fill) {
        visit = null;
        navigator.showWizard();
        visit = started;
        WizardViewModel vm = navigator.vm();
        vm.signs().eachAsked().set(true); // a clinical record needs each warning sign answered
        vm.step().set(Step.YOU);
        track(null, records.consultations(started.client().id()), all -> {
            started.historyRead(all);
            Profile from = answers.apply(all);
            // only into the same wizard, and never over what the person has typed meanwhile
            if (from != null
                    && navigator.vm() == vm
                    && visit == started
                    && vm.you().weight().text().get().isBlank()) {
                fill.accept(vm, from);
                // a follow-up starts where things change, at Mornings, with every step open; the
                // warning signs are about now, so they were not carried over and are asked again
                if (started.correcting().isEmpty() && vm.step().get() == Step.YOU) {
                    vm.goTo(Step.MORNINGS);
                }
            }
        });
    }

    Client consultationClient() {
        return visit == null ? null : visit.client();
    }

    /** The client's consultation the wizard runs, or null for a shopper. */
    ClientVisit visit() {
        return visit;
    }

    /** Leaving a client's consultation and the records screen (start over). */
    void leave() {
        visit = null;
        view = null;
        practice.showing(null);
    }

    /**
     * Saves the results shown to the visit's client (a correction replaces the consultation
     * corrected); completes with the client saved to, or null when it failed (the notice says
     * why). A shopper's results go to {@link SavedResultsActions#save()} instead.
     */
    CompletableFuture<Client> saveResult(String notes, LocalDate date) {
        CompletableFuture<Client> done = new CompletableFuture<>();
        // locked while the results were read: the password first, then the save
        practice.whenOpen(navigator.window(), () -> saveNow(notes, date, done), () -> done.complete(null));
        return done;
    }

    private void saveNow(String notes, LocalDate date, CompletableFuture<Client> done) {
        WizardViewModel vm = navigator.vm();
        Advice advice = vm.advice().get();
        ClientVisit saving = visit;
        if (advice == null || saving == null) {
            done.complete(null);
            return;
        }
        CompletableFuture<Client> saved = saving.correcting().isPresent()
                ? records.replaceConsultation(saving.correcting().get().id(), date, vm.profile(), advice, notes)
                        .thenApply(replaced -> saving.client())
                : records.saveConsultation(saving.client(), date, vm.profile(), advice, notes);
        track(vm.i18n().get("records.working.save"), saved, client -> {
                    navigator.resultSaved(vm);
                    notice.show("notice.saved", client.name());
                    done.complete(client);
                })
                .thenAccept(applied -> {
                    if (!applied) {
                        if (unreachable(saved)) {
                            // the answers stay in the wizard and its draft; the save button, now
                            // "Retry", tries again. Said once, in place of the failure's own sentence
                            // (which said the same), however often it fails.
                            notice.warn("place.unsaved", com.restwise.ui.common.Notice.Message.of("place.retry"));
                        }
                        done.complete(null);
                    }
                });
    }

    private static boolean unreachable(CompletableFuture<?> failed) {
        Throwable failure = failed.handle((r, e) -> e).getNow(null);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof com.restwise.records.practice.PracticeUnreachableException) {
                return true;
            }
        }
        return false;
    }

    /** The records screen with this client's page open. */
    void showClient(Client client) {
        showRecords();
        view.viewModel().search(client);
    }

    /**
     * Follows work on the records: after a moment says what is running, then applies the result or
     * tells why it failed (what was entered stays on screen).
     */
    <T> CompletableFuture<Boolean> track(String activity, CompletableFuture<T> work, Consumer<T> apply) {
        return this.work.follow(activity, work, apply, notice, navigator::i18n);
    }

    /** Whether all work asked for here, and on the records screen, has finished and been shown. */
    boolean settled() {
        return work.settled() && (view == null || view.viewModel().settled());
    }

    RecordsView view() {
        return view;
    }

    void close() {
        records.close();
    }
}
