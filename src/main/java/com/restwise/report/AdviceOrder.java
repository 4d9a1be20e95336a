package com.restwise.report;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.FirmnessLabel;
import com.restwise.engine.advice.FirmnessRange;
import com.restwise.engine.advice.MattressVerdict;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.advice.MedicalResult;

/**
 * How the results page and the report put the advice in order, so both say the same thing first.
 * A pressing medical result comes before everything; when the mattress can wait (MEDICAL-RULES.md)
 * the medical advice stands alone, and the mattress and posture advice is folded away under URGENT
 * or follows a line saying to see a doctor first under SOON.
 *
 * @param medicalFirst the medical advice leads (SOON or URGENT, or the mattress can wait)
 * @param mattress     where the mattress and posture advice goes
 * @param keep         the verdict is to keep the mattress: options are only "if you want to buy anyway"
 */
public record AdviceOrder(boolean medicalFirst, MattressPart mattress, boolean keep) {

    public enum MattressPart {
        /** Shown as usual. */
        OPEN,
        /** Shown after a line saying to see a doctor first. */
        AFTER_DOCTOR,
        /** Folded away (a closed pane in the app, a later page in the report). */
        FOLDED
    }

    public static AdviceOrder of(Advice advice) {
        MedicalResult medical = advice.medical();
        boolean canWait = medical.mattressCanWait();
        MattressPart part = !canWait
                ? MattressPart.OPEN
                : medical.level() == MedicalLevel.URGENT ? MattressPart.FOLDED : MattressPart.AFTER_DOCTOR;
        MattressVerdict verdict = advice.mattressVerdict();
        return new AdviceOrder(
                canWait || medical.level().atLeast(MedicalLevel.SOON),
                part,
                verdict != null && verdict.verdict() == MattressVerdict.Verdict.KEEP);
    }

    /** Where a text is looked up: the app's {@code I18n::get} or the report's {@code ReportTexts::get}. */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... args);
    }

    /**
     * What to ask for in a shop, and for the partner when there is one: "In a shop: firmness 6 of
     * 10, often labelled H3." The same line on the results page and in the report; its texts are
     * shared by both ({@code results.shop}, {@code results.shop.partner}).
     */
    public static String shopLine(Advice advice, Texts texts) {
        String line = texts.get("results.shop", shopFirmness(advice.firmness()), shopLabel(advice.firmness()));
        if (advice.partnerFirmness() != null) {
            line += " "
                    + texts.get(
                            "results.shop.partner",
                            shopFirmness(advice.partnerFirmness()),
                            shopLabel(advice.partnerFirmness()));
        }
        return line;
    }

    /** The whole step a shop would show for the target: shops label firmness in whole numbers. */
    public static long shopFirmness(FirmnessRange range) {
        return Math.round(range.target());
    }

    /** The European hardness label (H1 to H5) shops often print for that step. */
    public static String shopLabel(FirmnessRange range) {
        return FirmnessLabel.european(range.target());
    }
}
