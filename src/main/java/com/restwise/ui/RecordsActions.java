package com.restwise.ui;

import com.restwise.engine.advice.Advice;
import com.restwise.records.Client;
import com.restwise.records.ConsultationStore;
import com.restwise.records.StoreException;
import com.restwise.ui.model.ProfileAnswers;
import com.restwise.ui.model.Step;
import com.restwise.ui.model.WizardViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.StringProperty;

/** The client records: their screen, a consultation for a client, and saving its result. */
final class RecordsActions {

    private final AppActions app;
    private final Navigator navigator;
    private final Path dataDir;
    private final StringProperty notice;
    private ConsultationStore store;
    private RecordsView view;
    private Client consultationClient;

    RecordsActions(AppActions app, Navigator navigator, Path dataDir, StringProperty notice) {
        this.app = app;
        this.navigator = navigator;
        this.dataDir = dataDir;
        this.notice = notice;
    }

    /** The client records, opened on first use; empty after showing why they cannot be opened. */
    Optional<ConsultationStore> store() {
        if (store == null) {
            try {
                store = ConsultationStore.open(dataDir);
            } catch (StoreException e) {
                notice.set(e.getMessage());
                return Optional.empty();
            }
        }
        return Optional.of(store);
    }

    void showRecords() {
        store().ifPresent(s -> {
            notice.set("");
            view = new RecordsView(navigator.vm().i18n(), app, s, notice);
            navigator.show(view.root());
        });
    }

    void startConsultation(Client client) {
        consultationClient = null;
        navigator.showWizard();
        consultationClient = client;
        WizardViewModel vm = navigator.vm();
        store().flatMap(s -> {
            try {
                return s.lastProfile(client.id());
            } catch (StoreException e) {
                notice.set(e.getMessage());
                return Optional.empty();
            }
        }).ifPresent(last -> ProfileAnswers.fill(vm, last));
        vm.step().set(Step.YOU);
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
        store().ifPresent(s -> {
            try {
                Client client = consultationClient != null ? consultationClient : s.myResults();
                s.saveConsultation(client.id(), date, vm.profile(), advice, notes);
                notice.set(vm.i18n().get("notice.saved", client.name()));
            } catch (StoreException e) {
                notice.set(e.getMessage());
            }
        });
    }

    RecordsView view() {
        return view;
    }

    void close() {
        if (store != null) {
            try {
                store.close();
            } catch (StoreException e) {
                // every save was its own transaction; nothing is lost by a failed close
            }
        }
    }
}
