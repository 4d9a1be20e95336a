package com.restwise.report;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.MedicalFlag;
import com.restwise.engine.advice.PostureCode;
import com.restwise.engine.advice.PostureTip;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The reference list at the end of a report: the trials behind the firmness advice, which every
 * report gives, and the full references of the flags and tips this report actually shows. A
 * reference for a flag that did not fire would send a reader looking for a finding they do not
 * have (a man's report listing a stillbirth study).
 */
final class ReportSources {

    /** A full reference ({@code source.N} in the report's texts) and when the report cites it. */
    private record Reference(int number, Predicate<Advice> cited) {}

    private static final List<Reference> REFERENCES = List.of(
            // the medium-firm trials the disclaimer and the firmness explanation rest on
            new Reference(1, advice -> true),
            new Reference(2, advice -> true),
            new Reference(3, advice -> true),
            new Reference(4, flagCites("NICE NG59")),
            new Reference(5, flagCites("Finucane 2020")),
            new Reference(6, flagCites("Sieper 2009")),
            new Reference(7, flagCites("Rudwaleit 2006")),
            new Reference(8, flagCites("Rushton 2023")),
            new Reference(9, flagCites("GIRFT CES 2023")),
            new Reference(10, flagCites("NICE NG234")),
            new Reference(11, flagCites("NICE NG41")),
            new Reference(12, flagCites("NICE NG12")),
            new Reference(13, flagCites("Downie 2013")),
            new Reference(14, tipShown(PostureCode.PREGNANCY_SIDE)));

    private ReportSources() {}

    /** The full references this advice cites, in the texts' order, ready to number. */
    static List<String> of(Advice advice, ReportTexts t) {
        List<String> cited = new ArrayList<>();
        for (Reference reference : REFERENCES) {
            if (reference.cited().test(advice)) {
                cited.add(t.get("source." + reference.number()));
            }
        }
        return cited;
    }

    /** Every source key the texts hold: each must be in the table above, or it would never print. */
    static List<Integer> numbers() {
        return REFERENCES.stream().map(Reference::number).toList();
    }

    /** A flag's short citations start with the reference's author and year ("Rushton 2023 (IFOMPT ...)"). */
    private static Predicate<Advice> flagCites(String shortCitation) {
        return advice -> {
            for (MedicalFlag flag : advice.medical().flags()) {
                if (flag.sources().stream().anyMatch(source -> source.startsWith(shortCitation))) {
                    return true;
                }
            }
            return false;
        };
    }

    private static Predicate<Advice> tipShown(PostureCode code) {
        return advice -> advice.posture().stream().map(PostureTip::code).anyMatch(code::equals);
    }
}
