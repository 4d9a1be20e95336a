package com.restwise.report;

import com.restwise.AppVersion;
import com.restwise.engine.AlignmentSentence;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.Alignment;
import com.restwise.engine.advice.AlignmentPoint;
import com.restwise.engine.advice.FirmnessRange;
import com.restwise.engine.advice.MattressVerdict;
import com.restwise.engine.advice.MedicalFlag;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.advice.MedicalResult;
import com.restwise.engine.advice.PostureTip;
import com.restwise.engine.advice.RankedOption;
import com.restwise.engine.alignment.AlignmentAdvisor;
import com.restwise.engine.alignment.LyingBody;
import com.restwise.engine.alignment.MattressSurface;
import com.restwise.engine.alignment.SpineModel;
import com.restwise.engine.alignment.SpineState;
import com.restwise.engine.profile.Profile;
import com.restwise.picture.Java2DSketch;
import com.restwise.picture.PosturePicture;
import com.restwise.picture.SpinePicture;
import com.restwise.records.PainTrend;
import com.restwise.storage.EmergencyNumber;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The printable report, drawn with PDFBox only (no JavaFX), so the command line and the app
 * make the same PDF on any machine. It puts the advice in the results page's order
 * ({@link AdviceOrder}): the medical box first when it is pressing, and alone on its page, with the
 * mattress advice on the next, when it is URGENT.
 */
public final class ReportWriter {

    /** The spine pictures are rendered at four pixels per point, about 290 dpi. */
    private static final double PICTURE_SCALE = 4;

    private static final Color RANGE = new Color(0x2e, 0x9d, 0x5b);
    private static final Color RANGE_FILL = new Color(0xb5, 0xe0, 0xc4);
    private static final Color TRACK = new Color(0xc9, 0xd6, 0xe6);
    private static final Color RULE = new Color(0xd0, 0xd7, 0xde);

