package org.khareetaty.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.Json;
import org.khareetaty.bench.SpikeBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code khareetaty bench spikes}: the alert engine's spike term, summary against hour-of-week expectation, on planted spikes. */
@Command(
        name = "spikes",
        mixinStandardHelpOptions = true,
        description = {
            "Replays a store's real incidents of a period at their own times through the alert engine, once per",
            "spike expectation (summary, hour_of_week), with spikes planted into them: false alarms per",
            "cell-month and the share of planted spikes detected with the delay. See docs/benchmarks.md."
        })
final class BenchSpikesCommand implements Callable<Integer> {
    @Option(
            names = "--from",
            paramLabel = "DIR",
            required = true,
            description = "Store holding the real incidents and their history (e.g. Chicago's aggravated assaults).")
    Path from;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder (default: a temporary folder).")
    Path work;

    @Option(
            names = "--days",
            required = true,
            paramLabel = "D..D",
            description = "Replayed days, e.g. 2019-10-01..2019-12-31.")
    String days;

    @Option(names = "--plants", defaultValue = "200", description = "Spikes planted (default ${DEFAULT-VALUE}).")
    int plants;

    @Option(
            names = "--size",
            defaultValue = "4",
            description = "Incidents per planted spike (default ${DEFAULT-VALUE}).")
    int size;

    @Option(
            names = "--config",
            defaultValue = "",
            paramLabel = "TOML",
            description = "TOML laid over the defaults for both runs, e.g. '[windows]\\ncell_resolution = 6'.")
    String toml;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the planting (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--sources",
            defaultValue = "cad",
            paramLabel = "cad|multi",
            description = "Each incident as one CAD call (default), or as the alert bench's multi-source stream "
                    + "reports one (sensors, cameras, phones, records: what the session radius groups).")
    String sources;

    @Option(
            names = "--expectations",
            defaultValue = "summary,hour_of_week",
            split = ",",
            description = "Spike expectations to run (default ${DEFAULT-VALUE}).")
    List<String> expectations;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        String[] d = days.split("\\.\\.");
        if (d.length != 2) {
            throw new IllegalArgumentException(
                    "--days is FIRST..LAST, e.g. 2019-10-01..2019-12-31, not '" + days + "'");
        }
        if (!sources.equals("cad") && !sources.equals("multi")) {
            throw new IllegalArgumentException("--sources is cad or multi, not '" + sources + "'");
        }
        Path scratch =
                work != null ? Files.createDirectories(work) : Files.createTempDirectory("khareetaty-bench-spikes");
        SpikeBench bench = new SpikeBench(from, scratch);
        String config = toml.replace("\\n", "\n");
        List<Map<String, Object>> out = new ArrayList<>();
        if (!json) {
            System.out.println(
                    "| expectation | sources | cells at | events | cells with incidents | false alarms | per cell-month "
                            + "| planted spikes detected | median delay min | mean delay min | incident alerts "
                            + "| correlated | incidents alerted | duplicate alerts | alerts merging incidents "
                            + "| open + replay |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        }
        for (String expectation : expectations) {
            SpikeBench.Run r = bench.run(
                    expectation,
                    config,
                    LocalDate.parse(d[0]),
                    LocalDate.parse(d[1]),
                    plants,
                    size,
                    seed,
                    sources.equals("multi"));
            out.add(SpikeBench.asMap(r));
            if (!json) {
                System.out.println(SpikeBench.row(r));
            }
        }
        if (json) {
            System.out.println(Json.of(out));
        }
        return 0;
    }
}
