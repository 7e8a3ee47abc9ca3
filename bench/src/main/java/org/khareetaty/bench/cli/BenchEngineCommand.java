package org.khareetaty.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.khareetaty.bench.ImportBench;
import org.khareetaty.bench.engine.EngineProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code khareetaty bench engine}: a store's incidents served from one columnar segment through an
 * H2 table engine, and the product's readers asked of it and of the store's own table
 * ({@link EngineProbe}).
 */
@Command(
        name = "engine",
        mixinStandardHelpOptions = true,
        description = {
            "A copy of the store whose incidents table is one Arrow segment served by an H2 table engine; the",
            "readers' questions asked of both, answers compared, CPU of each (docs/store.md)."
        })
public final class BenchEngineCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, description = "The store to copy (it is not changed).")
    Path store;

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("khareetaty-engine");
        try {
            System.out.print(EngineProbe.format(EngineProbe.run(store, work)));
        } finally {
            ImportBench.deleteTree(work);
        }
        return 0;
    }
}
