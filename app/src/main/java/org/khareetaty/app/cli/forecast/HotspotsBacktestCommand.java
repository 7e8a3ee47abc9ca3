package org.khareetaty.app.cli.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.Json;
import org.khareetaty.core.forecast.risk.HitRates;
import org.khareetaty.core.forecast.risk.HotspotBacktest;
import org.khareetaty.core.forecast.risk.HotspotBacktestResult;
import org.khareetaty.core.forecast.risk.RiskGrid;
import org.khareetaty.core.forecast.risk.RiskMethod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khareetaty forecast hotspots-backtest}: protocol B's hit rates and PAI for every method. */
@Command(
        name = "hotspots-backtest",
        mixinStandardHelpOptions = true,
        description = {
            "Backtest of next-day hotspot forecasts (protocol B of FORECAST_PROTOCOL.md): for every day from --from to",
            "--to, each method ranks the grid cells from the incidents before the day; the share of the day's incidents",
            "in the top 1/5/10%% of the area (hit rate) and PAI, as daily means and pooled. The grid and its cell universe",
            "are laid over all the data read."
        })
final class HotspotsBacktestCommand implements Callable<Integer> {
    @Mixin
    HotspotData data;

    @Option(
            names = "--from",
            paramLabel = "YYYY-MM-DD",
            description = "First evaluation day (default: protocol B's 2019-10-01).")
    LocalDate from = HotspotBacktest.FIRST_DAY;

    @Option(
            names = "--to",
            paramLabel = "YYYY-MM-DD",
            description = "Last evaluation day (default: protocol B's 2019-12-31).")
    LocalDate to = HotspotBacktest.LAST_DAY;

    @Option(
            names = "--methods",
            paramLabel = "M",
            split = ",",
            description =
                    "Methods to score (default: all: naive, last28, kde, prospective, selfexciting, learned); the last"
                            + " listed is the headline.")
    List<String> methods = new ArrayList<>(HotspotData.METHODS);

    @Option(
            names = "--coverages",
            paramLabel = "PERCENT",
            split = ",",
            description = "Coverages, percent of the area (default: 1,5,10).")
    List<Double> coverages = new ArrayList<>(HotspotBacktest.COVERAGES);

    @Option(
            names = "--grid",
            paramLabel = "150m|h3:R",
            description = "The grid: square cells of so many metres (default: 150m, protocol B's; as --cell) or H3"
                    + " cells at resolution R (coverage then a share of the hexagons' area).")
    String gridSpec;

    @Option(names = "--json", description = "Print as JSON: `hit_rate_5` is the headline method's mean daily hit rate.")
    boolean json;

    @Override
    public Integer call() {
        List<RiskMethod> ms = methods.stream().map(HotspotData::method).toList();
        if (gridSpec != null) {
            useGrid(gridSpec);
        }
        RiskGrid grid = data.grid(data.incidents(null));
        HotspotBacktestResult r = HotspotBacktest.run(grid, ms, from, to, coverages);
        String headline = ms.get(ms.size() - 1).name();
        if (json) {
            Map<String, Object> m = asMap(r, headline);
            m.put("grid", grid.describe());
            System.out.println(Json.of(m));
        } else {
            print(r, grid, headline);
        }
        return 0;
    }

