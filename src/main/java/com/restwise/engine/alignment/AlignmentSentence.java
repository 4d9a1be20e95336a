package com.restwise.engine.alignment;

import com.restwise.engine.EngineTexts;
import com.restwise.engine.advice.AlignmentPoint;

/**
 * What happens to the spine at one firmness, in one sentence ("At 8 your waist is unsupported:
 * ... the spine bends 4°"): under the picture, beside the slider and in the report.
 */
public final class AlignmentSentence {

    private AlignmentSentence() {
    }

    public static String describe(AlignmentPoint point, EngineTexts texts) {
        return texts.text("alignment." + point.verdict().name(), texts.number(point.firmness()),
                texts.number(point.deviationDeg()), texts.number(point.hipSinkMm()));
    }

    /** The picture's caveat: it comes from a model. */
    public static String illustration(EngineTexts texts) {
        return texts.text("alignment.illustration");
    }
}
