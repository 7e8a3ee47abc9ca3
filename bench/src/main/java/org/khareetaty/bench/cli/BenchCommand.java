package org.khareetaty.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.FailureReport;
import org.khareetaty.app.cli.Json;
import org.khareetaty.app.cli.TerminalProgress;
import org.khareetaty.bench.ImportBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code khareetaty bench}: performance figures for docs/benchmarks.md. Its own program, in its own
 * module and jar, so the installed workstation carries no benchmark; the {@code ./khareetaty} script
 * runs it for {@code khareetaty bench ...}.
 */
@Command(
        name = "khareetaty bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks.",
        subcommands = {
            BenchCommand.Import.class,
            BenchDbscanCommand.class,
            BenchFeedCommand.class,
            BenchDrillCommand.class,
            BenchReportCommand.class,
            BenchAlertsCommand.class,
            BenchStreamCommand.class,
            BenchUiCommand.class,
            BenchWritePathsCommand.class,
            BenchSegmentsCommand.class,
            BenchEngineCommand.class,
            BenchImportIntoCommand.class,
            BenchSpikesCommand.class,
            BenchCellForecastCommand.class
        })
public final class BenchCommand {

    private BenchCommand() {}

    /** Runs a benchmark and returns its exit code; failures are reported as the workstation's command line reports them. */
    public static int run(String... args) {
        return FailureReport.install(new CommandLine(new BenchCommand())).execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "Import throughput on the real 148,636-row aggravated-assault file and on a jittered copy of N rows:",
                "parse-only (the ceiling) and end to end against Chicago's beats, districts and community areas.",
                "Run with KHAREETATY_JAVA_OPTS=-Xmx512m to check the heap bound."
            })
    static final class Import implements Callable<Integer> {
        @Option(
                names = "--data",
                paramLabel = "DIR",
                defaultValue = "../shared/data",
                description = "Shared data folder (default ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder (default: a temporary folder).")
        Path work;

        @Option(
                names = "--rows",
                defaultValue = "2000000",
                description = "Rows of the jittered copy (default ${DEFAULT-VALUE}).")
        long rows;

        @Option(names = "--json", description = "Print as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            Path scratch = work != null ? Files.createDirectories(work) : Files.createTempDirectory("khareetaty-bench");
            ImportBench bench = new ImportBench(data, scratch);
            if (!Files.isRegularFile(bench.codb())) {
                throw new IllegalArgumentException(
                        "the benchmark needs " + bench.codb() + " (../shared/data); pass --data DIR");
            }
            TerminalProgress bar = TerminalProgress.onStderr(false);
            List<Map<String, Object>> figures = new ArrayList<>();
            Path big = bench.jittered(rows);
            for (Path file : List.of(bench.codb(), big)) {
                ImportBench.Figure parse = bench.parseOnly(file);
                ImportBench.Figure all = bench.endToEnd(file, bar);
                bar.done();
                figures.add(entry("parse-only", parse));
                figures.add(entry("end-to-end", all));
                if (!json) {
                    print("parse-only", parse);
                    print("end-to-end", all);
                }
            }
            if (json) {
                System.out.println(Json.of(figures));
            }
            return 0;
        }

        private static Map<String, Object> entry(String kind, ImportBench.Figure f) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", kind);
            m.putAll(ImportBench.asMap(f));
            return m;
        }

        private static void print(String kind, ImportBench.Figure f) {
            System.out.printf(
                    Locale.ROOT,
                    "%-11s %-38s %,10d rows %7.1f s %,9.0f rows/s  max heap in use %,d MB of %,d MB%n",
                    kind,
                    f.file(),
                    f.rows(),
                    f.seconds(),
                    f.rowsPerSecond(),
                    f.peakHeapMb(),
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }
}
