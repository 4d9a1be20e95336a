package com.restwise.report;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.Alignment;
import com.restwise.engine.advice.AlignmentPoint;
import com.restwise.engine.alignment.AlignmentAdvisor;
import com.restwise.engine.AlignmentSentence;
import com.restwise.engine.alignment.LyingBody;
import com.restwise.engine.alignment.MattressSurface;
import com.restwise.engine.alignment.SpineModel;
import com.restwise.engine.alignment.SpineState;
import com.restwise.picture.Java2DSketch;
import com.restwise.picture.SpinePicture;
import com.restwise.engine.advice.FirmnessRange;
import com.restwise.engine.advice.MedicalFlag;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.advice.MedicalResult;
import com.restwise.engine.advice.PostureTip;
import com.restwise.engine.advice.RankedOption;
import com.restwise.engine.profile.CurrentMattress;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Positions;
import com.restwise.engine.profile.Preferences;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.Sleeper;
import com.restwise.engine.profile.Symptoms;
import com.restwise.engine.profile.WarningSign;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The printable report, drawn with PDFBox only (no JavaFX), so the command line and the app
 * make the same PDF on any machine. The medical box comes first when it is SOON or URGENT,
 * as on the results page.
 */
public final class ReportWriter {

    /** The spine pictures are rendered at four pixels per point, about 290 dpi. */
    private static final double PICTURE_SCALE = 4;
    private static final Color RANGE = new Color(0x2e, 0x9d, 0x5b);
    private static final Color RANGE_FILL = new Color(0xb5, 0xe0, 0xc4);
    private static final Color TRACK = new Color(0xc9, 0xd6, 0xe6);
    private static final Color RULE = new Color(0xd0, 0xd7, 0xde);
    private static final Color PAIN = new Color(0xc0, 0x39, 0x2b);
    private static final Color QUALITY = new Color(0x1f, 0x6f, 0xeb);

