package org.khareetaty.core.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khareetaty.core.csv.CsvWriter;
import org.khareetaty.core.forecast.risk.FlaggedCell;
import org.khareetaty.core.json.JsonMapping;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * The map's forecast boxes and hotspots as files that open without the workstation: {@code
 * forecast_boxes.csv} and {@code forecast_boxes.geojson} (each box a polygon with its rank and score),
 * {@code hotspots.geojson} (each hotspot's hull or hexagon with its numbers); GeoJSON as RFC 7946 (WGS84
 * longitude/latitude, exterior rings counter-clockwise, no {@code crs}, 7 decimals).
 */
final class OverlayFiles {
    private OverlayFiles() {}

    /** Writes {@code forecast_boxes.csv}: one row per box shown, riskiest first. */
    static Path boxesCsv(ForecastBoxes boxes, Path dir, boolean bom) throws IOException {
        Path file = dir.resolve("forecast_boxes.csv");
        try (CsvWriter w = CsvWriter.create(file, bom)) {
            w.row("rank", "cell", "lat", "lon", "score", "day", "coverage");
            for (FlaggedCell c : boxes.shown()) {
                w.row(
                        c.rank(),
                        c.cell(),
                        c.lat(),
                        c.lon(),
                        c.score(),
                        boxes.plan().day().toString(),
                        boxes.plan().coverage());
            }
        }
        return file;
    }

    /** Writes {@code forecast_boxes.geojson}: the boxes shown as squares, with the backtest as the collection's members. */
    static Path boxesGeoJson(ForecastBoxes boxes, Path dir) throws IOException {
        List<Object> features = new ArrayList<>();
        for (FlaggedCell c : boxes.shown()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("rank", c.rank());
            p.put("cell", c.cell());
            p.put("score", c.score());
            p.put("day", boxes.plan().day().toString());
            p.put("coverage", boxes.plan().coverage());
            p.put("method", boxes.method());
            features.add(feature(c.rank(), boxes.square(c), p));
        }
        Map<String, Object> collection = collection(features);
        collection.put("backtest_from", boxes.plan().backtestFrom().toString());
        collection.put("backtest_to", boxes.plan().backtestTo().toString());
        collection.put("hit_rate", boxes.plan().measured().hitRateMean());
        collection.put("naive_hit_rate", boxes.plan().naive().hitRateMean());
        return write(dir.resolve("forecast_boxes.geojson"), collection);
    }

    /** Writes {@code hotspots.geojson}: each hotspot drawn, its hull (DBSCAN) or hexagon (Gi*). */
    static Path hotspotsGeoJson(MapHotspots hotspots, Path dir) throws IOException {
        List<Object> features = new ArrayList<>();
        for (MapHotspots.Shape s : hotspots.shapes()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("method", hotspots.method().name().toLowerCase(java.util.Locale.ROOT));
            p.put("parameters", hotspots.parameters());
            p.put("key", s.key());
            p.put("hot", s.hot());
            p.put("count", s.count());
            p.put("label", s.label());
            p.put(hotspots.method() == MapHotspots.Method.DBSCAN ? "density_per_km2" : "z", s.score());
            features.add(feature(s.key(), s.shape(), p));
        }
        return write(dir.resolve("hotspots.geojson"), collection(features));
    }

    private static Map<String, Object> feature(Object id, Geometry shape, Map<String, Object> properties)
            throws IOException {
        GeoJsonWriter writer = new GeoJsonWriter(7);
        writer.setEncodeCRS(false);
        writer.setForceCCW(true);
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", id);
        feature.put("geometry", JsonMapping.exactDecimals().readTree(writer.write(shape)));
        feature.put("properties", properties);
        return feature;
    }

    private static Map<String, Object> collection(List<Object> features) {
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return collection;
    }

    private static Path write(Path file, Map<String, Object> collection) throws IOException {
        Files.createDirectories(file.getParent());
        JsonMapping.compact().writeValue(file.toFile(), collection);
        return file;
    }
}
