package org.khareetaty.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.Json;
import org.khareetaty.bench.ImportBench;
import org.khareetaty.bench.WritePaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code khareetaty bench write-paths}: H2's write paths for an import's incidents, measured side by
 * side ({@link WritePaths}).
 */
@Command(
        name = "write-paths",
        mixinStandardHelpOptions = true,
        description = {
            "The same incident rows written by JDBC batches, INSERT ... SELECT and CREATE TABLE ... AS SELECT from a",
            "Java table function (narrow: the same with only the columns readers cannot derive), then indexed:",
            "CPU seconds of each step, each path in a fresh store (docs/store.md)."
        })
public final class BenchWritePathsCommand implements Callable<Integer> {
    @Mixin
    ProbeRows input;

    @Option(
            names = "--paths",
            split = ",",
            defaultValue = "rows,batch,create-table-as,insert-select,narrow",
            description = "Paths, in order (default ${DEFAULT-VALUE}).")
    List<String> paths;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("khareetaty-write-paths");
        try {
            for (String path : paths) {
                WritePaths.Figure f = WritePaths.run(path, input.file(), input.rows, work.resolve(path), input.data);
                System.out.println(
                        json
                                ? Json.of(f)
                                : String.format(
                                        Locale.ROOT,
                                        "%-16s %,10d rows  write %6.1f  index h3_r10 %5.1f  index local_date %5.1f"
                                                + "  total %6.1f CPU s  max heap in use %,d MB",
                                        f.path(),
                                        f.rows(),
                                        f.writeCpu(),
                                        f.h3IndexCpu(),
                                        f.dateIndexCpu(),
                                        f.totalCpu(),
                                        f.peakHeapMb()));
            }
        } finally {
            ImportBench.deleteTree(work);
        }
        return 0;
    }
}
