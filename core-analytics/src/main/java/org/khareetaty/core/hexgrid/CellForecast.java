package org.khareetaty.core.hexgrid;

import java.time.LocalDate;
import java.util.List;
import org.khareetaty.core.forecast.DailySeries;
import org.khareetaty.core.forecast.StoredSeries;
import org.khareetaty.core.geo.H3Cells;

/**
 * A drilled cell's (or the whole area's) daily forecast fitted on demand ({@link CellForecasts}), not stored:
 * its incidents per day read from the gold aggregates and, when it had enough history, the forecast a stored
 * run would hold for it.
 *
 * @param cell       the H3 cell, r6..r10; null for the whole area
 * @param categories the categories counted (empty: all)
 * @param asOf       the last day of data (the store's last day with an incident of the categories)
 * @param window     training days: up to 1,092 before and including {@code asOf}
 * @param counts     the cell's incidents per day, up to {@code asOf}
 * @param series     the forecast with its validation weeks; null when {@link #shortfall} is not {@code NONE}
 * @param pooledWith the series a sparse cell was forecast a share of: an ancestor cell (hex) or
 *                   {@link DailySeries#WHOLE_AREA}; null when forecast from its own days or not forecast
 * @param shortfall  why the cell was not forecast, or {@link Shortfall#NONE}
 */
public record CellForecast(
        Long cell,
        List<String> categories,
        LocalDate asOf,
        int window,
        DailySeries counts,
        StoredSeries series,
        String pooledWith,
        Shortfall shortfall) {
    public CellForecast {
        categories = List.copyOf(categories);
    }

    /** Why a cell was not forecast. */
    public enum Shortfall {
        /** It was forecast. */
        NONE,
        /** The store holds fewer days than eight weeks and four to validate on. */
        SHORT_HISTORY,
        /** The cell had no incident in the training window: there is nothing to scale a forecast by. */
        NO_INCIDENTS
    }

    /** Whether this is the whole area's forecast (every incident), not a cell's. */
    public boolean wholeArea() {
        return cell == null;
    }

    /** Whether this is the forecast of {@code scope}: an H3 cell, or null for the whole area. */
    public boolean of(Long scope) {
        return java.util.Objects.equals(cell, scope);
    }

    /** The cell's resolution; 0 for the whole area. */
    public int res() {
        return cell == null ? 0 : H3Cells.h3().getResolution(cell);
    }

    /** Whether a forecast was made. */
    public boolean forecast() {
        return shortfall == Shortfall.NONE;
    }

    /** Whether the cell was forecast as a share of a coarser series (under one incident a day). */
    public boolean pooled() {
        return pooledWith != null;
    }

    /** The cell's mean incidents per day over the training window. */
    public double perDay() {
        if (window == 0) {
            return 0;
        }
        double[] y = counts.before(asOf.plusDays(1), window);
        double sum = 0;
        for (double v : y) {
            sum += v;
        }
        return sum / window;
    }
}
