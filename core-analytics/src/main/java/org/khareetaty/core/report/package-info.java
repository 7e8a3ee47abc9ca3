/**
 * Reports: the CompStat-style KPI report of a scope and period (counts by category and by zone
 * against the prior period, the same period last year and the year to date, with a significance
 * test and arrest rates) as values, and its writers: CSV of every table, PDF with charts drawn as
 * vectors (docs/reports.md). Takes its numbers from core query classes ({@link
 * org.khareetaty.core.report.KpiCounts} holds its SQL); no JavaFX. May depend on core {@code store},
 * {@code hexgrid}, {@code taxonomy}, {@code csv} and {@code error}, PDFBox and JFreeChart.
 */
package org.khareetaty.core.report;
