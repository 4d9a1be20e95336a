package com.restwise.ui.saved;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.FirmnessRange;
import com.restwise.engine.advice.MattressVerdict;
import com.restwise.engine.advice.PostureCode;
import com.restwise.engine.advice.PostureTip;
import com.restwise.engine.advice.RankedOption;
import com.restwise.records.SavedResult;
import com.restwise.ui.common.I18n;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Two saved results side by side, the earlier on the left: a row per fact (firmness range,
 * mattress verdict, top options, medical level, pain on waking, posture tips), each marked when
 * it differs, and what changed from the earlier to the later in sentences.
 */
public final class ResultComparison {

    /** One fact in both results; {@code differs} when the later result says something else. */
    public record Row(String id, String heading, String earlier, String later, boolean differs) {}

    private static final Comparator<SavedResult> SAVED_ORDER = Comparator.comparing(SavedResult::date)
            .thenComparing(r -> r.time() == null ? LocalTime.MIN : r.time())
            .thenComparingLong(SavedResult::id);

    private final SavedResult earlier;
    private final SavedResult later;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> changes = new ArrayList<>();

    public ResultComparison(I18n i18n, SavedResult one, SavedResult other) {
        boolean oneFirst = SAVED_ORDER.compare(one, other) <= 0;
        this.earlier = oneFirst ? one : other;
        this.later = oneFirst ? other : one;
        SavedResultFacts facts = new SavedResultFacts(i18n);
        Advice a = earlier.advice();
        Advice b = later.advice();
        row(i18n, "when", facts.when(earlier), facts.when(later), false);
        row(
                i18n,
                "firmness",
                facts.firmness(a.firmness()),
                facts.firmness(b.firmness()),
                !sameRange(a.firmness(), b.firmness()));
        if (a.partnerFirmness() != null || b.partnerFirmness() != null) {
            row(
                    i18n,
                    "partner",
                    facts.partnerFirmness(a),
                    facts.partnerFirmness(b),
                    !sameRange(a.partnerFirmness(), b.partnerFirmness()));
        }
        row(i18n, "verdict", facts.verdict(a), facts.verdict(b), verdict(a) != verdict(b));
        row(
                i18n,
                "options",
                facts.topOptions(a),
                facts.topOptions(b),
                !topIds(a).equals(topIds(b)));
        row(
                i18n,
                "medical",
                facts.medical(a),
                facts.medical(b),
                a.medical().level() != b.medical().level());
        row(
                i18n,
                "pain",
                facts.painScore(earlier),
                facts.painScore(later),
                !Objects.equals(earlier.morningPain(), later.morningPain()));
        row(i18n, "posture", facts.posture(a), facts.posture(b), !codes(a).equals(codes(b)));
        describeChanges(i18n, facts, a, b);
    }

    public SavedResult earlier() {
        return earlier;
    }

    public SavedResult later() {
        return later;
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** What changed from the earlier result to the later one; one sentence saying so when nothing did. */
    public List<String> changes() {
        return List.copyOf(changes);
    }

    private void row(I18n i18n, String id, String earlierText, String laterText, boolean differs) {
        rows.add(new Row(id, i18n.get("saved.compare." + id), earlierText, laterText, differs));
    }

    private void describeChanges(I18n i18n, SavedResultFacts facts, Advice a, Advice b) {
        double weightBefore = earlier.profile().sleeper().weightKg();
        double weightAfter = later.profile().sleeper().weightKg();
        if (Math.abs(weightBefore - weightAfter) >= 0.05) {
            changes.add(i18n.get("saved.changed.weight", i18n.number(weightBefore), i18n.number(weightAfter)));
        }
        if (earlier.morningPain() != null
                && later.morningPain() != null
                && !earlier.morningPain().equals(later.morningPain())) {
            int points = later.morningPain() - earlier.morningPain();
            changes.add(i18n.get(
                    "saved.changed.pain",
                    earlier.morningPain(),
                    later.morningPain(),
                    (points > 0 ? "+" : "") + points));
        }
        FirmnessRange ra = a.firmness();
        FirmnessRange rb = b.firmness();
        if (ra.target() != rb.target()) {
            changes.add(i18n.get(
                    rb.target() > ra.target() ? "saved.changed.firmer" : "saved.changed.softer",
                    i18n.number(ra.target()),
                    i18n.number(rb.target()),
                    range(i18n, ra),
                    range(i18n, rb)));
        } else if (!sameRange(ra, rb)) {
            changes.add(i18n.get("saved.changed.range", range(i18n, ra), range(i18n, rb), i18n.number(rb.target())));
        }
        if (verdict(a) != verdict(b)) {
            changes.add(i18n.get("saved.changed.verdict", facts.verdict(a), facts.verdict(b)));
        }
        if (!facts.topOption(a).equals(facts.topOption(b))) {
            changes.add(i18n.get("saved.changed.top-option", facts.topOption(a), facts.topOption(b)));
        }
        if (a.medical().level() != b.medical().level()) {
            changes.add(i18n.get("saved.changed.medical", facts.medical(a), facts.medical(b)));
        }
        Set<PostureCode> before = codes(a);
        Set<PostureCode> after = codes(b);
        long added = after.stream().filter(c -> !before.contains(c)).count();
        long dropped = before.stream().filter(c -> !after.contains(c)).count();
        if (added > 0 || dropped > 0) {
            changes.add(i18n.get("saved.changed.posture", added, dropped));
        }
        if (changes.isEmpty()) {
            changes.add(i18n.get("saved.changed.nothing"));
        }
    }

    private static String range(I18n i18n, FirmnessRange r) {
        return i18n.get("saved.range", i18n.number(r.min()), i18n.number(r.max()));
    }

    private static boolean sameRange(FirmnessRange a, FirmnessRange b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.min() == b.min() && a.max() == b.max() && a.target() == b.target();
    }

    private static MattressVerdict.Verdict verdict(Advice advice) {
        return advice.mattressVerdict() == null
                ? null
                : advice.mattressVerdict().verdict();
    }

    private static List<String> topIds(Advice advice) {
        return advice.options().stream()
                .limit(SavedResultFacts.TOP_OPTIONS)
                .map(RankedOption::id)
                .toList();
    }

    private static Set<PostureCode> codes(Advice advice) {
        return advice.posture().stream().map(PostureTip::code).collect(Collectors.toSet());
    }
}