    public void write(ReportRequest request, OutputStream out) throws IOException {
        Advice advice = request.advice();
        ReportTexts t = new ReportTexts(advice.lang());
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(t.get("title"));
            info.setCreator("Restwise " + com.restwise.AppVersion.app());
            try (PdfCanvas c = new PdfCanvas(doc, request.paper().size())) {
                header(c, t, request);
                boolean pressing = advice.medical().level().atLeast(MedicalLevel.SOON);
                if (pressing) {
                    medical(c, t, advice.medical());
                }
                answers(c, t, request.profile());
                firmness(c, t, t.get("firmness"), advice.firmness());
                if (advice.partnerFirmness() != null) {
                    firmness(c, t, t.get("partner-firmness"), advice.partnerFirmness());
                }
                if (advice.alignment() != null) {
                    alignment(c, t, request.profile(), advice);
                }
                options(c, t, advice.options());
                posture(c, t, advice.posture());
                if (!pressing) {
                    medical(c, t, advice.medical());
                }
                if (request.trend().size() >= 2) {
                    trend(c, t, request.trend());
                }
                c.heading(t.get("why"), 13);
                for (String sentence : advice.explanation()) {
                    c.paragraph("•  " + sentence);
                    c.space(2);
                }
                c.heading(t.get("sources"), 11);
                c.muted(t.get("disclaimer"), 9);
                c.space(6);
                for (int i = 1; i <= 6; i++) {
                    c.muted(i + ". " + t.get("source." + i), 8.5f);
                }
                c.footers((page, total) -> t.get("page", page, total));
            }
            doc.save(out);
        }
    }

    private static void header(PdfCanvas c, ReportTexts t, ReportRequest request) throws IOException {
        c.paragraph(t.get("title"), true, 20, PdfCanvas.TEXT, c.left(), c.width());
        c.space(4);
        String who = request.clientName() == null || request.clientName().isBlank()
                ? t.get("anonymous") : t.get("client", request.clientName().strip());
        c.paragraph(who, true, 12, PdfCanvas.TEXT, c.left(), c.width());
        Locale locale = Locale.forLanguageTag(request.advice().lang());
        c.muted(t.get("date", request.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)))
                + "   ·   " + t.get("engine", com.restwise.AppVersion.app(), request.advice().engineVersion()), 9);
        c.space(6);
        c.line(c.left(), c.y(), c.left() + c.width(), c.y(), RULE, 1);
    }

    private static void answers(PdfCanvas c, ReportTexts t, Profile p) throws IOException {
        c.heading(t.get("answers"), 13);
        List<String> lines = new ArrayList<>();
        Sleeper s = p.sleeper();
        StringJoiner you = new StringJoiner("   ·   ");
        you.add(t.get("answer.weight", t.number(s.weightKg())));
        if (s.heightCm() != null) {
            you.add(t.get("answer.height", t.number(s.heightCm())));
        }
        if (s.ageYears() != null) {
            you.add(t.get("answer.age", s.ageYears()));
        }
        if (s.sex() != null) {
            you.add(t.get("answer.sex", t.get("sex." + s.sex())));
        }
        lines.add(you.toString());
        lines.add(t.get("answer.positions", shares(t, p.positions())));
        CurrentMattress m = p.currentMattress();
        StringJoiner bed = new StringJoiner(", ");
        if (m.firmness() != null) {
            bed.add(t.get("answer.mattress.firmness", t.number(m.firmness())));
        }
        if (m.ageYears() != null) {
            bed.add(t.get("answer.mattress.age", t.number(m.ageYears())));
        }
        if (m.sagCm() != null) {
            bed.add(t.get("answer.mattress.sag", t.number(m.sagCm())));
        }
        if (bed.length() > 0) {
            lines.add(t.get("answer.mattress", bed));
        }
        if (p.partner() != null) {
            lines.add(t.get("answer.partner", t.number(p.partner().weightKg()), shares(t, p.partner().positions())));
        }
        Symptoms y = p.symptoms();
        if (y.morningPain() != null) {
            lines.add(t.get("answer.pain", y.morningPain()));
        }
        if (y.sleepQuality() != null) {
            lines.add(t.get("answer.quality", y.sleepQuality()));
        }
        if (!y.painAreas().isEmpty()) {
            StringJoiner areas = new StringJoiner(", ");
            for (PainArea a : PainArea.values()) {
                if (y.hasPainIn(a)) {
                    areas.add(t.get("painArea." + a));
                }
            }
            lines.add(t.get("answer.areas", areas));
        }
        if (y.morningStiffnessMinutes() != null) {
            lines.add(t.get("answer.stiffness", y.morningStiffnessMinutes()));
        }
        if (y.nightPain() != null) {
            lines.add(t.get("answer.night", t.get("nightPain." + y.nightPain())));
        }
        if (y.durationWeeks() != null) {
            lines.add(t.get("answer.duration", y.durationWeeks()));
        }
        if (!y.warningSigns().isEmpty()) {
            StringJoiner signs = new StringJoiner(", ");
            for (WarningSign w : WarningSign.values()) {
                if (y.hasSign(w)) {
                    signs.add(w.name());
                }
            }
            lines.add(t.get("answer.signs", signs));
        }
        Preferences pr = p.preferences();
        StringJoiner wants = new StringJoiner(", ");
        if (pr.size() != null) {
            wants.add(t.get("answer.size", pr.size()));
        }
        if (pr.budgetMax() != null) {
            wants.add(t.get("answer.budget", t.number(pr.budgetMax())));
        }
        if (pr.runsHot()) {
            wants.add(t.get("answer.hot"));
        }
        if (wants.length() > 0) {
            lines.add(t.get("answer.preferences", wants));
        }
        for (String line : lines) {
            c.paragraph(line);
        }
    }

    private static String shares(ReportTexts t, Positions positions) {
        StringJoiner j = new StringJoiner(", ");
        for (Position p : Position.values()) {
            if (positions.share(p) > 0) {
                j.add(t.get("position." + p, Math.round(positions.share(p) * 100) + "%"));
            }
        }
        return j.toString();
    }

    /** The 1-10 scale with the range shaded and the target marked, as on the results page. */
    private static void firmness(PdfCanvas c, ReportTexts t, String title, FirmnessRange range) throws IOException {
        c.heading(title, 13);
        c.need(70);
        float x0 = c.left() + 10;
        float w = Math.min(c.width() - 20, 400);
        float barTop = c.y() - 24;
        float barH = 12;
        PDPageContentStream cs = c.stream();
        c.fillRect(x0, barTop - barH, w, barH, TRACK);
        float rx = x0 + (float) ((range.min() - 1) / 9 * w);
        float rw = (float) ((range.max() - range.min()) / 9 * w);
        c.fillRect(rx, barTop - barH - 4, rw, barH + 8, RANGE_FILL);   // PDF fills ignore alpha: a light tint
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
        c.paragraph(t.get("firmness.summary", t.number(range.target()), t.get("label." + range.label()),
                t.number(range.min()), t.number(range.max())));
    }

    /**
     * The spine picture at the target and on the current mattress, side by side, each with the
     * sentence for it; drawn by Java2D at print resolution (the same drawing as on screen).
     */
    private static void alignment(PdfCanvas c, ReportTexts t, Profile profile, Advice advice) throws IOException {
        Alignment alignment = advice.alignment();
        c.heading(t.get("alignment"), 13);
        LyingBody body = AlignmentAdvisor.body(profile.sleeper(), alignment.position());
        List<AlignmentPoint> points = alignment.atCurrent() == null ? List.of(alignment.atTarget())
                : List.of(alignment.atTarget(), alignment.atCurrent());
        float gap = 14;
        float w = (c.width() - gap) / 2;
        float h = (float) (w / SpinePicture.aspect(body));
        c.need(h + 90);
        float top = c.y();
        SpineModel model = new SpineModel();
        for (int i = 0; i < points.size(); i++) {
            AlignmentPoint p = points.get(i);
            float x = c.left() + i * (w + gap);
            String caption = i == 0 ? t.get("alignment.at-target", t.number(p.firmness()))
                    : t.get("alignment.at-current", t.number(p.firmness()));
            c.text(caption, true, 9.5f, PdfCanvas.TEXT, x, top - 10);
            Double sagCm = profile.currentMattress().sagCm();
            MattressSurface surface = new MattressSurface(p.firmness(), false, i == 0 || sagCm == null ? 0 : sagCm * 10);
            SpineState state = model.evaluate(body, surface);
            c.image(Java2DSketch.render(w, h, PICTURE_SCALE, sketch -> SpinePicture.draw(sketch, w, h, body, state)),
                    x, top - 16, w, h);
        }
        c.space(h + 22);
        float sentencesTop = c.y();
        float lowest = sentencesTop;
        for (int i = 0; i < points.size(); i++) {
            c.moveTo(sentencesTop);
            c.paragraph(AlignmentSentence.describe(points.get(i), advice.firmness(), profile, t.engine()), false, 9.5f, PdfCanvas.TEXT,
                    c.left() + i * (w + gap), w);
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
        int[] colours = {SpinePicture.PRESSURE_LOW, SpinePicture.PRESSURE_MID, SpinePicture.PRESSURE_HIGH,
            SpinePicture.SPINE_NEUTRAL};
        String[] keys = {"alignment.pressure-low", "alignment.pressure-mid", "alignment.pressure-high",
            "alignment.spine"};
        for (int i = 0; i < colours.length; i++) {
            c.fillRect(x, base - 1, 8, 8, new Color(colours[i]));
            String label = t.get(keys[i]);
            c.text(label, false, 8, PdfCanvas.MUTED, x + 11, base);
            x += 11 + c.textWidth(label, false, 8) + 12;
        }
        c.space(16);
    }

    private static void options(PdfCanvas c, ReportTexts t, List<RankedOption> options) throws IOException {
        c.heading(t.get("options"), 13);
        if (options.isEmpty()) {
            c.paragraph(t.get("options.none"));
            return;
        }
        float[] cols = {0, 0.52f, 0.63f, 0.9f};
        float w = c.width();
        c.need(40);
        float header = c.y() - 12;
        String[] heads = {t.get("options.name"), t.get("options.firmness"), t.get("options.price"), t.get("options.match")};
        for (int i = 0; i < heads.length; i++) {
            c.text(heads[i], true, 9, PdfCanvas.MUTED, c.left() + cols[i] * w, header);
        }
        c.space(16);
        c.line(c.left(), c.y(), c.left() + w, c.y(), RULE, 0.8f);
        for (RankedOption o : options) {
            String reasons = String.join(" ", o.reasons());
            float block = 16 + c.height(reasons, false, 8.5f, w * 0.5f - 8);
            c.need(block + 6);
            float top = c.y();
            float base = top - 12;
            c.text(o.name(), true, 9.5f, PdfCanvas.TEXT, c.left(), base);
            c.text(t.number(o.firmness()), false, 9.5f, PdfCanvas.TEXT, c.left() + cols[1] * w, base);
            c.text(String.format(Locale.ROOT, "%,.0f %s (%s)", o.price(), o.currency(), o.size()), false, 9.5f,
                    PdfCanvas.TEXT, c.left() + cols[2] * w, base);
            c.text(Math.round(o.score() * 100) + "%", false, 9.5f, PdfCanvas.TEXT, c.left() + cols[3] * w, base);
            c.space(14);
            c.paragraph(reasons, false, 8.5f, PdfCanvas.MUTED, c.left(), w * 0.5f - 8);
            c.space(5);
            c.line(c.left(), c.y(), c.left() + w, c.y(), RULE, 0.5f);
        }
    }

    private static void posture(PdfCanvas c, ReportTexts t, List<PostureTip> tips) throws IOException {
        c.heading(t.get("posture"), 13);
        if (tips.isEmpty()) {
            c.paragraph(t.get("posture.none"));
            return;
        }
        float pictureWidth = 90;
        for (PostureTip tip : tips) {
            SvgPicture picture = SvgPicture.load("posture-" + tip.code().name().toLowerCase().replace('_', '-'));
            float textWidth = c.width() - pictureWidth - 14;
            float textHeight = c.height(tip.text(), false, PdfCanvas.BODY, textWidth);
            float pictureHeight = picture == null ? 0 : (float) (picture.height() / picture.width() * pictureWidth);
            c.need(Math.max(textHeight, pictureHeight) + 8);
            float top = c.y();
            if (picture != null) {
                c.picture(picture, c.left(), top, pictureWidth);
            }
            c.paragraph(tip.text(), false, PdfCanvas.BODY, PdfCanvas.TEXT, c.left() + pictureWidth + 14, textWidth);
            float used = top - c.y();
            c.space(Math.max(0, pictureHeight - used) + 8);
        }
    }

    /** The medical box in its level's colour and wording. */
    private static void medical(PdfCanvas c, ReportTexts t, MedicalResult medical) throws IOException {
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
        List<String> lines = new ArrayList<>();
        lines.add(medical.advice());
        for (MedicalFlag f : medical.flags()) {
            lines.add("•  " + f.text());
        }
        float height = 14 * PdfCanvas.LEADING + 2 * pad + 6;
        for (String line : lines) {
            height += c.height(line, false, PdfCanvas.BODY, inner) + 3;
        }
        c.space(10);
        c.need(height);
        float top = c.y();
        c.fillRect(c.left(), top - height, c.width(), height, fill);
        c.strokeRect(c.left(), top - height, c.width(), height, border, 1.5f);
        c.space(pad - 2);
        c.paragraph(t.get("medical." + medical.level()), true, 14, ink, c.left() + pad, inner);
        c.space(4);
        for (String line : lines) {
            c.paragraph(line, false, PdfCanvas.BODY, ink, c.left() + pad, inner);
            c.space(3);
        }
        c.space(pad + 4);
    }

    /** Morning pain and sleep quality at each consultation, on the 0-10 scale. */
    private static void trend(PdfCanvas c, ReportTexts t, List<TrendPoint> points) throws IOException {
        c.heading(t.get("trend"), 13);
        float h = 140;
        c.need(h + 50);
        float x0 = c.left() + 24;
        float w = c.width() - 40;
        float bottom = c.y() - h;
        for (int v = 0; v <= 10; v += 2) {
            float yy = bottom + v / 10f * h;
            c.line(x0, yy, x0 + w, yy, RULE, 0.5f);
            c.text(Integer.toString(v), false, 8, PdfCanvas.MUTED, x0 - 14, yy - 3);
        }
        int n = points.size();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d.M.yy");
        for (int i = 0; i < n; i++) {
            float xx = x0 + (n == 1 ? w / 2 : i * w / (n - 1));
            c.text(points.get(i).date().format(day), false, 7.5f, PdfCanvas.MUTED, xx - 12, bottom - 12);
        }
        series(c, points, x0, w, bottom, h, PAIN, true);
        series(c, points, x0, w, bottom, h, QUALITY, false);
        c.space(h + 22);
        c.fillRect(c.left(), c.y() - 1, 10, 4, PAIN);
        c.text(t.get("trend.pain"), false, 8.5f, PdfCanvas.TEXT, c.left() + 14, c.y() - 2);
        c.fillRect(c.left() + 180, c.y() - 1, 10, 4, QUALITY);
        c.text(t.get("trend.quality"), false, 8.5f, PdfCanvas.TEXT, c.left() + 194, c.y() - 2);
        c.space(14);
    }

    private static void series(PdfCanvas c, List<TrendPoint> points, float x0, float w, float bottom, float h,
                               Color color, boolean pain) throws IOException {
        PDPageContentStream cs = c.stream();
        int n = points.size();
        boolean started = false;
        cs.setStrokingColor(color);
        cs.setLineWidth(2);
        for (int i = 0; i < n; i++) {
            Integer v = pain ? points.get(i).morningPain() : points.get(i).sleepQuality();
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
        for (int i = 0; i < n; i++) {
            Integer v = pain ? points.get(i).morningPain() : points.get(i).sleepQuality();
            if (v != null) {
                float xx = x0 + (n == 1 ? w / 2 : i * w / (n - 1));
                c.fillRect(xx - 2.5f, bottom + v / 10f * h - 2.5f, 5, 5, color);
            }
        }
    }
}
