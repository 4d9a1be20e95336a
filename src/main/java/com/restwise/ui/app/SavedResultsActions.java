package com.restwise.ui.app;

import com.restwise.engine.advice.Advice;
import com.restwise.ui.common.AppActions;
import com.restwise.ui.common.I18n;
import com.restwise.ui.saved.SavedResultsView;
import com.restwise.ui.saved.SavedResultsViewModel;
import com.restwise.ui.wizard.WizardViewModel;
import java.time.LocalDateTime;

/**
 * A shopper's own saved results: keeping the result on screen, and their screen, "My saved
 * results". They live in the records database, behind the same background thread as the client
 * records, but apart from the clients.
 */
public final class SavedResultsActions {

    private final AppActions app;
    private final Navigator navigator;
    private final RecordsActions records;
    private final com.restwise.ui.common.Notice notice;
    private SavedResultsView view;

    public SavedResultsActions(AppActions app, Navigator navigator, RecordsActions records, com.restwise.ui.common.Notice notice) {
        this.app = app;
        this.navigator = navigator;
        this.records = records;
        this.notice = notice;
    }

    public void show() {
        notice.set("");
        view = new SavedResultsView(new SavedResultsViewModel(navigator.vm().i18n(), records.service(), notice), app,
                notice);
        navigator.show(view.root());
    }

    /** Keeps the results shown, with the moment they were saved; completes with whether it was. */
    public java.util.concurrent.CompletableFuture<Boolean> save() {
        java.util.concurrent.CompletableFuture<Boolean> done = new java.util.concurrent.CompletableFuture<>();
        WizardViewModel vm = navigator.vm();
        Advice advice = vm.advice().get();
        if (advice == null) {
            done.complete(false);
            return done;
        }
        I18n i18n = vm.i18n();
        records.track(i18n.get("records.working.save"), records.service().saveResult(LocalDateTime.now(), vm.profile(),
                advice), saved -> {
                    notice.show("saved.notice");
                    done.complete(true);
                }, () -> done.complete(false));
        return done;
    }

    /** Leaving the screen (start over). */
    public void leave() {
        view = null;
    }

    public boolean settled() {
        return view == null || view.viewModel().settled();
    }

    public SavedResultsView view() {
        return view;
    }
}
