package com.restwise.report;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.storage.EmergencyNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What one report shows: the answers and the advice as computed then, for a named client or
 * anonymously; a follow-up report also carries the trend of earlier consultations. Text that is
 * blank counts as absent, so the report prints neither it nor a label for it.
 *
 * @param clientName      null for an anonymous report
 * @param trend           earlier consultations and this one, oldest first; empty for a first report
 * @param emergencyCountry the country whose emergency number an urgent report tells the reader to call
 *                        (ISO 3166 alpha-2, or {@link EmergencyNumber#ELSEWHERE}); the report names the
 *                        country with the number, as the app's setting does
 * @param notes           the therapist's notes on this consultation, or null
 * @param practice        the practice's name at the head of the report, or null
 * @param therapist       the therapist's name, or null
 */
public record ReportRequest(
        Profile profile,
        Advice advice,
        String clientName,
        LocalDate date,
        Paper paper,
        List<TrendPoint> trend,
        String emergencyCountry,
        String notes,
        String practice,
        String therapist) {

    public ReportRequest {
        trend = trend == null ? List.of() : List.copyOf(trend);
        emergencyCountry = EmergencyNumber.isCountry(emergencyCountry) ? emergencyCountry : EmergencyNumber.ELSEWHERE;
        clientName = present(clientName);
        notes = present(notes);
        practice = present(practice);
        therapist = present(therapist);
    }

    public ReportRequest(
            Profile profile,
            Advice advice,
            String clientName,
            LocalDate date,
            Paper paper,
            List<TrendPoint> trend,
            String emergencyCountry) {
        this(profile, advice, clientName, date, paper, trend, emergencyCountry, null, null, null);
    }

    /** A report with the emergency number of the system's country (the command line has no setting). */
    public ReportRequest(
            Profile profile, Advice advice, String clientName, LocalDate date, Paper paper, List<TrendPoint> trend) {
        this(profile, advice, clientName, date, paper, trend, EmergencyNumber.guess(Locale.getDefault()));
    }

    /** The number an urgent report tells the reader to call: the emergency country's. */
    public String emergencyNumber() {
        return EmergencyNumber.number(emergencyCountry);
    }

    public ReportRequest withNotes(String value) {
        return new ReportRequest(
                profile, advice, clientName, date, paper, trend, emergencyCountry, value, practice, therapist);
    }

    /** The practice and the therapist at the head of the report; either may be null. */
    public ReportRequest withPractice(String practiceName, String therapistName) {
        return new ReportRequest(
                profile, advice, clientName, date, paper, trend, emergencyCountry, notes, practiceName, therapistName);
    }

    /** Stripped, with Windows line ends made plain; null when nothing is left. */
    private static String present(String text) {
        if (text == null) {
            return null;
        }
        String plain = text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\t', ' ')
                .strip();
        return plain.isEmpty() ? null : plain;
    }
}
