package org.khareetaty.app.ui.forecast;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khareetaty.core.forecast.DailySeries;
import org.khareetaty.core.forecast.ForecastRetrain;
import org.khareetaty.core.forecast.ForecastRun;
import org.khareetaty.core.forecast.HolidayCalendar;
import org.khareetaty.core.forecast.ModelCatalog;
import org.khareetaty.core.forecast.NextDayHours;
import org.khareetaty.core.forecast.SeriesScope;
import org.khareetaty.core.forecast.SeriesSet;
import org.khareetaty.core.forecast.StoreCalendar;
import org.khareetaty.core.forecast.StoredForecasts;
import org.khareetaty.core.forecast.StoredRun;
import org.khareetaty.core.forecast.ZoneDailyCounts;
import org.khareetaty.core.forecast.risk.FlaggedCell;
import org.khareetaty.core.forecast.risk.LearnedIntensity;
import org.khareetaty.core.forecast.risk.NextDayHotspots;
import org.khareetaty.core.forecast.risk.PatrolPlan;
import org.khareetaty.core.forecast.risk.RiskGrid;
import org.khareetaty.core.forecast.risk.RiskIncidents;
import org.khareetaty.core.forecast.risk.RiskMethod;
import org.khareetaty.core.forecast.risk.SelfExciting;
import org.khareetaty.core.forecast.risk.StoreRiskIncidents;
import org.khareetaty.core.forecast.spike.Spike;
import org.khareetaty.core.forecast.spike.SpikeCheck;
import org.khareetaty.core.geo.ZoneNames;
import org.khareetaty.core.hexgrid.CellForecast;
import org.khareetaty.core.hexgrid.CellForecasts;
import org.khareetaty.core.hexgrid.GoldCube;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.report.NextDayBoxes;
import org.khareetaty.core.store.Store;
import org.khareetaty.geo.BoundaryLayers;
import org.khareetaty.geo.LayerInfo;

/**
 * The store work of the Forecast tab, each call meant for a background thread: the stored forecast of a
 * layer with the daily counts behind it and the last day's spikes ({@code forecast stored}, {@code forecast
 * spikes}), a new stored forecast ({@code forecast store}), the retrain rule ({@code forecast refresh}) and
 * tomorrow's patrol boxes with the hit rate they had on the days before ({@code forecast hotspots},
 * {@code forecast hotspots-backtest}), and a drilled cell's forecast fitted on demand when none is stored. The same core calls as those commands, so the tab shows what they print.
 */
public final class ForecastViewModel {
    /** Days of history the chart shows before the forecast. */
    static final int HISTORY_DAYS = 56;
    /** The days before tomorrow on which the patrol boxes are scored. */
    static final int BACKTEST_DAYS = 28;
    /** Share of the area, percent, whose risk the map colours. */
    static final double RISK_SHOWN = 10;
    /** The patrol boxes' methods: the self-exciting point process and the learned intensity. */
    static final List<String> METHODS = List.of("selfexciting", "learned");
    /** The patrol boxes' grids, as {@code forecast hotspots-backtest --grid} names them. */
    static final List<String> GRIDS = List.of("150m", "h3:9");

    static final String H3_GRID = "h3:9";
    /** The H3 scopes a cell's daily counts are forecast at (r6..r8: finer cells count too few a day). */
    static final List<String> CELL_SCOPES = List.of("h3:6", "h3:7", "h3:8");

    static final int PATROL_H3_RESOLUTION = 9;
    static final double SQUARE_METRES = 150;
    /** The spike check's model and window, as {@code forecast spikes} defaults. */
    private static final String SPIKE_MODEL = "ets";

    private static final int SPIKE_WINDOW = 1092;
    private static final int HORIZON = 7;

    private final Store store;

    ForecastViewModel(Store store) {
        this.store = store;
    }

    /**
     * The scopes forecast: the store's boundary layers, the coarsest first (fewest zones: their daily counts
     * are the largest, the forecasts most useful), then the H3 cells of {@link #CELL_SCOPES} ({@code h3:R}, as
     * {@code forecast zones --res R}); none when the store has no incidents' layers at all.
     */
    List<String> layers() {
        List<String> out = new java.util.ArrayList<>(new BoundaryLayers(store)
                .list().stream()
                        .sorted(Comparator.comparingInt(LayerInfo::featureCount).thenComparing(LayerInfo::layer))
                        .map(LayerInfo::layer)
                        .toList());
        if (!out.isEmpty()) {
            out.addAll(CELL_SCOPES);
        }
        return out;
    }

