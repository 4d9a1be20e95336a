package com.restwise.records;

import static com.restwise.engine.ProfileBuilder.profile;
import static com.restwise.records.PainTrend.Verdict.IMPROVED;
import static com.restwise.records.PainTrend.Verdict.UNCHANGED;
import static com.restwise.records.PainTrend.Verdict.UNKNOWN;
import static com.restwise.records.PainTrend.Verdict.WORSENED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.profile.NightPain;
import com.restwise.engine.profile.Profile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PainTrendTest {

    @Test
    void aDropOfTwoPointsAndThirtyPercentIsAMeaningfulImprovement() {
        assertEquals(IMPROVED, PainTrend.judge(6, 4), "2 points, 33%");
        assertEquals(UNCHANGED, PainTrend.judge(8, 6), "2 points but only 25%");
        assertEquals(IMPROVED, PainTrend.judge(8, 5), "3 points, 37.5%");
        assertEquals(UNCHANGED, PainTrend.judge(3, 2), "33% but one point");
        assertEquals(IMPROVED, PainTrend.judge(2, 0));
    }

    @Test
    void aRiseOfTwoIsAWorsening() {
        assertEquals(WORSENED, PainTrend.judge(3, 5));
        assertEquals(UNCHANGED, PainTrend.judge(3, 4));
        assertEquals(UNKNOWN, PainTrend.judge(null, 4), "an unanswered score says nothing");
    }

    private static Consultation consultation(int day, Integer pain, Profile p) {
        return new Consultation(
                day, 1, LocalDate.of(2026, 9, day), p, ConsultationStoreTest.advise(p), "1.0.0", "", pain);
    }

    @Test
    void changeSinceTheFirstAndThePreviousConsultation() {
        List<Consultation> list = new ArrayList<>();
        list.add(consultation(1, 8, profile().morningPain(8).build()));
        assertEquals(UNKNOWN, new PainTrend(list).sinceFirst().verdict());
        list.add(consultation(8, 6, profile().morningPain(6).build()));
        list.add(consultation(15, 4, profile().morningPain(4).build()));
        PainTrend t = new PainTrend(list);
        assertEquals(-4, t.sinceFirst().points());
        assertEquals(IMPROVED, t.sinceFirst().verdict());
        assertEquals(-2, t.sincePrevious().points());
        assertEquals(IMPROVED, t.sincePrevious().verdict());
    }

    @Test
    void theMostPressingMedicalLevelOfAnyConsultationIsShown() {
        Profile nightOnly =
                profile().nightPain(NightPain.WAKES_ME).daytime(false).build();
        PainTrend t = new PainTrend(List.of(
                consultation(1, 5, nightOnly), consultation(2, 3, profile().build())));
        assertEquals(MedicalLevel.SOON, t.mostPressingLevel());
    }
}
