package com.restwise.ui.app;

import com.google.gson.JsonObject;
import com.restwise.engine.Advisor;
import com.restwise.engine.catalog.Catalog;
import com.restwise.records.Client;
import com.restwise.storage.DraftStore;
import com.restwise.storage.Settings;
import com.restwise.ui.common.Consultations;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.Screens;
import com.restwise.ui.common.UiWork;
import com.restwise.ui.wizard.DraftAutosave;
import com.restwise.ui.wizard.StartAgain;
import com.restwise.ui.wizard.StartAgainDialog;
import com.restwise.ui.wizard.Step;
import com.restwise.ui.wizard.WizardDraft;
import com.restwise.ui.wizard.WizardView;
import com.restwise.ui.wizard.WizardViewModel;
import java.io.IOException;
import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Which screen the window shows: the wizard (with its draft, saved after every answer and offered
 * again after a crash or a close) or another screen such as the client records.
 */
final class Navigator implements Screens {

    private final Consultations consultations;
    private final Function<WizardViewModel, WizardView> wizardView;
    private final SettingsActions settings;
    private final DraftStore drafts;
    private final UiWork work;
    private final Notice notice;
    private final Scene scene;
    private final DraftAutosave autosave;
    private Advisor advisor;
    private JsonObject pendingDraft;
    private WizardViewModel vm;
    private Parent wizardRoot;
    /**
     * The scene's root while the wizard was shown, kept when another screen takes its place: the
     * wizard's own root, or what wraps it (the validation decorations wrap the scene's root).
     */
    private Parent leftWizard;
    /** Counts new wizards, so a notice said in one leaves with it (a change of language keeps it). */
    private int wizardNumber;
    /** The wizard whose result was saved to the records, if any. */
    private WizardViewModel savedWizard;

    private Catalog catalog;

    /** A page of one wizard, for the notice to know when it was left. */
    private record WizardPage(int wizard, Step step) {}

    /**
     * @param wizardView the view of a new wizard, with what its pages ask of the app
     */
    Navigator(
            SettingsActions settings,
            DraftStore drafts,
            UiWork work,
            Notice notice,
            Scene scene,
            Consultations consultations,
            Function<WizardViewModel, WizardView> wizardView) {
        this.consultations = consultations;
        this.wizardView = wizardView;
        this.settings = settings;
        this.drafts = drafts;
        this.work = work;
        this.notice = notice;
        this.scene = scene;
        this.pendingDraft = drafts.load().filter(WizardDraft::hasAnswers).orElse(null);
        this.autosave = new DraftAutosave(drafts, work, notice, pendingDraft != null);
        drafts.notice().ifPresent(n -> notice.warn("notice.draft-damaged", n));
    }

    @Override
    public Window window() {
        return scene.getWindow();
    }

    WizardViewModel vm() {
        return vm;
    }

    @Override
    public I18n i18n() {
        return vm.i18n();
    }

    /** The shipped catalog, once read off the JavaFX thread. */
    void catalogLoaded(Catalog loaded) {
        catalog = loaded;
        vm.catalog().set(loaded);
    }

    /**
     * A fresh wizard on its welcome page. A draft from an earlier run is offered on the first one
     * only: once another wizard begins (a consultation, say), its answers become the draft.
     */
    void showWizard() {
        if (wizardNumber > 0) {
            pendingDraft = null;
        }
        wizardNumber++;
        rebuildWizard();
    }

    /** Another screen in place of the wizard, at the chosen text size. */
    @Override
    public void show(Parent root) {
        if (wizardShown()) {
            leftWizard = scene.getRoot();
        }
        settings.applyTextSize(root);
        scene.setRoot(root);
        notice.pageShown(root);
    }

