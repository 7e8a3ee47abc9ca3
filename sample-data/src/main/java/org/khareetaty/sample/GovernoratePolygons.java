package org.khareetaty.sample;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.khareetaty.core.json.JsonMapping;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Kuwait's six governorate polygons (Natural Earth 10m, bundled in geo-data), read straight from the
 * GeoJSON resource and keyed by {@code name_en} in file order. Used as the land mask: a sample
 * outside its governorate (in the sea, across a boundary, abroad) is rejected.
 */
final class GovernoratePolygons {
    /** Classpath location of the bundled polygons (from the geo-data jar). */
    static final String RESOURCE = "/org/khareetaty/geo/kuwait/governorates_naturalearth.geojson";

    private final GeometryFactory factory = new GeometryFactory();
    private final Map<String, PreparedGeometry> byName;

    private GovernoratePolygons(Map<String, PreparedGeometry> byName) {
        this.byName = byName;
    }

    /** The polygons bundled with geo-data; fails loudly when the resource is missing or unreadable. */
    static GovernoratePolygons bundled() {
        try (InputStream in = GovernoratePolygons.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("governorate polygons " + RESOURCE
                        + " are not on the classpath: sample-data needs the geo-data jar");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read governorate polygons " + RESOURCE, e);
        }
    }

    private static GovernoratePolygons read(InputStream in) throws IOException {
        JsonNode root = JsonMapping.reader().readTree(in);
        GeoJsonReader reader = new GeoJsonReader();
        Map<String, PreparedGeometry> byName = new LinkedHashMap<>();
        for (JsonNode feature : root.path("features")) {
            String name = feature.path("properties").path("name_en").asText();
            try {
                byName.put(
                        name,
                        PreparedGeometryFactory.prepare(
                                reader.read(feature.path("geometry").toString())));
            } catch (ParseException e) {
                throw new IllegalStateException(
                        "governorate polygons " + RESOURCE + ": feature '" + name + "' has an unreadable geometry: "
                                + e.getMessage(),
                        e);
            }
        }
        if (byName.size() != 6) {
            throw new IllegalStateException(
                    "governorate polygons " + RESOURCE + ": expected 6 governorates, found " + byName.keySet());
        }
        return new GovernoratePolygons(byName);
    }

    /** Whether the named governorate's polygon contains the point (strictly inside). */
    boolean contains(String governorate, double lat, double lon) {
        PreparedGeometry polygon = byName.get(governorate);
        if (polygon == null) {
            throw new IllegalArgumentException("no governorate '" + governorate + "'; known: " + byName.keySet());
        }
        return polygon.contains(point(lat, lon));
    }

    /** The first governorate (in file order) whose polygon contains the point. */
    Optional<String> governorateAt(double lat, double lon) {
        Point point = point(lat, lon);
        return byName.entrySet().stream()
                .filter(e -> e.getValue().contains(point))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private Point point(double lat, double lon) {
        return factory.createPoint(new Coordinate(lon, lat));
    }
}
