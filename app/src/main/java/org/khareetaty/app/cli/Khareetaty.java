package org.khareetaty.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.alerts.AlertsCommand;
import org.khareetaty.app.cli.forecast.ForecastCommand;
import org.khareetaty.app.demo.DemoStore;
import org.khareetaty.app.ui.Workstation;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code khareetaty} command-line program. Without a subcommand it opens the workstation window:
 * on the demo store ({@code ~/.khareetaty/demo}, built on first launch) or on {@code --store DIR}.
 */
@Command(
        name = "khareetaty",
        mixinStandardHelpOptions = true,
        versionProvider = ReleaseVersion.class,
        description = "Crime analysis workstation: import incident files, analyse, report.",
        footer = {"", "Benchmarks: ./khareetaty bench --help (the bench/ module of the source tree; not installed)."},
        subcommands = {
            ImportCommand.class,
            BoundariesCommand.class,
            StatsCommand.class,
            RejectedCommand.class,
            DuplicatesCommand.class,
            DemoCommand.class,
            DrillCommand.class,
            AggregatesCommand.class,
            HotspotsCommand.class,
            GiStarCommand.class,
            ForecastCommand.class,
            FeedCommand.class,
            AlertsCommand.class,
            ReportCommand.class,
            BasemapCommand.class,
            StreetsCommand.class,
            StoreCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Khareetaty implements Callable<Integer> {
    @CommandLine.Option(
            names = "--store",
            paramLabel = "DIR",
            description =
                    "Open the workstation on this store (default: the demo store ~/.khareetaty/demo, built on first launch).")
    Path store;

    @Override
    public Integer call() {
        boolean demo = store == null;
        Workstation.launch(demo ? DemoStore.defaultDir() : store, demo);
        return 0;
    }

    /** Runs the program and returns its exit code. */
    public static int run(String... args) {
        return FailureReport.install(new CommandLine(new Khareetaty())).execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}
