package com.restwise.report;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.storage.EmergencyNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What one report shows: the answers and the advice as computed then, for a named client or
 * anonymously; a follow-up report also carries the trend of earlier consultations.
 *
 * @param clientName      null for an anonymous report
 * @param trend           earlier and current consultations, oldest first; empty for a first report
 * @param emergencyNumber the number an urgent report tells the reader to call
 */
public record ReportRequest(Profile profile, Advice advice, String clientName, LocalDate date, Paper paper,
                            List<TrendPoint> trend, String emergencyNumber) {

    public ReportRequest {
        trend = trend == null ? List.of() : List.copyOf(trend);
        emergencyNumber = EmergencyNumber.isValid(emergencyNumber) ? emergencyNumber : EmergencyNumber.DEFAULT;
    }

    /** A report with the emergency number of the system's country (the command line has no setting). */
    public ReportRequest(Profile profile, Advice advice, String clientName, LocalDate date, Paper paper,
                         List<TrendPoint> trend) {
        this(profile, advice, clientName, date, paper, trend, EmergencyNumber.forLocale(Locale.getDefault()));
    }
}
