package org.khareetaty.geo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads a GeoJSON FeatureCollection (or a single Feature) feature by feature with Jackson's
 * streaming parser, so a large file is never held as one JSON tree. Coordinates are WGS84 by
 * RFC 7946; a legacy (2008) {@code "crs"} member naming an EPSG code or CRS84 is honoured.
 */
final class GeoJsonBoundaryReader {
    private static final Pattern EPSG_NAME = Pattern.compile("(?i)(?:urn:ogc:def:crs:EPSG:[^:]*:|EPSG:)(\\d+)");

    private final GeometryFactory factory;

    GeoJsonBoundaryReader(GeometryFactory factory) {
        this.factory = factory;
    }

    /** Reads {@code in} (not closed); {@code totalBytes} is -1 when unknown. */
    SourceFile read(InputStream in, String name, long totalBytes, ProgressTracker progress) {
        progress.phase("read " + name, totalBytes);
        List<SourceFeature> features = new ArrayList<>();
        Set<String> fields = new LinkedHashSet<>();
        ObjectNode topLevel = JsonSupport.READER.getConfig().getNodeFactory().objectNode();
        boolean sawFeatures = false;
        try (JsonParser p = JsonSupport.READER.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BoundaryFileException(name + " is not GeoJSON: it does not start with a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("features".equals(field) && value == JsonToken.START_ARRAY) {
                    sawFeatures = true;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        JsonNode feature = JsonSupport.READER.readTree(p);
                        features.add(feature(features.size(), feature, fields));
                        progress.step(p.currentLocation().getByteOffset(), features.size());
                    }
                } else {
                    topLevel.set(field, JsonSupport.READER.readTree(p));
                }
            }
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new BoundaryFileException(
                    name + " is not valid JSON"
                            + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                            + ": " + e.getOriginalMessage(),
                    e);
        } catch (IOException e) {
            throw new BoundaryFileException("Cannot read " + name + ": " + e.getMessage(), e);
        }
        String type = topLevel.path("type").asText("");
        if ("Feature".equals(type)) {
            features.add(feature(0, topLevel, fields));
        } else if (!sawFeatures) {
            throw new BoundaryFileException(name + " is not a GeoJSON FeatureCollection or Feature (type \"" + type
                    + "\"): a boundary file needs features with properties to take zone codes from");
        }
        progress.finish(totalBytes < 0 ? features.size() : totalBytes, features.size());
        JsonNode crs = topLevel.get("crs");
        String crsName = crs == null ? "EPSG:4326" : crsName(crs);
        String crsProblem = crsName != null
                ? null
                : name + " declares a coordinate reference system that is not understood (" + crs
                        + "); give it explicitly as EPSG:n (--crs)";
        return new SourceFile(name, features, List.copyOf(fields), crsName, crsProblem);
    }

    private SourceFeature feature(int index, JsonNode node, Set<String> fields) {
        ObjectNode properties = JsonSupport.READER.getConfig().getNodeFactory().objectNode();
        if (node != null && node.get("properties") instanceof ObjectNode given) {
            properties = given;
            properties.fieldNames().forEachRemaining(fields::add);
        }
        if (node == null || !node.isObject()) {
            return new SourceFeature(
                    index,
                    properties,
                    null,
                    List.of(),
                    new FeatureProblem(
                            FeatureRejection.UNREADABLE_GEOMETRY, "the feature is not a JSON object: " + node));
        }
        List<String> fixes = new ArrayList<>();
        try {
            Geometry geometry = new GeoJsonPolygons(factory).read(node.get("geometry"), fixes);
            return new SourceFeature(index, properties, geometry, List.copyOf(fixes), null);
        } catch (FeatureProblem.Thrown e) {
            return new SourceFeature(index, properties, null, List.of(), e.problem());
        }
    }

    /** {@code EPSG:n} for a legacy named crs member, or null when it is not understood. */
    private static String crsName(JsonNode crs) {
        String name = crs.path("properties").path("name").asText("");
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.endsWith("CRS84") || upper.endsWith("CRS:84")) {
            return "EPSG:4326";
        }
        Matcher m = EPSG_NAME.matcher(name);
        return m.matches() ? "EPSG:" + Integer.parseInt(m.group(1)) : null;
    }
}
