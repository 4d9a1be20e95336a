package com.restwise.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.restwise.engine.ProfileBuilder;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Profile;
import com.restwise.records.Consultation;
import com.restwise.report.TrendPoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which visits a report compares: never one after the visit it is for, never this one twice. */
class ReportTrendTest {

    private static Profile pain(int p) {
        return ProfileBuilder.profile()
                .weight(70)
                .only(Position.BACK)
                .morningPain(p)
                .build();
    }

    private static Consultation visit(long id, String day, int p) {
        return new Consultation(id, 1, LocalDate.parse(day), pain(p), null, "2.0.0", "", p);
    }

    private static final List<Consultation> VISITS =
            List.of(visit(1, "2026-09-01", 8), visit(2, "2026-10-01", 6), visit(3, "2026-11-01", 3));

    private static List<Integer> pains(List<TrendPoint> points) {
        return points.stream().map(TrendPoint::morningPain).toList();
    }

    @Test
    void aStoredConsultationsReportEndsAtThatConsultation() {
        assertEquals(List.of(8, 6), pains(ReportTrend.upTo(VISITS, VISITS.get(1))));
        assertEquals(List.of(8, 6, 3), pains(ReportTrend.upTo(VISITS, VISITS.get(2))));
    }

    @Test
    void theResultsOnScreenFollowTheVisitsBeforeTheirDaySavedOrNot() {
        LocalDate today = LocalDate.parse("2026-12-01");
        assertEquals(List.of(8, 6, 3, 2), pains(ReportTrend.before(VISITS, today, pain(2))), "not saved yet");
        List<Consultation> savedToday = new ArrayList<>(VISITS);
        savedToday.add(visit(4, "2026-12-01", 2));
        assertEquals(List.of(8, 6, 3, 2), pains(ReportTrend.before(savedToday, today, pain(2))), "saved: not twice");
        assertEquals(
                List.of(8, 5),
                pains(ReportTrend.before(VISITS, LocalDate.parse("2026-09-15"), pain(5))),
                "recorded afterwards, on an earlier day: the later visits stay out");
    }
}
