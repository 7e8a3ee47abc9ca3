package org.khareetaty.bench.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khareetaty.core.forecast.HolidayCalendar;
import org.khareetaty.core.forecast.StoreCalendar;
import org.khareetaty.core.hexgrid.CellForecast;
import org.khareetaty.core.hexgrid.CellForecasts;
import org.khareetaty.core.hexgrid.GoldCube;
import org.khareetaty.core.hexgrid.StoreDrillSession;
import org.khareetaty.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code khareetaty bench cell-forecast}: the time the Forecast tab takes to fit a drilled cell's forecast on
 * demand ({@link CellForecasts}), per resolution, on cells spread over the ranks by incidents (the busiest to
 * the quietest with incidents), and the whole area's as many times, the aggregates already in memory as the
 * window holds them.
 */
@Command(
        name = "cell-forecast",
        mixinStandardHelpOptions = true,
        description = {
            "Seconds to fit one drilled cell's forecast on demand (wall and thread CPU, p50/p95/max) at each",
            "resolution, on N cells spread from the busiest to the quietest, in an existing store. See docs/benchmarks.md."
        })
final class BenchCellForecastCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", required = true, description = "An existing store.")
    Path storeDir;

    @Option(
            names = "--res",
            split = ",",
            defaultValue = "6,7,8,9,10",
            description = "Resolutions (default ${DEFAULT-VALUE}).")
    List<Integer> resolutions;

    @Option(names = "--cells", defaultValue = "20", description = "Cells per resolution (default ${DEFAULT-VALUE}).")
    int cells;

    @Override
    public Integer call() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (Store store = Store.open(storeDir)) {
            long t0 = System.nanoTime();
            GoldCube cube = StoreDrillSession.open(store).cube();
            HolidayCalendar holidays = StoreCalendar.holidays(store);
            System.out.printf(
                    Locale.ROOT,
                    "aggregates read: %,d incidents in %.1f s (once per window session)%n",
                    cube.incidents(),
                    (System.nanoTime() - t0) / 1e9);
            // one fit before timing: class loading and the JIT's first compilations
            CellForecasts.of(cube, spread(store, resolutions.get(0), 1).get(0), List.of(), 7, holidays);
            for (int res : resolutions) {
                time("r" + res, spread(store, res, cells), cube, holidays, threads);
            }
            // the whole area (every r10 cell summed), fitted as often, when no stored run is shown
            time("whole", java.util.Collections.nCopies(cells, null), cube, holidays, threads);
        }
        return 0;
    }

    /** Fits each scope of {@code sample} (a cell, or null: the whole area) and prints the times, labelled {@code label}. */
    private static void time(
            String label, List<Long> sample, GoldCube cube, HolidayCalendar holidays, ThreadMXBean threads) {
        double[] wall = new double[sample.size()];
        double[] cpu = new double[sample.size()];
        int pooled = 0;
        int forecast = 0;
        for (int i = 0; i < sample.size(); i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            CellForecast f = CellForecasts.of(cube, sample.get(i), List.of(), 7, holidays);
            wall[i] = (System.nanoTime() - w0) / 1e9;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            pooled += f.pooled() ? 1 : 0;
            forecast += f.forecast() ? 1 : 0;
        }
        System.out.printf(
                Locale.ROOT,
                "%s cells=%d forecast=%d pooled=%d wall_p50=%.3f wall_p95=%.3f wall_max=%.3f cpu_p50=%.3f cpu_max=%.3f%n",
                label,
                sample.size(),
                forecast,
                pooled,
                quantile(wall, 0.5),
                quantile(wall, 0.95),
                quantile(wall, 1),
                quantile(cpu, 0.5),
                quantile(cpu, 1));
    }

    /** {@code n} cells of {@code res} at ranks spread evenly from the busiest to the quietest with incidents. */
    private static List<Long> spread(Store store, int res, int n) {
        List<Long> ranked = store.read("rank the cells of", c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps =
                            c.prepareStatement("SELECT h3_r" + res + " AS cell, COUNT(*) AS n FROM incidents"
                                    + " GROUP BY h3_r" + res + " ORDER BY n DESC, cell");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < Math.min(n, ranked.size()); i++) {
            out.add(ranked.get((int) ((long) i * (ranked.size() - 1) / Math.max(1, n - 1))));
        }
        return out;
    }

    private static double quantile(double[] x, double q) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s[(int) Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
    }
}
