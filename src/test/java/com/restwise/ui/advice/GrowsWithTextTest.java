package com.restwise.ui.advice;

import static com.restwise.engine.ProfileBuilder.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.FirmnessLabel;
import com.restwise.engine.advice.FirmnessRange;
import com.restwise.engine.advice.PostureCode;
import com.restwise.engine.advice.PostureTip;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import com.restwise.records.Consultation;
import com.restwise.storage.Settings;
import com.restwise.ui.common.FocusRingTest;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.common.ScaledFrame;
import com.restwise.ui.common.Theme;
import com.restwise.ui.records.TrendCharts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the results page and the records draw, beside the words, grows with the text size: the
 * firmness gauge and its value, the charts' axis labels and the posture pictures, which also open
 * larger and stay visible on the dark theme.
 */
@ExtendWith(JavaFxToolkit.class)
class GrowsWithTextTest {

    private static final Profile BACK_SLEEPER =
            profile().weight(110).only(Position.BACK).build();

    @AfterAll
    static void backToTheDefaultTheme() {
        JavaFxToolkit.run(() -> Theme.apply(Settings.Theme.LIGHT));
    }

    /** Lays the node out in a window root at the given text size, with the app's stylesheet, and measures it. */
    private static double measured(Settings.TextSize size, Node node, Function<Node, Double> measure) {
        return JavaFxToolkit.call(() -> {
            StackPane root = new StackPane(node);
            root.getStyleClass().add(Theme.textSizeClass(size));
            Scene scene = new Scene(root, 1600, 1200);
            scene.getStylesheets().add(Theme.stylesheet());
            root.applyCss();
            root.layout();
            return measure.apply(node);
        });
    }

    private static void assertGrows(String what, double at100, double at150) {
        assertTrue(at150 / at100 > 1.4, what + " grows with the text: " + at100 + " at 100 %, " + at150 + " at 150 %");
    }

    /** The value's height on the screen: its font size times every scale above it. */
    private static double onScreenHeight(Node node) {
        return node.localToScene(node.getBoundsInLocal()).getHeight();
    }

    @Test
    void theGaugeAndItsValueGrow() {
        FirmnessRange range = new FirmnessRange(6.2, 5.3, 7.1, FirmnessLabel.MEDIUM_FIRM);
        Function<Node, Double> value = n -> onScreenHeight(n.lookup("#g-target"));
        double small = measured(Settings.TextSize.NORMAL, new FirmnessGauge(new I18n("en"), range, "g").node(), value);
        double large = measured(Settings.TextSize.LARGEST, new FirmnessGauge(new I18n("en"), range, "g").node(), value);
        assertGrows("the gauge's value", small, large);
        Function<Node, Double> width = n -> n.getLayoutBounds().getWidth();
        assertGrows(
                "the gauge",
                measured(Settings.TextSize.NORMAL, new FirmnessGauge(new I18n("en"), range, "g").node(), width),
                measured(Settings.TextSize.LARGEST, new FirmnessGauge(new I18n("en"), range, "g").node(), width));
    }

