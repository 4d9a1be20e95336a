package com.restwise.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import com.restwise.engine.profile.NightPain;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.WarningSign;
import com.restwise.storage.Settings;
import com.restwise.ui.common.Announce;
import com.restwise.ui.common.Answer;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.common.PageRoles;
import com.restwise.ui.common.Theme;
import com.restwise.ui.wizard.steps.Frequency;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A warning banner that appears above the page when a sign is ticked is told to the screen
 * reader at once, while the focus stays on the box just ticked: its words, not only its title.
 * In a window of the wizard's view alone, no robot; what the screen reader is told is heard
 * through {@link Announce#listen}.
 */
@ExtendWith(JavaFxToolkit.class)
class AccessibleBannerTest {

    private final WizardViewModel vm = new WizardViewModel(new I18n("en"), Advisor::new);
    private final List<String> heard = new ArrayList<>();
    private Stage stage;

    @AfterEach
    void close() {
        Announce.listen(null);
        JavaFxToolkit.run(() -> stage.close());
    }

    private void showWarningSigns() {
        JavaFxToolkit.run(() -> {
            vm.you().weight().text().set("70");
            vm.sleep().mine().frequency(Position.BACK).set(Frequency.MOST);
            vm.step().set(Step.WARNING_SIGNS);
            Theme.apply(Settings.Theme.LIGHT);
            WizardView view = new WizardView(
                    vm,
                    PageRoles.navigation(false),
                    PageRoles.settings(Settings.defaults(java.util.Locale.UK), false),
                    PageRoles.consultations(null),
                    PageRoles.reports(),
                    PageRoles.notice());
            stage = new Stage();
            stage.setScene(new Scene(view.root(), 1100, 900));
            stage.show();
            Announce.listen(node -> heard.add(node.getId() + ": " + node.getAccessibleText()));
        });
    }

    /** What the screen reader was told, once what is queued on the JavaFX thread has run. */
    private List<String> said() {
        JavaFxToolkit.run(() -> {});
        return JavaFxToolkit.call(() -> List.copyOf(heard));
    }

    private Node banner(String id) {
        return JavaFxToolkit.call(() -> stage.getScene().lookup(id));
    }

    @Test
    void tickingAnUrgentSignAnnouncesTheBannerWithWhatToDoOnceAsItAppears() {
        showWarningSigns();
        assertEquals(List.of(), said(), "nothing to announce yet");
        JavaFxToolkit.run(() -> vm.signs().tick(WarningSign.SADDLE_NUMBNESS, true));
        assertTrue(JavaFxToolkit.call(banner("#urgent-banner")::isVisible));
        assertEquals(1, said().size(), "announced as it appears: " + heard);
        String said = said().get(0);
        assertTrue(said.startsWith("urgent-banner: Urgent\n"), said);
        assertTrue(said.contains("emergency department"), "what to do, not only the title: " + said);
        assertEquals(AccessibleRole.TEXT, JavaFxToolkit.call(banner("#urgent-banner")::getAccessibleRole));

        JavaFxToolkit.run(() -> vm.signs().tick(WarningSign.LEG_WEAKNESS, true));
        assertEquals(1, said().size(), "a banner already shown is not announced again: " + heard);
        JavaFxToolkit.run(() -> {
            vm.signs().tick(WarningSign.LEG_WEAKNESS, false);
            vm.signs().tick(WarningSign.SADDLE_NUMBNESS, false);
        });
        assertTrue(!JavaFxToolkit.call(banner("#urgent-banner")::isVisible));
        assertEquals(1, said().size(), "nor its going: " + heard);
        JavaFxToolkit.run(() -> vm.signs().tick(WarningSign.SADDLE_NUMBNESS, true));
        assertEquals(2, said().size(), "ticked again, it appears again and is said again: " + heard);
    }

    @Test
    void theAmberBannerIsAnnouncedToo() {
        showWarningSigns();
        JavaFxToolkit.run(() -> {
            // pain that wakes at night and is gone by day: a doctor soon, once the answers are screened
            vm.mornings().nightPain().set(NightPain.WAKES_ME);
            vm.mornings().daytimePain().set(Answer.NO);
            vm.signs().tick(WarningSign.NIGHT_SWEATS, true);
            vm.signs().tick(WarningSign.NIGHT_SWEATS, false);
        });
        assertTrue(
                JavaFxToolkit.call(banner("#soon-banner")::isVisible),
                vm.medical().get().level().toString());
        assertTrue(
                said().stream().anyMatch(s -> s.startsWith("soon-banner: Have it checked soon\n")),
                "the amber banner is said as it appears: " + heard);
    }
}
