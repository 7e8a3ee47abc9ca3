/**
 * The hotspot panel: DBSCAN and Gi* parameters and runs, drawn on the map. May depend on app
 * {@code ui}, {@code ui.drill} and {@code ui.map}, and core-analytics.
 */
package org.khareetaty.app.ui.hotspots;
