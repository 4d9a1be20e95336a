package com.restwise.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Position;
import com.restwise.storage.DraftStore;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.common.ManualDelay;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.UiWork;
import com.restwise.ui.wizard.steps.Frequency;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The draft is written after every answer, once the answers are still, and at once when the window closes. */
@ExtendWith(JavaFxToolkit.class)
class DraftAutosaveTest {

    @TempDir
    Path dataDir;

    /** The quiet moments the autosave waits for, ended when the test says. */
    private final ManualDelay delay = new ManualDelay();

    private final AtomicInteger writes = new AtomicInteger();
    /** The disk, on the calling thread (the JavaFX thread here), counting each write. */
    private final Executor disk = work -> {
        writes.incrementAndGet();
        work.run();
    };

    private WizardViewModel vm;
    private DraftAutosave autosave;
    private final Notice notice = new Notice((d, action) -> () -> {});

    @BeforeEach
    void wizard() {
        JavaFxToolkit.run(() -> {
            vm = new WizardViewModel(new I18n("en"), new Advisor());
            autosave = new DraftAutosave(
                    new DraftStore(dataDir), new UiWork(Platform::runLater, disk, delay), notice, false);
            autosave.watch(vm, () -> WizardDraft.write(vm));
        });
    }

    private void quietMoment() {
        JavaFxToolkit.run(delay::elapse);
    }

    /** What a new run would resume: the draft read from the data directory into a fresh wizard. */
    private WizardViewModel reopened() {
        return JavaFxToolkit.call(() -> {
            WizardViewModel again = new WizardViewModel(new I18n("en"), new Advisor());
            WizardDraft.read(new DraftStore(dataDir).load().orElseThrow(), again);
            return again;
        });
    }

    @Test
    void typingAWeightKeyByKeyIsOneWriteOnceTheTypingStops() {
        JavaFxToolkit.run(() -> {
            vm.next();
            for (String typed : new String[] {"8", "81", "81,", "81,5"}) {
                vm.you().weight().text().set(typed);
            }
        });
        assertEquals(0, writes.get(), "nothing while the person types");
        assertTrue(delay.waits().stream().allMatch(w -> w.delay().equals(DraftAutosave.QUIET)));
        quietMoment();
        assertEquals(1, writes.get());
        assertEquals("81,5", reopened().you().weight().text().get());
        quietMoment();
        JavaFxToolkit.run(autosave::flush);
        assertEquals(1, writes.get(), "nothing new, nothing written");
    }

    @Test
    void anAnswerOnMorningsIsKeptWhenTheWindowClosesAtOnce() {
        JavaFxToolkit.run(() -> {
            vm.next();
            vm.you().weight().text().set("70");
            vm.next();
            vm.sleep().mine().frequency(Position.BACK).set(Frequency.MOST);
            vm.next();
            vm.next();
        });
        quietMoment();
        JavaFxToolkit.run(() -> {
            vm.mornings().morningPain().set(7);
            vm.mornings().painAreas().add(PainArea.LOWER_BACK);
            autosave.flush(); // the window closes before the quiet moment
        });
        WizardViewModel again = reopened();
        assertEquals(Step.MORNINGS, again.step().get());
        assertEquals(7, again.mornings().morningPain().get());
        assertTrue(again.mornings().painAreas().contains(PainArea.LOWER_BACK));
    }

    @Test
    void aFreshWizardWritesNothingUntilAWeightIsTypedAndNothingAfterStartingAgain() {
        JavaFxToolkit.run(() -> vm.next());
        quietMoment();
        assertFalse(Files.exists(dataDir.resolve(DraftStore.FILE)), "an empty wizard is not worth resuming");
        JavaFxToolkit.run(() -> vm.you().weight().text().set("64"));
        JavaFxToolkit.run(autosave::deleted);
        quietMoment();
        assertFalse(Files.exists(dataDir.resolve(DraftStore.FILE)), "what waited is not written over a fresh start");
    }

    @Test
    void answersReadIntoAWizardOnItsWelcomePageAreWrittenOnceItLeavesIt() {
        JavaFxToolkit.run(() -> {
            WizardViewModel earlier = new WizardViewModel(new I18n("en"), new Advisor());
            earlier.next();
            earlier.you().weight().text().set("72");
            WizardDraft.read(WizardDraft.write(earlier), vm); // as resuming a draft does
        });
        quietMoment();
        JavaFxToolkit.run(autosave::flush); // the window closes at once
        assertEquals("72", reopened().you().weight().text().get());
        assertEquals(Step.YOU, reopened().step().get());
    }

    @Test
    void erasedAnswersAreWrittenTooSoTheyAreNotOfferedAgain() {
        JavaFxToolkit.run(() -> {
            vm.next();
            vm.you().weight().text().set("64");
        });
        quietMoment();
        JavaFxToolkit.run(() -> vm.you().weight().text().set(""));
        quietMoment();
        assertFalse(WizardDraft.hasAnswers(new DraftStore(dataDir).load().orElseThrow()));
    }

    @Test
    void aFolderThatCannotBeWrittenSaysSoAndTheNextGoodWriteClearsIt() throws Exception {
        Path blocked = dataDir.resolve("blocked");
        Files.writeString(blocked, "a file where the folder should be");
        JavaFxToolkit.run(() -> {
            notice.translate(new I18n("en"));
            autosave = new DraftAutosave(
                    new DraftStore(blocked), new UiWork(Platform::runLater, disk, delay), notice, false);
            autosave.watch(vm, () -> WizardDraft.write(vm));
            vm.next();
            vm.you().weight().text().set("64");
        });
        quietMoment();
        JavaFxToolkit.waitUntil("the notice", () -> notice.get()
                .startsWith("Your answers could not be saved. " + "A file is in the way of the folder"));
        Files.delete(blocked);
        JavaFxToolkit.run(() -> vm.you().weight().text().set("65"));
        quietMoment();
        JavaFxToolkit.waitUntil("the notice to leave", () -> notice.get().isEmpty());
    }
}
