package com.restwise.report;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Flowing layout on PDF pages: a cursor that moves down, wrapped text, and new pages when the
 * next block does not fit. Text is set in the embedded DejaVu Sans (Latin, Greek, Cyrillic);
 * a character the font lacks prints as "?" rather than failing the report.
 */
final class PdfCanvas implements AutoCloseable {

    static final float MARGIN = 50;
    static final float BODY = 10.5f;
    static final float LEADING = 1.35f;
    /** What a heading keeps with it when nothing else is said: two lines of body text. */
    static final float KEEP_WITH_HEADING = 2 * BODY * LEADING;

    static final Color TEXT = new Color(0x1f, 0x23, 0x28);
    static final Color MUTED = new Color(0x57, 0x60, 0x6a);

    private final PDDocument doc;
    private final PDRectangle size;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private PDPageContentStream cs;
    private float y;

    PdfCanvas(PDDocument doc, PDRectangle size) throws IOException {
        this.doc = doc;
        this.size = size;
        this.regular = font("/assets/fonts/DejaVuSans.ttf");
        this.bold = font("/assets/fonts/DejaVuSans-Bold.ttf");
        newPage();
    }

    private PDType0Font font(String resource) throws IOException {
        try (InputStream in = PdfCanvas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the report font " + resource + " is missing from the build");
            }
            return PDType0Font.load(doc, in);
        }
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    float left() {
        return MARGIN;
    }

    float y() {
        return y;
    }

    PDPageContentStream stream() {
        return cs;
    }

