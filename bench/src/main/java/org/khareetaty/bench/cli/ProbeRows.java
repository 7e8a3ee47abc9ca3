package org.khareetaty.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input of the issue-14 write probes (write-paths, segments): the rows file, the shared data, how many rows. */
final class ProbeRows {
    @Parameters(paramLabel = "CSV", description = "rows_2m.csv of ../shared/bench/make_inputs.py")
    Path file;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "../shared/data",
            description = "Shared data folder (default ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--rows", defaultValue = "2000000", description = "Rows (default ${DEFAULT-VALUE}).")
    long rows;

    /** The rows file, once it is known to be one. */
    Path file() {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " is not a file: make it with ../shared/bench/make_inputs.py");
        }
        return file;
    }
}
