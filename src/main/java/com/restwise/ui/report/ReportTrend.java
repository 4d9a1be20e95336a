package com.restwise.ui.report;

import com.restwise.engine.profile.Profile;
import com.restwise.records.Consultation;
import com.restwise.report.TrendPoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which consultations a report's chart and its change since the last visit cover: the visits
 * up to the one the report is for, never later ones, so a report printed again next year says
 * what it said on the day.
 */
final class ReportTrend {

    private ReportTrend() {}

    /** A stored consultation's report: the client's consultations up to and including it, oldest first. */
    static List<TrendPoint> upTo(List<Consultation> all, Consultation reported) {
        List<TrendPoint> points = new ArrayList<>();
        for (Consultation c : all) {
            points.add(point(c.date(), c.profile()));
            if (c.id() == reported.id()) {
                return points;
            }
        }
        // not among them (deleted meanwhile): the report stands alone
        return List.of(point(reported.date(), reported.profile()));
    }

    /**
     * The report of results on screen, saved or not: the consultations before its day, then it.
     * One saved on the same day is this one, saved before the report was asked for.
     */
    static List<TrendPoint> before(List<Consultation> all, LocalDate day, Profile shown) {
        List<TrendPoint> points = new ArrayList<>();
        for (Consultation c : all) {
            if (c.date().isBefore(day)) {
                points.add(point(c.date(), c.profile()));
            }
        }
        points.add(point(day, shown));
        return points;
    }

    private static TrendPoint point(LocalDate date, Profile p) {
        return new TrendPoint(
                date,
                p.symptoms().morningPain(),
                p.symptoms().sleepQuality(),
                p.symptoms().morningStiffnessMinutes());
    }
}
