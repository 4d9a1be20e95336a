package com.restwise.ui.app;

import com.restwise.records.OpenRecords;
import com.restwise.records.RecordsService;
import com.restwise.records.practice.PracticeAddress;
import com.restwise.records.practice.PracticeConnections;
import com.restwise.records.practice.PracticeEvents;
import com.restwise.records.practice.PracticeException;
import com.restwise.records.practice.PracticeStore;
import com.restwise.storage.RecordsPlace;
import com.restwise.storage.RecordsPlaceStore;
import com.restwise.ui.common.DiskFailure;
import com.restwise.ui.common.Failures;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.Notice;
import com.restwise.ui.records.PracticePasswordDialog;
import com.restwise.ui.records.RecordsPlaceDialog;
import com.restwise.ui.records.RecordsPlaceModel;
import com.restwise.ui.records.RecordsViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * Where the client records are, as the window lives it: the setting, the password asked when the
 * practice's records are first opened (kept by the connection in memory only), the lock after a
 * while without a key press or click, and the other rooms' changes handed to the records screen.
 * All connecting happens on the records thread.
 */
final class PracticeActions {

    /** How often the idle time is looked at; the lock comes at most this late. */
    private static final Duration IDLE_CHECK = Duration.seconds(15);

    private final RecordsPlaceStore store;
    private final Path dataDir;
    private final RecordsService records;
    private final Notice notice;
    private final Executor background;
    private final Supplier<I18n> i18n;
    private RecordsPlace place;
    /** The idle lock's clock: the system's, or a test's that has the minutes pass at once. */
    private java.util.function.LongSupplier clock = System::nanoTime;

    private final IdleLock idle = new IdleLock(() -> clock.getAsLong(), () -> place.lockMinutes());
    private boolean lockedForIdle;
    /** The records screen shown, told of the other rooms' changes; null while it is not shown. */
    private RecordsViewModel shown;

    PracticeActions(
            RecordsPlaceStore store,
            Path dataDir,
            RecordsService records,
            Notice notice,
            Executor background,
            Supplier<I18n> i18n) {
        this.store = store;
        this.dataDir = dataDir;
        this.records = records;
        this.notice = notice;
        this.background = background;
        this.i18n = i18n;
        this.place = store.load();
    }

    RecordsPlace place() {
        return place;
    }

    /** "Physio am Park: Jana Meier" when connected, else the words for this computer. */
    String where() {
        String where = records.offers().where();
        if (!where.isEmpty()) {
            return where;
        }
        return place.practice()
                ? i18n.get().get("place.practice") + " (" + place.database() + ")"
                : i18n.get().get("place.where-local");
    }

    /** Settings, "Client records". A change of place closes the practice's records. */
    void edit(javafx.stage.Window owner) {
        RecordsPlaceDialog.ask(i18n.get(), owner, place).ifPresent(chosen -> {
            if (!chosen.equals(place)) {
                records.disconnect();
            }
            place = chosen;
            background.execute(() -> {
                try {
                    store.save(chosen);
                } catch (IOException e) {
                    DiskFailure why = DiskFailure.of(e, dataDir);
                    Platform.runLater(() -> notice.warn("notice.place-unsaved", why));
                }
            });
        });
    }

    /**
     * Runs {@code then} once the client records can be used: at once on this computer or when
     * connected; for the practice after asking the password and connecting (off the JavaFX
     * thread). {@code otherwise} runs when the person cancels or the connection fails (the notice
     * says why).
     */
    void whenOpen(javafx.stage.Window owner, Runnable then, Runnable otherwise) {
        if (!place.practice() || records.connected()) {
            then.run();
            return;
        }
        I18n texts = i18n.get();
        PracticeAddress address = RecordsPlaceModel.address(place);
        String why = lockedForIdle
                ? texts.get("place.password.locked", place.lockMinutes())
                : texts.get("place.password.intro");
        java.util.Optional<char[]> typed =
                PracticePasswordDialog.ask(texts, owner, place.login() + "@" + address.where(), why);
        if (typed.isEmpty()) {
            otherwise.run();
            return;
        }
        char[] password = typed.get();
        notice.set(texts.get("place.connecting"));
        boolean risk = place.uncheckedAccepted();
        records.connect(() -> open(address, password, risk)).whenComplete((offers, failure) -> {
            Arrays.fill(password, '\0');
            Platform.runLater(() -> {
                if (failure != null) {
                    notice.set(Failures.describe(failure, texts));
                    otherwise.run();
                    return;
                }
                lockedForIdle = false;
                idle.touched();
                notice.set(texts.get("place.connected", offers.where()));
                then.run();
            });
        });
    }

    /** On the records thread: the connections, the store and the listener for the other rooms. */
    private OpenRecords open(PracticeAddress address, char[] password, boolean risk) throws PracticeException {
        PracticeConnections db = PracticeConnections.open(address, password, risk);
        try {
            PracticeEvents events = PracticeEvents.listen(db, new OtherRooms());
            return OpenRecords.inThePractice(new PracticeStore(db), dataDir, events);
        } catch (PracticeException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The records screen shown, told of the other rooms' changes; null when it is left. */
    void showing(RecordsViewModel screen) {
        shown = screen;
    }

    /**
     * Watches key presses and clicks in the window; after the setting's minutes without one the
     * practice's records close, and the next use asks for the password again. The wizard's
     * answers and a consultation's notes are untouched by this.
     */
    void watchIdle(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> idle.touched());
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> idle.touched());
        Timeline check = new Timeline(new KeyFrame(IDLE_CHECK, e -> lockIfIdle()));
        check.setCycleCount(Timeline.INDEFINITE);
        check.play();
    }

    /** For tests: the clock the idle lock reads. */
    void idleClock(java.util.function.LongSupplier clock) {
        this.clock = clock;
    }

    /** Locks the records if the minutes without input have passed (every {@link #IDLE_CHECK}). */
    void lockIfIdle() {
        if (records.connected() && idle.due()) {
            lockedForIdle = true;
            records.lock();
        }
    }

    /** Whether the practice's records were locked for want of use and wait for the password. */
    boolean locked() {
        return lockedForIdle && !records.connected();
    }

    /** Called on the listening thread; the screen hears it on the JavaFX thread. */
    private final class OtherRooms implements PracticeEvents.Listener {
        @Override
        public void clientAdded(long clientId) {
            toScreen(RecordsViewModel::reload);
        }

        @Override
        public void clientChanged(long clientId) {
            toScreen(RecordsViewModel::reload);
        }

        @Override
        public void consultationSaved(long clientId) {
            toScreen(screen -> screen.consultationSavedElsewhere(clientId));
        }

        /**
         * Back after a loss: the work connections kept from before may be dead too, and each is
         * dropped only when work on it fails; two quiet probes use them up before the screen
         * reloads, so the reload does not end in a message about the old loss.
         */
        @Override
        public void reloadAll() {
            records.clients("probe", r -> r.records().clientCount())
                    .handle((n, e) -> records.clients("probe", r -> r.records().clientCount()))
                    .thenCompose(f -> f.handle((n, e) -> n))
                    .whenComplete((n, e) -> toScreen(screen -> {
                        notice.dismiss("place.live-lost");
                        screen.reload();
                    }));
        }

        @Override
        public void connectionLost(PracticeException why) {
            Platform.runLater(() -> notice.warn("place.live-lost"));
        }

        private void toScreen(java.util.function.Consumer<RecordsViewModel> change) {
            Platform.runLater(() -> {
                if (shown != null) {
                    change.accept(shown);
                }
            });
        }
    }
}
