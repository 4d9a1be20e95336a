package com.restwise.ui.app;

import com.restwise.engine.advice.Advice;
import com.restwise.ui.common.Notice;
import com.restwise.ui.saved.SavedResultsView;
import com.restwise.ui.saved.SavedResultsViewModel;
import com.restwise.ui.wizard.WizardViewModel;
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A shopper's own saved results: keeping the result on screen, and their screen, "My saved
 * results". They live in the records database, behind the same background thread as the client
 * records, but apart from the clients.
 */
final class SavedResultsActions {

    private final Function<SavedResultsViewModel, SavedResultsView> screen;
    private final Navigator navigator;
    private final RecordsActions records;
    private final Notice notice;
    private SavedResultsView view;

    /** @param screen the screen of saved results, with what it asks of the app */
    SavedResultsActions(
            Navigator navigator,
            RecordsActions records,
            Notice notice,
            Function<SavedResultsViewModel, SavedResultsView> screen) {
        this.screen = screen;
        this.navigator = navigator;
        this.records = records;
        this.notice = notice;
    }

    void show() {
        notice.set("");
        view = screen.apply(new SavedResultsViewModel(
                navigator.i18n(), records.service(), notice, records.work().another()));
        navigator.show(view.root());
    }

    /** Keeps the results shown, with the moment they were saved; completes with whether it was. */
    CompletableFuture<Boolean> save() {
        WizardViewModel vm = navigator.vm();
        Advice advice = vm.advice().get();
        if (advice == null) {
            return CompletableFuture.completedFuture(false);
        }
        return records.track(
                vm.i18n().get("records.working.save"),
                records.service().saveResult(LocalDateTime.now(), vm.profile(), advice),
                saved -> notice.show("saved.notice"));
    }

    /** Leaving the screen (start over). */
    void leave() {
        view = null;
    }

    boolean settled() {
        return view == null || view.viewModel().settled();
    }

    SavedResultsView view() {
        return view;
    }
}
