package org.khareetaty.core.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The first page of a KPI report's PDF as an image, to show before (or after) it is written:
 * the page as {@link KpiPdf#firstPage} lays it out (in memory, the other pages left out), rendered by PDFBox's {@link PDFRenderer}, so the preview is
 * the page itself, not a second drawing of it.
 */
public final class KpiPreview {
    private KpiPreview() {}

    /** The first page of {@code report}'s PDF at {@code dpi} dots per inch (72: one pixel per point). */
    public static BufferedImage firstPage(KpiReport report, KpiPdf.Paper paper, ReportLanguage language, float dpi)
            throws IOException {
        try (PDDocument doc = KpiPdf.firstPage(report, paper, language)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, dpi);
        }
    }

    /** The first page of the PDF {@code pdf} at {@code dpi} dots per inch. */
    public static BufferedImage firstPage(Path pdf, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFRenderer(doc).renderImageWithDPI(0, dpi);
        }
    }
}
