/**
 * The street layer of the offline map: street centrelines read from a line layer (GeoJSON,
 * Shapefile) or an OpenStreetMap extract ({@code .osm.pbf}), cut into the web-mercator tiles of
 * zoom {@value org.khareetaty.geo.streets.StreetTile#ZOOM} and stored with their names and classes
 * ({@link org.khareetaty.geo.streets.StreetLoader}); read back a range of tiles at a time by the
 * map ({@link org.khareetaty.geo.streets.StreetLines}), and by a report's map page (core's
 * {@code report.StreetLayer}). Uses core (store, progress, errors, the report's street layer), the
 * web-mercator arithmetic of {@code geo.basemap}, JTS, H2GIS's Shapefile driver and the OSM-binary
 * reader; no JavaFX.
 */
package org.khareetaty.geo.streets;
