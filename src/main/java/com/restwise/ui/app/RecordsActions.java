package com.restwise.ui.app;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.records.Client;
import com.restwise.records.Consultation;
import com.restwise.records.RecordsService;
import com.restwise.ui.common.AppActions;
import com.restwise.ui.common.ClientVisit;
import com.restwise.ui.common.Failures;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.Notice;
import com.restwise.ui.records.RecordsView;
import com.restwise.ui.records.RecordsViewModel;
import com.restwise.ui.wizard.ProfileAnswers;
import com.restwise.ui.wizard.Step;
import com.restwise.ui.wizard.WizardViewModel;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;

/**
 * The client records: their screen, a consultation for a client, and saving its result. All
 * reading and writing goes through the {@link RecordsService}, off the JavaFX thread.
 */
public final class RecordsActions {

    private final AppActions app;
    private final Navigator navigator;
    private final RecordsService records;
    private final Notice notice;
    private RecordsView view;
    /** The client's consultation the wizard runs; null for a shopper. */
    private ClientVisit visit;
    private int pending;

    public RecordsActions(AppActions app, Navigator navigator, RecordsService records, Notice notice) {
        this.app = app;
        this.navigator = navigator;
        this.records = records;
        this.notice = notice;
    }

    public RecordsService service() {
        return records;
    }

    /**
     * Opens and migrates the records in the background, so a data directory that cannot hold them
     * is reported at start rather than at the first save.
     */
    public void openEarly() {
        track(null, records.open(), file -> { });
    }

    public void showRecords() {
        notice.set("");
        view = new RecordsView(new RecordsViewModel(navigator.vm().i18n(), records, notice), app, notice);
        navigator.show(view.root());
    }

    /** Starts the wizard for the client, filled with their last answers once they are read. */
    public void startConsultation(Client client) {
        startVisit(ClientVisit.newConsultation(client), all -> all.isEmpty() ? null : all.get(all.size() - 1).profile());
    }

    /** Opens a saved consultation's answers in the wizard, to correct them and save the advice anew. */
    public void correctAnswers(Client client, Consultation saved) {
        startVisit(ClientVisit.correcting(client, saved), all -> saved.profile());
    }

    /**
     * A fresh wizard for the visit, on its first question; once the client's consultations are
     * read the visit knows its history, and the wizard is filled with the answers to start from.
     */
    private void startVisit(ClientVisit started, java.util.function.Function<List<Consultation>, Profile> answers) {
        visit = null;
        navigator.showWizard();
        visit = started;
        WizardViewModel vm = navigator.vm();
        vm.step().set(Step.YOU);
        track(null, records.consultations(started.client().id()), all -> {
            started.historyRead(all);
            Profile from = answers.apply(all);
            // only into the same wizard, and never over what the person has typed meanwhile
            if (from != null && navigator.vm() == vm && visit == started && vm.you().weight().text().get().isBlank()) {
                ProfileAnswers.fill(vm, from);
                if (started.correcting().isEmpty()) {
                    followUp(vm);
                }
            }
        });
    }

    /**
     * A follow-up starts where things change, at Mornings, with every step open. The warning
     * signs are about now, so they are asked again rather than carried over.
     */
    private static void followUp(WizardViewModel vm) {
        vm.warningSigns().clear();
        vm.trauma().set(null);
        if (vm.step().get() == Step.YOU) {
            vm.goTo(Step.MORNINGS);
        }
    }

    public Client consultationClient() {
        return visit == null ? null : visit.client();
    }

    /** The client's consultation the wizard runs, or null for a shopper. */
    public ClientVisit visit() {
        return visit;
    }

    /** Leaving a client's consultation and the records screen (start over). */
    public void leave() {
        visit = null;
        view = null;
    }

    /**
     * Saves the results shown to the visit's client (a correction replaces the consultation
     * corrected), or to the shopper's own results; completes with the client saved to, or null
     * when it failed (the notice says why).
     */
    public CompletableFuture<Client> saveResult(String notes, LocalDate date) {
        CompletableFuture<Client> done = new CompletableFuture<>();
        WizardViewModel vm = navigator.vm();
        Advice advice = vm.advice().get();
        if (advice == null) {
            done.complete(null);
            return done;
        }
        I18n i18n = vm.i18n();
        ClientVisit saving = visit;
        CompletableFuture<Client> work = saving != null && saving.correcting().isPresent()
                ? records.replaceConsultation(saving.correcting().get().id(), date, vm.profile(), advice, notes)
                        .thenApply(replaced -> saving.client())
                : records.saveConsultation(saving == null ? null : saving.client(), date, vm.profile(), advice, notes);
        track(i18n.get("records.working.save"), work, client -> {
            navigator.resultSaved(vm);
            notice.show("notice.saved", client.name());
            done.complete(client);
        }, () -> done.complete(null));
        return done;
    }

    /** The records screen with this client's page open. */
    public void showClient(Client client) {
        showRecords();
        view.viewModel().search(client);
    }

    /**
     * Follows work on the records: after a moment says what is running, then applies the result or
     * tells why it failed (what was entered stays on screen).
     */
    public <T> void track(String activity, CompletableFuture<T> work, Consumer<T> apply) {
        track(activity, work, apply, () -> { });
    }

    public <T> void track(String activity, CompletableFuture<T> work, Consumer<T> apply, Runnable failed) {
        pending++;
        PauseTransition moment = new PauseTransition(RecordsViewModel.PROGRESS_DELAY);
        if (activity != null) {
            moment.setOnFinished(e -> notice.set(activity));
            moment.play();
        }
        work.whenComplete((result, failure) -> Platform.runLater(() -> {
            pending--;
            moment.stop();
            if (activity != null && notice.get().equals(activity)) {
                notice.set("");
            }
            if (failure != null) {
                if (!Failures.closing(failure)) {
                    notice.set(Failures.describe(failure, navigator.vm().i18n()));
                }
                failed.run();
            } else {
                apply.accept(result);
            }
        }));
    }

    /** Whether all work asked for here, and on the records screen, has finished and been shown. */
    public boolean settled() {
        return pending == 0 && (view == null || view.viewModel().settled());
    }

    public RecordsView view() {
        return view;
    }

    public void close() {
        records.close();
    }
}
