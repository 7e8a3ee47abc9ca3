/**
 * The map: Gluon Maps basemap under canvas layers (boundaries, hexagons, hotspots, points, alerts,
 * sketches), legend, scale bar, colour scales. May depend on core-analytics and JTS.
 */
package org.khareetaty.app.ui.map;
