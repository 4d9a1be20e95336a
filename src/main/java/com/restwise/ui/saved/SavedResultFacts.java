package com.restwise.ui.saved;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.FirmnessLabel;
import com.restwise.engine.advice.FirmnessRange;
import com.restwise.engine.advice.PostureTip;
import com.restwise.engine.advice.RankedOption;
import com.restwise.records.SavedResult;
import com.restwise.ui.advice.MedicalPanel;
import com.restwise.ui.common.I18n;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * A saved result's facts in the app's language, as its card in the list and the side-by-side
 * comparison say them: when, the firmness range, what to do about the mattress, the top options,
 * the medical level, the pain on waking and the posture tips.
 */
public final class SavedResultFacts {

    /** How many of the ranked options a comparison shows. */
    public static final int TOP_OPTIONS = 3;

    private final I18n i18n;
    private final DateTimeFormatter times;

    public SavedResultFacts(I18n i18n) {
        this.i18n = i18n;
        Locale locale = Locale.forLanguageTag(i18n.lang());
        this.times = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    }

    /** "1 Dec 2026, 14:03"; the day alone for results that kept no time. */
    public String when(SavedResult r) {
        return r.time() == null
                ? i18n.date(r.date())
                : i18n.get("saved.when", i18n.date(r.date()), r.time().format(times));
    }

    /** "5 to 7 (target 6, medium-firm, H3)". */
    public String firmness(FirmnessRange range) {
        return i18n.get(
                "saved.firmness",
                i18n.number(range.min()),
                i18n.number(range.max()),
                i18n.number(range.target()),
                i18n.get("label." + range.label()),
                FirmnessLabel.european(range.target()));
    }

    /** The partner's range, or a dash when the result had no partner. */
    public String partnerFirmness(Advice advice) {
        return advice.partnerFirmness() == null ? i18n.get("saved.none") : firmness(advice.partnerFirmness());
    }

    /** What to do about the mattress: keep it, a topper or a new one. */
    public String verdict(Advice advice) {
        return i18n.get("results.verdict."
                + (advice.mattressVerdict() == null
                        ? "NONE"
                        : advice.mattressVerdict().verdict().name()));
    }

    public String topOption(Advice advice) {
        return advice.options().isEmpty()
                ? i18n.get("saved.none")
                : advice.options().get(0).name();
    }

    /** The first few options, one per line, numbered by rank. */
    public String topOptions(Advice advice) {
        List<RankedOption> top = advice.options()
                .subList(0, Math.min(TOP_OPTIONS, advice.options().size()));
        if (top.isEmpty()) {
            return i18n.get("saved.none");
        }
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < top.size(); i++) {
            lines.append(i == 0 ? "" : "\n")
                    .append(i + 1)
                    .append(". ")
                    .append(top.get(i).name());
        }
        return lines.toString();
    }

    public String medical(Advice advice) {
        return MedicalPanel.heading(i18n, advice.medical());
    }

    /** "Pain on waking: 3 of 10", for a result's card. */
    public String pain(SavedResult r) {
        return i18n.get("saved.pain", painScore(r));
    }

    /** "3 of 10", or that it was not answered. */
    public String painScore(SavedResult r) {
        return r.morningPain() == null ? i18n.get("saved.pain.unknown") : i18n.get("saved.pain.score", r.morningPain());
    }

    /** The posture tips as they were given, one per line. */
    public String posture(Advice advice) {
        if (advice.posture().isEmpty()) {
            return i18n.get("results.no-posture");
        }
        StringBuilder lines = new StringBuilder();
        for (PostureTip tip : advice.posture()) {
            lines.append(lines.length() == 0 ? "" : "\n").append("•  ").append(tip.text());
        }
        return lines.toString();
    }
}
