package com.restwise.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.ui.common.JavaFxToolkit;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every window the app opens carries the Restwise icon, without each dialog asking for it. */
@ExtendWith(JavaFxToolkit.class)
class WindowIconsTest {

    @Test
    void anAlertShownAfterwardsCarriesTheIcon() {
        JavaFxToolkit.run(() -> {
            WindowIcons.install();
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Delete?", ButtonType.OK, ButtonType.CANCEL);
            alert.show();
            try {
                Stage stage = (Stage) alert.getDialogPane().getScene().getWindow();
                assertEquals(1, stage.getIcons().size());
                Image icon = stage.getIcons().get(0);
                assertFalse(icon.isError(), "the icon was not in the build");
                assertTrue(icon.getUrl().endsWith(WindowIcons.RESOURCE));
                assertTrue(icon.getWidth() >= 32);
            } finally {
                alert.close();
            }
        });
    }

    @Test
    void aWindowWithItsOwnIconKeepsIt() {
        JavaFxToolkit.run(() -> {
            WindowIcons.install();
            Stage stage = new Stage();
            Image own = new WritableImage(16, 16);
            stage.getIcons().add(own);
            stage.show();
            try {
                assertEquals(List.of(own), stage.getIcons());
            } finally {
                stage.close();
            }
        });
    }
}
