/**
 * The H3 drill-down: gold aggregates kept in step with the incidents, scopes, cell statistics,
 * KPIs, quick hits and data warnings (docs/drilldown.md). May depend on core {@code geo} and {@code store}.
 */
package org.khareetaty.core.hexgrid;
