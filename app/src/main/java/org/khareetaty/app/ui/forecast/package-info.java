/**
 * The Forecast tab: stored daily forecasts per zone with their chart, zone table and spike badges, tomorrow's
 * patrol boxes on the map, and the refresh of stale forecasts after an import. May depend on app {@code ui},
 * {@code ui.drill}, {@code ui.map}, {@code ui.hotspots} (its background analysis task), geo-data and
 * core-analytics.
 */
package org.khareetaty.app.ui.forecast;
