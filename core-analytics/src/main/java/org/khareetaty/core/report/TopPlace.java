package org.khareetaty.core.report;

/**
 * One row of the report's top places: an H3 cell or a block, with its incidents in the period and
 * in the prior period.
 *
 * @param key           the cell's hex id, or the block as the source writes it
 * @param name          the cell's name ({@link org.khareetaty.core.hexgrid.CellLabels}: "Beat 0111 / District 1 / Loop
 *                      Community Area"), or the block
 * @param label         the cell's centre, or the mean place of the block's incidents in the period
 *                      ("41.88129, -87.62775")
 * @param current       incidents in the period
 * @param prior         incidents in the prior period
 * @param lowConfidence fewer than {@link org.khareetaty.core.hexgrid.ScopeQuery#MIN_INCIDENTS} incidents in the period
 */
public record TopPlace(String key, String name, String label, long current, long prior, boolean lowConfidence) {}
