/**
 * The H3 drill-down: gold aggregates kept in step with the incidents, scopes, cell statistics,
 * KPIs, quick hits and data warnings (docs/drilldown.md), and the KPI report's tallies of a period
 * ({@code PeriodTally}, docs/reports.md). Quick hits and warnings are written in English or Arabic
 * ({@link org.khareetaty.core.hexgrid.DrillLanguage}). May depend on core {@code geo}, {@code store},
 * {@code taxonomy} (the categories' names) and {@code forecast} (the last day's spike check).
 */
package org.khareetaty.core.hexgrid;
