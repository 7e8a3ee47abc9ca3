package org.khareetaty.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.khareetaty.core.csv.CsvWriter;
import org.khareetaty.core.json.JsonMapping;

/**
 * A briefing pack: one folder, or one zip file, that opens on another machine without the
 * workstation, with the briefing's PDF ({@link BriefingPdf}), every table as CSV ({@link CsvWriter})
 * and the week's incidents as GeoJSON points (RFC 7946, WGS84).
 */
public final class BriefingPack {
    private BriefingPack() {}

    /**
     * Writes the pack of {@code b} into the zip file {@code zip} (replaced if it exists), its files at
     * the archive's root; returns the names of the entries. The zip is written whole or not at all.
     */
    public static List<String> zip(Briefing b, KpiPdf.Paper paper, ReportLanguage language, Path zip, boolean bom)
            throws IOException {
        Path dir = Files.createTempDirectory("khareetaty-briefing");
        Path part = zip.resolveSibling(zip.getFileName() + ".part");
        List<String> names = new ArrayList<>();
        try {
            List<Path> files = write(b, paper, language, dir, bom);
            try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(part))) {
                for (Path f : files) {
                    z.putNextEntry(new ZipEntry(f.getFileName().toString()));
                    Files.copy(f, z);
                    z.closeEntry();
                    names.add(f.getFileName().toString());
                }
            }
            Files.move(part, zip, StandardCopyOption.REPLACE_EXISTING);
            return names;
        } finally {
            Files.deleteIfExists(part);
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    /** Writes the pack of {@code b} into {@code dir} (created if needed); returns the files written. */
    public static List<Path> write(Briefing b, KpiPdf.Paper paper, ReportLanguage language, Path dir, boolean bom)
            throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        Path pdf = dir.resolve("briefing.pdf");
        BriefingPdf.write(b, paper, language, pdf);
        out.add(pdf);
        out.add(incidents(dir.resolve("incidents_24h.csv"), b.lastDay(), bom));
        out.add(incidents(dir.resolve("incidents_7d.csv"), b.lastWeek(), bom));
        Path alerts = dir.resolve("open_alerts.csv");
        try (CsvWriter w = CsvWriter.create(alerts, bom)) {
            w.row("id", "priority", "state", "alert", "raised_utc", "explanation");
            for (BriefingAlert a : b.openAlerts()) {
                w.row(a.id(), a.priority(), a.state(), a.what(), a.raised().toString(), a.explanation());
            }
        }
        out.add(alerts);
        Path repeats = dir.resolve("near_repeats.csv");
        try (CsvWriter w = CsvWriter.create(repeats, bom)) {
            w.row("later_id", "later_time", "earlier_id", "earlier_time", "category", "metres", "hours");
            for (NearRepeat r : b.nearRepeats()) {
                w.row(
                        r.later().id(),
                        BriefingPdf.when(r.later()),
                        r.earlier().id(),
                        BriefingPdf.when(r.earlier()),
                        r.later().category(),
                        CsvWriter.decimal(r.metres(), 0),
                        CsvWriter.decimal(r.hours(), 1));
            }
        }
        out.add(repeats);
        Path points = dir.resolve("incidents_7d.geojson");
        JsonMapping.indented().writeValue(points.toFile(), geoJson(b.lastWeek()));
        out.add(points);
        if (b.boxes() != null) {
            out.add(OverlayFiles.boxesCsv(b.boxes(), dir, bom));
            out.add(OverlayFiles.boxesGeoJson(b.boxes(), dir));
        }
        return out;
    }

    private static Path incidents(Path file, List<BriefingIncident> rows, boolean bom) throws IOException {
        try (CsvWriter w = CsvWriter.create(file, bom)) {
            w.row("id", "local_time", "block", "offense", "category", "lat", "lon");
            for (BriefingIncident i : rows) {
                w.row(
                        i.id(),
                        BriefingPdf.when(i),
                        i.block(),
                        i.offense(),
                        i.category(),
                        CsvWriter.decimal(i.lat(), 6),
                        CsvWriter.decimal(i.lon(), 6));
            }
        }
        return file;
    }

    private static ObjectNode geoJson(List<BriefingIncident> rows) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode fc = f.objectNode().put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (BriefingIncident i : rows) {
            ObjectNode feature = features.addObject().put("type", "Feature").put("id", i.id());
            ObjectNode g = feature.putObject("geometry").put("type", "Point");
            g.putArray("coordinates").add(round(i.lon())).add(round(i.lat()));
            feature.putObject("properties")
                    .put("local_time", BriefingPdf.when(i))
                    .put("block", i.block())
                    .put("offense", i.offense())
                    .put("category", i.category());
        }
        return fc;
    }

    private static BigDecimal round(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(7, RoundingMode.HALF_UP);
    }
}