    /** The scope of {@code name}: a boundary layer or {@code h3:R}. */
    static SeriesScope scope(String name, List<String> categories, LocalDate through) {
        return name.startsWith("h3:")
                ? SeriesScope.cells(Integer.parseInt(name.substring(3)), categories, through)
                : SeriesScope.layer(name, categories, through);
    }

    /**
     * The stored forecast of {@code layer} for {@code categories} with the daily counts up to its as-of day and
     * the spike checks of that day; a view without a run when none is stored.
     */
    ForecastView load(String layer, List<String> categories) {
        List<StoredRun> all = StoredForecasts.list(store);
        StoredRun listed = all.stream()
                .filter(r -> r.scope().equals(layer)
                        && new java.util.HashSet<>(r.categories()).equals(new java.util.HashSet<>(categories)))
                .findFirst()
                .orElse(null);
        ZoneNames names = store.read("read the zone names of", ZoneNames::read);
        if (listed == null) {
            return new ForecastView(layer, categories, null, all, null, Map.of(), Map.of(), names);
        }
        StoredRun run = StoredForecasts.load(store, listed.id());
        SeriesScope scope = scope(layer, categories, run.asOf());
        SeriesSet counts = ZoneDailyCounts.load(store, scope);
        return new ForecastView(
                layer, categories, run, all, counts, spikes(counts, run.asOf()), hours(run, scope), names);
    }

    /**
     * The next-24-hours view of every series of {@code run}: its first day spread over hours with the
     * hour-of-week profile of its training window ({@code forecast zones --hours}).
     */
    private Map<String, NextDayHours> hours(StoredRun run, SeriesScope scope) {
        var profiles = ZoneDailyCounts.hourProfiles(store, scope, run.asOf().minusDays(run.window() - 1L), run.asOf());
        Map<String, NextDayHours> out = new LinkedHashMap<>();
        NextDayHours.of(run, profiles).forEach(h -> out.put(h.zone(), h));
        return out;
    }

    /** The one-day and seven-day spike checks of every series on {@code day}, by zone. */
    private static Map<String, SpikeBadge> spikes(SeriesSet counts, LocalDate day) {
        var model = ModelCatalog.of(SPIKE_MODEL, HolidayCalendar.NONE, counts.whole());
        Map<String, SpikeBadge> out = new LinkedHashMap<>();
        List<DailySeries> all = new java.util.ArrayList<>(counts.zones());
        all.add(counts.whole());
        for (DailySeries s : all) {
            if (s.indexOf(day) - 7 < 28 || s.indexOf(day) >= s.counts().length) {
                continue;
            }
            Spike one = SpikeCheck.check(s.name(), s.first(), s.counts(), day, 1, model, SPIKE_WINDOW);
            Spike week = SpikeCheck.check(s.name(), s.first(), s.counts(), day, 7, model, SPIKE_WINDOW);
            out.put(s.name(), new SpikeBadge(one, week));
        }
        return out;
    }

    /**
     * The forecast of the drilled {@code cell} (r6..r10; null: the whole area) for {@code categories}, fitted now
     * from {@code cube} (the drill's aggregates) and not stored ({@link CellForecasts}): for a scope without a
     * stored forecast shown.
     */
    CellForecast cell(GoldCube cube, Long cell, List<String> categories) {
        return CellForecasts.of(cube, cell, categories, HORIZON, StoreCalendar.holidays(store));
    }

    /** Fits and stores the forecast of {@code layer} for {@code categories} on every day in the store. */
    StoredRun make(String layer, List<String> categories, ProgressListener progress) {
        SeriesScope scope = scope(layer, categories, null);
        StoredRun run = ForecastRun.make(
                ZoneDailyCounts.load(store, scope), scope, null, HORIZON, StoreCalendar.holidays(store), progress);
        StoredForecasts.save(store, run);
        return run;
    }

    /**
     * The daily retrain after an import, as {@code khareetaty import} starts it: core's {@link ForecastRetrain}
     * refits every stored forecast an import completed after, on its own thread, reporting to {@code progress}
     * and stopping when it says cancelled (the runs refitted before are kept, the others stay stale); then
     * tomorrow's forecast boxes of the choices reports kept boxes of ({@link NextDayBoxes}), so that the next
     * report reads them.
     */
    List<StoredRun> refresh(ProgressListener progress) throws InterruptedException {
        List<StoredRun> runs = ForecastRetrain.needed(store)
                ? ForecastRetrain.start(store, progress).await()
                : List.of();
        if (NextDayBoxes.needed(store)) {
            NextDayBoxes.make(store, progress);
        }
        return runs;
    }

