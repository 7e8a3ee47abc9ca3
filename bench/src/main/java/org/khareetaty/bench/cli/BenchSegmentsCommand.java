package org.khareetaty.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.Json;
import org.khareetaty.bench.ImportBench;
import org.khareetaty.bench.SegmentProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code khareetaty bench segments}: an import's incidents as one columnar segment (Apache Arrow
 * IPC, sorted by H3 r10) against H2's table, written and read ({@link SegmentProbe}).
 */
@Command(
        name = "segments",
        mixinStandardHelpOptions = true,
        description = {
            "The same incident rows written as one Arrow IPC segment sorted by H3 r10 and as an H2 table with its",
            "indexes, then the readers' questions asked of both: CPU of each (docs/store.md)."
        })
public final class BenchSegmentsCommand implements Callable<Integer> {
    @Mixin
    ProbeRows input;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("khareetaty-segments");
        try {
            SegmentProbe.Report r = SegmentProbe.run(input.file(), input.rows, work, input.data);
            if (json) {
                System.out.println(Json.of(r));
                return 0;
            }
            System.out.printf(
                    Locale.ROOT,
                    "segment  %,d rows  write %.1f CPU s  max heap in use %,d MB  Arrow buffers %,d MB  file %,d MB%n",
                    r.segment().rows(),
                    r.segment().cpuSeconds(),
                    r.segment().peakHeapMb(),
                    r.segment().peakArrowMb(),
                    r.segment().bytes() >> 20);
            System.out.printf(
                    Locale.ROOT,
                    "H2 table %,d rows  write %.1f + index h3_r10 %.1f + index local_date %.1f = %.1f CPU s  max heap %,d MB%n",
                    r.table().rows(),
                    r.table().writeCpu(),
                    r.table().h3IndexCpu(),
                    r.table().dateIndexCpu(),
                    r.table().totalCpu(),
                    r.table().peakHeapMb());
            for (SegmentProbe.Read read : r.reads()) {
                System.out.printf(
                        Locale.ROOT,
                        "%-40s %,10d rows  segment %9.1f ms  H2 table %9.1f ms (CPU, median of %d)%n",
                        read.question(),
                        read.rows(),
                        read.segmentMs(),
                        read.tableMs(),
                        SegmentProbe.RUNS);
            }
        } finally {
            ImportBench.deleteTree(work);
        }
        return 0;
    }
}
