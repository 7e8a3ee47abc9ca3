package org.khareetaty.core.hexgrid;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.khareetaty.core.forecast.BacktestSetup;
import org.khareetaty.core.forecast.DailySeries;
import org.khareetaty.core.forecast.ForecastRun;
import org.khareetaty.core.forecast.HolidayCalendar;
import org.khareetaty.core.forecast.ModelCatalog;
import org.khareetaty.core.forecast.StoredSeries;
import org.khareetaty.core.geo.H3Cells;

/**
 * The daily forecast of one drilled cell (r6..r10) or of the whole area, fitted on demand from the gold
 * aggregates, so the window needs no stored run: the scope's incidents per day are sums over its runs of r10
 * cells, every r10 cell for the whole area ({@link GoldCube#dailyCounts}, as {@link DrillSpikes} reads them),
 * then fitted as a stored run fits
 * a series ({@link ForecastRun#one}: the headline count regression's median on up to 1,092 days, the 80/95%
 * count intervals, the seasonal naive forecast beside it and each of the last 4 weeks validated from the days
 * before it, Tashman 2000).
 *
 * <p>A cell under one incident a day is pooled (top-down with historical proportions, Gross &amp; Sohl 1990):
 * forecast as its share of a coarser series. A cell of r6..r8 pools with its parent one resolution up, exactly
 * as {@code forecast zones --res R} pools it, so the two forecasts are the same. An r9 or r10 cell's parent is
 * itself sparse (a few incidents a year on the Chicago assaults), and a regression fitted on a series of
 * nearly all zeros would carry the noise pooling is meant to remove: such a cell pools with its nearest
 * ancestor of r8 or coarser that averages at least one incident a day, or with the whole area.
 */
public final class CellForecasts {
    /** The finest resolution a cell of r9 or r10 pools with. */
    static final int POOL_FROM = 8;

    private CellForecasts() {}

    /**
     * The forecast of {@code cell} (null: the whole area) for {@code categories} (empty: all) over {@code horizon}
     * days after the last day with an incident of those categories in {@code cube}, with the holidays of
     * {@code holidays}. The whole area's is the whole-area series of a stored run ({@code forecast store}):
     * every incident of the completed imports, pooled with itself when under one a day, as a run pools it.
     */
    public static CellForecast of(
            GoldCube cube, Long cell, List<String> categories, int horizon, HolidayCalendar holidays) {
        int res = cell == null ? 0 : H3Cells.h3().getResolution(cell);
        if (cell != null && (res < H3Cells.MIN_RES || res > H3Cells.MAX_RES)) {
            throw new IllegalArgumentException("cell " + Long.toHexString(cell) + " is at r" + res
                    + "; a drilled cell's forecast is for r" + H3Cells.MIN_RES + "..r" + H3Cells.MAX_RES);
        }
        boolean[] mask = cube.categoryMask(categories);
        String name = cell == null ? DailySeries.WHOLE_AREA : Long.toHexString(cell);
        int[] all = cube.firstDay() == null
                ? new int[0]
                : cube.dailyCounts(null, mask, (int) cube.firstDay().toEpochDay(), (int)
                        cube.lastDay().toEpochDay());
        int first = firstNonZero(all);
        int last = lastNonZero(all);
        if (last < first) {
            return notForecast(
                    cell,
                    categories,
                    null,
                    0,
                    new DailySeries(name, LocalDate.EPOCH, new int[0]),
                    CellForecast.Shortfall.SHORT_HISTORY);
        }
        LocalDate from = cube.firstDay().plusDays(first);
        LocalDate asOf = cube.firstDay().plusDays(last);
        int days = last - first + 1;
        int window = Math.min(BacktestSetup.WINDOW, days);
        DailySeries whole = new DailySeries(DailySeries.WHOLE_AREA, from, Arrays.copyOfRange(all, first, last + 1));
        DailySeries counts = cell == null ? whole : series(cube, cell, name, mask, from, asOf);
        if (window < ForecastRun.MIN_WINDOW) {
            return notForecast(cell, categories, asOf, window, counts, CellForecast.Shortfall.SHORT_HISTORY);
        }
        if (sum(counts.before(asOf.plusDays(1), window)) == 0) {
            return notForecast(cell, categories, asOf, window, counts, CellForecast.Shortfall.NO_INCIDENTS);
        }
        DailySeries parent = cell == null ? whole : parent(cube, cell, res, mask, from, asOf, window, whole);
        StoredSeries s = ForecastRun.one(counts, parent, asOf, window, horizon, holidays);
        return new CellForecast(
                cell,
                categories,
                asOf,
                window,
                counts,
                s,
                s.forecast().model().startsWith("pooled") ? parent.name() : null,
                CellForecast.Shortfall.NONE);
    }

    /**
     * The series a sparse cell pools with: for r6..r8 its parent cell, as {@code forecast zones --res R}; for
     * r9..r10 its nearest ancestor of r{@value #POOL_FROM} or coarser that averages one incident a day over the
     * window, else the whole area.
     */
    private static DailySeries parent(
            GoldCube cube,
            long cell,
            int res,
            boolean[] mask,
            LocalDate from,
            LocalDate asOf,
            int window,
            DailySeries whole) {
        if (res <= POOL_FROM) {
            long p = H3Cells.parent(cell, res - 1);
            return series(cube, p, Long.toHexString(p), mask, from, asOf);
        }
        for (int r = POOL_FROM; r >= H3Cells.MIN_RES; r--) {
            long p = H3Cells.parent(cell, r);
            DailySeries s = series(cube, p, Long.toHexString(p), mask, from, asOf);
            if (sum(s.before(asOf.plusDays(1), window)) >= ModelCatalog.SPARSE * window) {
                return s;
            }
        }
        return whole;
    }

    private static DailySeries series(
            GoldCube cube, long cell, String name, boolean[] mask, LocalDate from, LocalDate asOf) {
        return new DailySeries(
                name, from, cube.dailyCounts(cell, mask, (int) from.toEpochDay(), (int) asOf.toEpochDay()));
    }

    private static CellForecast notForecast(
            Long cell,
            List<String> categories,
            LocalDate asOf,
            int window,
            DailySeries counts,
            CellForecast.Shortfall why) {
        return new CellForecast(cell, categories, asOf, window, counts, null, null, why);
    }

    private static double sum(double[] y) {
        double s = 0;
        for (double v : y) {
            s += v;
        }
        return s;
    }

    private static int firstNonZero(int[] a) {
        int i = 0;
        while (i < a.length && a[i] == 0) {
            i++;
        }
        return i;
    }

    private static int lastNonZero(int[] a) {
        int i = a.length - 1;
        while (i >= 0 && a[i] == 0) {
            i--;
        }
        return i;
    }
}
