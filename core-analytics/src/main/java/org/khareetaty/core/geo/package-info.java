/**
 * Geometry shared by the analyses: great-circle and local distances, H3 cells and covers,
 * point-in-boundary lookups, CRS projection, small GeoJSON files. Depends on JTS, proj4j, H3, Jackson
 * and JDBC only.
 */
package org.khareetaty.core.geo;
