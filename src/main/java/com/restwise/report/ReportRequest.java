package com.restwise.report;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import java.time.LocalDate;
import java.util.List;

/**
 * What one report shows: the answers and the advice as computed then, for a named client or
 * anonymously; a follow-up report also carries the trend of earlier consultations.
 *
 * @param clientName null for an anonymous report
 * @param trend      earlier and current consultations, oldest first; empty for a first report
 */
public record ReportRequest(Profile profile, Advice advice, String clientName, LocalDate date, Paper paper,
                            List<TrendPoint> trend) {

    public ReportRequest {
        trend = trend == null ? List.of() : List.copyOf(trend);
    }
}
