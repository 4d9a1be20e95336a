package com.restwise.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.profile.MattressType;
import com.restwise.storage.Settings;
import com.restwise.ui.common.Theme;
import com.restwise.ui.wizard.Step;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes a 1280x800 screenshot of every step and of the main screens to
 * {@code target/screenshots/}, for people to look at (and for the README); each walk checks
 * what its pictures are meant to show. Not a test: {@code mvn -Pscreenshots test} runs it.
 */
class ScreenshotTour extends AppWindowTest {

    static final Path OUT = Path.of("target", "screenshots");

    private void start() throws Exception {
        d = WizardDriver.start(dataDir);
        d.robot.interact(() -> {
            d.stage.setWidth(1280);
            d.stage.setHeight(800);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shot(String name) throws IOException {
        d.settle();
        WritableImage[] image = new WritableImage[1];
        d.robot.interact(() -> image[0] = d.stage.getScene().snapshot(null));
        write(image[0], OUT.resolve(name + ".png"));
    }

    /** The whole results page, below the fold too. */
    private void fullPage(String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        d.robot.interact(() -> {
            Node page = d.find("#results", Node.class);
            image[0] = page.snapshot(null, null);
        });
        write(image[0], OUT.resolve(name + ".png"));
    }

    static void write(WritableImage image, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        // in one copy, straight into the picture's pixels: pixel by pixel (getArgb, setRGB), a
        // full results page of millions of pixels cost seconds of CPU
        int[] argb = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        ImageIO.write(out, "png", file.toFile());
        assertTrue(Files.size(file) > 1000, file + " is empty");
    }

    @Test
    void everyStepAndTheLightSideSleepersResults() throws Exception {
        start();
        shot("01-welcome");
        d.click("#start");
        d.aboutYou("56", "164", "34", "female");
        shot("02-you");
        d.next();
        d.positions("side-most", "back-rarely");
        d.click("#shares-bed");
        assertTrue(d.vm().sleep().sharesBed().get(), "the switch turned on");
        d.type("#partner-weight", "82");
        d.click("#partner-position-back-most");
        d.robot.interact(() -> d.find("#page-scroll", ScrollPane.class).setVvalue(0));
        shot("03-sleep");
        d.next();
        d.mattress(9, MattressType.POCKET_SPRING, "3", "0");
        shot("04-mattress");
        d.next();
        d.choose("#morning-pain", 4);
        d.choose("#sleep-quality", 5);
        d.click("#body-hip");
        d.click("#area-shoulder");
        d.robot.interact(() -> d.find("#page-scroll", ScrollPane.class).setVvalue(0));
        shot("05-mornings");
        d.type("#stiffness", "10");
        d.click("#eases-yes");
        d.click("#night-pain-on-turning");
        d.click("#daytime-no");
        d.next();
        shot("06-warning-signs");
        d.noWarningSigns(); // the results wait until they are answered
        d.next();
        d.choose("#size", "160x200");
        d.type("#budget", "1500");
        shot("07-preferences");
        d.next();
        d.expectStep(Step.RESULTS);
        shot("08-results-side-sleeper");
        fullPage("08-results-side-sleeper-full");
        node("#alignment", "08c-spine-at-target");
        d.click("#alignment-to-current");
        node("#alignment", "08d-spine-on-current-mattress");
    }

    /** One part of the page, as it is now. */
    private void node(String query, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        d.robot.interact(() -> image[0] = d.find(query, Node.class).snapshot(null, null));
        write(image[0], OUT.resolve(name + ".png"));
    }

    @Test
    void largestTextStaysUsable() throws Exception {
        start();
        d.click("#text-size-150");
        shot("11-welcome-150-percent");
        d.click("#start");
        d.type("#weight", "70");
        shot("12-you-150-percent");
        d.next();
        d.click("#position-side-most");
        shot("13-sleep-150-percent");
        d.next(3);
        d.toResultsWithoutSigns();
        d.expectStep(Step.RESULTS);
        shot("14-results-150-percent");
        assertTrue(
                d.stage.getScene().getRoot().lookup(".text-size-150") != null,
                "the results at the size chosen on the welcome page");
    }

    @Test
    void clientRecordsWithATrend() throws Exception {
        start();
        d.newClient("Anna Berger");
        int[][] visits = {{8, 3, 40}, {6, 5, 25}, {4, 7, 10}};
        for (int[] v : visits) {
            d.click("#new-consultation");
            d.toMorningsOfAConsultation();
            d.choose("#morning-pain", v[0]);
            d.choose("#sleep-quality", v[1]);
            d.type("#stiffness", Integer.toString(v[2]));
            d.toResultsWithoutSigns();
            d.click("#save-result");
            d.click("#start-over");
            d.openClient("Anna Berger");
        }
        shot("16-client-records");
        assertEquals("Consultations (3)", d.text("#consultations-heading"), "every visit saved");
        assertTrue(d.exists("#change-since-first"), "the trend since the first visit is shown");
    }

    @Test
    void darkTheme() throws Exception {
        start();
        d.click("#theme-dark");
        d.quickRun("70", "back");
        shot("15-results-dark");
        assertEquals(Settings.Theme.DARK, d.app.settings().theme(), "the dark theme is kept");
        assertEquals(Theme.userAgentStylesheet(Settings.Theme.DARK), Application.getUserAgentStylesheet(), "and shown");
        assertTrue(Application.getUserAgentStylesheet().endsWith("/theme-dark.bss"), "the build's trimmed theme");
    }

    @Test
    void aHeavyBackSleepersResults() throws Exception {
        start();
        d.heavyBackSleeperToPreferences();
        d.next();
        d.expectStep(Step.RESULTS);
        shot("09-results-back-sleeper");
        fullPage("09-results-back-sleeper-full");
    }

    @Test
    void theUrgentBannerAndResults() throws Exception {
        start();
        d.lowBackPainToMornings();
        d.next();
        d.click("#trauma-none");
        d.click("#sign-saddle-numbness"); // ticked: the other signs read as "no"
        shot("06b-warning-signs-urgent");
        d.next();
        d.next();
        d.expectStep(Step.RESULTS);
        shot("10-results-urgent");
        fullPage("10-results-urgent-full");
    }
}
