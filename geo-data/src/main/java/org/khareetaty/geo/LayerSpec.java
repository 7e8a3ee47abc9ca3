package org.khareetaty.geo;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What to load from a boundary file: the layer name and which feature properties hold the zone
 * code, the display name and the parent zone's code.
 *
 * @param layer       layer name, {@code [a-z][a-z0-9_]{0,29}} ("beats", "districts"); incidents get
 *                    a column {@code zone_<layer>}
 * @param codeField   property holding the zone code ("beat_num"); required in every feature
 * @param nameField   property holding the display name, or null
 * @param parentField property holding the parent zone's code ("district"), or null
 * @param primary     make this layer the store's primary layer (its union is the study area)
 * @param sourceCrs   the file's coordinate reference system as {@code EPSG:n} when the file does not
 *                    say it (a Shapefile without a usable {@code .prj}), or to override what it
 *                    says; null to take it from the file
 */
public record LayerSpec(
        String layer, String codeField, String nameField, String parentField, boolean primary, String sourceCrs) {

    private static final Pattern LAYER_NAME = Pattern.compile("[a-z][a-z0-9_]{0,29}");
    private static final Pattern EPSG = Pattern.compile("(?i)epsg:(\\d{1,6})");

    /** Validates the layer name and field names and normalises {@code sourceCrs} to {@code EPSG:n}. */
    public LayerSpec {
        Objects.requireNonNull(layer, "layer");
        if (!LAYER_NAME.matcher(layer).matches()) {
            throw new IllegalArgumentException("Layer name '" + layer + "' is not allowed: use 1 to 30 "
                    + "lower-case letters, digits or '_', starting with a letter (e.g. beats, police_districts)");
        }
        if (codeField == null || codeField.isBlank()) {
            throw new IllegalArgumentException("Layer '" + layer + "' needs a code field: the property "
                    + "that holds each zone's code (e.g. --code-field beat_num)");
        }
        nameField = blankToNull(nameField);
        parentField = blankToNull(parentField);
        sourceCrs = blankToNull(sourceCrs);
        if (sourceCrs != null) {
            var m = EPSG.matcher(sourceCrs.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("CRS '" + sourceCrs + "' is not understood: give it as "
                        + "EPSG:n, e.g. EPSG:3435 for Illinois State Plane East (US feet)");
            }
            sourceCrs = "EPSG:" + Integer.parseInt(m.group(1));
        }
    }

    /** A spec that takes the CRS from the file. */
    public LayerSpec(String layer, String codeField, String nameField, String parentField, boolean primary) {
        this(layer, codeField, nameField, parentField, primary, null);
    }

    /** This spec with the file's CRS given explicitly ({@code EPSG:n}). */
    public LayerSpec withSourceCrs(String crs) {
        return new LayerSpec(layer, codeField, nameField, parentField, primary, crs);
    }

    /** The incidents column that holds each incident's zone code in this layer: {@code zone_<layer>}. */
    public String zoneColumn() {
        return "zone_" + layer.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
