package com.restwise.engine;

import com.restwise.engine.FirmnessModel.FirmnessAssessment;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.Alignment;
import com.restwise.engine.advice.FirmnessRange;
import com.restwise.engine.advice.MedicalResult;
import com.restwise.engine.advice.PostureTip;
import com.restwise.engine.advice.RankedOption;
import com.restwise.engine.alignment.AlignmentAdvisor;
import com.restwise.engine.alignment.SpineReading;
import com.restwise.engine.catalog.Catalog;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.Sleeper;
import com.restwise.engine.profile.Symptoms;
import java.util.List;
import java.util.function.Supplier;

/**
 * Profile in, advice out: the one function behind the wizard, the records, the report and
 * the command line. Pure: no I/O, no clock, no shared mutable state.
 */
public final class Advisor {

    /** Changes whenever the same profile can get different advice (docs/formats.md). */
    public static final String ENGINE_VERSION = "2.1.0";

    public static final int DEFAULT_TOP = 5;
    public static final int MAX_TOP = 100;

    private final FirmnessModel firmnessModel = new FirmnessModel();
    private final CatalogRanker ranker = new CatalogRanker();
    private final PostureAdvisor postureAdvisor = new PostureAdvisor();
    private final MedicalScreen medicalScreen = new MedicalScreen();
    private final ExplanationWriter explanationWriter = new ExplanationWriter();
    private final AlignmentAdvisor alignmentAdvisor = new AlignmentAdvisor();
    private final MattressAppraisal appraisal = new MattressAppraisal();

    public Advice assess(Profile profile, Catalog catalog, int top, String lang) {
        if (top < 1 || top > MAX_TOP) {
            throw new IllegalArgumentException("top must be between 1 and " + MAX_TOP);
        }
        EngineTexts texts = EngineTexts.of(lang);
        FirmnessAssessment sleeper =
                firmnessModel.assess(profile.sleeper().weightKg(), profile.positions(), profile.symptoms());
        FirmnessAssessment partner = profile.hasPartner()
                ? firmnessModel.assess(
                        profile.partner().weightKg(), profile.partner().positions(), Symptoms.NONE)
                : null;
        FirmnessRange partnerRange = partner == null ? null : partner.range();

        List<RankedOption> options = ranker.rank(profile, sleeper.range(), partnerRange, catalog, top, texts);
        MedicalResult medical = medicalScreen.screen(profile, texts);
        Alignment alignment = alignmentAdvisor.advise(
                profile.sleeper(), profile.positions(), sleeper.range(), profile.currentMattress());
        // The verdict reads the spine on the current mattress too, so that it never contradicts the picture.
        Supplier<SpineReading> sleeperSpine = () -> alignmentAdvisor.readCurrent(
                profile.sleeper(),
                alignment.position(),
                profile.currentMattress(),
                sleeper.range(),
                alignment.atCurrent());
        Supplier<SpineReading> partnerSpine = () -> partner == null
                ? null
                : alignmentAdvisor.readCurrent(
                        new Sleeper(profile.partner().weightKg(), null, null, null, null),
                        profile.partner().positions().main(),
                        profile.currentMattress(),
                        partnerRange,
                        null);
        MattressAppraisal.Appraisal verdict =
                appraisal.appraise(profile, sleeper.range(), partnerRange, sleeperSpine, partnerSpine, texts);
        List<PostureTip> posture = postureAdvisor.advise(profile, sleeper.range(), medical, verdict, texts);
        String size = profile.preferences().size();
        boolean sizeUnavailable = size != null
                && options.isEmpty()
                && CatalogRanker.eligible(profile, catalog).stream().noneMatch(m -> m.priceFor(size) != null);
        List<String> explanation = explanationWriter.explain(profile, sleeper, partner, sizeUnavailable, texts);

        return new Advice(
                Profile.SCHEMA_VERSION,
                ENGINE_VERSION,
                lang,
                sleeper.range(),
                partnerRange,
                verdict.verdict(),
                options,
                posture,
                medical,
                explanation,
                alignment);
    }

    /** The medical screen alone, for the wizard's warning-signs step. */
    public MedicalResult screen(Profile profile, String lang) {
        return medicalScreen.screen(profile, EngineTexts.of(lang));
    }
}
