package org.khareetaty.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.khareetaty.app.cli.Json;
import org.khareetaty.app.cli.TerminalProgress;
import org.khareetaty.app.demo.DemoStore;
import org.khareetaty.app.ui.Workstation;
import org.khareetaty.bench.UiBench;
import org.khareetaty.core.hexgrid.GoldAggregates;
import org.khareetaty.core.store.Store;
import org.khareetaty.sample.DemoSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code khareetaty bench ui}: start-up to an interactive map and the frame time while panning,
 * in the real window (it needs a display: under Xvfb, pass -Dglass.platform=gtk).
 */
@Command(
        name = "ui",
        mixinStandardHelpOptions = true,
        description = {
            "Workstation start-up to an interactive map and frame time while panning many hexagons.",
            "Builds a Kuwait demo store of --incidents N in --store DIR when DIR is empty. Needs a display."
        })
final class BenchUiCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", required = true, description = "Store to open (built when empty).")
    Path dir;

    @Option(
            names = "--incidents",
            defaultValue = "1000000",
            description = "Incidents of the store built (default ${DEFAULT-VALUE}).")
    int incidents;

    @Option(
            names = "--res",
            defaultValue = "9",
            description = "Resolution of the hexagons panned over (default ${DEFAULT-VALUE}).")
    int res;

    @Option(names = "--seconds", defaultValue = "10", description = "Panning time (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(
            names = "--build-only",
            description = "Build the store and its aggregates, then stop (run the window in a second, cold process).")
    boolean buildOnly;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(dir.resolve(Store.DATABASE_NAME + ".mv.db"))) {
            long t = System.nanoTime();
            DemoSpec spec = new DemoSpec(
                    DemoSpec.DEFAULT_SEED, LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31), incidents, false);
            TerminalProgress bar = TerminalProgress.onStderr(false);
            DemoStore.build(dir, spec, bar);
            bar.done();
            System.err.printf(
                    Locale.ROOT, "built a %,d-incident store in %.0f s%n", incidents, (System.nanoTime() - t) / 1e9);
            buildOnly |= aggregate();
        } else if (buildOnly) {
            aggregate();
        }
        if (buildOnly) {
            System.err.println("store ready; run again (without --build-only) to measure a cold start");
            return 0;
        }
        UiBench bench = new UiBench(res, seconds);
        Workstation.onWindow(bench::drive);
        bench.launching();
        Thread ui = new Thread(() -> Workstation.launch(dir, false), "workstation");
        ui.setDaemon(true);
        ui.start();
        UiBench.Figures f = bench.result().get(10, TimeUnit.MINUTES);

        if (json) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>(f.asMap());
            m.put("seconds_jvm_start_to_launch", bench.jvmToLaunch());
            System.out.println(Json.of(m));
        } else {
            double jvm = bench.jvmToLaunch();
            System.out.printf(
                    Locale.ROOT,
                    "start-up from JVM start (launch at %.2f s): window shown %.2f s, store open and hexagons drawn "
                            + "%.2f s, KPIs and charts %.2f s%n",
                    jvm,
                    jvm + f.secondsToWindow(),
                    jvm + f.secondsToMap(),
                    jvm + f.secondsToKpis());
            System.out.printf(
                    Locale.ROOT,
                    "panning %,d r%d hexagons for %.0f s: %,d frames, median %.1f ms (%.0f fps), 95th percentile %.1f ms; "
                            + "%d full redraws, median %.1f ms%n",
                    f.hexagons(),
                    res,
                    seconds,
                    f.frames(),
                    f.medianFrameMs(),
                    f.fps(),
                    f.p95FrameMs(),
                    f.fullRedraws(),
                    f.medianRedrawMs());
        }
        return 0;
    }

    /** Opens the store and brings its aggregates up to date, so the measured launch finds them ready; returns true. */
    private boolean aggregate() throws Exception {
        try (Store s = Store.open(dir);
                Connection c = s.connect();
                Statement st = c.createStatement()) {
            long t = System.nanoTime();
            int merged = GoldAggregates.catchUp(c);
            if (merged > 0) {
                System.err.printf(
                        Locale.ROOT, "aggregated %d import(s) in %.0f s%n", merged, (System.nanoTime() - t) / 1e9);
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM incidents")) {
                rs.next();
                System.err.printf(Locale.ROOT, "store %s: %,d incidents%n", dir, rs.getLong(1));
            }
        }
        return true;
    }
}
