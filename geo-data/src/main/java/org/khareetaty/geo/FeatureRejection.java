package org.khareetaty.geo;

/**
 * A feature of a boundary file that was not loaded, and why.
 *
 * @param featureIndex position of the feature in the file, from 0 (GeoJSON: {@code features[i]};
 *                     Shapefile: record number - 1)
 * @param reason       short machine-readable reason, one of the constants of this type
 * @param message      what is wrong, for the analyst
 */
public record FeatureRejection(int featureIndex, String reason, String message) {
    /** The code field is absent, null or blank. */
    public static final String MISSING_CODE = "missing_code";
    /** The code is longer than the store's 128 characters. */
    public static final String CODE_TOO_LONG = "code_too_long";
    /** The name or parent value is longer than the store allows. */
    public static final String VALUE_TOO_LONG = "value_too_long";
    /** The feature has no geometry. */
    public static final String MISSING_GEOMETRY = "missing_geometry";
    /** The geometry is not a Polygon or MultiPolygon. */
    public static final String NOT_POLYGONAL = "not_polygonal";
    /** The geometry has no area to speak of: no coordinates, or every ring collapsed. */
    public static final String EMPTY_GEOMETRY = "empty_geometry";
    /** The geometry could not be read (malformed coordinates, unknown type). */
    public static final String UNREADABLE_GEOMETRY = "unreadable_geometry";
    /** The geometry was invalid and repairing it left nothing polygonal. */
    public static final String UNREPAIRABLE_GEOMETRY = "unrepairable_geometry";
    /** After reprojection the coordinates are not longitude/latitude (wrong or missing CRS). */
    public static final String COORDINATES_OUT_OF_RANGE = "coordinates_out_of_range";
    /** The feature's properties are larger than the store keeps (100,000 characters of JSON). */
    public static final String ATTRIBUTES_TOO_LARGE = "attributes_too_large";

    @Override
    public String toString() {
        return "feature " + featureIndex + ": " + reason + ": " + message;
    }
}
