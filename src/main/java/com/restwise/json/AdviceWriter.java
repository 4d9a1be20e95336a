package com.restwise.json;

import com.google.gson.stream.JsonWriter;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.Alignment;
import com.restwise.engine.advice.AlignmentPoint;
import com.restwise.engine.advice.FirmnessRange;
import com.restwise.engine.advice.MattressVerdict;
import com.restwise.engine.advice.MedicalFlag;
import com.restwise.engine.advice.PostureTip;
import com.restwise.engine.advice.RankedOption;
import com.restwise.engine.advice.UnansweredSigns;
import com.restwise.engine.profile.WarningSign;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes an advice document exactly as docs/formats.md shows it: the contract's field names and
 * order, enum names, {@code null} for an absent partner, and whole numbers without ".0".
 */
public final class AdviceWriter {

    private AdviceWriter() {}

    public static String toJson(Advice advice, boolean pretty) {
        StringWriter out = new StringWriter(4096);
        write(advice, out, pretty);
        return out.toString();
    }

    public static void write(Advice advice, Writer out, boolean pretty) {
        try {
            JsonWriter w = new JsonWriter(out);
            w.setHtmlSafe(false);
            w.setSerializeNulls(true);
            if (pretty) {
                w.setIndent("  ");
            }
            w.beginObject();
            w.name("schemaVersion").value(advice.schemaVersion());
            w.name("engineVersion").value(advice.engineVersion());
            w.name("lang").value(advice.lang());
            w.name("firmness");
            firmness(w, advice.firmness());
            w.name("partnerFirmness");
            firmness(w, advice.partnerFirmness());
            w.name("mattressVerdict");
            verdict(w, advice.mattressVerdict());
            w.name("options").beginArray();
            for (RankedOption o : advice.options()) {
                w.beginObject();
                w.name("id").value(o.id());
                w.name("name").value(o.name());
                w.name("firmness");
                number(w, o.firmness());
                w.name("type").value(o.type().name());
                w.name("size").value(o.size());
                w.name("price");
                number(w, o.price());
                w.name("currency").value(o.currency());
                w.name("score");
                number(w, o.score());
                w.name("reasons");
                strings(w, o.reasons());
                w.endObject();
            }
            w.endArray();
            w.name("posture").beginArray();
            for (PostureTip tip : advice.posture()) {
                w.beginObject()
                        .name("code")
                        .value(tip.code().name())
                        .name("text")
                        .value(tip.text())
                        .endObject();
            }
            w.endArray();
            w.name("medical").beginObject();
            w.name("level").value(advice.medical().level().name());
            w.name("flags").beginArray();
            for (MedicalFlag f : advice.medical().flags()) {
                w.beginObject()
                        .name("code")
                        .value(f.code().name())
                        .name("level")
                        .value(f.level().name())
                        .name("text")
                        .value(f.text());
                w.name("rule").value(f.rule());
                w.name("sources");
                strings(w, f.sources());
                w.endObject();
            }
            w.endArray();
            w.name("advice").value(advice.medical().advice());
            w.name("safetyNet").value(advice.medical().safetyNet());
            w.name("mattressCanWait").value(advice.medical().mattressCanWait());
            UnansweredSigns open = advice.medical().notAnswered();
            if (open != null) {
                w.name("notAnswered").beginObject().name("signs").beginArray();
                for (WarningSign sign : open.signs()) {
                    w.value(sign.name());
                }
                w.endArray().name("text").value(open.text()).endObject();
            }
            w.endObject();
            w.name("explanation");
            strings(w, advice.explanation());
            w.name("alignment");
            alignment(w, advice.alignment());
            w.endObject();
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void firmness(JsonWriter w, FirmnessRange range) throws IOException {
        if (range == null) {
            w.nullValue();
            return;
        }
        w.beginObject();
        w.name("target").value(range.target());
        w.name("min").value(range.min());
        w.name("max").value(range.max());
        w.name("label").value(range.label().name());
        w.endObject();
    }

    private static void verdict(JsonWriter w, MattressVerdict verdict) throws IOException {
        if (verdict == null) {
            w.nullValue();
            return;
        }
        w.beginObject();
        w.name("verdict").value(verdict.verdict().name());
        w.name("text").value(verdict.text());
        if (verdict.buyAnyway() != null) {
            w.name("buyAnyway").value(verdict.buyAnyway());
        }
        w.endObject();
    }

    private static void alignment(JsonWriter w, Alignment alignment) throws IOException {
        if (alignment == null) {
            w.nullValue();
            return;
        }
        w.beginObject();
        w.name("position").value(alignment.position().name());
        w.name("atTarget");
        alignmentPoint(w, alignment.atTarget());
        w.name("atCurrent");
        alignmentPoint(w, alignment.atCurrent());
        w.endObject();
    }

    private static void alignmentPoint(JsonWriter w, AlignmentPoint p) throws IOException {
        if (p == null) {
            w.nullValue();
            return;
        }
        w.beginObject();
        w.name("firmness").value(p.firmness());
        w.name("deviationDeg");
        number(w, p.deviationDeg());
        w.name("shoulderSinkMm");
        number(w, p.shoulderSinkMm());
        w.name("waistSinkMm");
        number(w, p.waistSinkMm());
        w.name("hipSinkMm");
        number(w, p.hipSinkMm());
        w.name("peakPressureKpa");
        number(w, p.peakPressureKpa());
        w.name("verdict").value(p.verdict().name());
        w.endObject();
    }

    private static void strings(JsonWriter w, Iterable<String> values) throws IOException {
        w.beginArray();
        for (String s : values) {
            w.value(s);
        }
        w.endArray();
    }

    /** Whole numbers as integers (a price of 1099, a firmness of 6), others as decimals. */
    static void number(JsonWriter w, double v) throws IOException {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            w.value((long) v);
        } else {
            w.value(v);
        }
    }
}