    private void rebuildWizard() {
        I18n i18n = new I18n(settings.settings().language());
        notice.translate(i18n);
        vm = new WizardViewModel(i18n, this::advisor);
        vm.you().weightUnit().set(settings.settings().weightUnit());
        vm.you().heightUnit().set(settings.settings().heightUnit());
        vm.you()
                .weightUnit()
                .addListener(
                        (obs, was, now) -> settings.remember(settings.settings().withWeightUnit(now)));
        vm.you()
                .heightUnit()
                .addListener(
                        (obs, was, now) -> settings.remember(settings.settings().withHeightUnit(now)));
        int number = wizardNumber;
        vm.step().addListener((obs, was, now) -> notice.pageShown(new WizardPage(number, now)));
        autosave.watch(vm, this::draftNow);
        if (catalog != null) {
            vm.catalog().set(catalog);
        }
        WizardView view = wizardView.apply(vm);
        settings.applyTextSize(view.root());
        wizardRoot = view.root();
        leftWizard = null;
        scene.setRoot(wizardRoot);
        notice.pageShown(new WizardPage(number, vm.step().get()));
    }

    private boolean wizardShown() {
        return wizardRoot != null && wizardRoot.getScene() == scene;
    }

    /** One engine for the app's lifetime, created when first needed (not before the first window). */
    private Advisor advisor() {
        if (advisor == null) {
            advisor = new Advisor();
        }
        return advisor;
    }

    /** The answers to write; none while a draft from an earlier run waits to be resumed or not. */
    private JsonObject draftNow() {
        return pendingDraft != null ? null : WizardDraft.write(vm);
    }

    /** Before a crash report: the answers so far, written now (off the JavaFX thread). */
    void saveDraft() {
        autosave.write();
    }

    /** The window closes: answers still waiting for their quiet moment are written now. */
    void flushDraft() {
        autosave.flush();
    }

    /** The result of this wizard was saved to the records: starting again loses nothing. */
    void resultSaved(WizardViewModel saved) {
        savedWizard = saved;
    }

    boolean hasDraft() {
        return pendingDraft != null;
    }

    void resumeDraft() {
        JsonObject draft = pendingDraft;
        pendingDraft = null;
        try {
            WizardDraft.read(draft, vm);
        } catch (RuntimeException e) {
            showWizard();
            String why = e.getMessage();
            work.inBackground(
                    () -> {
                        drafts.moveAside(why);
                        return drafts.notice();
                    },
                    told -> told.ifPresent(n -> notice.warn("notice.draft-damaged", n)));
        }
    }

    /**
     * "Start again" and "Back to the start": a fresh wizard when nothing unfinished would be lost;
     * otherwise asks first, or (leaving the records) goes back to the unfinished answers.
     *
     * @param leave what leaving the client and the records screen takes, run only when the
     *              answers are discarded
     */
    void startOver(Runnable leave) {
        Client client = consultations.consultationClient();
        boolean draftWaiting = pendingDraft != null;
        StartAgain what = StartAgain.decide(vm, wizardShown(), draftWaiting, client != null, savedWizard == vm);
        if (what == StartAgain.BACK_TO_ANSWERS) {
            scene.setRoot(leftWizard); // the wizard is only ever left through show()
            notice.pageShown(new WizardPage(wizardNumber, vm.step().get()));
            return;
        }
        if (what.asks()
                && !StartAgainDialog.ask(
                        vm.i18n(),
                        window(),
                        what,
                        client == null ? "" : client.name(),
                        settings.settings().textSize())) {
            return;
        }
        leave.run();
        pendingDraft = null;
        autosave.deleted();
        work.inBackground(() -> {
            try {
                drafts.delete();
            } catch (IOException e) {
                // an old draft left behind is only offered again; nothing is lost
            }
        });
        showWizard();
        if (draftWaiting) {
            vm.next(); // "Start again" beside "Resume" goes straight to the first question
        }
    }

    /** The wizard again in another language, with the answers given so far. */
    void changeLanguage(String lang) {
        JsonObject answers = WizardDraft.write(vm);
        settings.remember(settings.settings().withLanguage(lang));
        rebuildWizard();
        WizardDraft.read(answers, vm);
    }

    void changeTextSize(Settings.TextSize size) {
        settings.changeTextSize(size, scene.getRoot());
    }
}
