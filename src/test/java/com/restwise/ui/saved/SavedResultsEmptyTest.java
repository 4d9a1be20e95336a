package com.restwise.ui.saved;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.restwise.records.ConsultationStore;
import com.restwise.records.RecordsService;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.UiWork;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shopper who has saved nothing yet is told how to save a result, not shown an empty list
 * with a disabled compare button: reading back an empty list changes no list, so the page must
 * follow the reading itself.
 */
@ExtendWith(JavaFxToolkit.class)
class SavedResultsEmptyTest {

    @TempDir
    Path dataDir;

    @Test
    void withNothingSavedThePageSaysHowToSaveOne() throws Exception {
        RecordsService records = new RecordsService(() -> ConsultationStore.open(dataDir), RecordsService.Disk.FAST);
        try {
            I18n i18n = new I18n("de");
            Notice notice = new Notice((delay, action) -> () -> {});
            SavedResultsViewModel vm = JavaFxToolkit.call(
                    () -> new SavedResultsViewModel(i18n, records, notice, UiWork.onFx(Runnable::run)));
            SavedResultsView view = JavaFxToolkit.call(() -> new SavedResultsView(vm, null, null, notice));
            JavaFxToolkit.waitUntil("the list read", () -> vm.loaded() && vm.settled());
            Label none = JavaFxToolkit.call(() -> {
                Scene scene = new Scene(view.root(), 1100, 760);
                scene.getRoot().applyCss(); // the scroll pane's skin, which holds the page
                scene.getRoot().layout();
                return (Label) scene.lookup("#saved-empty");
            });
            assertEquals(i18n.get("saved.empty"), none == null ? null : none.getText());
        } finally {
            records.close();
        }
    }
}
