package org.khareetaty.core.hexgrid;

import java.util.Arrays;
import org.khareetaty.core.geo.H3Cells;

/**
 * The counts of a drill-down scope read from the {@link GoldCube} in one pass: per cell at the
 * scope's resolution (ascending cell id, only cells with incidents) the incidents, those whose
 * source records the arrest status, and arrests; and for the KPIs, the scope's totals, the total of
 * the period of equal length just before, and both over every category.
 */
public final class CellCounts {
    private long[] cells = new long[64];
    private long[] incidents = new long[64];
    private long[] known = new long[64];
    private long[] arrests = new long[64];
    private int size;
    private long total;
    private long knownTotal;
    private long arrestsTotal;
    private long previous;
    private long allCategories;
    private long allCategoriesPrevious;

    private CellCounts() {}

    /** Counts {@code scope} in {@code cube}. */
    public static CellCounts of(GoldCube cube, DrillScope scope) {
        int[] range = cube.cellRange(scope.parent());
        boolean[] mask = cube.categoryMask(scope.categories());
        CellCounts out =
                cube.inHalves(range[0], range[1], (from, to) -> count(cube, scope, mask, from, to), CellCounts::then);
        for (int i = 0; i < out.size; i++) {
            out.total += out.incidents[i];
            out.knownTotal += out.known[i];
            out.arrestsTotal += out.arrests[i];
        }
        return out;
    }

    /** The counts of the r10 cells with indexes [fromCell, toCell). */
    private static CellCounts count(GoldCube cube, DrillScope scope, boolean[] mask, int fromCell, int toCell) {
        CellCounts out = new CellCounts();
        int from = (int) scope.from().toEpochDay();
        int to = (int) scope.to().toEpochDay();
        int previousFrom = from - (to - from + 1);
        int res = scope.res();
        long current = 0;
        for (int ci = fromCell; ci < toCell; ci++) {
            int s = cube.start[ci];
            int e = cube.start[ci + 1];
            int a = GoldCube.lowerBound(cube.day, s, e, from);
            int b = GoldCube.lowerBound(cube.day, a, e, to + 1);
            int pa = GoldCube.lowerBound(cube.day, s, a, previousFrom);
            out.allCategoriesPrevious += a - pa;
            out.allCategories += b - a;
            long n = 0;
            long k = 0;
            long x = 0;
            if (mask == null) {
                out.previous += a - pa;
                n = b - a;
                for (int i = a; i < b; i++) {
                    int f = cube.flags[i] & GoldCube.ARREST_BITS;
                    if (f != GoldCube.ARREST_UNKNOWN) {
                        k++;
                        x += f >> 1;
                    }
                }
            } else {
                for (int i = pa; i < a; i++) {
                    if (mask[cube.category[i] & 0xFF]) {
                        out.previous++;
                    }
                }
                for (int i = a; i < b; i++) {
                    if (mask[cube.category[i] & 0xFF]) {
                        n++;
                        int f = cube.flags[i] & GoldCube.ARREST_BITS;
                        if (f != GoldCube.ARREST_UNKNOWN) {
                            k++;
                            x += f >> 1;
                        }
                    }
                }
            }
            if (n > 0) {
                long cell = H3Cells.parent(cube.cells[ci], res);
                if (out.size == 0 || cell != current) {
                    out.append(cell);
                    current = cell;
                }
                out.incidents[out.size - 1] += n;
                out.known[out.size - 1] += k;
                out.arrests[out.size - 1] += x;
            }
        }
        return out;
    }

    /** These counts followed by those of the next r10 cells ({@code next}); a cell split between them is added up. */
    private CellCounts then(CellCounts next) {
        for (int i = 0; i < next.size; i++) {
            if (i > 0 || size == 0 || cells[size - 1] != next.cells[0]) {
                append(next.cells[i]);
            }
            incidents[size - 1] += next.incidents[i];
            known[size - 1] += next.known[i];
            arrests[size - 1] += next.arrests[i];
        }
        previous += next.previous;
        allCategories += next.allCategories;
        allCategoriesPrevious += next.allCategoriesPrevious;
        return this;
    }

    private void append(long cell) {
        if (size == cells.length) {
            int n = size * 2;
            cells = Arrays.copyOf(cells, n);
            incidents = Arrays.copyOf(incidents, n);
            known = Arrays.copyOf(known, n);
            arrests = Arrays.copyOf(arrests, n);
        }
        cells[size++] = cell;
    }

    /** Cells with incidents in scope. */
    public int size() {
        return size;
    }

    /** The i-th cell, ascending ids. */
    public long cell(int i) {
        return cells[i];
    }

    public long incidents(int i) {
        return incidents[i];
    }

    public long known(int i) {
        return known[i];
    }

    public long arrests(int i) {
        return arrests[i];
    }

    /** Index of {@code cell}, or -1 when it has no incidents in scope. */
    public int indexOf(long cell) {
        int i = Arrays.binarySearch(cells, 0, size, cell);
        return i < 0 ? -1 : i;
    }

    /** Incidents in scope. */
    public long total() {
        return total;
    }

    /** Incidents in scope whose source records the arrest status. */
    public long knownTotal() {
        return knownTotal;
    }

    /** Arrests in scope. */
    public long arrestsTotal() {
        return arrestsTotal;
    }

    /** Incidents of the scope's cells and categories in the period of equal length just before. */
    public long previous() {
        return previous;
    }

    /** Incidents of every category in the scope's cells and dates. */
    public long allCategories() {
        return allCategories;
    }

    /** Incidents of every category in the scope's cells over the previous period. */
    public long allCategoriesPrevious() {
        return allCategoriesPrevious;
    }
}
