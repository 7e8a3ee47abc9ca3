package org.khareetaty.core.forecast.risk;

/**
 * One cell of a next-day hotspot forecast, for the map and for patrol planning.
 *
 * @param rank 1 = riskiest
 * @param cell the cell's id ({@link RiskGrid#cellId}: {@code row·cols + col} of a square grid, or the H3 index)
 * @param lon longitude of the cell centre
 * @param lat latitude of the cell centre
 * @param score the method's risk score
 */
public record FlaggedCell(int rank, long cell, double lon, double lat, double score) {}
