package org.khareetaty.geo;

import java.util.List;

/**
 * A boundary file as read.
 *
 * @param name       the file as the analyst named it (path, or {@code classpath:/...})
 * @param features   every feature, in file order
 * @param fields     property names present in at least one feature, in order of first appearance
 * @param crs        the CRS the file declares or implies ({@code EPSG:n}), or null when unknown
 * @param crsProblem why the CRS is unknown, when {@code crs} is null
 */
record SourceFile(String name, List<SourceFeature> features, List<String> fields, String crs, String crsProblem) {}
