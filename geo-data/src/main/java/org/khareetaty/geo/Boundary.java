package org.khareetaty.geo;

import org.locationtech.jts.geom.Geometry;

/**
 * One accepted boundary, ready for the {@code boundaries} table.
 *
 * @param featureIndex position in the file, from 0
 * @param code         zone code, as text exactly as in the file
 * @param name         display name, or null
 * @param parent       parent zone code, or null
 * @param attributes   all the feature's properties as a JSON object
 * @param repaired     whether the geometry was repaired
 * @param geometry     valid Polygon or MultiPolygon, WGS84 (SRID 4326)
 */
record Boundary(
        int featureIndex,
        String code,
        String name,
        String parent,
        String attributes,
        boolean repaired,
        Geometry geometry) {}
