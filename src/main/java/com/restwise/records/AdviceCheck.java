package com.restwise.records;

import com.restwise.engine.Advisor;
import com.restwise.engine.EngineTexts;
import com.restwise.engine.FirmnessModel;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.FirmnessRange;
import com.restwise.engine.advice.MedicalFlag;
import com.restwise.engine.advice.MedicalResult;
import com.restwise.engine.profile.Profile;
import com.restwise.json.Echo;
import java.util.List;
import java.util.Optional;

/**
 * Whether an imported advice could have come from its profile. A consultation keeps the advice
 * as it was given, so an advice written by another engine version may differ from today's and
 * is taken as it is. An advice that claims to come from this very engine must agree with what
 * this engine computes from the same profile: the medical level, its flags and their levels,
 * and the firmness range. A file whose advice says "no warning signs" for a profile with
 * warning signs is refused, because a therapist would trust that advice when reading it later.
 */
final class AdviceCheck {

    private static final double SAME = 1e-6;
    private final Advisor advisor = new Advisor();
    private final FirmnessModel firmness = new FirmnessModel();

    /** What contradicts, e.g. "says medical level NONE, but its profile gives URGENT", or empty. */
    Optional<String> contradiction(Profile profile, Advice advice) {
        if (!EngineTexts.LANGUAGES.contains(advice.lang())) {
            return Optional.of(
                    "language must be one of " + EngineTexts.LANGUAGES + " (got " + Echo.quote(advice.lang()) + ")");
        }
        if (!Advisor.ENGINE_VERSION.equals(advice.engineVersion())) {
            return Optional.empty();
        }
        MedicalResult expected = advisor.screen(profile, advice.lang());
        MedicalResult given = advice.medical();
        if (given.level() != expected.level()) {
            return Optional.of("says medical level " + given.level() + ", but its profile gives " + expected.level());
        }
        if (!codes(given.flags()).equals(codes(expected.flags()))) {
            return Optional.of("lists warning signs " + codes(given.flags()) + ", but its profile gives "
                    + codes(expected.flags()));
        }
        FirmnessRange range = firmness.assess(profile.sleeper().weightKg(), profile.positions(), profile.symptoms())
                .range();
        FirmnessRange said = advice.firmness();
        if (Math.abs(said.target() - range.target()) > SAME
                || Math.abs(said.min() - range.min()) > SAME
                || Math.abs(said.max() - range.max()) > SAME) {
            return Optional.of("gives firmness " + said.min() + "-" + said.max() + ", but its profile gives "
                    + range.min() + "-" + range.max());
        }
        return Optional.empty();
    }

    private static List<String> codes(List<MedicalFlag> flags) {
        return flags.stream().map(f -> f.code() + ":" + f.level()).toList();
    }
}
