package org.khareetaty.core.hexgrid;

import java.util.ArrayList;
import java.util.List;
import org.khareetaty.core.geo.H3Cells;

/**
 * The cells of a {@link DrillScope} with their statistics, from the scope's {@link CellCounts}:
 * the arrest rate with its Wilson interval, the neighbour-pooled rate and the low-confidence flag,
 * busiest first.
 */
public final class ScopeQuery {
    /** At r8 and finer, only this many of the busiest cells are returned unless all are asked for. */
    public static final int TOP_CELLS = 600;
    /** Weight of each ring-1 neighbour's counts in the neighbour-pooled arrest rate. */
    public static final double NEIGHBOUR_WEIGHT = 0.5;
    /** Below this many incidents a cell's rate is flagged low confidence. */
    public static final int MIN_INCIDENTS = 10;
    /** A Wilson interval wider than this flags the cell's rate low confidence. */
    public static final double MAX_INTERVAL_WIDTH = 0.4;
    /** The period (days) over which {@link #MIN_INCIDENTS} applies in full to the map's hatching. */
    public static final int SPARSE_PERIOD_DAYS = 28;

    private ScopeQuery() {}

    /**
     * The cells of {@code counts} (as {@link CellCounts#of} reads them for {@code scope}) with their
     * statistics, busiest first (ties by cell id), labelled by {@code labels}.
     */
    public static List<CellStats> cells(DrillScope scope, CellCounts counts, CellLabels labels) {
        int[] order = busiestFirst(counts);
        int shown = !scope.allCells() && scope.res() >= 8 ? Math.min(TOP_CELLS, order.length) : order.length;
        List<CellStats> out = new ArrayList<>(shown);
        for (int r = 0; r < shown; r++) {
            int i = order[r];
            long n = counts.incidents(i);
            long known = counts.known(i);
            long arrests = counts.arrests(i);
            boolean rated = known > 0;
            WilsonInterval ci = rated ? WilsonInterval.of(arrests, known) : null;
            out.add(new CellStats(
                    counts.cell(i),
                    n,
                    arrests,
                    rated ? (double) arrests / known : null,
                    ci,
                    rated ? pooledRate(counts.cell(i), counts) : null,
                    lowConfidence(n, rated ? ci : null),
                    labels.label(counts.cell(i))));
        }
        return out;
    }

    /**
     * The low-confidence rule (docs/drilldown.md): fewer than {@link #MIN_INCIDENTS} incidents, or an
     * arrest rate whose Wilson 95% interval is wider than {@link #MAX_INTERVAL_WIDTH}. A cell without
     * arrest data is not flagged for it (its rate reads "not recorded"), and since the interval of
     * 21 or more incidents is at most 0.39 wide, a cell of thousands is never flagged.
     *
     * @param interval the interval of the cell's arrest rate, null when its source records none
     */
    public static boolean lowConfidence(long incidents, WilsonInterval interval) {
        return incidents < MIN_INCIDENTS || (interval != null && interval.width() > MAX_INTERVAL_WIDTH);
    }

    /**
     * The map's hatching threshold for a period of {@code days}: {@link #MIN_INCIDENTS} per
     * {@link #SPARSE_PERIOD_DAYS} days, rounded, at most {@link #MIN_INCIDENTS} and at least 1 (10 for
     * four weeks or more, 5 for two, 3 for one, 1 for a day: a daily view hatches nothing, since
     * every cell shown has an incident).
     */
    public static int sparseBelow(long days) {
        long scaled = Math.round((double) MIN_INCIDENTS * days / SPARSE_PERIOD_DAYS);
        return (int) Math.max(1, Math.min(MIN_INCIDENTS, scaled));
    }

    /** Indexes of the cells by incidents, most first, ties by cell id. */
    static int[] busiestFirst(CellCounts counts) {
        long[] keys = new long[counts.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ((Integer.MAX_VALUE - counts.incidents(i)) << 32) | i;
        }
        java.util.Arrays.sort(keys);
        int[] order = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }

    /**
     * The arrest rate (among incidents whose arrest status is known) of a cell pooled with its ring-1 neighbours in scope, each weighted
     * {@link #NEIGHBOUR_WEIGHT}: (a + w Σ a_i) / (n + w Σ n_i), a simple spatial shrinkage that
     * steadies the rates of sparse cells.
     */
    static double pooledRate(long cell, CellCounts counts) {
        double n = 0;
        double a = 0;
        for (long k : H3Cells.h3().gridDisk(cell, 1)) {
            int i = counts.indexOf(k);
            if (i >= 0) {
                double w = k == cell ? 1 : NEIGHBOUR_WEIGHT;
                n += w * counts.known(i);
                a += w * counts.arrests(i);
            }
        }
        return n == 0 ? 0 : a / n;
    }
}
