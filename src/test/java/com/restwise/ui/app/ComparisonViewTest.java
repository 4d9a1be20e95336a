package com.restwise.ui.app;

import static com.restwise.engine.ProfileBuilder.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import com.restwise.records.SavedResult;
import com.restwise.storage.Settings;
import com.restwise.ui.common.CutLabels;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.common.Theme;
import com.restwise.ui.saved.ResultComparison;
import com.restwise.ui.saved.SavedResultsView;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two saved results side by side, laid out at the smallest window: every label whole, changes marked. */
@ExtendWith(JavaFxToolkit.class)
class ComparisonViewTest {

    private static SavedResult saved(long id, int day, Profile p) {
        Advice a = new Advisor().assess(p, CatalogReader.shipped(), 3, "en");
        return new SavedResult(
                id,
                LocalDate.of(2026, 11, day),
                LocalTime.of(7, 45),
                p,
                a,
                a.engineVersion(),
                p.symptoms().morningPain());
    }

    @ParameterizedTest(name = "{0} at {1} %")
    @CsvSource({"en, 100", "de, 150"})
    void showsBothResultsInColumnsMarksWhatChangedAndCutsNoLabel(String lang, int percent) {
        SavedResult before = saved(
                1,
                2,
                profile()
                        .weight(58)
                        .positions(0.5, 0, 0.5)
                        .mattress(9.0, 12.0, 3.0)
                        .morningPain(7)
                        .build());
        SavedResult after = saved(
                2,
                30,
                profile()
                        .weight(58)
                        .positions(0.5, 0, 0.5)
                        .mattress(6.0, 1.0, 0.0)
                        .morningPain(2)
                        .build());
        AtomicBoolean back = new AtomicBoolean();
        String themeBefore = JavaFxToolkit.call(Application::getUserAgentStylesheet);
        List<String> cut;
        try {
            cut = JavaFxToolkit.call(() -> layOut(lang, percent, before, after, back));
        } finally {
            JavaFxToolkit.run(() -> Application.setUserAgentStylesheet(themeBefore));
        }
        assertEquals(List.of(), cut, "labels cut");
        assertTrue(back.get(), "Back returns to the list");
    }

    /** Lays the comparison out in the app's theme and stylesheet; returns the labels cut. */
    private static List<String> layOut(
            String lang, int percent, SavedResult before, SavedResult after, AtomicBoolean back) {
        Theme.apply(lang.equals("de") ? Settings.Theme.DARK : Settings.Theme.LIGHT);
        I18n i18n = new I18n(lang);
        VBox page = SavedResultsView.comparison(i18n, new ResultComparison(i18n, after, before), () -> back.set(true));
        page.getStyleClass().add("page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("page-scroll", "wizard");
        Settings.TextSize size = Arrays.stream(Settings.TextSize.values())
                .filter(s -> s.percent() == percent)
                .findFirst()
                .orElseThrow();
        scroll.getStyleClass().add(Theme.textSizeClass(size));
        // the window's smallest size, less the scroll bar
        Scene scene = new Scene(scroll, RestwiseApp.MIN_WIDTH, RestwiseApp.MIN_HEIGHT);
        scene.getStylesheets().add(Theme.stylesheet());
        scroll.applyCss();
        scroll.layout();
        page.applyCss();
        page.layout();

        Label painBefore = (Label) page.lookup("#compare-pain-earlier");
        Label painAfter = (Label) page.lookup("#compare-pain-later");
        assertTrue(painAfter.getStyleClass().contains("changed"), "a changed fact is marked");
        assertFalse(painBefore.getStyleClass().contains("changed"), "only in the later column");
        assertFalse(((Label) page.lookup("#compare-when-later")).getStyleClass().contains("changed"));
        assertTrue(
                painBefore.getLayoutX() + painBefore.getWidth() <= painAfter.getLayoutX() + 0.5,
                "side by side, the earlier on the left");
        assertEquals(painBefore.getLayoutY(), painAfter.getLayoutY(), 0.5, "the same fact in the same row");
        assertTrue(page.getWidth() <= RestwiseApp.MIN_WIDTH + 0.5, "no horizontal scrolling: " + page.getWidth());
        String changes = String.join(
                "\n",
                ((VBox) page.lookup("#what-changed"))
                        .getChildrenUnmodifiable().stream()
                                .map(n -> ((Label) n).getText())
                                .toList());
        assertTrue(
                changes.contains(
                        lang.equals("de")
                                ? "Schmerzen beim Aufwachen: von 7 auf 2 (-5)."
                                : "Pain on waking: 7, then 2 (-5)."),
                changes);
        ((Button) page.lookup("#back-to-saved")).fire();
        return CutLabels.in(page);
    }
}
