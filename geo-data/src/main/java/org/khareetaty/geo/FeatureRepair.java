package org.khareetaty.geo;

/**
 * A feature that was loaded after its geometry was repaired (JTS {@code GeometryFixer}, or an
 * unclosed ring closed, or a collapsed ring dropped).
 *
 * @param featureIndex position of the feature in the file, from 0
 * @param code         the feature's zone code
 * @param problem      what was wrong with the geometry as read
 */
public record FeatureRepair(int featureIndex, String code, String problem) {}
