package com.restwise.ui;

import com.restwise.engine.advice.Advice;
import com.restwise.records.Client;
import com.restwise.records.RecordsService;
import com.restwise.ui.model.Failures;
import com.restwise.ui.model.I18n;
import com.restwise.ui.model.Notice;
import com.restwise.ui.model.ProfileAnswers;
import com.restwise.ui.model.RecordsViewModel;
import com.restwise.ui.model.Step;
import com.restwise.ui.model.WizardViewModel;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;

/**
 * The client records: their screen, a consultation for a client, and saving its result. All
 * reading and writing goes through the {@link RecordsService}, off the JavaFX thread.
 */
final class RecordsActions {

    private final AppActions app;
    private final Navigator navigator;
    private final RecordsService records;
    private final Notice notice;
    private RecordsView view;
    private Client consultationClient;
    private int pending;

    RecordsActions(AppActions app, Navigator navigator, RecordsService records, Notice notice) {
        this.app = app;
        this.navigator = navigator;
        this.records = records;
        this.notice = notice;
    }

    RecordsService service() {
        return records;
    }

    /**
     * Opens and migrates the records in the background, so a data directory that cannot hold them
     * is reported at start rather than at the first save.
     */
    void openEarly() {
        track(null, records.open(), file -> { });
    }

    void showRecords() {
        notice.set("");
        view = new RecordsView(new RecordsViewModel(navigator.vm().i18n(), records, notice), app, notice);
        navigator.show(view.root());
    }

    /** Starts the wizard for the client, filled with their last answers once they are read. */
    void startConsultation(Client client) {
        consultationClient = null;
        navigator.showWizard();
        consultationClient = client;
        WizardViewModel vm = navigator.vm();
        vm.step().set(Step.YOU);
        track(null, records.lastProfile(client.id()), last -> {
            // only into the same wizard, and never over what the person has typed meanwhile
            if (navigator.vm() == vm && vm.you().weight().text().get().isBlank()) {
                last.ifPresent(profile -> ProfileAnswers.fill(vm, profile));
            }
        });
    }

    Client consultationClient() {
        return consultationClient;
    }

    /** Leaving a client's consultation and the records screen (start over). */
    void leave() {
        consultationClient = null;
        view = null;
    }

    void saveResult(String notes, LocalDate date) {
        WizardViewModel vm = navigator.vm();
        Advice advice = vm.advice().get();
        if (advice == null) {
            return;
        }
        I18n i18n = vm.i18n();
        track(i18n.get("records.working.save"), records.saveConsultation(consultationClient, date, vm.profile(), advice,
                notes), client -> {
                    navigator.resultSaved(vm);
                    notice.show("notice.saved", client.name());
                });
    }

    /**
     * Follows work on the records: after a moment says what is running, then applies the result or
     * tells why it failed (what was entered stays on screen).
     */
    private <T> void track(String activity, CompletableFuture<T> work, Consumer<T> apply) {
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
            } else {
                apply.accept(result);
            }
        }));
    }

    /** Whether all work asked for here, and on the records screen, has finished and been shown. */
    boolean settled() {
        return pending == 0 && (view == null || view.viewModel().settled());
    }

    RecordsView view() {
        return view;
    }

    void close() {
        records.close();
    }
}
