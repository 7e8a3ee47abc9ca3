/**
 * The map's basemap tiles for Gluon Maps: the store's offline basemap, MBTiles or folders, or an
 * online tile server with a disk cache. May depend on geo-data's {@code basemap} and Gluon Maps.
 */
package org.khareetaty.app.map.tiles;
