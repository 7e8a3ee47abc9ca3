package org.khareetaty.app.cli;

import java.util.concurrent.Callable;
import org.khareetaty.core.etl.ImportException;
import org.khareetaty.core.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code khareetaty} command-line program. Without a subcommand it will open the workstation
 * (the JavaFX window comes with the UI issue); until then it prints the usage.
 */
@Command(name = "khareetaty", mixinStandardHelpOptions = true, version = "Khareetaty Workstation 0.1.0",
        description = "Crime analysis workstation: import incident files, analyse, report.",
        subcommands = {ImportCommand.class, BoundariesCommand.class, StatsCommand.class, RejectedCommand.class,
                DemoCommand.class, DrillCommand.class, AggregatesCommand.class, HotspotsCommand.class, GiStarCommand.class,
                FeedCommand.class, AlertsCommand.class, BasemapCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Khareetaty implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.out);
        return 0;
    }

    /** Runs the program and returns its exit code. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Khareetaty());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ImportException || e instanceof StoreException || e instanceof IllegalArgumentException) {
                cmd.getErr().println("error: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cl.execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}