    private static List<Consultation> visits() {
        List<Consultation> list = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Profile p = profile().morningPain(7 - 2 * i).sleepQuality(4 + i).build();
            list.add(new Consultation(
                    i + 1,
                    1,
                    LocalDate.of(2026, 9, 1).plusMonths(i),
                    p,
                    new Advisor().assess(p, CatalogReader.shipped(), 3, "en"),
                    Advisor.ENGINE_VERSION,
                    "",
                    7 - 2 * i));
        }
        return list;
    }

    @Test
    void theChartsAxisLabelsGrow() {
        Function<Node, Double> tickFont = n -> {
            double smallest = Double.MAX_VALUE;
            for (Node axis : n.lookupAll(".axis")) {
                smallest =
                        Math.min(smallest, ((Axis<?>) axis).getTickLabelFont().getSize());
            }
            return smallest;
        };
        double small = measured(Settings.TextSize.NORMAL, TrendCharts.of(new I18n("en"), visits()), tickFont);
        double large = measured(Settings.TextSize.LARGEST, TrendCharts.of(new I18n("en"), visits()), tickFont);
        assertGrows("the axis labels", small, large);
    }

    private static Button pillowPicture() {
        Advice a = new Advisor().assess(BACK_SLEEPER, CatalogReader.shipped(), 3, "en");
        PostureTip pillow = a.posture().stream()
                .filter(t -> t.code() == PostureCode.PILLOW_LOFT)
                .findFirst()
                .orElseThrow();
        return TipPicture.of(new I18n("en"), pillow, BACK_SLEEPER);
    }

    @Test
    void thePosturePicturesAreLargerGrowAndOpenLarger() {
        Function<Node, Double> width = n -> n.getLayoutBounds().getWidth();
        double small = measured(Settings.TextSize.NORMAL, JavaFxToolkit.call(GrowsWithTextTest::pillowPicture), width);
        double large = measured(Settings.TextSize.LARGEST, JavaFxToolkit.call(GrowsWithTextTest::pillowPicture), width);
        assertTrue(small >= 150, "larger than the 110 px they were: " + small);
        assertGrows("the posture picture", small, large);
        double opened = JavaFxToolkit.call(() -> {
            Dialog<Void> dialog = TipPicture.enlarged(
                    new I18n("en"),
                    new PostureTip(PostureCode.PILLOW_LOFT, "Pillow"),
                    "posture-pillow-loft-back",
                    small * TipPicture.ENLARGED,
                    null);
            Node picture = dialog.getDialogPane().getContent().lookup(".posture-picture-large");
            dialog.getDialogPane().applyCss();
            dialog.getDialogPane().layout();
            return ((ScaledFrame) picture).getPrefWidth();
        });
        assertTrue(opened >= 3 * small, "opened larger: " + opened + " against " + small);
    }

    @Test
    void theResultsPageShowsTheBackSleepersPillowTipLyingOnTheBack() {
        String shown = JavaFxToolkit.call(() -> {
            Advice a = new Advisor().assess(BACK_SLEEPER, CatalogReader.shipped(), 3, "en");
            VBox page = AdviceView.of(new I18n("en"), BACK_SLEEPER, a, "DE");
            new Scene(page).getStylesheets().add(Theme.stylesheet());
            page.applyCss();
            Parent row = (Parent) page.lookup("#posture-pillow-loft");
            return String.valueOf(row.lookup(".posture-picture").getUserData());
        });
        assertEquals("posture-pillow-loft-back", shown);
    }

    /** On the dark theme the drawing keeps its light ground, on which its darkest blue and brown stand out. */
    @Test
    void thePicturesStayVisibleOnTheDarkTheme() {
        for (Settings.Theme theme : Settings.Theme.values()) {
            Color ground = JavaFxToolkit.call(() -> {
                Theme.apply(theme);
                Button button = pillowPicture();
                VBox page = new VBox(button);
                page.setStyle("-fx-background-color: -color-bg-default;");
                Scene scene = new Scene(page, 600, 400);
                scene.getStylesheets().add(Theme.stylesheet());
                page.applyCss();
                page.layout();
                return (Color) ((ScaledFrame) button.getGraphic())
                        .getBackground()
                        .getFills()
                        .get(0)
                        .getFill();
            });
            for (String part : List.of("#34507a", "#6b4f3a", "#4a6fa5")) {
                double ratio = FocusRingTest.contrast(Color.web(part), ground);
                assertTrue(ratio >= 3, theme + ": " + part + " on " + ground + " is " + ratio + ":1");
            }
        }
    }

    @Test
    void theDrawnFontsDoNotGrowTwice() {
        // a number in the gauge keeps its drawn size inside the drawing; only the frame scales it
        Function<Node, Double> font =
                n -> ((Text) n.lookup("#g-target")).getFont().getSize();
        FirmnessRange range = new FirmnessRange(6, 5, 7, FirmnessLabel.MEDIUM_FIRM);
        assertEquals(
                measured(Settings.TextSize.NORMAL, new FirmnessGauge(new I18n("en"), range, "g").node(), font),
                measured(Settings.TextSize.LARGEST, new FirmnessGauge(new I18n("en"), range, "g").node(), font));
    }
}
