package org.khareetaty.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The map layout (File > Export map as layout): the PNG keeps the map one pixel per pixel inside
 * its frame; the PDF carries the title, period, filters, legend, scale, north arrow and credits as
 * text that can be extracted, with its fonts embedded.
 */
class MapLayoutTest {
    @TempDir
    Path dir;

    /** A 600 x 400 map, one colour, so the test can find it in the PNG. */
    static MapLayout layout() {
        BufferedImage map = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        var g = map.createGraphics();
        g.setColor(new Color(0x12, 0x34, 0x56));
        g.fillRect(0, 0, 600, 400);
        g.dispose();
        return new MapLayout(
                "Chicago, whole area",
                List.of("2019-01-01 .. 2019-03-31 (90 days)", "Categories: violent, property"),
                map,
                25.0,
                new MapLegend(
                        "Incidents (filtered: violent, property)",
                        List.of(
                                new MapLegend.Swatch(new Color(0xbd0026), "over 40"),
                                new MapLegend.Swatch(new Color(0xffffb2), "up to 3")),
                        "Hatched, dashed: under 10 incidents."),
                "© OpenStreetMap contributors",
                "crimes_2017_2019_sample25k.csv.gz (chicago_portal)",
                Instant.parse("2026-12-07T06:00:00Z"));
    }

    @Test
    void pngHoldsTheMapPixelForPixelInsideItsFrame() throws Exception {
        MapLayout layout = layout();
        Path png = dir.resolve("map.png");
        layout.writePng(png);
        BufferedImage read = ImageIO.read(png.toFile());
        assertEquals(600 + 2 * MapLayout.MARGIN, read.getWidth());
        assertEquals(layout.height(), read.getHeight());
        assertTrue(read.getHeight() > 400 + 2 * MapLayout.MARGIN, "room for the title and the credits");
        // the middle of the map is not under a key: the map's own colour, unscaled
        int top = layout.height() - 400 - 34 - MapLayout.MARGIN;
        assertEquals(0x123456, read.getRGB(MapLayout.MARGIN + 300, top + 200) & 0xffffff);
    }

    @Test
    void scaleBarIsARoundDistanceOfAboutAHundredAndTwentyPixelsAsInTheWindow() {
        double[] bar = layout().scaleBar();
        // 25 m per pixel: 120 px is 3,000 m; the longest round distance under it is 2 km, 80 px
        assertEquals(2000, bar[0]);
        assertEquals(80, bar[1], 1e-9);
    }

    @Test
    void pdfCarriesTheFrameAsTextWithItsFontsEmbedded() throws Exception {
        Path pdf = dir.resolve("map.pdf");
        layout().writePdf(pdf, KpiPdf.Paper.A4);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            for (String expected : List.of(
                    "Chicago, whole area",
                    "2019-01-01 .. 2019-03-31 (90 days)",
                    "Categories: violent, property",
                    "Incidents (filtered: violent, property)",
                    "over 40",
                    "up to 3",
                    "2 km",
                    "N",
                    "Basemap: © OpenStreetMap contributors",
                    "Data: crimes_2017_2019_sample25k.csv.gz (chicago_portal)",
                    "2026-12-07 06:00 UTC")) {
                assertTrue(text.contains(expected), "the PDF's text has '" + expected + "':\n" + text);
            }
            var page = doc.getPage(0);
            assertTrue(page.getMediaBox().getWidth() > page.getMediaBox().getHeight(), "landscape");
            var forms = page.getResources().getXObjectNames();
            assertFalse(!forms.iterator().hasNext(), "the layout is one vector form");
            var form = (org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject)
                    page.getResources().getXObject(forms.iterator().next());
            for (var name : form.getResources().getFontNames()) {
                PDFont font = form.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
            assertTrue(form.getResources().getFontNames().iterator().hasNext(), "text drawn with fonts, not outlines");
        }
    }
}
