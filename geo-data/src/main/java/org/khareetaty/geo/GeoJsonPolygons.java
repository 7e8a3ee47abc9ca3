package org.khareetaty.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds JTS polygons from GeoJSON geometry objects (RFC 7946 section 3.1). Only Polygon and
 * MultiPolygon are boundaries; other types are reported as not polygonal. Ring problems that JTS
 * cannot even represent are fixed here and noted: an unclosed ring is closed, and a ring with
 * fewer than three distinct positions is dropped (a collapsed shell drops its polygon).
 */
final class GeoJsonPolygons {
    private final GeometryFactory factory;

    GeoJsonPolygons(GeometryFactory factory) {
        this.factory = factory;
    }

    /** The geometry of {@code geometry}, noting ring fixes in {@code fixes}. */
    Geometry read(JsonNode geometry, List<String> fixes) throws FeatureProblem.Thrown {
        if (geometry == null || geometry.isNull() || geometry.isMissingNode()) {
            throw new FeatureProblem.Thrown(FeatureRejection.MISSING_GEOMETRY, "the feature has no geometry");
        }
        String type = geometry.path("type").asText("");
        JsonNode coordinates = geometry.get("coordinates");
        switch (type) {
            case "Polygon":
                return polygonOrEmpty(array(coordinates, "Polygon coordinates"), 0, fixes);
            case "MultiPolygon":
                return multiPolygon(array(coordinates, "MultiPolygon coordinates"), fixes);
            case "":
                throw new FeatureProblem.Thrown(FeatureRejection.UNREADABLE_GEOMETRY, "the geometry has no \"type\"");
            default:
                throw new FeatureProblem.Thrown(
                        FeatureRejection.NOT_POLYGONAL,
                        "the geometry is a " + type + "; a boundary must be a Polygon or MultiPolygon");
        }
    }

    private Geometry multiPolygon(JsonNode parts, List<String> fixes) throws FeatureProblem.Thrown {
        List<Polygon> polygons = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Polygon p = polygonOrEmpty(array(parts.get(i), "MultiPolygon part " + i), i, fixes);
            if (!p.isEmpty()) {
                polygons.add(p);
            }
        }
        return factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private Polygon polygonOrEmpty(JsonNode rings, int part, List<String> fixes) throws FeatureProblem.Thrown {
        if (rings.isEmpty()) {
            return factory.createPolygon();
        }
        LinearRing shell = ring(rings.get(0), part, 0, fixes);
        if (shell == null) {
            fixes.add("dropped polygon " + part + ": its outer ring has fewer than 3 distinct positions");
            return factory.createPolygon();
        }
        List<LinearRing> holes = new ArrayList<>();
        for (int r = 1; r < rings.size(); r++) {
            LinearRing hole = ring(rings.get(r), part, r, fixes);
            if (hole == null) {
                fixes.add("dropped hole " + r + " of polygon " + part + ": fewer than 3 distinct positions");
            } else {
                holes.add(hole);
            }
        }
        return factory.createPolygon(shell, holes.toArray(LinearRing[]::new));
    }

    /** The ring, closed if needed, or null when it has fewer than 4 positions once closed. */
    private LinearRing ring(JsonNode positions, int part, int index, List<String> fixes) throws FeatureProblem.Thrown {
        String where = "ring " + index + " of polygon " + part;
        array(positions, where);
        List<Coordinate> coords = new ArrayList<>(positions.size() + 1);
        for (int i = 0; i < positions.size(); i++) {
            coords.add(position(positions.get(i), where, i));
        }
        if (!coords.isEmpty() && !coords.get(0).equals2D(coords.get(coords.size() - 1))) {
            coords.add(new Coordinate(coords.get(0)));
            fixes.add("closed " + where + " (its last position did not repeat the first)");
        }
        if (coords.size() < 4) {
            return null;
        }
        return factory.createLinearRing(coords.toArray(Coordinate[]::new));
    }

    private static Coordinate position(JsonNode p, String where, int i) throws FeatureProblem.Thrown {
        if (p == null
                || !p.isArray()
                || p.size() < 2
                || !p.get(0).isNumber()
                || !p.get(1).isNumber()) {
            throw new FeatureProblem.Thrown(
                    FeatureRejection.UNREADABLE_GEOMETRY,
                    "position " + i + " of " + where + " is not [longitude, latitude]: " + abbreviate(p));
        }
        return new Coordinate(p.get(0).doubleValue(), p.get(1).doubleValue());
    }

    private static JsonNode array(JsonNode node, String what) throws FeatureProblem.Thrown {
        if (node == null || !node.isArray()) {
            throw new FeatureProblem.Thrown(
                    FeatureRejection.UNREADABLE_GEOMETRY, what + " is not an array: " + abbreviate(node));
        }
        return node;
    }

    private static String abbreviate(JsonNode node) {
        String s = String.valueOf(node);
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
