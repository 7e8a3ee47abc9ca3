package org.khareetaty.core.hexgrid;

import java.time.LocalDate;
import java.util.List;
import org.khareetaty.core.geo.H3Cells;

/**
 * What a drill-down looks at: the cells at one resolution, over the whole store or inside a
 * parent cell one resolution up, over a date range (local dates, both ends included), for some
 * offense categories or all.
 *
 * @param res        resolution of the cells shown, 6..10
 * @param parent     the cell drilled into (resolution {@code res - 1}), or null for the whole store
 * @param from       first local date
 * @param to         last local date
 * @param categories categories in scope; empty means all
 * @param allCells   false to return only the busiest {@link ScopeQuery#TOP_CELLS} at r8 and finer
 */
public record DrillScope(
        int res, Long parent, LocalDate from, LocalDate to, List<String> categories, boolean allCells) {
    public DrillScope {
        if (res < H3Cells.MIN_RES || res > H3Cells.MAX_RES) {
            throw new IllegalArgumentException(
                    "resolution " + res + " is outside r" + H3Cells.MIN_RES + "..r" + H3Cells.MAX_RES);
        }
        if (parent != null && H3Cells.h3().getResolution(parent) != res - 1) {
            throw new IllegalArgumentException("cell " + Long.toHexString(parent) + " is at r"
                    + H3Cells.h3().getResolution(parent) + "; its children are at r"
                    + (H3Cells.h3().getResolution(parent) + 1) + ", not r" + res);
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("the range " + from + " .. " + to + " ends before it starts");
        }
        categories = List.copyOf(categories);
    }

    /** The children of {@code cell} over the same dates and categories. */
    public DrillScope into(long cell) {
        return new DrillScope(H3Cells.h3().getResolution(cell) + 1, cell, from, to, categories, allCells);
    }
}
