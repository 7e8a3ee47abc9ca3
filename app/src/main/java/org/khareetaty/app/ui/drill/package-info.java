/**
 * The drill-down's view model and controls: filters, time playback, breadcrumbs, KPI cards, notes.
 * May depend on app {@code ui} and {@code ui.map}, and core-analytics.
 */
package org.khareetaty.app.ui.drill;
