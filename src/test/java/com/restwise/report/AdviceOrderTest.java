package com.restwise.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.FirmnessLabel;
import com.restwise.engine.advice.FirmnessRange;
import com.restwise.engine.advice.FlagCode;
import com.restwise.engine.advice.MattressVerdict;
import com.restwise.engine.advice.MedicalFlag;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.advice.MedicalResult;
import com.restwise.report.AdviceOrder.MattressPart;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the results page and the report say first, by level, by whether the mattress can wait, and by verdict. */
class AdviceOrderTest {

    private static Advice advice(MedicalLevel level, FlagCode code, MattressVerdict.Verdict verdict) {
        List<MedicalFlag> flags =
                code == null ? List.of() : List.of(new MedicalFlag(code, level, "text", "rule", List.of("source")));
        MedicalResult medical =
                new MedicalResult(level, flags, "advice", "safety net", MedicalResult.mattressCanWait(level, flags));
        FirmnessRange range = new FirmnessRange(6.5, 5.5, 7.5, FirmnessLabel.of(6.5));
        return new Advice(
                1,
                "2.0.0",
                "en",
                range,
                null,
                verdict == null ? null : new MattressVerdict(verdict, "why"),
                List.of(),
                List.of(),
                medical,
                List.of(),
                null);
    }

    @Test
    void urgentFoldsTheMattressAwayBehindTheMedicalAdvice() {
        AdviceOrder o = AdviceOrder.of(advice(MedicalLevel.URGENT, FlagCode.FRACTURE, MattressVerdict.Verdict.KEEP));
        assertTrue(o.medicalFirst());
        assertEquals(MattressPart.FOLDED, o.mattress());
    }

    @Test
    void soonWithASeriousCauseSaysToSeeADoctorFirst() {
        AdviceOrder o = AdviceOrder.of(advice(MedicalLevel.SOON, FlagCode.INFECTION, MattressVerdict.Verdict.REPLACE));
        assertTrue(o.medicalFirst());
        assertEquals(MattressPart.AFTER_DOCTOR, o.mattress());
    }

    @Test
    void soonWithoutASeriousCauseLeadsWithTheDoctorButShowsTheMattress() {
        AdviceOrder o =
                AdviceOrder.of(advice(MedicalLevel.SOON, FlagCode.INFLAMMATORY, MattressVerdict.Verdict.REPLACE));
        assertTrue(o.medicalFirst());
        assertEquals(MattressPart.OPEN, o.mattress());
    }

    @Test
    void routineAndNoneLeadWithTheMattress() {
        for (MedicalLevel level : List.of(MedicalLevel.ROUTINE, MedicalLevel.NONE)) {
            AdviceOrder o = AdviceOrder.of(advice(
                    level, level == MedicalLevel.NONE ? null : FlagCode.PERSISTENT_PAIN, MattressVerdict.Verdict.KEEP));
            assertFalse(o.medicalFirst(), level.name());
            assertEquals(MattressPart.OPEN, o.mattress());
            assertTrue(o.keep());
        }
        assertFalse(AdviceOrder.of(advice(MedicalLevel.NONE, null, MattressVerdict.Verdict.TOPPER))
                .keep());
        assertFalse(AdviceOrder.of(advice(MedicalLevel.NONE, null, null)).keep(), "advice saved by 1.x has no verdict");
    }

    @Test
    void theShopLineUsesWholeStepsAndTheHLabelOfThatStep() {
        assertEquals(7, AdviceOrder.shopFirmness(new FirmnessRange(6.5, 5.5, 7.5, FirmnessLabel.MEDIUM_FIRM)));
        assertEquals("H3", AdviceOrder.shopLabel(new FirmnessRange(6.5, 5.5, 7.5, FirmnessLabel.MEDIUM_FIRM)));
        assertEquals(5, AdviceOrder.shopFirmness(new FirmnessRange(5.4, 4.5, 6.4, FirmnessLabel.MEDIUM)));
        assertEquals("H2", AdviceOrder.shopLabel(new FirmnessRange(5.4, 4.5, 6.4, FirmnessLabel.MEDIUM)));
        assertEquals("H4", AdviceOrder.shopLabel(new FirmnessRange(8.0, 7.0, 9.0, FirmnessLabel.FIRM)));
        assertEquals("H1", AdviceOrder.shopLabel(new FirmnessRange(3.2, 2.5, 4.0, FirmnessLabel.SOFT)));
        assertEquals("H5", AdviceOrder.shopLabel(new FirmnessRange(9.0, 8.0, 10.0, FirmnessLabel.FIRM)));
    }
}
