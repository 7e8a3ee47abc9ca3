package org.khareetaty.app.ui.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.khareetaty.app.map.tiles.MBTilesBasemap;
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.report.KpiCounts;
import org.khareetaty.core.report.KpiCsv;
import org.khareetaty.core.report.KpiGeoJson;
import org.khareetaty.core.report.KpiPdf;
import org.khareetaty.core.report.KpiReport;
import org.khareetaty.core.report.KpiRequest;
import org.khareetaty.core.store.Store;
import org.khareetaty.geo.streets.StreetLines;

/**
 * Writes a KPI report's outputs whole or not at all: the numbers are read ({@link KpiReport}), the
 * map page drawn over the raster basemap chosen, the PDF, CSV and GeoJSON files are made in a hidden folder beside the first output, and only when all
 * are made, and Cancel was not pressed, are they moved into place. A cancelled or failed export
 * leaves no file behind, and an older report of the same name stays as it was. Cancel is honoured
 * between two steps (each query of the report, each output); moving the finished files is not
 * cancelled.
 */
public final class ReportExport {
    private ReportExport() {}

    /** A finished file and where it goes. */
    private record Move(Path from, Path to) {}

    /**
     * Runs {@code request} on {@code store} and writes {@code out}; {@code progress} hears each step
     * and may cancel.
     *
     * @return the files written, in their places
     * @throws org.khareetaty.core.progress.CancelledException when cancelled (nothing written)
     */
    public static List<Path> run(
            Store store, KpiRequest request, ReportOutputs out, Instant now, ProgressListener progress)
            throws IOException {
        Instant start = Instant.now();
        int total = KpiCounts.STEPS.size() + out.count();
        ProgressListener reading = new ProgressListener() {
            @Override
            public void update(Progress p) {
                progress.update(new Progress(
                        "reading " + p.task(), p.done(), total, 0, Duration.between(start, Instant.now())));
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
        try (MBTilesBasemap tiles = out.basemap() == null ? null : MBTilesBasemap.open(out.basemap())) {
            return write(
                    store,
                    KpiReport.of(store, request, now, reading).withBasemap(tiles, new StreetLines(store)),
                    out,
                    progress,
                    start);
        }
    }

    private static List<Path> write(
            Store store, KpiReport report, ReportOutputs out, ProgressListener progress, Instant start)
            throws IOException {
        int total = KpiCounts.STEPS.size() + out.count();
        Files.createDirectories(out.stagingParent());
        Path staging = Files.createTempDirectory(out.stagingParent(), ".khareetaty-report-");
        try {
            List<Move> moves = new ArrayList<>();
            int step = KpiCounts.STEPS.size();
            if (out.pdf() != null) {
                step(progress, "writing the PDF", step++, total, start);
                Path pdf = staging.resolve("report.pdf");
                KpiPdf.write(report, out.paper(), out.language(), pdf);
                moves.add(new Move(pdf, out.pdf()));
            }
            if (out.csv() != null) {
                step(progress, "writing the CSV files", step++, total, start);
                for (Path f : KpiCsv.write(report, staging.resolve("csv"), out.bom())) {
                    moves.add(new Move(f, out.csv().resolve(f.getFileName().toString())));
                }
            }
            if (out.geojson() != null) {
                step(progress, "writing the GeoJSON", step, total, start);
                for (Path f : KpiGeoJson.all(report, store, staging.resolve("geojson"))) {
                    moves.add(new Move(f, out.geojson().resolve(f.getFileName().toString())));
                }
            }
            progress.checkCancelled();
            List<Path> written = new ArrayList<>();
            for (Move m : moves) {
                Files.createDirectories(m.to().toAbsolutePath().getParent());
                Files.move(m.from(), m.to(), StandardCopyOption.REPLACE_EXISTING);
                written.add(m.to());
            }
            progress.update(new Progress("done", total, total, written.size(), Duration.between(start, Instant.now())));
            return written;
        } finally {
            deleteTree(staging);
        }
    }

    private static void step(ProgressListener progress, String what, int done, int total, Instant start) {
        progress.checkCancelled();
        progress.update(new Progress(what, done, total, 0, Duration.between(start, Instant.now())));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
