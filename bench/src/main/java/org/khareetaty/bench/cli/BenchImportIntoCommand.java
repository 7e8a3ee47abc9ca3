package org.khareetaty.bench.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khareetaty.bench.HeapSampler;
import org.khareetaty.core.etl.ImportOptions;
import org.khareetaty.core.etl.ImportResult;
import org.khareetaty.core.etl.Importer;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code khareetaty bench import-into}: one import into an existing store, by the importer's JDBC path
 * (the product's) or writing the incidents as one columnar segment ({@link ImportOptions#segment}),
 * for timing a whole process with {@code /usr/bin/time} (issue 14, docs/store.md).
 */
@Command(
        name = "import-into",
        mixinStandardHelpOptions = true,
        description = {
            "Imports FILE into the store as the product does, or (--segment) writing its incidents as one",
            "Arrow segment in <store>/segments; prints the counts, seconds and the max heap in use."
        })
public final class BenchImportIntoCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The incident file.")
    Path file;

    @Option(names = "--store", required = true, description = "The store to import into (it is changed).")
    Path store;

    @Option(names = "--segment", description = "Write the incidents as one segment instead of the table.")
    boolean segment;

    @Override
    public Integer call() {
        try (Store s = Store.open(store);
                HeapSampler heap = new HeapSampler()) {
            ImportResult r = new Importer(s)
                    .importFile(file, ImportOptions.defaults().withSegment(segment), ProgressListener.NONE);
            var n = r.counts();
            System.out.printf(
                    Locale.ROOT,
                    "%s import #%d of %s: read %,d loaded %,d rejected %,d duplicates %,d in %.1f s; "
                            + "max heap in use %,d MB of %,d MB%n",
                    segment ? "segment" : "table",
                    r.importId(),
                    file.getFileName(),
                    n.read(),
                    n.loaded(),
                    n.rejected(),
                    n.duplicates(),
                    r.seconds(),
                    heap.peakMb(),
                    Runtime.getRuntime().maxMemory() >> 20);
        }
        return 0;
    }
}