    private void useGrid(String spec) {
        String s = spec.trim().toLowerCase(Locale.ROOT);
        try {
            if (s.startsWith("h3:")) {
                data.h3Resolution = Integer.parseInt(s.substring(3));
                return;
            }
            if (s.endsWith("m")) {
                data.cell = Double.parseDouble(s.substring(0, s.length() - 1));
                return;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("--grid takes METRESm (e.g. 150m) or h3:R (e.g. h3:9), got '" + spec + "'");
    }

    private static void print(HotspotBacktestResult r, RiskGrid grid, String headline) {
        int incidents = java.util.Arrays.stream(r.incidents()).sum();
        System.out.printf(
                Locale.ROOT,
                "grid: %d cells of %s, %.2f km²; %d days %s..%s, %d incidents; from %d incidents read%n%n",
                r.cells(),
                grid.describe(),
                r.areaKm2(),
                r.days().size(),
                r.days().get(0),
                r.days().get(r.days().size() - 1),
                incidents,
                grid.incidents().size());
        System.out.printf(
                Locale.ROOT,
                "%-13s%5s%7s%9s%9s%10s%10s%13s%12s%n",
                "method",
                "c%",
                "cells",
                "HR_mean",
                "HR_pool",
                "PAI_mean",
                "PAI_pool",
                "ratio_naive",
                "ratio_pool");
        for (double c : r.coverages()) {
            HitRates naive = r.rates().stream()
                    .filter(x -> x.method().equals("naive") && x.coverage() == c)
                    .findFirst()
                    .orElse(null);
            for (HitRates h : r.rates()) {
                if (h.coverage() != c) {
                    continue;
                }
                System.out.printf(
                        Locale.ROOT,
                        "%-13s%5s%7d%9.4f%9.4f%10.3f%10.3f%13s%12s%n",
                        h.method(),
                        percent(c),
                        h.flagged(),
                        h.hitRateMean(),
                        h.hitRatePooled(),
                        h.paiMean(),
                        h.paiPooled(),
                        naive == null ? "-" : f3(h.hitRateMean() / naive.hitRateMean()),
                        naive == null ? "-" : f3(h.hitRatePooled() / naive.hitRatePooled()));
            }
            System.out.println();
        }
        System.out.println("CPU seconds (scoring and ranking, all days): "
                + String.join(
                        "  ",
                        r.cpuSeconds().entrySet().stream()
                                .map(e -> e.getKey() + "=" + String.format(Locale.ROOT, "%.2f", e.getValue()))
                                .toList()));
        StringBuilder line = new StringBuilder("khareetaty_hotspots");
        for (double c : r.coverages()) {
            for (HitRates h : r.rates()) {
                if (h.coverage() == c) {
                    line.append(String.format(Locale.ROOT, " c%s_%s=%.4f", percent(c), h.method(), h.hitRateMean()));
                }
            }
        }
        line.append(String.format(
                Locale.ROOT,
                " headline=%s grid=%s cells=%d area_km2=%.2f days=%d",
                headline,
                grid.describe().replace(" ", ""),
                r.cells(),
                r.areaKm2(),
                r.days().size()));
        System.out.println(line);
    }

    private static String percent(double c) {
        return c == Math.rint(c) ? Long.toString((long) c) : Double.toString(c);
    }

    private static String f3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static Map<String, Object> asMap(HotspotBacktestResult r, String headline) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", r.days().get(0).toString());
        m.put("to", r.days().get(r.days().size() - 1).toString());
        m.put("days", r.days().size());
        m.put("incidents", java.util.Arrays.stream(r.incidents()).sum());
        m.put("cells", r.cells());
        m.put("area_km2", r.areaKm2());
        m.put("method", headline);
        if (r.coverages().contains(5.0)) {
            m.put("hit_rate_5", r.rate(headline, 5.0).hitRateMean());
        }
        Map<String, Object> methods = new LinkedHashMap<>();
        for (HitRates h : r.rates()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> one =
                    (Map<String, Object>) methods.computeIfAbsent(h.method(), k -> new LinkedHashMap<String, Object>());
            String c = percent(h.coverage());
            one.put("hit_rate_" + c, h.hitRateMean());
            one.put("hit_rate_pooled_" + c, h.hitRatePooled());
            one.put("pai_" + c, h.paiMean());
            one.put("pai_pooled_" + c, h.paiPooled());
            one.put("cells_" + c, h.flagged());
            one.put("cpu_seconds", r.cpuSeconds().get(h.method()));
        }
        m.put("methods", methods);
        return m;
    }
}
