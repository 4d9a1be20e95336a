package com.restwise.ui.saved;

import static com.restwise.engine.ProfileBuilder.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.WarningSign;
import com.restwise.json.CatalogReader;
import com.restwise.records.SavedResult;
import com.restwise.ui.common.I18n;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Two saved results side by side: each fact in a row, what differs marked, and what changed said. */
class ResultComparisonTest {

    private static SavedResult saved(long id, LocalDate day, LocalTime time, Profile p) {
        Advice a = new Advisor().assess(p, CatalogReader.shipped(), 3, "en");
        return new SavedResult(
                id, day, time, p, a, a.engineVersion(), p.symptoms().morningPain());
    }

    private static Map<String, ResultComparison.Row> rows(ResultComparison c) {
        return c.rows().stream().collect(Collectors.toMap(ResultComparison.Row::id, r -> r));
    }

    @Test
    void aFirmMattressReplacedAndLessPainShowsEveryChangeInOrder() {
        // on a firm, worn mattress with pain, then a month later on a medium one with less pain and a warning sign
        SavedResult before = saved(
                1,
                LocalDate.of(2026, 10, 1),
                LocalTime.of(8, 0),
                profile()
                        .weight(58)
                        .positions(0.5, 0.5, 0)
                        .mattress(9.0, 12.0, 3.0)
                        .morningPain(7)
                        .build());
        SavedResult after = saved(
                2,
                LocalDate.of(2026, 11, 1),
                null,
                profile()
                        .weight(62)
                        .positions(0.5, 0.5, 0)
                        .mattress(6.0, 0.5, 0.0)
                        .morningPain(3)
                        .signs(WarningSign.FEVER)
                        .build());
        ResultComparison c = new ResultComparison(new I18n("en"), after, before);
        assertEquals(1, c.earlier().id(), "the earlier on the left, whichever was chosen first");
        Map<String, ResultComparison.Row> rows = rows(c);
        assertEquals(
                List.of("when", "firmness", "verdict", "options", "medical", "pain", "posture"),
                c.rows().stream().map(ResultComparison.Row::id).toList(),
                "no partner row without a partner");
        assertEquals("1 Oct 2026, 8:00 AM", rows.get("when").earlier());
        assertEquals("1 Nov 2026", rows.get("when").later(), "results moved from the old records kept only the day");
        assertTrue(rows.get("verdict").differs());
        assertEquals("Time for a new mattress", rows.get("verdict").earlier());
        assertTrue(rows.get("medical").differs());
        assertTrue(rows.get("pain").differs());
        assertEquals("7 of 10", rows.get("pain").earlier());
        assertTrue(
                rows.get("options").earlier().startsWith("1. "),
                rows.get("options").earlier());
        assertTrue(
                c.changes().contains("Weight: 58 kg, then 62 kg."), c.changes().toString());
        assertTrue(
                c.changes().contains("Pain on waking: 7, then 3 (-4)."),
                c.changes().toString());
        assertTrue(
                c.changes().stream()
                        .anyMatch(s -> s.startsWith("For your mattress: \"Time for a new mattress\", then \"")),
                c.changes().toString());
        assertTrue(
                c.changes().stream()
                        .anyMatch(s -> s.startsWith("Medical urgency: \"Checked for warning signs\", then \"")),
                c.changes().toString());
    }

    @Test
    void theSameAnswersTwiceSayNothingChangedInBothLanguages() {
        Profile p = profile().weight(95).only(Position.SIDE).morningPain(4).build();
        SavedResult one = saved(1, LocalDate.of(2026, 11, 2), LocalTime.of(9, 0), p);
        SavedResult two = saved(2, LocalDate.of(2026, 11, 2), LocalTime.of(21, 15), p);
        ResultComparison en = new ResultComparison(new I18n("en"), one, two);
        assertEquals(List.of("Nothing changed: both results give the same advice."), en.changes());
        assertTrue(en.rows().stream().noneMatch(ResultComparison.Row::differs), "nothing marked as changed");
        ResultComparison de = new ResultComparison(new I18n("de"), one, two);
        assertEquals(List.of("Keine Änderungen: Beide Ergebnisse empfehlen dasselbe."), de.changes());
        Map<String, ResultComparison.Row> rows = rows(de);
        assertEquals("Gespeichert am", rows.get("when").heading());
        assertEquals("02.11.2026, 21:15 Uhr", rows.get("when").later());
        assertEquals("4 von 10", rows.get("pain").later());
        assertTrue(
                rows.get("firmness").earlier().contains(" bis ")
                        && rows.get("firmness").earlier().contains("Ziel"),
                rows.get("firmness").earlier());
    }

    @Test
    void aPartnerAddsItsRowAndAFirmerTargetIsSaidSo() {
        SavedResult light = saved(
                1,
                LocalDate.of(2026, 11, 2),
                LocalTime.of(9, 0),
                profile().weight(50).only(Position.SIDE).build());
        SavedResult heavy = saved(
                2,
                LocalDate.of(2026, 11, 3),
                LocalTime.of(9, 0),
                profile()
                        .weight(140)
                        .only(Position.BACK)
                        .partner(60, Position.SIDE)
                        .build());
        ResultComparison c = new ResultComparison(new I18n("en"), light, heavy);
        ResultComparison.Row partner = rows(c).get("partner");
        assertEquals("–", partner.earlier(), "no partner the first time");
        assertTrue(partner.differs());
        assertTrue(
                c.changes().stream().anyMatch(s -> s.startsWith("The advised firmness went up: target ")),
                c.changes().toString());
        assertFalse(c.changes().contains("Nothing changed: both results give the same advice."));
    }
}
