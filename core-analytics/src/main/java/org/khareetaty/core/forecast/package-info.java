/**
 * Count forecasts per zone, per H3 cell and for the whole area (docs/forecast.md): the models take
 * daily series ({@link org.khareetaty.core.forecast.DailySeries}) and return forecasts with 80% and 95%
 * intervals; {@link org.khareetaty.core.forecast.ZoneDailyCounts} is the one query class that reads the
 * series from the store; {@link org.khareetaty.core.forecast.Backtest} scores models by rolling-origin
 * evaluation (protocol A of the shared bench). May depend on core {@code error}, {@code etl} (the CSV
 * reader), {@code geo} (an H3 cell's parent), {@code store} and {@code taxonomy}.
 */
package org.khareetaty.core.forecast;
