package org.khareetaty.app.ui.report;

import java.nio.file.Path;
import org.khareetaty.core.report.KpiPdf;
import org.khareetaty.core.report.ReportLanguage;

/**
 * Where and how a KPI report is written.
 *
 * @param pdf      the PDF file, or null for none
 * @param csv      the folder of the CSV files, or null for none
 * @param geojson  the folder of {@code zones.geojson} (with a zone table) and of the forecast boxes' and
 *                 hotspots' GeoJSON (when chosen), or null for none
 * @param paper    the PDF's paper
 * @param language the PDF's language
 * @param bom      start each CSV with a byte-order mark (Excel)
 * @param basemap  a raster MBTiles file drawn under the map page, or null for the boundaries alone
 */
public record ReportOutputs(
        Path pdf, Path csv, Path geojson, KpiPdf.Paper paper, ReportLanguage language, boolean bom, Path basemap) {
    public ReportOutputs {
        if (pdf == null && csv == null && geojson == null) {
            throw new IllegalArgumentException(org.khareetaty.app.ui.i18n.Messages.text("report.outputs.none"));
        }
    }

    /** Outputs without a raster basemap. */
    public ReportOutputs(Path pdf, Path csv, Path geojson, KpiPdf.Paper paper, ReportLanguage language, boolean bom) {
        this(pdf, csv, geojson, paper, language, bom, null);
    }

    /** How many files or folders are written. */
    int count() {
        return (pdf == null ? 0 : 1) + (csv == null ? 0 : 1) + (geojson == null ? 0 : 1);
    }

    /** A folder on the same disk as the outputs, where they are made before they are moved into place. */
    Path stagingParent() {
        Path first = pdf != null ? pdf.toAbsolutePath().getParent() : csv != null ? csv : geojson;
        return first.toAbsolutePath();
    }
}
