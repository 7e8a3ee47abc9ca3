package org.khareetaty.core.report;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * A map as a printed layout, the way an analyst hands a map on: a title, the period and filters over
 * the map; in its frame a legend, a scale bar and a north arrow; under it the basemap's attribution,
 * the data's source and when it was made. The map is an image (the window's map as drawn, without
 * its buttons); everything else is drawn as vectors, its text as text (DejaVu Sans, embedded in the
 * PDF, selectable). One drawing serves the PNG (one pixel of the map per pixel) and the PDF (scaled
 * to fit the paper, landscape).
 *
 * @param title          the layout's title
 * @param lines          lines under the title (scope, period, filters)
 * @param map            the map, as drawn
 * @param metresPerPixel ground metres per pixel of {@code map} at its centre (for the scale bar)
 * @param legend         the legend of the map's colours, or null for none
 * @param attribution    the basemap's credit ("© OpenStreetMap contributors"), or empty
 * @param source         where the data came from (the imported files), or empty
 * @param generated      when the layout was made
 */
public record MapLayout(
        String title,
        List<String> lines,
        BufferedImage map,
        double metresPerPixel,
        MapLegend legend,
        String attribution,
        String source,
        Instant generated) {

    /** The margin around the layout, in pixels of the map. */
    public static final int MARGIN = 24;

    private static final int TITLE = 20;
    private static final int TEXT = 12;
    private static final int LINE = 17;
    private static final int FOOTER = 34;
    private static final Color INK = new Color(0x21, 0x21, 0x21);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);
    private static final double[] ROUND = {1, 2, 5};

    public MapLayout {
        lines = List.copyOf(lines);
        attribution = attribution == null ? "" : attribution;
        source = source == null ? "" : source;
    }

    /** The layout's width in pixels (PNG): the map's and a margin on either side. */
    public int width() {
        return map.getWidth() + 2 * MARGIN;
    }

    /** The layout's height in pixels (PNG): the title and its lines, the map, the footer, the margins. */
    public int height() {
        return header() + map.getHeight() + FOOTER + MARGIN;
    }

    private int header() {
        return MARGIN + TITLE + 8 + LINE * lines.size() + 8;
    }

    /** Writes the layout as a PNG of {@link #width()} by {@link #height()} pixels. */
    public void writePng(Path out) throws IOException {
        BufferedImage image = new BufferedImage(width(), height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            draw(g, Fonts.awt());
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(image, "png", out.toFile())) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }

    /** Writes the layout as a one-page PDF on {@code paper}, landscape, the layout scaled to fit. */
    public void writePdf(Path out, KpiPdf.Paper paper) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDRectangle size = paper.landscape();
            PDPage page = new PDPage(size);
            doc.addPage(page);
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setCreator("Khareetaty Workstation");
            ReportFonts pdfFonts = ReportFonts.load(doc);
            Fonts fonts = Fonts.awt();
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, width(), height());
            try (PdfBoxGraphics2DFontTextDrawer text = new PdfBoxGraphics2DFontTextDrawer()) {
                text.registerFont(fonts.regular().getFontName(), pdfFonts.regular());
                text.registerFont(fonts.bold().getFontName(), pdfFonts.bold());
                g.setFontTextDrawer(text);
                draw(g, fonts);
            } finally {
                g.dispose();
            }
            float scale = Math.min(size.getWidth() / width(), size.getHeight() / height());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.transform(new Matrix(
                        scale,
                        0,
                        0,
                        scale,
                        (size.getWidth() - scale * width()) / 2,
                        (size.getHeight() - scale * height()) / 2));
                cs.drawForm(g.getXFormObject());
            }
            doc.save(out.toFile());
        }
    }

    /** The round ground distance of the scale bar (1, 2 or 5 times a power of ten metres) and its length in pixels. */
    public double[] scaleBar() {
        double target = 120 * metresPerPixel;
        double best = 1;
        for (double p = 1; p < 1e8; p *= 10) {
            for (double s : ROUND) {
                if (s * p <= target) {
                    best = s * p;
                }
            }
        }
        return new double[] {best, best / metresPerPixel};
    }

    private void draw(Graphics2D g, Fonts fonts) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width(), height());
        g.setColor(INK);
        g.setFont(fonts.bold().deriveFont((float) TITLE));
        g.drawString(title, MARGIN, MARGIN + TITLE - 4);
        g.setFont(fonts.regular().deriveFont((float) TEXT));
        int y = MARGIN + TITLE + 8;
        for (String line : lines) {
            y += LINE;
            g.drawString(line, MARGIN, y - 4);
        }
        int top = header();
        g.drawImage(map, MARGIN, top, null);
        g.setStroke(new BasicStroke(1.2f));
        g.setColor(INK);
        g.drawRect(MARGIN, top, map.getWidth(), map.getHeight());
        northArrow(g, fonts, MARGIN + 14, top + 14);
        scaleBar(g, fonts, MARGIN + 14, top + map.getHeight() - 16);
        if (legend != null) {
            legend(g, fonts, MARGIN + map.getWidth() - 10, top + 10);
        }
        footer(g, fonts, top + map.getHeight());
    }

    /** An arrow pointing up (the map is north up: Web Mercator) over an N. */
    private static void northArrow(Graphics2D g, Fonts fonts, int x, int y) {
        panel(g, x - 6, y - 6, 36, 56);
        Polygon left = new Polygon(new int[] {x + 12, x + 2, x + 12}, new int[] {y, y + 30, y + 24}, 3);
        Polygon right = new Polygon(new int[] {x + 12, x + 22, x + 12}, new int[] {y, y + 30, y + 24}, 3);
        g.setColor(INK);
        g.fill(left);
        g.setStroke(new BasicStroke(1f));
        g.draw(right);
        g.setFont(fonts.bold().deriveFont(13f));
        FontMetrics m = g.getFontMetrics();
        g.drawString("N", x + 12 - m.stringWidth("N") / 2f, y + 44);
    }

    private void scaleBar(Graphics2D g, Fonts fonts, int x, int baseline) {
        double[] bar = scaleBar();
        int length = (int) Math.round(bar[1]);
        String text = bar[0] >= 1000
                ? String.format(Locale.ROOT, "%.0f km", bar[0] / 1000)
                : String.format(Locale.ROOT, "%.0f m", bar[0]);
        g.setFont(fonts.regular().deriveFont(11f));
        panel(g, x - 6, baseline - 26, Math.max(length, g.getFontMetrics().stringWidth(text)) + 12, 34);
        g.setColor(INK);
        g.drawString(text, x, baseline - 12);
        int half = length / 2;
        g.fillRect(x, baseline - 6, half, 5);
        g.setColor(Color.WHITE);
        g.fillRect(x + half, baseline - 6, length - half, 5);
        g.setColor(INK);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(x, baseline - 6, length, 5);
    }

    /** The legend in the map's top right corner, its right edge at {@code right}. */
    private void legend(Graphics2D g, Fonts fonts, int right, int top) {
        Font titleFont = fonts.bold().deriveFont(11f);
        Font text = fonts.regular().deriveFont(10.5f);
        List<String> note = wrap(legend.note(), g.getFontMetrics(text.deriveFont(9.5f)), 210);
        int width = g.getFontMetrics(titleFont).stringWidth(legend.title());
        for (MapLegend.Swatch s : legend.classes()) {
            width = Math.max(width, 26 + g.getFontMetrics(text).stringWidth(s.label()));
        }
        for (String line : note) {
            width = Math.max(width, g.getFontMetrics(text.deriveFont(9.5f)).stringWidth(line));
        }
        int height = 22 + 16 * legend.classes().size() + 13 * note.size() + 6;
        int x = right - width - 16;
        panel(g, x, top, width + 16, height);
        g.setColor(INK);
        g.setFont(titleFont);
        int y = top + 17;
        g.drawString(legend.title(), x + 8, y);
        g.setFont(text);
        for (MapLegend.Swatch s : legend.classes()) {
            y += 16;
            g.setColor(s.colour());
            g.fillRect(x + 8, y - 10, 18, 12);
            g.setColor(new Color(0x5a, 0x5a, 0x5a));
            g.drawRect(x + 8, y - 10, 18, 12);
            g.setColor(INK);
            g.drawString(s.label(), x + 34, y);
        }
        g.setFont(text.deriveFont(9.5f));
        y += 4;
        for (String line : note) {
            y += 13;
            g.drawString(line, x + 8, y);
        }
    }

    private void footer(Graphics2D g, Fonts fonts, int mapBottom) {
        g.setColor(INK);
        g.setFont(fonts.regular().deriveFont(10f));
        List<String> credits = new ArrayList<>();
        if (!attribution.isEmpty()) {
            credits.add("Basemap: " + attribution);
        }
        if (!source.isEmpty()) {
            credits.add("Data: " + source);
        }
        int baseline = mapBottom + 16;
        g.drawString(String.join("   ·   ", credits), MARGIN, baseline);
        String made = "Khareetaty Workstation, " + WHEN.format(generated.atOffset(ZoneOffset.UTC));
        g.drawString(made, MARGIN + map.getWidth() - g.getFontMetrics().stringWidth(made), baseline + 14);
    }

    /** A white, slightly transparent panel with a thin border under a key drawn over the map. */
    private static void panel(Graphics2D g, int x, int y, int w, int h) {
        g.setColor(new Color(255, 255, 255, 225));
        g.fillRect(x, y, w, h);
        g.setColor(new Color(0x9e, 0x9e, 0x9e));
        g.setStroke(new BasicStroke(0.8f));
        g.drawRect(x, y, w, h);
    }

    /** {@code text} in lines no wider than {@code width} pixels, broken at spaces. */
    static List<String> wrap(String text, FontMetrics m, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && m.stringWidth(line + " " + word) > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    /** The reports' fonts (DejaVu Sans, bundled beside {@link ReportFonts}) for Java2D. */
    private record Fonts(Font regular, Font bold) {
        private static Fonts cached;

        static synchronized Fonts awt() throws IOException {
            if (cached == null) {
                cached = new Fonts(font("DejaVuSans.ttf"), font("DejaVuSans-Bold.ttf"));
            }
            return cached;
        }

        private static Font font(String file) throws IOException {
            try (InputStream in = ReportFonts.class.getResourceAsStream("fonts/" + file)) {
                if (in == null) {
                    throw new IOException("the report font fonts/" + file + " is missing from the program's classes: "
                            + "reinstall the program (the core-analytics jar holds it)");
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (FontFormatException e) {
                throw new IOException("the report font fonts/" + file + " cannot be read: " + e.getMessage(), e);
            }
        }
    }
}