    /**
     * Tomorrow's patrol boxes (the day after the last incident of {@code categories}) by {@code method}
     * ({@link #METHODS}) on {@code grid} ({@link #GRIDS}: protocol B's 150 m squares or H3 r9 hexagons) with the
     * hit rate they had on each of the {@link #BACKTEST_DAYS} days before, beside the naive 365-day map's:
     * {@code forecast hotspots --date --method M [--res 9]}'s {@link PatrolPlan}; and the riskiest
     * {@link #RISK_SHOWN}% of cells, the risk the map colours.
     */
    PatrolForecast patrol(List<String> categories, double coverage, String method, String grid) {
        RiskIncidents incidents = StoreRiskIncidents.load(store, categories, null);
        RiskGrid cells;
        double[] origin = RiskGrid.defaultOrigin(incidents);
        if (grid.equals(H3_GRID)) {
            cells = RiskGrid.h3(incidents, PATROL_H3_RESOLUTION);
        } else {
            cells = RiskGrid.of(incidents, origin[0], origin[1], SQUARE_METRES);
        }
        RiskMethod m = method.equals("learned") ? LearnedIntensity.chosen() : SelfExciting.chosen();
        LocalDate day = LocalDate.ofEpochDay(incidents.lastDay() + 1L);
        PatrolPlan plan = PatrolPlan.of(cells, m, day, coverage, BACKTEST_DAYS);
        List<FlaggedCell> risky = coverage >= RISK_SHOWN
                ? plan.cells()
                : NextDayHotspots.flag(cells, m, (int) day.toEpochDay(), RISK_SHOWN);
        return new PatrolForecast(
                categories, plan, m.name(), grid, cells.cells(), cells.areaKm2(), SQUARE_METRES, origin[1], risky);
    }

    /**
     * A layer's stored forecast as the tab shows it.
     *
     * @param run     the stored run with its series, or null when none is stored for the layer and categories
     * @param all     every stored run (their ages)
     * @param counts  the daily counts up to the run's as-of day, or null without a run
     * @param spikes  the spike checks of the as-of day by zone ({@code all} for the whole area)
     * @param hours   the next 24 hours of each series by zone ({@code all} for the whole area)
     */
    public record ForecastView(
            String layer,
            List<String> categories,
            StoredRun run,
            List<StoredRun> all,
            SeriesSet counts,
            Map<String, SpikeBadge> spikes,
            Map<String, NextDayHours> hours,
            ZoneNames names) {}

    /**
     * A series' spike checks on one day: its count against the model's one-day forecast, and the week ending
     * that day against the week's forecast; either alarm makes a badge (the default of {@code forecast
     * spikes-backtest}).
     */
    public record SpikeBadge(Spike day, Spike week) {
        /** Whether either check alarms. */
        public boolean alarm() {
            return day.alarm() || week.alarm();
        }

        /** The check that alarms with the higher score (the day's when neither does). */
        public Spike strongest() {
            return week.alarm() && (!day.alarm() || week.score() > day.score()) ? week : day;
        }
    }

    /**
     * Tomorrow's patrol boxes and the risk around them.
     *
     * @param categories  the categories counted (empty: all)
     * @param plan        the patrol boxes with their backtest
     * @param method      the risk method's name
     * @param grid        {@code 150m} (squares) or {@code h3:9} (hexagons; a box's cell is its H3 index)
     * @param cells       the grid's cells
     * @param lat0        the square grid's origin latitude (its cells are {@code cellMetres} square there)
     * @param risky       the cells of the riskiest {@link #RISK_SHOWN}% (or the boxes, when more), riskiest first
     */
    public record PatrolForecast(
            List<String> categories,
            PatrolPlan plan,
            String method,
            String grid,
            int cells,
            double areaKm2,
            double cellMetres,
            double lat0,
            List<FlaggedCell> risky) {
        /** The patrol boxes, riskiest first. */
        public List<FlaggedCell> boxes() {
            return plan.cells();
        }

        /** Whether the boxes are H3 hexagons. */
        public boolean hexagons() {
            return grid.equals(H3_GRID);
        }

        /** The share of the area flagged, percent. */
        public double coverage() {
            return plan.coverage();
        }
    }
}
