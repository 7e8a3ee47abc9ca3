/**
 * Per-stage latency of the alert pipeline: logarithmic histograms in memory, totals in the store.
 * Depends on JDBC only.
 */
package org.khareetaty.core.alert.stats;
