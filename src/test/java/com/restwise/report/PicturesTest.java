package com.restwise.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every drawn picture stays inside what the app and the report can draw (assets/images/README.md):
 * a picture using a stroke, a circle or a curve command would lose parts without any error.
 */
class PicturesTest {

    private static final Path IMAGES = Path.of("assets/images");
    private static final Pattern ELEMENT = Pattern.compile("<(?!/)(\\w+)");
    private static final Pattern D = Pattern.compile(" d=\"([^\"]*)\"");

    private static List<Path> pictures() throws IOException {
        try (Stream<Path> files = Files.list(IMAGES)) {
            return files.filter(f -> f.toString().endsWith(".svg")).sorted().toList();
        }
    }

    @Test
    void everyPictureIsOnlyFilledPathsTheRenderersRead() throws IOException {
        List<Path> pictures = pictures();
        assertTrue(pictures.size() >= 13, "the positions and posture tips: " + pictures);
        for (Path file : pictures) {
            String svg = Files.readString(file);
            assertTrue(svg.contains("viewBox=\"0 0 160 80\""), file + ": the 160 x 80 canvas");
            Matcher element = ELEMENT.matcher(svg);
            int paths = 0;
            while (element.find()) {
                String name = element.group(1);
                assertTrue(name.equals("svg") || name.equals("path"), file + ": <" + name + "> is not drawn");
                paths += name.equals("path") ? 1 : 0;
            }
            Matcher d = D.matcher(svg);
            while (d.find()) {
                assertTrue(d.group(1).matches("[MLHVAZmlhvaz0-9.\\s-]+"), file + ": only M L H V A Z in " + d.group(1));
            }
            String name = file.getFileName().toString().replace(".svg", "");
            SvgPicture picture = SvgPicture.load(name);
            assertNotNull(picture, name);
            int[] filled = {0};
            picture.draw(new SvgPicture.Sink() {
                @Override
                public void moveTo(double x, double y) {
                    assertTrue(x >= 0 && x <= 160 && y >= 0 && y <= 80, name + ": on the canvas " + x + "," + y);
                }

                @Override
                public void lineTo(double x, double y) {}

                @Override
                public void curveTo(double x1, double y1, double x2, double y2, double x, double y) {}

                @Override
                public void closeAndFill(Color fill) {
                    filled[0]++;
                }
            });
            assertEquals(paths, filled[0], name + ": every path is read (fill first, then d)");
        }
    }
}
