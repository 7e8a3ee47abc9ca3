package org.khareetaty.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khareetaty.core.json.JsonMapping;
import org.khareetaty.core.store.Store;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * The zone table of a KPI report as GeoJSON (RFC 7946): one feature per zone with its shape
 * (WGS84 longitude/latitude, exterior rings counter-clockwise, no {@code crs} member, 7 decimals:
 * about a centimetre) and the table's numbers as properties, named as in {@code zones.csv}. Opens in
 * QGIS or any web map without the workstation. The row of incidents outside every zone has no shape
 * and is left out.
 */
public final class KpiGeoJson {
    private KpiGeoJson() {}

    /** Writes {@code zones.geojson} into {@code dir} (created if needed); null when the report has no zone table. */
    public static Path write(KpiReport report, Store store, Path dir) throws IOException {
        String layer = report.request().layer();
        if (layer == null) {
            return null;
        }
        Map<String, Geometry> shapes = ZoneShapes.of(store, layer);
        GeoJsonWriter writer = new GeoJsonWriter(7);
        writer.setEncodeCRS(false);
        writer.setForceCCW(true);
        List<Object> features = new ArrayList<>();
        for (KpiRow row : report.zones()) {
            Geometry shape = shapes.get(row.key());
            if (shape == null) {
                continue;
            }
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", row.key());
            feature.put("geometry", geometry(writer, shape));
            feature.put("properties", properties(report, row));
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        Files.createDirectories(dir);
        Path file = dir.resolve("zones.geojson");
        JsonMapping.compact().writeValue(file.toFile(), collection);
        return file;
    }

    /** Writes every map layer of {@code report} into {@code dir}: the zones ({@link #write}) and the {@link #overlays}. */
    public static List<Path> all(KpiReport report, Store store, Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        Path zones = write(report, store, dir);
        if (zones != null) {
            out.add(zones);
        }
        out.addAll(overlays(report, dir));
        return out;
    }

    /**
     * Writes the map's forecast boxes ({@code forecast_boxes.geojson}) and hotspots ({@code hotspots.geojson})
     * into {@code dir} when the report drew them; the files written.
     */
    public static List<Path> overlays(KpiReport report, Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        if (report.map().boxes() != null) {
            out.add(OverlayFiles.boxesGeoJson(report.map().boxes(), dir));
        }
        if (report.map().hotspots() != null) {
            out.add(OverlayFiles.hotspotsGeoJson(report.map().hotspots(), dir));
        }
        return out;
    }

    private static JsonNode geometry(GeoJsonWriter writer, Geometry shape) throws IOException {
        return JsonMapping.exactDecimals().readTree(writer.write(shape));
    }

    private static Map<String, Object> properties(KpiReport report, KpiRow row) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("layer", report.request().layer());
        p.put("key", row.key());
        p.put("name", row.name());
        p.put("from", report.request().period().from().toString());
        p.put("to", report.request().period().to().toString());
        Counts n = row.counts();
        p.put("period", n.current());
        p.put("prior", n.prior());
        change(p, "prior", row.prior());
        p.put("last_year", n.lastYear());
        change(p, "last_year", row.lastYear());
        p.put("ytd", n.yearToDate());
        p.put("last_ytd", n.lastYearToDate());
        change(p, "ytd", row.yearToDate());
        p.put("arrests_known", n.arrestKnown());
        p.put("arrests", n.arrests());
        ArrestRate a = row.arrestRate();
        p.put("arrest_rate", a.rate());
        p.put("arrest_rate_low", a.recorded() ? a.interval().low() : null);
        p.put("arrest_rate_high", a.recorded() ? a.interval().high() : null);
        return p;
    }

    private static void change(Map<String, Object> p, String name, Change c) {
        p.put(name + "_change", c.difference());
        p.put(name + "_pct", c.percent() == null ? null : 100 * c.percent());
        p.put(name + "_p", c.pValue());
        p.put(name + "_mark", c.mark());
    }
}
