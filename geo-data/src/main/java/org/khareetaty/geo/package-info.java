/**
 * Boundary layers: loading GeoJSON and Shapefile boundaries into a store (screened, repaired,
 * reprojected), labelling incidents with their zones, and Kuwait's bundled governorates
 * (docs/boundaries.md). May depend on core-analytics ({@code store}, {@code progress}), H2GIS, JTS and proj4j.
 */
package org.khareetaty.geo;
