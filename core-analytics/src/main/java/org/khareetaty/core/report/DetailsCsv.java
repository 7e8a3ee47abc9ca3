package org.khareetaty.core.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.khareetaty.core.csv.CsvWriter;

/**
 * The KPI report's details as CSV ({@link CsvWriter}): {@code top_cells.csv}, {@code top_blocks.csv},
 * {@code quality.csv} and {@code alerts.csv}, beside the tables {@link KpiCsv} writes.
 */
final class DetailsCsv {
    private DetailsCsv() {}

    /** Writes the details of {@code report} into {@code dir}; returns the files written. */
    static List<Path> write(KpiReport report, Path dir, boolean bom) throws IOException {
        ReportDetails d = report.details();
        Path cells = top(dir.resolve("top_cells.csv"), "cell", d.topCells(), bom);
        Path blocks = top(dir.resolve("top_blocks.csv"), "block", d.topBlocks(), bom);
        Path quality = dir.resolve("quality.csv");
        try (CsvWriter w = CsvWriter.create(quality, bom)) {
            QualityNotes q = d.quality();
            w.row("note", "count");
            w.row("incidents", q.incidents());
            w.row("zone_mismatch", q.zoneMismatches());
            w.row("date_only", q.dateOnly());
            w.row("time_flagged", q.timeFlagged());
            w.row("cells_r" + ReportDetails.CELL_RES, q.cells());
            w.row("low_confidence_cells", q.lowConfidenceCells());
            w.row("rejected", q.rejected());
            for (Map.Entry<String, Long> e : q.rejectedByReason().entrySet()) {
                w.row("rejected:" + e.getKey(), e.getValue());
            }
        }
        Path alerts = dir.resolve("alerts.csv");
        try (CsvWriter w = CsvWriter.create(alerts, bom)) {
            AlertSummary a = report.alerts();
            w.row("measure", "value");
            w.row("raised", a.raised());
            for (Map.Entry<String, Long> e : a.byPriority().entrySet()) {
                w.row("priority:" + e.getKey(), e.getValue());
            }
            for (Map.Entry<String, Long> e : a.byState().entrySet()) {
                w.row("state:" + e.getKey(), e.getValue());
            }
            durations(w, "first_action", a.firstAction());
            durations(w, "dispatch", a.dispatch());
            durations(w, "close", a.close());
        }
        return List.of(cells, blocks, quality, alerts);
    }

    private static Path top(Path file, String what, List<TopPlace> places, boolean bom) throws IOException {
        try (CsvWriter w = CsvWriter.create(file, bom)) {
            // a cell's H3 id is data beside its name, what an analyst reads (a block is its own name)
            boolean named = what.equals("cell");
            List<Object> head = new ArrayList<>(List.of("rank", what, "centre", "period", "prior", "low_confidence"));
            if (named) {
                head.add(2, "name");
            }
            w.row(head);
            int rank = 1;
            for (TopPlace p : places) {
                List<Object> row =
                        new ArrayList<>(List.of(rank++, p.key(), p.label(), p.current(), p.prior(), p.lowConfidence()));
                if (named) {
                    row.add(2, p.name());
                }
                w.row(row);
            }
        }
        return file;
    }

    /** The alerts that reached a step and the median and 90th percentile in seconds (empty when none). */
    private static void durations(CsvWriter w, String step, AlertSummary.Durations d) throws IOException {
        w.row(step + ":alerts", d.n());
        w.row(step + ":median_seconds", seconds(d.median()));
        w.row(step + ":p90_seconds", seconds(d.p90()));
    }

    private static Long seconds(Duration d) {
        return d == null ? null : d.toSeconds();
    }
}
