package com.restwise.engine;

import com.restwise.engine.advice.AlignmentPoint;
import com.restwise.engine.advice.AlignmentVerdict;
import com.restwise.engine.advice.FirmnessRange;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Profile;
import java.util.ArrayList;
import java.util.List;

/**
 * What happens to the spine at one firmness, in one sentence ("At 8 your waist is unsupported:
 * ... the spine bends 4°"): under the picture, beside the slider and in the report.
 *
 * <p>The picture shows the main position only, while the advice's range also weighs the other
 * positions, low-back pain (toward medium-firm) and shoulder or hip pain (softer). So near the
 * edges of the range the spine may read a little too firm or too soft; the sentence then says
 * that this is still within the range and what else the range weighs, rather than seeming to
 * contradict it.
 */
public final class AlignmentSentence {

    /** A position with at least this share is the whole night: nothing else to weigh. */
    private static final double ALL_NIGHT = 0.999;

    private AlignmentSentence() {}

    public static String describe(AlignmentPoint point, FirmnessRange range, Profile profile, EngineTexts texts) {
        Double current = profile.currentMattress().firmness();
        Double sag = profile.currentMattress().sagCm();
        // At the current mattress's firmness the picture shows that mattress, dip and all (as the
        // advice's atCurrent and the window's slider do): the sentence names the dip apart from the
        // firmness, and a dip is wear, which no range excuses.
        if (current != null && sag != null && sag > 0 && texts.number(current).equals(texts.number(point.firmness()))) {
            return texts.text(
                    "alignment.current." + point.verdict().name(),
                    texts.number(point.firmness()),
                    texts.number(point.deviationDeg()),
                    texts.number(point.hipSinkMm()),
                    texts.number(sag));
        }
        String sentence = texts.text(
                "alignment." + point.verdict().name(),
                texts.number(point.firmness()),
                texts.number(point.deviationDeg()),
                texts.number(point.hipSinkMm()));
        boolean inRange = point.firmness() >= range.min() && point.firmness() <= range.max();
        if (point.verdict() == AlignmentVerdict.NEUTRAL || !inRange) {
            return sentence;
        }
        List<String> weighs = new ArrayList<>();
        if (profile.positions().share(profile.positions().main()) < ALL_NIGHT) {
            weighs.add(texts.text("alignment.weighs.positions"));
        }
        // From 140 kg low-back pain no longer moves the range (docs/firmness.md, the fade).
        if (profile.symptoms().hasPainIn(PainArea.LOWER_BACK)
                && FirmnessModel.lowBackPullShare(profile.sleeper().weightKg()) > 0) {
            weighs.add(texts.text("alignment.weighs.low-back"));
        }
        if (profile.positions().share(Position.SIDE) > 0
                && (profile.symptoms().hasPainIn(PainArea.SHOULDER)
                        || profile.symptoms().hasPainIn(PainArea.HIP))) {
            weighs.add(texts.text("alignment.weighs.pressure"));
        }
        String context = weighs.isEmpty()
                ? texts.text("alignment.within-range.taste")
                : texts.text("alignment.within-range", String.join(texts.text("alignment.and"), weighs));
        return sentence + " " + context;
    }

    /** The picture's caveat: it comes from a model. */
    public static String illustration(EngineTexts texts) {
        return texts.text("alignment.illustration");
    }
}
