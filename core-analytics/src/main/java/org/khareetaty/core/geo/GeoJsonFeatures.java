package org.khareetaty.core.geo;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khareetaty.core.json.JsonMapping;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Reads the features of a small WGS84 GeoJSON file (a FeatureCollection, one Feature, or a bare
 * geometry) with their properties: the sensitive sites and geofences of the alert engine. Invalid
 * polygons are repaired (JTS {@code GeometryFixer}); a feature without a geometry, with coordinates
 * outside WGS84, or in a declared CRS other than WGS84 is an error naming the file and the feature.
 */
public final class GeoJsonFeatures {

    /** One feature: its 0-based index in the file, its geometry (SRID 4326) and properties. */
    public record Feature(int index, Geometry geometry, Map<String, Object> properties) {}

    private GeoJsonFeatures() {}

    /**
     * The features of {@code file}.
     *
     * @throws IllegalArgumentException naming the file (and feature) when it cannot be read
     */
    public static List<Feature> read(Path file) {
        JsonNode root;
        try {
            root = JsonMapping.reader().readTree(Files.newInputStream(file));
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + " is not GeoJSON: it is not a JSON object");
        }
        JsonNode crs = root.get("crs");
        if (crs != null && !crs.isNull()) {
            String name = crs.path("properties").path("name").asText("");
            if (!name.matches("(?i).*(CRS84|EPSG:+4326|EPSG::4326)$")) {
                throw new IllegalArgumentException(file + " declares the CRS '" + name
                        + "': only WGS84 (EPSG:4326, CRS84) " + "is read here; reproject the file first");
            }
        }
        GeometryFactory gf = new GeometryFactory(new PrecisionModel(), 4326);
        GeoJsonReader reader = new GeoJsonReader(gf);
        List<Feature> out = new ArrayList<>();
        String type = root.path("type").asText("");
        switch (type) {
            case "FeatureCollection" -> {
                int i = 0;
                for (JsonNode f : root.path("features")) {
                    out.add(feature(file, i++, f, reader));
                }
            }
            case "Feature" -> out.add(feature(file, 0, root, reader));
            default -> out.add(new Feature(0, geometry(file, 0, root, reader), Map.of()));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(file + " has no features");
        }
        return out;
    }

    private static Feature feature(Path file, int index, JsonNode f, GeoJsonReader reader) {
        JsonNode g = f.get("geometry");
        if (g == null || g.isNull()) {
            throw new IllegalArgumentException(file + ": feature " + index + " has no geometry");
        }
        Map<String, Object> props = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = f.path("properties").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            props.put(
                    e.getKey(),
                    v.isNull()
                            ? null
                            : v.isNumber()
                                    ? v.numberValue()
                                    : v.isBoolean() ? v.booleanValue() : v.isValueNode() ? v.asText() : v.toString());
        }
        return new Feature(index, geometry(file, index, g, reader), props);
    }

    private static Geometry geometry(Path file, int index, JsonNode g, GeoJsonReader reader) {
        Geometry geom;
        try {
            geom = reader.read(g.toString());
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException(
                    file + ": feature " + index + " has an unreadable geometry: " + e.getMessage(), e);
        }
        if (geom.isEmpty()) {
            throw new IllegalArgumentException(file + ": feature " + index + " has an empty geometry");
        }
        for (Coordinate c : geom.getCoordinates()) {
            if (!(Math.abs(c.y) <= 90 && Math.abs(c.x) <= 180)) {
                throw new IllegalArgumentException(file + ": feature " + index + " has the coordinate " + c.x + ", "
                        + c.y + " outside WGS84 longitude/latitude: is the file in a projected CRS?");
            }
        }
        if (!geom.isValid()) {
            geom = GeometryFixer.fix(geom);
        }
        geom.setSRID(4326);
        return geom;
    }
}
