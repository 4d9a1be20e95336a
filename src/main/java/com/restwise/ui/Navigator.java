package com.restwise.ui;

import com.google.gson.JsonObject;
import com.restwise.engine.Advisor;
import com.restwise.engine.catalog.Catalog;
import com.restwise.storage.DraftStore;
import com.restwise.ui.model.I18n;
import com.restwise.ui.model.WizardDraft;
import com.restwise.ui.model.WizardViewModel;
import java.io.IOException;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Which screen the window shows: the wizard (with its draft, saved after every step and offered
 * again after a crash) or another screen such as the client records.
 */
final class Navigator {

    private final AppActions app;
    private final SettingsActions settings;
    private final DraftStore drafts;
    private final Executor background;
    private final StringProperty notice;
    private final Scene scene;
    private Advisor advisor;
    private JsonObject pendingDraft;
    private WizardViewModel vm;
    private Catalog catalog;
    /** The notice shown while saving fails, cleared by the next save that works. */
    private String saveProblem = "";

    Navigator(AppActions app, SettingsActions settings, DraftStore drafts, Executor background, StringProperty notice,
              Scene scene) {
        this.app = app;
        this.settings = settings;
        this.drafts = drafts;
        this.background = background;
        this.notice = notice;
        this.scene = scene;
        this.pendingDraft = drafts.load().filter(WizardDraft::hasAnswers).orElse(null);
        drafts.notice().ifPresent(n -> notice.set(new I18n(settings.settings().language()).get("notice.draft-damaged", n)));
    }

    Window window() {
        return scene.getWindow();
    }

    WizardViewModel vm() {
        return vm;
    }

    /** The shipped catalog, once read off the JavaFX thread. */
    void catalogLoaded(Catalog loaded) {
        catalog = loaded;
        vm.catalog().set(loaded);
    }

    /** A fresh wizard on its welcome page. */
    void showWizard() {
        scene.setRoot(buildWizard());
    }

    /** Another screen in place of the wizard, at the chosen text size. */
    void show(Parent root) {
        settings.applyTextSize(root);
        scene.setRoot(root);
    }

    private Parent buildWizard() {
        I18n i18n = new I18n(settings.settings().language());
        vm = new WizardViewModel(i18n, this::advisor);
        vm.you().weightUnit().set(settings.settings().weightUnit());
        vm.you().heightUnit().set(settings.settings().heightUnit());
        vm.you().weightUnit().addListener((obs, was, now) -> settings.remember(settings.settings().withWeightUnit(now)));
        vm.you().heightUnit().addListener((obs, was, now) -> settings.remember(settings.settings().withHeightUnit(now)));
        vm.step().addListener((obs, was, now) -> saveDraft());
        if (catalog != null) {
            vm.catalog().set(catalog);
        }
        WizardView view = new WizardView(vm, app, notice);
        settings.applyTextSize(view.root());
        return view.root();
    }

    /** One engine for the app's lifetime, created when first needed (not before the first window). */
    private Advisor advisor() {
        if (advisor == null) {
            advisor = new Advisor();
        }
        return advisor;
    }

    /** After every step (and before a crash report): the answers so far, written off the JavaFX thread. */
    void saveDraft() {
        if (vm.you().weight().text().get().isBlank() && pendingDraft == null) {
            return;
        }
        JsonObject draft = WizardDraft.write(vm);
        I18n i18n = vm.i18n();
        background.execute(() -> {
            try {
                drafts.save(draft);
                Platform.runLater(() -> {
                    if (notice.get().equals(saveProblem)) {
                        notice.set("");
                    }
                });
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> {
                    saveProblem = i18n.get("notice.cannot-save", drafts.file().getParent());
                    notice.set(saveProblem);
                });
            }
        });
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
            I18n i18n = vm.i18n();
            String why = e.getMessage();
            background.execute(() -> {
                drafts.moveAside(why);
                drafts.notice().ifPresent(n -> Platform.runLater(() -> notice.set(i18n.get("notice.draft-damaged", n))));
            });
        }
    }

    /** Clears all answers and the draft, back to the welcome page. */
    void startOver() {
        pendingDraft = null;
        background.execute(() -> {
            try {
                drafts.delete();
            } catch (IOException e) {
                // an old draft left behind is only offered again; nothing is lost
            }
        });
        showWizard();
    }

    /** The wizard again in another language, with the answers given so far. */
    void changeLanguage(String lang) {
        JsonObject answers = WizardDraft.write(vm);
        settings.remember(settings.settings().withLanguage(lang));
        showWizard();
        WizardDraft.read(answers, vm);
    }

    void changeTextSize(com.restwise.storage.Settings.TextSize size) {
        settings.changeTextSize(size, scene.getRoot());
    }
}
