package org.khareetaty.core.forecast.risk;

/**
 * How an {@link IntensityFeature} counts a cell's past incidents, each weighted by its age: every incident;
 * each day with one or more incidents once (a burst of ten on one night counts as one day); or only
 * the cell's busiest exact address (the coordinates of the Chicago file lie on a 0.0001° lattice, and a
 * few addresses hold a hundred incidents or more).
 */
public enum Tally {
    INCIDENTS,
    DAYS,
    BUSIEST_ADDRESS
}
