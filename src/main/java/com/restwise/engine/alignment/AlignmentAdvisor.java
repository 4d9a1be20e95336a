package com.restwise.engine.alignment;

import com.restwise.engine.advice.Alignment;
import com.restwise.engine.advice.AlignmentPoint;
import com.restwise.engine.advice.AlignmentVerdict;
import com.restwise.engine.advice.FirmnessRange;
import com.restwise.engine.profile.CurrentMattress;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Positions;
import com.restwise.engine.profile.Sleeper;

/**
 * The advice's {@code alignment}: the sleeper in their main position on a mattress of the
 * target firmness and on their current one, with its body impression (docs/formats.md). Both are
 * unzoned, since neither the target nor the profile's mattress says anything about zones.
 */
public final class AlignmentAdvisor {

    private final SpineModel model = new SpineModel();

    public Alignment advise(Sleeper sleeper, Positions positions, FirmnessRange target, CurrentMattress current) {
        Position main = positions.main();
        LyingBody body = body(sleeper, main);
        AlignmentPoint atTarget = point(model.evaluate(body, new MattressSurface(target.target(), false)));
        MattressSurface now = MattressSurface.current(current);
        AlignmentPoint atCurrent = now == null ? null : point(model.evaluate(body, now));
        return new Alignment(main, atTarget, atCurrent);
    }

    /**
     * The spine on the current mattress for the verdict (see {@link SpineReading}), or null when
     * its firmness is unknown. {@code atCurrent}, when the advice has already evaluated it, saves
     * evaluating it again.
     */
    public SpineReading readCurrent(
            Sleeper sleeper, Position main, CurrentMattress current, FirmnessRange range, AlignmentPoint atCurrent) {
        MattressSurface now = MattressSurface.current(current);
        if (now == null) {
            return null;
        }
        LyingBody body = null;
        AlignmentVerdict verdict;
        double deviation;
        if (atCurrent != null) {
            verdict = atCurrent.verdict();
            deviation = atCurrent.deviationDeg();
        } else {
            body = body(sleeper, main);
            SpineState at = model.evaluate(body, now);
            verdict = at.verdict();
            deviation = round1(at.deviationDeg());
        }
        if (verdict == AlignmentVerdict.NEUTRAL) {
            return new SpineReading(verdict, deviation, true);
        }
        body = body == null ? body(sleeper, main) : body;
        double nearestInRange = Math.max(range.min(), Math.min(range.max(), now.firmness()));
        double accepted = round1(
                model.evaluate(body, new MattressSurface(nearestInRange, false)).deviationDeg());
        return new SpineReading(verdict, deviation, deviation <= accepted);
    }

    /** The sleeper as the spine model sees them in a position, sized from what they told us. */
    public static LyingBody body(Sleeper sleeper, Position position) {
        return LyingBody.of(BodyMeasures.typical(sleeper), position);
    }

    /** Rounded as the advice shows it: firmness, degrees and kPa to 0.1, sinks to the mm. */
    public static AlignmentPoint point(SpineState s) {
        return new AlignmentPoint(
                round1(s.firmness()),
                round1(s.deviationDeg()),
                Math.round(s.sink(Zone.SHOULDERS)),
                Math.round(s.sink(Zone.WAIST)),
                Math.round(s.sink(Zone.HIPS)),
                round1(s.peakPressureKpa()),
                s.verdict());
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
