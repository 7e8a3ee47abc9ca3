package org.khareetaty.core.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * The pages of a report as they are written: a cursor running down the page, a new page when what
 * comes next does not fit, text (as text, so it can be selected), lines, wrapped paragraphs and
 * vector forms; at the end the footer of every page with its number of the total. Text is drawn in
 * visual order ({@link VisualText}: Arabic shaped, bidirectional text reordered), lines aligned to
 * the right on right-to-left pages. Text a font has no glyph for is drawn as {@code ?} rather than
 * failing the report.
 */
final class ReportPages {
    static final float MARGIN = 36;
    static final float FOOTER = 24;

    private final PDDocument doc;
    private final PDRectangle size;
    private final ReportFonts fonts;
    private final boolean rtl;
    private PDPageContentStream cs;
    private float y;

    /** Pages of {@code size}; their text runs right to left when {@code rtl}. */
    ReportPages(PDDocument doc, PDRectangle size, ReportFonts fonts, boolean rtl) {
        this.doc = doc;
        this.size = size;
        this.fonts = fonts;
        this.rtl = rtl;
    }

    /** Whether the pages run right to left. */
    boolean rightToLeft() {
        return rtl;
    }

    ReportFonts fonts() {
        return fonts;
    }

    PDDocument document() {
        return doc;
    }

    /** The current page's content, to draw on directly (a map's paths). */
    PDPageContentStream stream() {
        return cs;
    }

    /** Starts a new page, the cursor at its top margin. */
    void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(size);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = size.getHeight() - MARGIN;
    }

    float left() {
        return MARGIN;
    }

    /** The width between the margins. */
    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    /** The cursor: the top of what comes next. */
    float y() {
        return y;
    }

    /** Moves the cursor down. */
    void down(float h) {
        y -= h;
    }

    /** Starts a new page unless {@code h} points fit above the footer. */
    void ensure(float h) throws IOException {
        if (cs == null || y - h < MARGIN + FOOTER) {
            newPage();
        }
    }

    /** Draws {@code text} (logical order) with its baseline at (x, baseline). */
    void text(String text, PDFont font, float fontSize, float x, float baseline) throws IOException {
        cs.beginText();
        cs.setFont(font, fontSize);
        cs.newLineAtOffset(x, baseline);
        cs.showText(printable(text, font));
        cs.endText();
    }

    /** A line of text at the cursor, at the left margin (the right one on right-to-left pages), the cursor moving below it. */
    void line(String text, PDFont font, float fontSize) throws IOException {
        ensure(fontSize * 1.5f);
        float x = rtl ? left() + width() - width(text, font, fontSize) : left();
        text(text, font, fontSize, x, y - fontSize);
        y -= fontSize * 1.5f;
    }

    /** {@code text} wrapped to the page width at the cursor, the cursor moving below it. */
    void paragraph(String text, PDFont font, float fontSize) throws IOException {
        for (String l : wrap(text, font, fontSize, width())) {
            line(l, font, fontSize);
        }
    }

    /** A filled rectangle. */
    void box(float x, float bottom, float w, float h, Color fill) throws IOException {
        cs.setNonStrokingColor(fill);
        cs.addRect(x, bottom, w, h);
        cs.fill();
        cs.setNonStrokingColor(Color.BLACK);
    }

    /** A horizontal rule. */
    void rule(float x, float atY, float w, Color colour, float lineWidth) throws IOException {
        cs.setStrokingColor(colour);
        cs.setLineWidth(lineWidth);
        cs.moveTo(x, atY);
        cs.lineTo(x + w, atY);
        cs.stroke();
        cs.setStrokingColor(Color.BLACK);
    }

    /** Draws a vector form with its lower left corner at (x, bottom). */
    void form(PDFormXObject form, float x, float bottom) throws IOException {
        cs.saveGraphicsState();
        cs.transform(Matrix.getTranslateInstance(x, bottom));
        cs.drawForm(form);
        cs.restoreGraphicsState();
    }

    /** Width of {@code text} in points. */
    float width(String text, PDFont font, float fontSize) throws IOException {
        return font.getStringWidth(printable(text, font)) / 1000f * fontSize;
    }

    /** {@code text} cut to {@code max} points, with an ellipsis when cut. */
    String fit(String text, PDFont font, float fontSize, float max) throws IOException {
        if (width(text, font, fontSize) <= max) {
            return text;
        }
        String t = text;
        while (!t.isEmpty() && width(t + "…", font, fontSize) > max) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    /** {@code text} in lines of at most {@code max} points, broken at spaces. */
    List<String> wrap(String text, PDFont font, float fontSize, float max) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(candidate, font, fontSize) > max) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    /**
     * {@code text} as drawn: in visual order ({@link VisualText}), control characters as spaces and
     * characters the font cannot draw as {@code ?}.
     */
    String printable(String text, PDFont font) {
        String t = VisualText.of(text.replaceAll("\\p{Cntrl}", " "), rtl);
        try {
            font.encode(t);
            return t;
        } catch (IOException | IllegalArgumentException e) {
            StringBuilder out = new StringBuilder();
            t.codePoints().forEach(cp -> {
                String s = new String(Character.toChars(cp));
                try {
                    font.encode(s);
                    out.append(s);
                } catch (IOException | IllegalArgumentException missing) {
                    out.append('?');
                }
            });
            return out.toString();
        }
    }

    /**
     * Closes the last page and writes every page's footer: {@code left} at the start of the line,
     * and the page number ({@code pageNumber} of the page and the total) at its end.
     */
    void finish(String left, java.util.function.BiFunction<Integer, Integer, String> pageNumber) throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
        int n = doc.getNumberOfPages();
        float fontSize = 7.5f;
        for (int i = 0; i < n; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream footer =
                    new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs = footer;
                float base = MARGIN - fontSize;
                rule(MARGIN, MARGIN + 4, width(), Color.LIGHT_GRAY, 0.5f);
                String number = pageNumber.apply(i + 1, n);
                String first = rtl ? number : left;
                String last = rtl ? left : number;
                text(first, fonts.regular(), fontSize, MARGIN, base);
                text(last, fonts.regular(), fontSize, MARGIN + width() - width(last, fonts.regular(), fontSize), base);
            } finally {
                cs = null;
            }
        }
    }
}
