package org.khareetaty.geo;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import org.khareetaty.core.json.JsonMapping;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Applies the load rules to each feature, in order: a non-blank code; the geometry present,
 * polygonal and not empty; reprojected to WGS84 and inside longitude/latitude range; if invalid
 * (OGC simple features validity, as JTS {@code IsValidOp} checks it), repaired with JTS
 * {@code GeometryFixer} and counted, or rejected when the repair leaves nothing polygonal.
 */
final class BoundaryScreen {
    static final int MAX_CODE = 128;
    static final int MAX_NAME = 512;
    static final int MAX_ATTRIBUTES = 100_000;

    private final LayerSpec spec;
    private final Reprojection reprojection;

    BoundaryScreen(LayerSpec spec, Reprojection reprojection) {
        this.spec = spec;
        this.reprojection = reprojection;
    }

    ScreenedLayer screen(SourceFile source, ProgressTracker progress) {
        progress.phase("check " + source.name(), source.features().size());
        List<Boundary> accepted = new ArrayList<>();
        List<FeatureRepair> repairs = new ArrayList<>();
        List<FeatureRejection> rejected = new ArrayList<>();
        for (SourceFeature feature : source.features()) {
            try {
                Accepted a = screen(feature);
                accepted.add(a.boundary());
                if (!a.fixes().isEmpty()) {
                    repairs.add(new FeatureRepair(feature.index(), a.boundary().code(), String.join("; ", a.fixes())));
                }
            } catch (FeatureProblem.Thrown e) {
                rejected.add(new FeatureRejection(
                        feature.index(), e.problem().reason(), e.problem().message()));
            }
            progress.step(feature.index() + 1, accepted.size());
        }
        progress.finish(source.features().size(), accepted.size());
        return new ScreenedLayer(accepted, repairs, rejected);
    }

    /** True when {@code e} lies within longitude [-180, 180] and latitude [-90, 90]. */
    static boolean isLonLat(Envelope e) {
        return e.getMinX() >= -180 && e.getMaxX() <= 180 && e.getMinY() >= -90 && e.getMaxY() <= 90;
    }

    /** A feature that passed, with the repairs its geometry needed. */
    private record Accepted(Boundary boundary, List<String> fixes) {}

    private Accepted screen(SourceFeature f) throws FeatureProblem.Thrown {
        String code = JsonSupport.text(f.properties().get(spec.codeField()));
        if (code == null || code.isBlank()) {
            throw new FeatureProblem.Thrown(
                    FeatureRejection.MISSING_CODE,
                    "the code field '" + spec.codeField() + "' is " + (code == null ? "missing or null" : "blank"));
        }
        if (code.length() > MAX_CODE) {
            throw new FeatureProblem.Thrown(
                    FeatureRejection.CODE_TOO_LONG,
                    "the code in '" + spec.codeField() + "' has " + code.length()
                            + " characters; the store keeps at most " + MAX_CODE);
        }
        String name = optional(f, spec.nameField(), MAX_NAME);
        String parent = optional(f, spec.parentField(), MAX_CODE);
        if (f.problem() != null) {
            throw new FeatureProblem.Thrown(f.problem().reason(), f.problem().message());
        }
        Geometry geometry = f.geometry();
        if (geometry.isEmpty()) {
            String why = f.fixes().isEmpty() ? "the geometry has no coordinates" : String.join("; ", f.fixes());
            throw new FeatureProblem.Thrown(FeatureRejection.EMPTY_GEOMETRY, why);
        }
        reprojection.apply(geometry);
        Envelope extent = geometry.getEnvelopeInternal();
        if (!isLonLat(extent)) {
            throw new FeatureProblem.Thrown(
                    FeatureRejection.COORDINATES_OUT_OF_RANGE,
                    "coordinates "
                            + extent + " are not longitude/latitude after reading them as " + reprojection.sourceCrs()
                            + "; if the file is projected, give its CRS explicitly as EPSG:n (--crs)");
        }
        List<String> fixes = new ArrayList<>(f.fixes());
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error != null) {
            Geometry fixed = GeometryFixer.fix(geometry);
            if (fixed.isEmpty() || !(fixed instanceof Polygonal)) {
                throw new FeatureProblem.Thrown(
                        FeatureRejection.UNREPAIRABLE_GEOMETRY,
                        describe(error) + "; repairing it left "
                                + (fixed.isEmpty() ? "nothing" : "a " + fixed.getGeometryType()));
            }
            fixed.setSRID(4326);
            geometry = fixed;
            fixes.add(describe(error));
        }
        String attributes = attributes(f);
        return new Accepted(new Boundary(f.index(), code, name, parent, attributes, !fixes.isEmpty(), geometry), fixes);
    }

    private String optional(SourceFeature f, String field, int max) throws FeatureProblem.Thrown {
        if (field == null) {
            return null;
        }
        String value = JsonSupport.text(f.properties().get(field));
        if (value != null && value.length() > max) {
            throw new FeatureProblem.Thrown(
                    FeatureRejection.VALUE_TOO_LONG,
                    "the value of '" + field + "' has " + value.length() + " characters; the store keeps at most "
                            + max);
        }
        return value;
    }

    private static String attributes(SourceFeature f) throws FeatureProblem.Thrown {
        String json;
        try {
            json = JsonMapping.compact().writeValueAsString(f.properties());
        } catch (JsonProcessingException e) {
            throw new FeatureProblem.Thrown(
                    FeatureRejection.ATTRIBUTES_TOO_LARGE,
                    "the properties cannot be written as JSON: " + e.getOriginalMessage());
        }
        if (json.length() > MAX_ATTRIBUTES) {
            throw new FeatureProblem.Thrown(
                    FeatureRejection.ATTRIBUTES_TOO_LARGE,
                    "the properties take " + json.length() + " characters as JSON; the store keeps at most "
                            + MAX_ATTRIBUTES);
        }
        return json;
    }

    private static String describe(TopologyValidationError error) {
        var c = error.getCoordinate();
        return error.getMessage()
                + (c == null ? "" : String.format(java.util.Locale.ROOT, " at (%.7f, %.7f)", c.x, c.y));
    }
}
