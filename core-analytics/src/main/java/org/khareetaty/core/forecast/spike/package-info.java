/**
 * Spikes and early warning (docs/forecast.md): a day's count per zone or cell against the count a
 * forecast model expected from the days before ({@link org.khareetaty.core.forecast.spike.SpikeCheck}),
 * and the false-alarm rate and detection delay measured on real series
 * ({@link org.khareetaty.core.forecast.spike.SpikeBacktest}). Takes series, never the store; may depend on
 * {@code core.forecast}.
 */
package org.khareetaty.core.forecast.spike;
