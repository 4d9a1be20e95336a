package com.restwise.engine;

import com.restwise.engine.FirmnessModel.FirmnessAssessment;
import com.restwise.engine.advice.FirmnessLabel;
import com.restwise.engine.advice.FirmnessRange;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Positions;
import com.restwise.engine.profile.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Plain sentences on what set the firmness target and what moved it, by how much. */
final class ExplanationWriter {

    /** Changes smaller than this are not worth a sentence: they vanish in the rounding. */
    static final double NOTICEABLE_SHIFT = 0.05;

    List<String> explain(
            Profile profile,
            FirmnessAssessment sleeper,
            FirmnessAssessment partner,
            boolean sizeUnavailable,
            EngineTexts texts) {
        List<String> lines = new ArrayList<>();
        FirmnessRange range = sleeper.range();
        lines.add(texts.text(
                "explain.base",
                texts.number(profile.sleeper().weightKg()),
                shares(profile.positions(), "", texts),
                texts.number(FirmnessModel.round1(sleeper.baseTarget())),
                texts.number(FirmnessModel.round1(sleeper.positionTargets().get(Position.SIDE))),
                texts.number(FirmnessModel.round1(sleeper.positionTargets().get(Position.BACK))),
                texts.number(FirmnessModel.round1(sleeper.positionTargets().get(Position.STOMACH)))));
        if (Math.abs(sleeper.pressureReliefShift()) >= NOTICEABLE_SHIFT) {
            lines.add(texts.text("explain.pressure-relief", steps(sleeper.pressureReliefShift(), texts)));
        }
        if (profile.symptoms().hasPainIn(PainArea.LOWER_BACK)) {
            double shift = sleeper.lowBackShift();
            double share = FirmnessModel.lowBackPullShare(profile.sleeper().weightKg());
            if (share == 0) {
                lines.add(texts.text(
                        "explain.low-back.heavy", texts.number(profile.sleeper().weightKg())));
            } else if (Math.abs(shift) < NOTICEABLE_SHIFT) {
                lines.add(texts.text("explain.low-back.none"));
            } else {
                lines.add(texts.text(
                        shift > 0 ? "explain.low-back.firmer" : "explain.low-back.softer", steps(shift, texts)));
                if (share < 1) {
                    lines.add(texts.text("explain.low-back.fading", texts.percent(share)));
                }
            }
        }
        lines.add(texts.text(
                "explain.target",
                texts.number(range.target()),
                texts.text("label." + range.label()),
                FirmnessLabel.european(range.target())));
        boolean mixed = range.max() - range.min() > 2 * FirmnessModel.BASE_HALF_WIDTH + NOTICEABLE_SHIFT;
        lines.add(texts.text(
                mixed ? "explain.range.mixed" : "explain.range", texts.number(range.min()), texts.number(range.max())));

        Double current = profile.currentMattress().firmness();
        if (current != null) {
            if (range.contains(current)) {
                lines.add(texts.text("explain.current.inside", texts.number(current)));
            } else {
                lines.add(texts.text(
                        current > range.max() ? "explain.current.firmer" : "explain.current.softer",
                        texts.number(current),
                        texts.steps(Math.round(range.distanceOutside(current) * 10) / 10.0)));
            }
        }
        if (partner != null) {
            FirmnessRange theirs = partner.range();
            lines.add(texts.text(
                    "explain.partner",
                    texts.number(theirs.target()),
                    texts.number(profile.partner().weightKg()),
                    shares(profile.partner().positions(), ".partner", texts),
                    texts.number(theirs.min()),
                    texts.number(theirs.max())));
            boolean overlap = theirs.min() <= range.max() && range.min() <= theirs.max();
            if (!overlap) {
                lines.add(texts.text("explain.partner.apart"));
            }
        }
        if (sizeUnavailable) {
            lines.add(
                    texts.text("explain.size-unavailable", profile.preferences().size()));
        }
        Integer length = BedLength.needed(profile);
        if (length != null) {
            String height = texts.number(profile.sleeper().heightCm());
            String atLeast = texts.number(profile.sleeper().heightCm() + BedLength.HEADROOM_CM);
            String size = profile.preferences().size();
            if (size == null) {
                lines.add(texts.text("explain.length", height, atLeast, length));
            } else if (BedLength.lengthOf(size) < atLeast(profile)) {
                lines.add(texts.text(
                        "explain.length.short", size, height, atLeast, BedLength.widthOf(size) + "x" + length));
            }
        }
        return lines;
    }

    private static double atLeast(Profile profile) {
        return profile.sleeper().heightCm() + BedLength.HEADROOM_CM;
    }

    /** "80% on your back, 20% on your side" ("on their back" for the partner), largest share first. */
    private static String shares(Positions positions, String whose, EngineTexts texts) {
        List<Position> order = new ArrayList<>(List.of(Position.values()));
        order.sort((a, b) -> Double.compare(positions.share(b), positions.share(a)));
        StringJoiner joined = new StringJoiner(", ");
        for (Position p : order) {
            if (positions.share(p) > 0) {
                joined.add(texts.text("explain.share." + p + whose, texts.percent(positions.share(p))));
            }
        }
        return joined.toString();
    }

    private static String steps(double shift, EngineTexts texts) {
        return texts.number(Math.round(Math.abs(shift) * 10) / 10.0);
    }
}