    public void write(ReportRequest request, OutputStream out) throws IOException {
        Advice advice = request.advice();
        ReportTexts t = new ReportTexts(advice.lang());
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(t.get("title"));
            info.setCreator("Restwise " + AppVersion.app());
            try (PdfCanvas c = new PdfCanvas(doc, request.paper().size())) {
                header(c, t, request);
                AdviceOrder order = AdviceOrder.of(advice);
                // The report leads with what to do: the medical advice, with the answers a doctor
                // will want beside it, or else the therapist's notes and the change since the last
                // visit, then the verdict on the mattress, the answers coming last.
                if (order.medicalFirst()) {
                    medical(c, t, advice.medical(), request.emergencyCountry());
                    answers(c, t, request.profile());
                }
                consultation(c, t, request);
                switch (order.mattress()) {
                    case FOLDED -> {
                        // on a page of its own, so the first page says only what to do now
                        c.newPage();
                        c.heading(t.get("can-wait.heading"), 15);
                        c.paragraph(t.get("can-wait"));
                    }
                    case AFTER_DOCTOR -> {
                        c.space(8);
                        c.paragraph(t.get("results.doctor-first"), true, 11.5f, PdfCanvas.TEXT, c.left(), c.width());
                    }
                    case OPEN -> {}
                }
                verdict(c, t, advice);
                firmness(c, t, t.get("firmness"), advice.firmness());
                if (advice.partnerFirmness() != null) {
                    firmness(c, t, t.get("partner-firmness"), advice.partnerFirmness());
                }
                if (advice.alignment() != null) {
                    alignment(c, t, request.profile(), advice);
                }
                options(c, t, advice.options(), order.keep());
                posture(c, t, request.profile(), advice.posture());
                c.heading(t.get("why"), 13);
                for (String sentence : advice.explanation()) {
                    c.paragraph("•  " + sentence);
                    c.space(2);
                }
                if (!order.medicalFirst()) {
                    medical(c, t, advice.medical(), request.emergencyCountry());
                    answers(c, t, request.profile());
                }
                sources(c, t, advice);
                c.footers((page, total) -> t.get("page", page, total));
            }
            doc.save(out);
        }
    }

    /**
     * The practice's name as a letterhead, the title, whom the report is for and who saw them.
     * The practice and the therapist are settings: when not set, neither they nor a label print.
     */
    private static void header(PdfCanvas c, ReportTexts t, ReportRequest request) throws IOException {
        if (request.practice() != null) {
            c.paragraph(request.practice(), true, 12, PdfCanvas.MUTED, c.left(), c.width());
            c.space(6);
        }
        c.paragraph(t.get("title"), true, 20, PdfCanvas.TEXT, c.left(), c.width());
        c.space(4);
        String who = request.clientName() == null ? t.get("anonymous") : t.get("client", request.clientName());
        c.paragraph(who, true, 12, PdfCanvas.TEXT, c.left(), c.width());
        if (request.therapist() != null) {
            c.paragraph(
                    t.get("therapist", request.therapist()),
                    false,
                    PdfCanvas.BODY,
                    PdfCanvas.TEXT,
                    c.left(),
                    c.width());
        }
        c.muted(
                t.get("date", t.engine().date(request.date())) + "   ·   "
                        + t.get(
                                "engine",
                                com.restwise.AppVersion.app(),
                                request.advice().engineVersion()),
                9);
        c.space(6);
        c.line(c.left(), c.y(), c.left() + c.width(), c.y(), RULE, 1);
    }

    /**
     * The therapist's notes on this consultation, then, for a follow-up, how morning pain changed
     * since the last visit (and since the first), judged by the records' own rule.
     */
    private static void consultation(PdfCanvas c, ReportTexts t, ReportRequest request) throws IOException {
        if (request.notes() != null) {
            c.heading(
                    t.get("notes"),
                    13,
                    Math.min(PdfCanvas.KEEP_WITH_HEADING, c.height(request.notes(), false, PdfCanvas.BODY, c.width())));
            c.paragraph(request.notes());
        }
        List<TrendPoint> trend = request.trend();
        if (trend.size() < 2) {
            return;
        }
        List<String> lines = new ArrayList<>();
        TrendPoint now = trend.get(trend.size() - 1);
        lines.add(change(t, "progress.since-previous", trend.get(trend.size() - 2), now));
        if (trend.size() > 2) {
            lines.add(change(t, "progress.since-first", trend.get(0), now));
        }
        float block = 0;
        for (String line : lines) {
            block += c.height(line, false, PdfCanvas.BODY, c.width());
        }
        c.heading(t.get("results.since-last"), 13, block);
        for (String line : lines) {
            c.paragraph(line);
        }
        c.muted(
                t.get(
                        "progress.rule",
                        PainTrend.MEANINGFUL_POINTS,
                        Math.round(PainTrend.MEANINGFUL_SHARE * 100),
                        PainTrend.WORSENING_POINTS),
                8.5f);
        // the chart goes with the change it shows, on the first page, not after the mattress advice
        trend(c, t, trend);
    }

    private static final float CITATION_SIZE = 8.5f;
    /** The fewest lines the last page holds, so it never carries a single stray line. */
    private static final int LAST_PAGE_LINES = 3;

    /**
     * The disclaimer and the numbered references of what this report shows. A citation is never
     * split over two pages, and the last citations move over together so the last page holds
     * more than one line.
     */
    private static void sources(PdfCanvas c, ReportTexts t, Advice advice) throws IOException {
        List<String> citations = new ArrayList<>();
        for (String source : ReportSources.of(advice, t)) {
            citations.add((citations.size() + 1) + ". " + source);
        }
        float lineHeight = CITATION_SIZE * PdfCanvas.LEADING;
        int tail = citations.size();
        float tailHeight = 0;
        while (tail > 0 && tailHeight < LAST_PAGE_LINES * lineHeight) {
            tail--;
            tailHeight += c.height(citations.get(tail), false, CITATION_SIZE, c.width());
        }
        c.heading(t.get("sources"), 11);
        c.muted(t.get("disclaimer"), 9);
        c.space(6);
        for (int i = 0; i < citations.size(); i++) {
            c.need(i == tail ? tailHeight : c.height(citations.get(i), false, CITATION_SIZE, c.width()));
            c.muted(citations.get(i), CITATION_SIZE);
        }
    }

    /** "Since the last consultation on 1 Oct 2026: pain on waking from 6 to 3 out of 10 (-3), a meaningful improvement." */
    private static String change(ReportTexts t, String key, TrendPoint from, TrendPoint to) {
        PainTrend.Change change = PainTrend.change(from.morningPain(), to.morningPain());
        String when = t.engine().date(from.date());
        if (change.points() == null) {
            return t.get(key + ".unknown", when);
        }
        String points = (change.points() > 0 ? "+" : "") + change.points();
        return t.get(key, when, change.from(), change.to(), points, t.get("trend." + change.verdict()));
    }

    private static void answers(PdfCanvas c, ReportTexts t, Profile p) throws IOException {
        c.heading(t.get("answers"), 13);
        for (String line : ReportAnswers.lines(t, p)) {
            c.paragraph(line);
        }
    }

    /** What to do about the current mattress, and what to ask for in a shop. */
    private static void verdict(PdfCanvas c, ReportTexts t, Advice advice) throws IOException {
        MattressVerdict verdict = advice.mattressVerdict();
        String shop = AdviceOrder.shopLine(advice, t::get);
        float block = c.height(shop, false, PdfCanvas.BODY, c.width())
                + (verdict == null ? 0 : c.height(verdict.text(), true, PdfCanvas.BODY, c.width()) + 3);
        c.heading(
                t.get("results.verdict."
                        + (verdict == null ? "NONE" : verdict.verdict().name())),
                13,
                block);
        if (verdict != null) {
            c.paragraph(verdict.text(), true, PdfCanvas.BODY, PdfCanvas.TEXT, c.left(), c.width());
            c.space(3);
        }
        c.paragraph(shop);
    }

    /** The 1-10 scale with the range shaded and the target marked, as on the results page. */
    private static void firmness(PdfCanvas c, ReportTexts t, String title, FirmnessRange range) throws IOException {
        String summary = t.get(
                "firmness.summary",
                t.number(range.target()),
                t.get("label." + range.label()),
                t.number(range.min()),
                t.number(range.max()));
        // the gauge and the sentence under it go with the heading
        c.heading(title, 13, 60 + c.height(summary, false, PdfCanvas.BODY, c.width()));
        float x0 = c.left() + 10;
        float w = Math.min(c.width() - 20, 400);
        float barTop = c.y() - 24;
        float barH = 12;
        PDPageContentStream cs = c.stream();
        c.fillRect(x0, barTop - barH, w, barH, TRACK);
        float rx = x0 + (float) ((range.min() - 1) / 9 * w);
        float rw = (float) ((range.max() - range.min()) / 9 * w);
        c.fillRect(rx, barTop - barH - 4, rw, barH + 8, RANGE_FILL); // PDF fills ignore alpha: a light tint
        c.strokeRect(rx, barTop - barH - 4, rw, barH + 8, RANGE, 1.5f);
        for (int i = 1; i <= 10; i++) {
            float tx = x0 + (i - 1) / 9f * w;
            c.line(tx, barTop - barH - 6, tx, barTop - barH - 10, PdfCanvas.MUTED, 0.8f);
            c.text(Integer.toString(i), false, 8, PdfCanvas.MUTED, tx - 2.5f, barTop - barH - 20);
        }
        float mx = x0 + (float) ((range.target() - 1) / 9 * w);
        cs.setNonStrokingColor(PdfCanvas.TEXT);
        cs.moveTo(mx - 6, barTop + 10);
        cs.lineTo(mx + 6, barTop + 10);
        cs.lineTo(mx, barTop + 1);
        cs.closePath();
        cs.fill();
        c.text(t.number(range.target()), true, 11, PdfCanvas.TEXT, mx - 8, barTop + 14);
        c.text(t.get("gauge.soft"), false, 8, PdfCanvas.MUTED, x0, barTop + 14);
        c.text(t.get("gauge.firm"), false, 8, PdfCanvas.MUTED, x0 + w - 20, barTop + 14);
        c.space(60);
        c.paragraph(summary);
    }

    /**
     * The spine picture at the target and on the current mattress, side by side, each with the
     * sentence for it; drawn by Java2D at print resolution (the same drawing as on screen).
     */
    private static void alignment(PdfCanvas c, ReportTexts t, Profile profile, Advice advice) throws IOException {
        Alignment alignment = advice.alignment();
        LyingBody body = AlignmentAdvisor.body(profile.sleeper(), alignment.position());
        List<AlignmentPoint> points = alignment.atCurrent() == null
                ? List.of(alignment.atTarget())
                : List.of(alignment.atTarget(), alignment.atCurrent());
        float gap = 14;
        float w = (c.width() - gap) / 2;
        float h = (float) (w / SpinePicture.aspect(body));
        c.heading(t.get("results.alignment.title"), 13, h + 90); // the pictures and their first sentences
        float top = c.y();
        SpineModel model = new SpineModel();
        for (int i = 0; i < points.size(); i++) {
            AlignmentPoint p = points.get(i);
            float x = c.left() + i * (w + gap);
            String caption = i == 0
                    ? t.get("alignment.at-target", t.number(p.firmness()))
                    : t.get("alignment.at-current", t.number(p.firmness()));
            c.text(caption, true, 9.5f, PdfCanvas.TEXT, x, top - 10);
            Double sagCm = profile.currentMattress().sagCm();
            MattressSurface surface =
                    new MattressSurface(p.firmness(), false, i == 0 || sagCm == null ? 0 : sagCm * 10);
            SpineState state = model.evaluate(body, surface);
            c.image(
                    Java2DSketch.render(w, h, PICTURE_SCALE, sketch -> SpinePicture.draw(sketch, w, h, body, state)),
                    x,
                    top - 16,
                    w,
                    h);
        }
        c.space(h + 22);
        float sentencesTop = c.y();
        float lowest = sentencesTop;
        for (int i = 0; i < points.size(); i++) {
            c.moveTo(sentencesTop);
            c.paragraph(
                    AlignmentSentence.describe(points.get(i), advice.firmness(), profile, t.engine()),
                    false,
                    9.5f,
                    PdfCanvas.TEXT,
                    c.left() + i * (w + gap),
                    w);
            lowest = Math.min(lowest, c.y());
        }
        c.moveTo(lowest);
        c.space(4);
        legend(c, t);
        c.muted(AlignmentSentence.illustration(t.engine()), 8.5f);
    }

    private static void legend(PdfCanvas c, ReportTexts t) throws IOException {
        c.need(14);
        float x = c.left();
        float base = c.y() - 10;
        int[] colours = {
            SpinePicture.PRESSURE_LOW, SpinePicture.PRESSURE_MID, SpinePicture.PRESSURE_HIGH, SpinePicture.SPINE_NEUTRAL
        };
        String[] keys = {
            "results.alignment.legend.pressure-low",
            "results.alignment.legend.pressure-mid",
            "results.alignment.legend.pressure-high",
            "alignment.spine"
        };
        for (int i = 0; i < colours.length; i++) {
            String label = t.get(keys[i]);
            float w = 11 + c.textWidth(label, false, 8);
            if (x + w > c.left() + c.width()) {
                // German labels are longer: an entry that would run off the page starts a new line
                c.space(12);
                x = c.left();
                base = c.y() - 10;
            }
            c.fillRect(x, base - 1, 8, 8, new Color(colours[i]));
            c.text(label, false, 8, PdfCanvas.MUTED, x + 11, base);
            x += w + 12;
        }
        c.space(16);
    }

    private static void options(PdfCanvas c, ReportTexts t, List<RankedOption> options, boolean keep)
            throws IOException {
        float[] cols = {0, 0.52f, 0.63f};
        float w = c.width();
        String title = t.get(keep ? "results.options.keep" : "results.options");
        if (options.isEmpty()) {
            c.heading(title, 13);
            c.paragraph(t.get("options.none"));
            return;
        }
        // the heading and column heads go to the next page with the first mattress, not stay alone
        c.heading(title, 13, 16 + optionHeight(c, options.get(0), cols[1] * w - 8, w) + 6);
        float header = c.y() - 12;
        String[] heads = {t.get("options.name"), t.get("options.firmness"), t.get("options.price")};
        for (int i = 0; i < heads.length; i++) {
            c.text(heads[i], true, 9, PdfCanvas.MUTED, c.left() + cols[i] * w, header);
        }
        flushRight(c, t.get("options.match"), true, 9, PdfCanvas.MUTED, header);
        c.space(16);
        c.line(c.left(), c.y(), c.left() + w, c.y(), RULE, 0.8f);
        for (RankedOption o : options) {
            String reasons = String.join(" ", o.reasons());
            float nameWidth = cols[1] * w - 8; // a long (German) name wraps inside its column
            c.need(optionHeight(c, o, nameWidth, w) + 6);
            float top = c.y();
            float base = top - 12;
            c.text(t.number(o.firmness()), false, 9.5f, PdfCanvas.TEXT, c.left() + cols[1] * w, base);
            c.text(
                    t.engine().amount(o.price()) + " " + o.currency() + " (" + o.size() + ")",
                    false,
                    9.5f,
                    PdfCanvas.TEXT,
                    c.left() + cols[2] * w,
                    base);
            flushRight(c, t.get("percent", Math.round(o.score() * 100)), false, 9.5f, PdfCanvas.TEXT, base);
            c.space(2);
            c.paragraph(o.name(), true, 9.5f, PdfCanvas.TEXT, c.left(), nameWidth);
            c.paragraph(reasons, false, 8.5f, PdfCanvas.MUTED, c.left(), w * 0.5f - 8);
            c.space(5);
            c.line(c.left(), c.y(), c.left() + w, c.y(), RULE, 0.5f);
        }
    }

    /** Text ending at the right margin: the last column of a table, whose head may be a long word. */
    private static void flushRight(PdfCanvas c, String text, boolean bold, float size, Color color, float base)
            throws IOException {
        c.text(text, bold, size, color, c.left() + c.width() - c.textWidth(text, bold, size), base);
    }

    /** A mattress row's height: its name, wrapped in its column, over its reasons. */
    private static float optionHeight(PdfCanvas c, RankedOption o, float nameWidth, float w) throws IOException {
        return c.height(o.name(), true, 9.5f, nameWidth)
                + 4
                + c.height(String.join(" ", o.reasons()), false, 8.5f, w * 0.5f - 8);
    }

    private static final float POSTURE_PICTURE_WIDTH = 90;

    /** A tip and its picture (null when the asset is missing), drawn side by side. */
    private record Tip(String text, SvgPicture picture) {

        float pictureHeight() {
            return picture == null ? 0 : (float) (picture.height() / picture.width() * POSTURE_PICTURE_WIDTH);
        }

        /** The tip beside its picture, whichever is taller, and the gap after it. */
        float height(PdfCanvas c) throws IOException {
            return Math.max(c.height(text, false, PdfCanvas.BODY, textWidth(c)), pictureHeight()) + 8;
        }

        float textWidth(PdfCanvas c) {
            return c.width() - POSTURE_PICTURE_WIDTH - 14;
        }
    }

    private static void posture(PdfCanvas c, ReportTexts t, Profile profile, List<PostureTip> tips) throws IOException {
        if (tips.isEmpty()) {
            c.heading(t.get("results.posture"), 13);
            c.paragraph(t.get("posture.none"));
            return;
        }
        List<Tip> drawn = new ArrayList<>();
        for (PostureTip tip : tips) {
            drawn.add(new Tip(tip.text(), SvgPicture.load(PosturePicture.name(tip, profile))));
        }
        c.heading(t.get("results.posture"), 13, drawn.get(0).height(c)); // with the first tip and its picture
        for (Tip tip : drawn) {
            c.need(tip.height(c));
            float top = c.y();
            if (tip.picture() != null) {
                c.picture(tip.picture(), c.left(), top, POSTURE_PICTURE_WIDTH);
            }
            c.paragraph(
                    tip.text(),
                    false,
                    PdfCanvas.BODY,
                    PdfCanvas.TEXT,
                    c.left() + POSTURE_PICTURE_WIDTH + 14,
                    tip.textWidth(c));
            float used = top - c.y();
            c.space(Math.max(0, tip.pictureHeight() - used) + 8);
        }
    }

    /** One line of the medical box: its words, weight and size, and how far it is indented. */
    private record BoxLine(String text, boolean bold, float size, float indent, float gapAfter) {}

    /**
     * The medical box in its level's colour and wording: what to do, the emergency number under
     * URGENT, each flag with the rule that fired and its sources, and the safety net.
     */
    private static void medical(PdfCanvas c, ReportTexts t, MedicalResult medical, String emergencyCountry)
            throws IOException {
        Color fill;
        Color border;
        Color ink;
        switch (medical.level()) {
            case URGENT -> {
                fill = new Color(0xb3, 0x26, 0x1e);
                border = new Color(0x7f, 0x1b, 0x15);
                ink = Color.WHITE;
            }
            case SOON -> {
                fill = new Color(0xff, 0xf1, 0xc2);
                border = new Color(0xd3, 0x9e, 0x00);
                ink = new Color(0x3d, 0x2e, 0x00);
            }
            case ROUTINE -> {
                fill = new Color(0xdd, 0xf4, 0xff);
                border = new Color(0x54, 0xae, 0xff);
                ink = PdfCanvas.TEXT;
            }
            default -> {
                fill = new Color(0xda, 0xfb, 0xe1);
                border = new Color(0x4a, 0xc2, 0x6b);
                ink = PdfCanvas.TEXT;
            }
        }
        float pad = 10;
        float inner = c.width() - 2 * pad;
        List<BoxLine> lines = new ArrayList<>();
        lines.add(new BoxLine(t.get("medical.heading." + medical.level()), true, 14, 0, 4));
        if (!medical.advice().isBlank()) {
            lines.add(new BoxLine(medical.advice(), false, PdfCanvas.BODY, 0, 3));
        }
        if (medical.notAnswered() != null) {
            lines.add(new BoxLine(medical.notAnswered().text(), true, PdfCanvas.BODY, 0, 3));
        }
        if (medical.level() == MedicalLevel.URGENT) {
            lines.add(new BoxLine(
                    t.get("emergency.number", t.country(emergencyCountry), EmergencyNumber.number(emergencyCountry)),
                    true,
                    13,
                    0,
                    4));
        }
        for (MedicalFlag f : medical.flags()) {
            lines.add(new BoxLine("•  " + f.text(), false, PdfCanvas.BODY, 0, f.rule() == null ? 3 : 1));
            if (f.rule() != null) {
                lines.add(new BoxLine(t.get("medical.rule", f.rule()), false, 8.5f, 14, 0));
            }
            if (!f.sources().isEmpty()) {
                lines.add(new BoxLine(t.get("medical.sources", String.join("; ", f.sources())), false, 8.5f, 14, 3));
            }
        }
        if (medical.safetyNet() != null && !medical.safetyNet().isBlank()) {
            lines.add(new BoxLine(medical.safetyNet(), true, PdfCanvas.BODY, 0, 3));
        }
        float height = 2 * pad + 6;
        for (BoxLine line : lines) {
            height += c.height(line.text(), line.bold(), line.size(), inner - line.indent()) + line.gapAfter();
        }
        c.space(10);
        c.need(height);
        float top = c.y();
        c.fillRect(c.left(), top - height, c.width(), height, fill);
        c.strokeRect(c.left(), top - height, c.width(), height, border, 1.5f);
        c.space(pad - 2);
        for (BoxLine line : lines) {
            c.paragraph(
                    line.text(), line.bold(), line.size(), ink, c.left() + pad + line.indent(), inner - line.indent());
            c.space(line.gapAfter());
        }
        c.space(pad + 4);
    }

    /**
     * Morning pain and sleep quality at each consultation, on the 0-10 scale, in the palette the
     * records screen uses: colours a colour-blind reader can separate, and markers and lines that
     * differ in shape as well.
     */
    private static void trend(PdfCanvas c, ReportTexts t, List<TrendPoint> points) throws IOException {
        float h = 120;
        c.heading(t.get("trend"), 13, h + 58);
        c.space(8); // room for the top value's label under the heading
        float x0 = c.left() + 24;
        float w = c.width() - 40;
        float bottom = c.y() - h;
        for (int v = 0; v <= 10; v += 2) {
            float yy = bottom + v / 10f * h;
            c.line(x0, yy, x0 + w, yy, RULE, 0.5f);
            c.text(Integer.toString(v), false, 8, PdfCanvas.MUTED, x0 - 14, yy - 3);
        }
        int n = points.size();
        float widest = 0;
        for (TrendPoint point : points) {
            widest = Math.max(widest, c.textWidth(t.engine().date(point.date()), false, DATE_SIZE));
        }
        // after many visits only every so many points is dated, counted back from the latest,
        // so that the dates never run into each other and the latest visit is always named
        int every = n == 1 ? 1 : Math.max(1, (int) Math.ceil((widest + 6) / (w / (n - 1))));
        // drawn left to right, so the PDF's text (copied, or read aloud) has them in order
        for (int i = (n - 1) % every; i < n; i += every) {
            float xx = x0 + (n == 1 ? w / 2 : i * w / (n - 1));
            String date = t.engine().date(points.get(i).date());
            float dateWidth = c.textWidth(date, false, DATE_SIZE);
            // centred under its point, but the first and last stay within the margins
            float dx = Math.max(c.left(), Math.min(xx - dateWidth / 2, c.left() + c.width() - dateWidth));
            c.text(date, false, DATE_SIZE, PdfCanvas.MUTED, dx, bottom - 12);
        }
        series(c, points, x0, w, bottom, h, TrendPalette.PAIN, TrendPoint::morningPain);
        series(c, points, x0, w, bottom, h, TrendPalette.QUALITY, TrendPoint::sleepQuality);
        c.space(h + 22);
        float key = c.y() + 1;
        legendEntry(c, TrendPalette.PAIN, t.get("trend.pain"), c.left(), key);
        legendEntry(c, TrendPalette.QUALITY, t.get("trend.quality"), c.left() + 200, key);
        c.space(14);
    }

    private static final float DATE_SIZE = 7.5f;

    /** A short stretch of the series' line with its marker, then its name. */
    private static void legendEntry(PdfCanvas c, TrendPalette series, String label, float x, float y)
            throws IOException {
        Color color = new Color(series.rgb());
        c.stream().setLineDashPattern(series.dashed() ? new float[] {4, 2.5f} : new float[0], 0);
        c.line(x, y, x + 22, y, color, 1.8f);
        c.stream().setLineDashPattern(new float[0], 0);
        marker(c, series, x + 11, y);
        c.text(label, false, 8.5f, PdfCanvas.TEXT, x + 28, y - 3);
    }

    private static void series(
            PdfCanvas c,
            List<TrendPoint> points,
            float x0,
            float w,
            float bottom,
            float h,
            TrendPalette series,
            Function<TrendPoint, Integer> value)
            throws IOException {
        PDPageContentStream cs = c.stream();
        int n = points.size();
        boolean started = false;
        cs.setStrokingColor(new Color(series.rgb()));
        cs.setLineWidth(2);
        cs.setLineDashPattern(series.dashed() ? new float[] {6, 3} : new float[0], 0);
        for (int i = 0; i < n; i++) {
            Integer v = value.apply(points.get(i));
            if (v == null) {
                continue;
            }
            float xx = x0 + (n == 1 ? w / 2 : i * w / (n - 1));
            float yy = bottom + v / 10f * h;
            if (started) {
                cs.lineTo(xx, yy);
            } else {
                cs.moveTo(xx, yy);
                started = true;
            }
        }
        if (started) {
            cs.stroke();
        }
        cs.setLineDashPattern(new float[0], 0);
        for (int i = 0; i < n; i++) {
            Integer v = value.apply(points.get(i));
            if (v != null) {
                marker(c, series, x0 + (n == 1 ? w / 2 : i * w / (n - 1)), bottom + v / 10f * h);
            }
        }
    }

    /** The series' marker centred on (x, y), with a white rim so it stands out where lines cross. */
    private static void marker(PdfCanvas c, TrendPalette series, float x, float y) throws IOException {
        PDPageContentStream cs = c.stream();
        cs.setNonStrokingColor(new Color(series.rgb()));
        cs.setStrokingColor(Color.WHITE);
        cs.setLineWidth(0.8f);
        float r = 3.6f;
        switch (series.marker()) {
            case SQUARE -> cs.addRect(x - r, y - r, 2 * r, 2 * r);
            case CIRCLE -> {
                // four Bezier quarters: k is the usual 0.5523 for a circle
                float k = 0.5523f * r;
                cs.moveTo(x + r, y);
                cs.curveTo(x + r, y + k, x + k, y + r, x, y + r);
                cs.curveTo(x - k, y + r, x - r, y + k, x - r, y);
                cs.curveTo(x - r, y - k, x - k, y - r, x, y - r);
                cs.curveTo(x + k, y - r, x + r, y - k, x + r, y);
                cs.closePath();
            }
            case TRIANGLE -> {
                cs.moveTo(x, y + r * 1.2f);
                cs.lineTo(x + r * 1.15f, y - r * 0.85f);
                cs.lineTo(x - r * 1.15f, y - r * 0.85f);
                cs.closePath();
            }
        }
        cs.fillAndStroke();
    }
}
