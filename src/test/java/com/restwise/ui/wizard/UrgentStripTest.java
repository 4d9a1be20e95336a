package com.restwise.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.WarningSign;
import com.restwise.storage.Settings;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.common.PageRoles;
import com.restwise.ui.common.Theme;
import com.restwise.ui.wizard.steps.Frequency;
import com.restwise.ui.wizard.steps.WarningSignsModel;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On a low window (a 1024x600 laptop at 150 %) the urgent banner scrolls with the page, so a box
 * ticked further down left it out of sight: a fixed line says it there, and the ticked box stays
 * in view.
 */
@ExtendWith(JavaFxToolkit.class)
class UrgentStripTest {

    private final WizardViewModel vm = new WizardViewModel(new I18n("de"), Advisor::new);
    private Stage stage;

    @AfterEach
    void close() {
        JavaFxToolkit.run(() -> stage.close());
    }

    @Test
    void aSignTickedLowOnTheWarningSignsPageOfALowWindowShowsAFixedUrgentLineAndKeepsTheBoxInView() throws Exception {
        JavaFxToolkit.run(() -> {
            vm.you().weight().text().set("70");
            vm.sleep().mine().frequency(Position.BACK).set(Frequency.MOST);
            vm.step().set(Step.WARNING_SIGNS);
            Theme.apply(Settings.Theme.DARK);
            WizardView view = new WizardView(
                    vm,
                    PageRoles.navigation(false),
                    PageRoles.settings(Settings.defaults(Locale.GERMANY), false),
                    PageRoles.consultations(null),
                    PageRoles.reports(),
                    PageRoles.notice());
            Theme.applyTextSize(view.root(), Settings.TextSize.LARGEST);
            stage = new Stage();
            Scene scene = new Scene(view.root(), 1024, 560);
            scene.getStylesheets().add(Theme.stylesheet());
            stage.setScene(scene);
            stage.show();
        });
        WarningSign sign = lastUrgentSign();
        CheckBox box = JavaFxToolkit.call(() -> (CheckBox)
                stage.getScene().lookup("#sign-" + sign.name().toLowerCase().replace('_', '-')));
        assertNotNull(box, sign.toString());
        JavaFxToolkit.run(box::requestFocus);
        JavaFxToolkit.run(() -> {}); // the page brings the focused box into view at the next pulse
        JavaFxToolkit.run(box::fire); // as Space does
        JavaFxToolkit.run(() -> {});
        JavaFxToolkit.run(() -> {});

        assertTrue(JavaFxToolkit.call(() -> vm.urgent().get()), sign + " is urgent");
        Node banner = JavaFxToolkit.call(() -> stage.getScene().lookup("#urgent-banner"));
        Label strip = JavaFxToolkit.call(() -> (Label) stage.getScene().lookup("#urgent-strip"));
        double windowHeight = JavaFxToolkit.call(() -> stage.getScene().getHeight());
        Bounds bannerOnScreen = JavaFxToolkit.call(() -> banner.localToScene(banner.getLayoutBounds()));
        assertTrue(
                bannerOnScreen.getMaxY() < 80,
                "the banner itself is above the view here, which is the case this line is for: " + bannerOnScreen);
        assertTrue(JavaFxToolkit.call(strip::isVisible), "the fixed urgent line shows");
        Bounds stripOnScreen = JavaFxToolkit.call(() -> strip.localToScene(strip.getLayoutBounds()));
        assertTrue(
                stripOnScreen.getMinY() >= 0 && stripOnScreen.getMaxY() <= windowHeight,
                "in the window: " + stripOnScreen);
        String said = JavaFxToolkit.call(strip::getText);
        assertTrue(said.startsWith("Dringend") && said.contains("Deutschland: 112"), said);

        ScrollPane scroll =
                JavaFxToolkit.call(() -> (ScrollPane) stage.getScene().lookup("#page-scroll"));
        Bounds view = JavaFxToolkit.call(() -> scroll.localToScene(scroll.getLayoutBounds()));
        Bounds ticked = JavaFxToolkit.call(() -> box.localToScene(box.getLayoutBounds()));
        assertTrue(
                ticked.getMinY() >= view.getMinY() - 1 && ticked.getMaxY() <= view.getMaxY() + 1,
                "the ticked box stays in view: " + ticked + " in " + view);

        JavaFxToolkit.run(box::fire);
        JavaFxToolkit.run(() -> {});
        assertFalse(JavaFxToolkit.call(strip::isVisible), "gone with the sign");
    }

    /** The last sign on the page that makes the result urgent on its own. */
    private WarningSign lastUrgentSign() {
        return JavaFxToolkit.call(() -> {
            List<WarningSign> signs = WarningSignsModel.ONE_BY_ONE;
            for (int i = signs.size() - 1; i >= 0; i--) {
                vm.signs().tick(signs.get(i), true);
                boolean urgent = vm.urgent().get();
                vm.signs().tick(signs.get(i), false);
                if (urgent) {
                    return signs.get(i);
                }
            }
            throw new AssertionError("no sign alone is urgent");
        });
    }
}
