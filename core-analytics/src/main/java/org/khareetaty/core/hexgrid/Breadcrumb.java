package org.khareetaty.core.hexgrid;

/**
 * One step of the path from the whole area down to the cell being looked at.
 *
 * @param res   resolution of the cell, or 0 for the whole area
 * @param cell  the H3 cell, or 0 for the whole area
 * @param label what an analyst calls it
 */
public record Breadcrumb(int res, long cell, String label) {}
