package com.restwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.AlignmentPoint;
import com.restwise.engine.advice.AlignmentVerdict;
import com.restwise.engine.alignment.AlignmentAdvisor;
import com.restwise.engine.alignment.LyingBody;
import com.restwise.engine.alignment.MattressSurface;
import com.restwise.engine.alignment.SpineModel;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import org.junit.jupiter.api.Test;

class AlignmentSentenceTest {

    private static final EngineTexts EN = EngineTexts.of("en");
    private final SpineModel model = new SpineModel();

    private AlignmentPoint at(Profile p, Advice a, double firmness) {
        LyingBody body = AlignmentAdvisor.body(p.sleeper(), a.alignment().position());
        return AlignmentAdvisor.point(model.evaluate(body, new MattressSurface(firmness, false)));
    }

    @Test
    void theSentenceSaysWhatHappensAtThatFirmness() {
        Profile p = ProfileBuilder.profile().weight(80).only(Position.SIDE).build();
        Advice a = new Advisor().assess(p, CatalogReader.shipped(), 1, "en");
        assertEquals(
                "At 10 your waist is unsupported: your shoulders and hips are held up and the spine bends "
                        + EN.number(at(p, a, 10).deviationDeg()) + "°.",
                AlignmentSentence.describe(at(p, a, 10), a.firmness(), p, EN));
        assertTrue(AlignmentSentence.describe(at(p, a, 1), a.firmness(), p, EN).contains("sags like a hammock"));
    }

    /**
     * The range also weighs what the picture does not show. Where the main position reads a little
     * off inside the range, the sentence says so instead of contradicting the range.
     */
    @Test
    void insideTheRangeAnOffReadingSaysWhatElseTheRangeWeighs() {
        Profile p = ProfileBuilder.profile()
                .weight(45)
                .height(150)
                .positions(0.5, 0.5, 0)
                .pain(PainArea.LOWER_BACK)
                .build();
        Advice a = new Advisor().assess(p, CatalogReader.shipped(), 1, "en");
        AlignmentPoint edge = at(p, a, a.firmness().max());
        assertEquals(AlignmentVerdict.TOO_FIRM, edge.verdict(), "the side position alone would want softer");
        assertTrue(
                AlignmentSentence.describe(edge, a.firmness(), p, EN)
                        .endsWith(
                                "That is still within your range, which also weighs how else you sleep and your low-back pain."));
        AlignmentPoint outside = at(p, a, 10);
        assertFalse(AlignmentSentence.describe(outside, a.firmness(), p, EN).contains("still within your range"));
        assertFalse(
                AlignmentSentence.describe(at(p, a, a.firmness().target()), a.firmness(), p, EN)
                        .contains("still within your range"),
                "neutral at the target needs no excuse");
    }

    @Test
    void everyOffReadingInsideAnyRangeIsExplained() {
        for (double kg = 45; kg <= 160; kg += 15) {
            for (int side = 0; side <= 4; side++) {
                for (int back = 0; back <= 4 - side; back++) {
                    for (PainArea pain : new PainArea[] {null, PainArea.LOWER_BACK, PainArea.HIP}) {
                        ProfileBuilder b =
                                ProfileBuilder.profile().weight(kg).height(150).positions(side, back, 4 - side - back);
                        if (pain != null) {
                            b.pain(pain);
                        }
                        Profile p = b.build();
                        Advice a = new Advisor().assess(p, CatalogReader.shipped(), 1, "en");
                        for (double f = a.firmness().min(); f <= a.firmness().max() + 1e-9; f += 0.1) {
                            AlignmentPoint point = at(p, a, f);
                            String s = AlignmentSentence.describe(point, a.firmness(), p, EN);
                            assertEquals(
                                    point.verdict() != AlignmentVerdict.NEUTRAL,
                                    s.contains("still within your range"),
                                    s);
                        }
                    }
                }
            }
        }
    }

    /** The what-if keeps firmness and wear apart: the dip is named, and no range excuses it. */
    @Test
    void onTheCurrentMattressTheDipIsNamedApartFromTheFirmness() {
        Profile p = ProfileBuilder.profile()
                .weight(80)
                .only(Position.BACK)
                .mattress(5.0, 9.0, 4.0)
                .build();
        Advice a = new Advisor().assess(p, CatalogReader.shipped(), 1, "en");
        String s = AlignmentSentence.describe(a.alignment().atCurrent(), a.firmness(), p, EN);
        assertTrue(s.startsWith("On your mattress (5, with a 4 cm dip) your hips sink"), s);
        assertFalse(s.startsWith("At 5") || s.contains("still within your range"), s);
        Profile level = ProfileBuilder.profile()
                .weight(80)
                .only(Position.BACK)
                .mattress(5.0, 9.0, 0.0)
                .build();
        Advice b = new Advisor().assess(level, CatalogReader.shipped(), 1, "en");
        assertTrue(AlignmentSentence.describe(b.alignment().atCurrent(), b.firmness(), level, EN)
                .startsWith("At 5"));
    }
}
