package org.khareetaty.core.forecast.risk;

/**
 * One cell of a next-day hotspot forecast, for the map and for patrol planning.
 *
 * @param rank 1 = riskiest
 * @param cell grid cell id ({@code row·cols + col} of the {@link RiskGrid})
 * @param lon longitude of the cell centre
 * @param lat latitude of the cell centre
 * @param score the method's risk score
 */
public record FlaggedCell(int rank, int cell, double lon, double lat, double score) {}