    void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(size);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = size.getHeight() - MARGIN;
    }

    /**
     * Starts a new page unless this much height is left. A block taller than a whole page starts
     * at the top of one and runs over, rather than leaving an empty page before it.
     */
    void need(float height) throws IOException {
        if (y - height < MARGIN + 20 && y < size.getHeight() - MARGIN) {
            newPage();
        }
    }

    /** Puts the cursor back up to a height on this page, to set a second column beside the first. */
    void moveTo(float y) {
        this.y = y;
    }

    void space(float points) {
        y -= points;
    }

    /** A heading, kept with the first two lines of what follows it. */
    void heading(String text, float fontSize) throws IOException {
        heading(text, fontSize, KEEP_WITH_HEADING);
    }

    /**
     * A heading that is never left alone at the foot of a page: it starts a new page unless the
     * first {@code following} points of its section fit below it (keep-with-next).
     */
    void heading(String text, float fontSize, float following) throws IOException {
        need(fontSize * 0.9f + height(text, true, fontSize, width()) + following);
        space(fontSize * 0.6f);
        paragraph(text, bold, fontSize, TEXT, left(), width());
        space(fontSize * 0.3f);
    }

    void paragraph(String text) throws IOException {
        paragraph(text, regular, BODY, TEXT, left(), width());
    }

    void muted(String text, float fontSize) throws IOException {
        paragraph(text, regular, fontSize, MUTED, left(), width());
    }

    /** Wrapped text at the cursor; the cursor ends below it. */
    void paragraph(String text, boolean isBold, float fontSize, Color color, float x, float maxWidth)
            throws IOException {
        paragraph(text, isBold ? bold : regular, fontSize, color, x, maxWidth);
    }

    private void paragraph(String text, PDType0Font font, float fontSize, Color color, float x, float maxWidth)
            throws IOException {
        for (String line : wrap(safe(font, text), font, fontSize, maxWidth)) {
            need(fontSize * LEADING);
            y -= fontSize * LEADING;
            textAt(line, font, fontSize, color, x, y + fontSize * 0.3f);
        }
    }

    /** The height the wrapped text will take, to keep a block on one page. */
    float height(String text, boolean isBold, float fontSize, float maxWidth) throws IOException {
        PDType0Font font = isBold ? bold : regular;
        return wrap(safe(font, text), font, fontSize, maxWidth).size() * fontSize * LEADING;
    }

    void text(String text, boolean isBold, float fontSize, Color color, float x, float baseline) throws IOException {
        PDType0Font font = isBold ? bold : regular;
        textAt(safe(font, text), font, fontSize, color, x, baseline);
    }

    float textWidth(String text, boolean isBold, float fontSize) throws IOException {
        PDType0Font font = isBold ? bold : regular;
        return font.getStringWidth(safe(font, text)) / 1000 * fontSize;
    }

    private void textAt(String text, PDType0Font font, float fontSize, Color color, float x, float baseline)
            throws IOException {
        cs.beginText();
        cs.setFont(font, fontSize);
        cs.setNonStrokingColor(color);
        cs.newLineAtOffset(x, baseline);
        cs.showText(text);
        cs.endText();
    }

    private List<String> wrap(String text, PDType0Font font, float fontSize, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String para : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * fontSize > maxWidth && line.length() > 0) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Replaces characters the font cannot print (emoji, say) with "?". Spaces are glyph 3, never 0. */
    private String safe(PDType0Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean ok = cp == '\n'
                    || printable.computeIfAbsent(cp, c -> {
                        try {
                            // the font maps a character it lacks to glyph 0, an empty box
                            byte[] glyph = font.encode(new String(Character.toChars(c)));
                            for (byte b : glyph) {
                                if (b != 0) {
                                    return true;
                                }
                            }
                            return false;
                        } catch (IOException | IllegalArgumentException e) {
                            return false;
                        }
                    });
            out.append(ok ? new String(Character.toChars(cp)) : "?");
        });
        return out.toString();
    }

    void fillRect(float x, float yBottom, float w, float h, Color color) throws IOException {
        cs.setNonStrokingColor(color);
        cs.addRect(x, yBottom, w, h);
        cs.fill();
    }

    void strokeRect(float x, float yBottom, float w, float h, Color color, float lineWidth) throws IOException {
        cs.setStrokingColor(color);
        cs.setLineWidth(lineWidth);
        cs.addRect(x, yBottom, w, h);
        cs.stroke();
    }

    void line(float x1, float y1, float x2, float y2, Color color, float lineWidth) throws IOException {
        cs.setStrokingColor(color);
        cs.setLineWidth(lineWidth);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    /** Draws an image with its top-left corner at (x, top), at the given size in points. */
    void image(BufferedImage image, float x, float top, float width, float height) throws IOException {
        PDImageXObject xo = LosslessFactory.createFromImage(doc, image);
        cs.drawImage(xo, x, top - height, width, height);
    }

    /** Draws an SVG picture with its top-left corner at (x, top), scaled to the given width. */
    void picture(SvgPicture picture, float x, float top, float width) throws IOException {
        float scale = (float) (width / picture.width());
        cs.saveGraphicsState();
        // SVG's y axis points down, PDF's up: flip around the picture's top edge.
        cs.transform(new Matrix(scale, 0, 0, -scale, x, top));
        picture.draw(new SvgPicture.Sink() {
            @Override
            public void moveTo(double px, double py) throws IOException {
                cs.moveTo((float) px, (float) py);
            }

            @Override
            public void lineTo(double px, double py) throws IOException {
                cs.lineTo((float) px, (float) py);
            }

            @Override
            public void curveTo(double x1, double y1, double x2, double y2, double px, double py) throws IOException {
                cs.curveTo((float) x1, (float) y1, (float) x2, (float) y2, (float) px, (float) py);
            }

            @Override
            public void closeAndFill(Color fill) throws IOException {
                cs.closePath();
                cs.setNonStrokingColor(fill);
                cs.fill();
            }
        });
        cs.restoreGraphicsState();
    }

    /** "Page 2 of 3" at the foot of every page, once the number of pages is known. */
    void footers(BiFunction<Integer, Integer, String> text) throws IOException {
        close();
        int total = doc.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream footer =
                    new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                footer.beginText();
                footer.setFont(regular, 8);
                footer.setNonStrokingColor(MUTED);
                footer.newLineAtOffset(MARGIN, 24);
                footer.showText(safe(regular, text.apply(i + 1, total)));
                footer.endText();
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }
}
