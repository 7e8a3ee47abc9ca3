package org.khareetaty.app.cli.forecast;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.Json;
import org.khareetaty.core.forecast.risk.FlaggedCell;
import org.khareetaty.core.forecast.risk.PatrolPlan;
import org.khareetaty.core.forecast.risk.RiskGrid;
import org.khareetaty.core.forecast.risk.RiskMethod;
import org.khareetaty.core.forecast.risk.SquareGrid;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khareetaty forecast hotspots}: the grid cells at highest risk on a day, from the days before it. */
@Command(
        name = "hotspots",
        mixinStandardHelpOptions = true,
        description = {
            "Next-day hotspot forecast: the grid cells flagged at --coverage percent of the area for --date, ranked by a",
            "risk score computed from the incidents before that day only (protocol B of FORECAST_PROTOCOL.md)."
        })
final class HotspotsCommand implements Callable<Integer> {
    @Mixin
    HotspotData data;

    @Option(
            names = "--date",
            required = true,
            paramLabel = "YYYY-MM-DD",
            description = "The day forecast; incidents of that day and later are not read.")
    LocalDate date;

    @Option(
            names = "--coverage",
            paramLabel = "PERCENT",
            defaultValue = "5",
            description = "Share of the grid's area flagged (default: ${DEFAULT-VALUE}%).")
    double coverage;

    @Option(
            names = "--method",
            paramLabel = "M",
            defaultValue = "selfexciting",
            description = "naive, last28, kde, prospective, selfexciting or learned (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(
            names = "--backtest-days",
            paramLabel = "DAYS",
            defaultValue = "28",
            description = "Score the method at the coverage on the days before --date too, beside the naive one-year"
                    + " count (default: ${DEFAULT-VALUE}).")
    int backtestDays;

    @Option(
            names = "--res",
            paramLabel = "R",
            description = "H3 cells at resolution R instead of square cells (coverage then a share of the hexagons'"
                    + " area).")
    Integer res;

    @Option(names = "--json", description = "Print as JSON: the grid, every flagged cell and the backtest.")
    boolean json;

    @Override
    public Integer call() {
        RiskMethod m = HotspotData.method(method);
        data.h3Resolution = res;
        RiskGrid grid = data.grid(data.incidents(date.minusDays(1)));
        PatrolPlan plan = PatrolPlan.of(grid, m, date, coverage, backtestDays);
        List<FlaggedCell> cells = plan.cells();
        if (json) {
            System.out.println(Json.of(asMap(grid, m, plan)));
        } else {
            System.out.printf(
                    Locale.ROOT,
                    "%s hotspots for %s: %d of %d cells of %s (%.1f%% of %.2f km²), from %d incidents before it%n",
                    m.name(),
                    date,
                    cells.size(),
                    grid.cells(),
                    grid.describe(),
                    coverage,
                    grid.areaKm2(),
                    grid.incidents().size());
            System.out.printf(
                    Locale.ROOT,
                    "backtest %s..%s: the top %.1f%% caught %.1f%% of the next day's incidents (PAI %.2f);"
                            + " the naive one-year count %.1f%%%n",
                    plan.backtestFrom(),
                    plan.backtestTo(),
                    coverage,
                    100 * plan.measured().hitRateMean(),
                    plan.measured().paiMean(),
                    100 * plan.naive().hitRateMean());
            System.out.printf(Locale.ROOT, "%6s %15s %11s %10s %10s%n", "rank", "cell", "lon", "lat", "score");
            for (FlaggedCell c : cells) {
                System.out.printf(
                        Locale.ROOT,
                        "%6d %15s %11.5f %10.5f %10.3f%n",
                        c.rank(),
                        grid.name(c.cell()),
                        c.lon(),
                        c.lat(),
                        c.score());
            }
        }
        return 0;
    }

    private Map<String, Object> asMap(RiskGrid grid, RiskMethod m, PatrolPlan plan) {
        List<FlaggedCell> cells = plan.cells();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("date", date.toString());
        out.put("method", m.name());
        out.put("coverage", coverage);
        out.put("grid", grid.describe());
        if (grid instanceof SquareGrid square) {
            out.put("cell_metres", square.size());
        }
        out.put("cells", grid.cells());
        out.put("area_km2", grid.areaKm2());
        out.put("incidents_before", grid.incidents().size());
        out.put(
                "flagged",
                cells.stream()
                        .map(c -> Map.of(
                                "rank",
                                c.rank(),
                                "cell",
                                grid instanceof SquareGrid ? (Object) c.cell() : grid.name(c.cell()),
                                "lon",
                                c.lon(),
                                "lat",
                                c.lat(),
                                "score",
                                c.score()))
                        .toList());
        Map<String, Object> backtest = new LinkedHashMap<>();
        backtest.put("from", plan.backtestFrom().toString());
        backtest.put("to", plan.backtestTo().toString());
        backtest.put("hit_rate", plan.measured().hitRateMean());
        backtest.put("pai", plan.measured().paiMean());
        backtest.put("naive_hit_rate", plan.naive().hitRateMean());
        out.put("backtest", backtest);
        return out;
    }
}
