package com.restwise.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.restwise.records.Client;
import com.restwise.records.RecordsService;
import com.restwise.storage.Settings;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.PageRoles;
import com.restwise.ui.common.Theme;
import com.restwise.ui.common.UiWork;
import com.restwise.ui.records.RecordsView;
import com.restwise.ui.records.RecordsViewModel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The records screen puts the keyboard in the client search, never on the header's Export all. */
@ExtendWith(JavaFxToolkit.class)
class RecordsFocusTest {

    @TempDir
    Path dataDir;

    private RecordsService records;
    private Stage stage;

    @AfterEach
    void close() {
        if (stage != null) {
            JavaFxToolkit.run(stage::close);
        }
        records.close();
    }

    @Test
    void theSearchHasTheFocusWhenTheListOrAClientsPageOpens() throws Exception {
        records = RecordsService.in(dataDir);
        Client client = records.createClient("Anna Berg", "").get(30, TimeUnit.SECONDS);
        Notice notice = new Notice((delay, action) -> () -> {});
        RecordsViewModel vm = JavaFxToolkit.call(
                () -> new RecordsViewModel(new I18n("de"), records, notice, UiWork.onFx(Runnable::run)));
        RecordsView view = JavaFxToolkit.call(() -> new RecordsView(
                vm,
                PageRoles.navigation(false),
                PageRoles.settings(Settings.defaults(Locale.GERMANY), false),
                PageRoles.consultations(null),
                PageRoles.reports(),
                notice));
        JavaFxToolkit.run(() -> {
            Theme.apply(Settings.Theme.LIGHT);
            stage = new Stage();
            Scene scene = new Scene(new Pane(), 1100, 760);
            scene.getStylesheets().add(Theme.stylesheet());
            stage.setScene(scene);
            stage.show();
            scene.setRoot(view.root()); // as Navigator shows the records
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("client-search", focusedId(), "the list opens with the search");

        JavaFxToolkit.waitUntil(
                "the client list", () -> vm.settled() && !vm.clients().isEmpty());
        JavaFxToolkit.run(() -> vm.open(client));
        JavaFxToolkit.waitUntil(
                "the client's page", () -> vm.settled() && vm.page().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("client-search", focusedId(), "the client's page opens with the search still");
    }

    private String focusedId() {
        return JavaFxToolkit.call(() -> {
            var owner = stage.getScene().getFocusOwner();
            return owner == null ? null : owner.getId();
        });
    }
}
