/**
 * Reports: the CompStat-style KPI report of a scope and period (counts by category and by zone
 * against the prior period, the same period last year and the year to date, with a significance
 * test and arrest rates) as values, and its writers: CSV of every table, GeoJSON of the zones, PDF
 * in English or Arabic with charts drawn as vectors (docs/reports.md). Takes its numbers from its
 * query classes ({@link org.khareetaty.core.report.KpiCounts}, {@code ZoneShapes} hold its SQL); no
 * JavaFX. May depend on core {@code store}, {@code hexgrid}, {@code taxonomy}, {@code csv},
 * {@code json} and {@code error}, PDFBox, JFreeChart and ICU4J.
 */
package org.khareetaty.core.report;
