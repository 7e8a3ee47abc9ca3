package org.khareetaty.core.alert.enrich;

import org.locationtech.jts.geom.Geometry;

/**
 * A sensitive site: a school, hospital, government building... as a point or a polygon (WGS84).
 *
 * @param id   store id
 * @param kind lower-case kind ({@code school}); its weight is in the configuration's {@code [sites.kind_weight]}
 * @param name display name, or null
 */
public record Site(long id, String kind, String name, Geometry geometry) {}
