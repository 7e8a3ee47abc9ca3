/**
 * The offline basemap: tiles drawn from a store's boundary layers, written as MBTiles or a z/x/y
 * folder and read back, or drawn on demand (docs/basemap.md). May depend on core-analytics
 * ({@code store}, {@code progress}), JTS, Java2D and SQLite; never on JavaFX.
 */
package org.khareetaty.geo.basemap;
