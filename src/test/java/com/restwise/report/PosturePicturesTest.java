package com.restwise.report;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.picture.PosturePicture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The results page and the report show a picture beside every posture and exercise tip. */
class PosturePicturesTest {

    @Test
    void everyPostureCodeHasAPicture() throws Exception {
        List<String> missing = new ArrayList<>();
        for (String name : PosturePicture.all()) {
            SvgPicture picture = SvgPicture.load(name);
            if (picture == null || picture.width() <= 0 || picture.height() <= 0) {
                missing.add(name + ".svg");
            }
        }
        assertTrue(missing.isEmpty(), "no picture in assets/images for " + missing);
    }

    @Test
    void aMissingPictureIsNoErrorTheTipIsPrintedWithout() throws Exception {
        assertNull(SvgPicture.load("posture-not-drawn-yet"));
    }
}
