package com.restwise.report;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.restwise.engine.advice.PostureCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gentle exercises (and the new side-lying advice) each come with a drawn picture, for the results page and the report. */
class ExercisePicturesTest {

    @Test
    void eachAreaExerciseHasAPicture() throws Exception {
        for (PostureCode code : List.of(
                PostureCode.NECK_EXERCISES,
                PostureCode.SHOULDER_EXERCISES,
                PostureCode.HIP_EXERCISES,
                PostureCode.GENTLE_MOVEMENT,
                PostureCode.PAINFUL_SIDE_UP,
                PostureCode.PREGNANCY_SIDE,
                PostureCode.PREGNANCY_PILLOWS)) {
            String name = "posture-" + code.name().toLowerCase().replace('_', '-');
            assertNotNull(SvgPicture.load(name), name + ".svg is missing or unreadable");
        }
    }
}
