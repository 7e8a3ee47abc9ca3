/**
 * Next-day hotspot forecasts (docs/forecast.md, protocol B of the shared bench): a risk score per grid
 * cell for a day from the incidents before it ({@link org.khareetaty.core.forecast.risk.RiskMethod}:
 * the naive one-year count, KDE, prospective hotspotting, a self-exciting two-timescale intensity), the
 * cells flagged at a coverage ({@link org.khareetaty.core.forecast.risk.CellRanking}) and the backtest
 * that scores them by hit rate and PAI ({@link org.khareetaty.core.forecast.risk.HotspotBacktest}).
 * {@link org.khareetaty.core.forecast.risk.StoreRiskIncidents} is the one query class. May depend on
 * core {@code error}, {@code etl} (the CSV reader) and {@code store}.
 */
package org.khareetaty.core.forecast.risk;
