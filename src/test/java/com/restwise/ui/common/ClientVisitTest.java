package com.restwise.ui.common;

import static com.restwise.engine.ProfileBuilder.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import com.restwise.records.Client;
import com.restwise.records.Consultation;
import com.restwise.records.PainTrend;
import com.restwise.ui.advice.TrendWords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whose consultation the wizard runs, and the change since the last visit on its results. */
class ClientVisitTest {

    private static final Client ANNA = new Client(7, "Anna Berger", "");
    private static final I18n EN = new I18n("en");
    private static final I18n DE = new I18n("de");

    private static Advice advise(Profile p) {
        return new Advisor().assess(p, CatalogReader.shipped(), 3, "en");
    }

    /** Consultations a month apart from 1 September 2026, with these morning pain scores. */
    private static List<Consultation> history(Integer... pains) {
        List<Consultation> list = new ArrayList<>();
        for (int i = 0; i < pains.length; i++) {
            Profile p = pains[i] == null
                    ? profile().build()
                    : profile().morningPain(pains[i]).build();
            list.add(new Consultation(
                    i + 1,
                    ANNA.id(),
                    LocalDate.of(2026, 9, 1).plusMonths(i),
                    p,
                    advise(p),
                    Advisor.ENGINE_VERSION,
                    "",
                    pains[i]));
        }
        return list;
    }

    private static List<String> changeLines(ClientVisit visit, I18n i18n, int painNow) {
        Profile now = profile().morningPain(painNow).build();
        return visit.trendWith(now, advise(now), LocalDate.of(2026, 12, 1))
                .map(t -> List.of(TrendWords.sincePrevious(i18n, t), TrendWords.sinceFirst(i18n, t)))
                .orElse(List.of());
    }

    @Test
    void theHeaderSaysWhoseConsultationItIsAndWhetherItIsAFollowUp() {
        ClientVisit first = ClientVisit.newConsultation(ANNA);
        var heading = first.heading(EN);
        assertEquals("Consultation for Anna Berger", heading.get(), "before the history is read");
        first.historyRead(List.of());
        assertEquals("Consultation for Anna Berger", heading.get());

        ClientVisit follow = ClientVisit.newConsultation(ANNA);
        var followHeading = follow.heading(DE);
        follow.historyRead(history(8));
        assertEquals("Folgeberatung für Anna Berger", followHeading.get(), "the binding follows the history read");
    }

    @Test
    void aFollowUpShowsTheChangeSinceTheLastVisitWithTheRecordsVerdict() {
        ClientVisit visit = ClientVisit.newConsultation(ANNA);
        assertEquals(List.of(), changeLines(visit, EN, 4), "nothing to compare before the history is read");
        visit.historyRead(List.of());
        assertEquals(List.of(), changeLines(visit, EN, 4), "a first consultation has no change");

        visit.historyRead(history(8, 6));
        assertEquals(
                List.of(
                        "Morning pain since the previous consultation: 6 to 4 (-2), a meaningful improvement.",
                        "Morning pain since the first consultation: 8 to 4 (-4), a meaningful improvement."),
                changeLines(visit, EN, 4));
        assertEquals(
                List.of(
                        "Morning pain since the previous consultation: 6 to 5 (-1), no meaningful change.",
                        "Morning pain since the first consultation: 8 to 5 (-3), a meaningful improvement."),
                changeLines(visit, EN, 5),
                "the same rule as the records: 2 points and 30 %");
        assertEquals(
                "Morgenschmerz seit der letzten Beratung: von 6 auf 9 (+3), eine Verschlechterung.",
                changeLines(visit, DE, 9).get(0));

        visit.historyRead(history(8, null));
        assertEquals(
                "Morning pain since the previous consultation: not answered both times.",
                changeLines(visit, EN, 4).get(0));
    }

    @Test
    void correctingASavedConsultationComparesWithTheOnesBeforeIt() {
        List<Consultation> all = history(8, 6, 3);
        Consultation second = all.get(1);
        ClientVisit visit = ClientVisit.correcting(ANNA, second);
        var heading = visit.heading(EN);
        visit.historyRead(all);
        assertEquals("Correcting the consultation of 1 Oct 2026 for Anna Berger", heading.get());
        assertTrue(visit.correcting().isPresent());
        assertEquals(List.of(all.get(0)), visit.earlier().get(), "the one corrected and those after it are left out");
        Profile now = profile().morningPain(5).build();
        PainTrend trend = visit.trendWith(now, advise(now), second.date()).orElseThrow();
        assertEquals(new PainTrend.Change(8, 5, PainTrend.Verdict.IMPROVED), trend.sincePrevious());

        ClientVisit firstCorrected = ClientVisit.correcting(ANNA, all.get(0));
        firstCorrected.historyRead(all);
        assertFalse(firstCorrected.followUp(), "the first consultation, corrected, has nothing before it");
    }
}
