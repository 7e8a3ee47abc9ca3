package org.khareetaty.core.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khareetaty.core.csv.CsvWriter;

/**
 * The KPI report's tables as CSV files in one folder ({@link CsvWriter}: UTF-8, optional BOM,
 * formulas neutralised): {@code categories.csv} (the total last), {@code zones.csv} (with a layer),
 * {@code daily.csv}, {@code day_of_week.csv}, {@code hour_of_day.csv}, and the details ({@link DetailsCsv}). Counts are numbers, rates
 * fractions (0.234), p-values to four places; an empty cell is "not defined" (a percent change on 0,
 * an arrest rate the source does not record).
 */
public final class KpiCsv {
    /** The columns of {@code categories.csv} and {@code zones.csv}. */
    public static final List<String> HEADER = List.of(
            "key",
            "name",
            "period",
            "prior",
            "prior_change",
            "prior_pct",
            "prior_p",
            "prior_mark",
            "last_year",
            "last_year_change",
            "last_year_pct",
            "last_year_p",
            "last_year_mark",
            "ytd",
            "last_ytd",
            "ytd_change",
            "ytd_pct",
            "ytd_p",
            "ytd_mark",
            "arrests_known",
            "arrests",
            "arrest_rate",
            "arrest_rate_low",
            "arrest_rate_high");

    private KpiCsv() {}

    /** Writes the tables of {@code report} into {@code dir} (created if needed); returns the files written. */
    public static List<Path> write(KpiReport report, Path dir, boolean bom) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        List<KpiRow> categories = new ArrayList<>(report.categories());
        categories.add(report.total());
        written.add(table(dir.resolve("categories.csv"), categories, bom));
        if (report.request().layer() != null) {
            written.add(table(dir.resolve("zones.csv"), report.zones(), bom));
        }
        Path daily = dir.resolve("daily.csv");
        try (CsvWriter w = CsvWriter.create(daily, bom)) {
            w.row("date", "incidents");
            for (Map.Entry<LocalDate, Long> e : report.profile().daily().entrySet()) {
                w.row(e.getKey().toString(), e.getValue());
            }
        }
        written.add(daily);
        Path week = dir.resolve("day_of_week.csv");
        try (CsvWriter w = CsvWriter.create(week, bom)) {
            w.row("day_of_week", "incidents");
            long[] d = report.profile().dayOfWeek();
            for (int i = 0; i < 7; i++) {
                w.row(java.time.DayOfWeek.of(i + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH), d[i]);
            }
        }
        written.add(week);
        Path hours = dir.resolve("hour_of_day.csv");
        try (CsvWriter w = CsvWriter.create(hours, bom)) {
            w.row("hour", "incidents");
            long[] h = report.profile().hourOfDay();
            for (int i = 0; i < 24; i++) {
                w.row(i, h[i]);
            }
        }
        written.add(hours);
        written.addAll(DetailsCsv.write(report, dir, bom));
        if (report.forecast() != null && !report.forecast().days().isEmpty()) {
            written.add(forecast(report, dir.resolve("daily_forecast.csv"), bom));
        }
        if (report.map().boxes() != null) {
            written.add(OverlayFiles.boxesCsv(report.map().boxes(), dir, bom));
        }
        return written;
    }

    /** The daily chart's band: the period's days that the stored forecast forecast, with their counts. */
    private static Path forecast(KpiReport report, Path file, boolean bom) throws IOException {
        DailyForecast f = report.forecast();
        try (CsvWriter w = CsvWriter.create(file, bom)) {
            w.row("date", "incidents", "median", "low80", "high80", "low95", "high95", "run", "series");
            for (Map.Entry<LocalDate, DailyForecast.Band> e : f.days().entrySet()) {
                DailyForecast.Band b = e.getValue();
                w.row(
                        e.getKey().toString(),
                        report.profile().daily().getOrDefault(e.getKey(), 0L),
                        b.median(),
                        b.lo80(),
                        b.hi80(),
                        b.lo95(),
                        b.hi95(),
                        f.runId(),
                        f.series());
            }
        }
        return file;
    }

    private static Path table(Path file, List<KpiRow> rows, boolean bom) throws IOException {
        try (CsvWriter w = CsvWriter.create(file, bom)) {
            w.row(HEADER);
            for (KpiRow r : rows) {
                Counts n = r.counts();
                List<Object> cells = new ArrayList<>(List.of(r.key(), r.name(), n.current()));
                cells.add(n.prior());
                change(cells, r.prior());
                cells.add(n.lastYear());
                change(cells, r.lastYear());
                cells.add(n.yearToDate());
                cells.add(n.lastYearToDate());
                change(cells, r.yearToDate());
                ArrestRate a = r.arrestRate();
                cells.add(n.arrestKnown());
                cells.add(n.arrests());
                cells.add(a.recorded() ? CsvWriter.decimal(a.rate(), 4) : null);
                cells.add(a.recorded() ? CsvWriter.decimal(a.interval().low(), 4) : null);
                cells.add(a.recorded() ? CsvWriter.decimal(a.interval().high(), 4) : null);
                w.row(cells);
            }
        }
        return file;
    }

    private static void change(List<Object> cells, Change c) {
        cells.add(c.difference());
        cells.add(CsvWriter.decimal(c.percent() == null ? null : 100 * c.percent(), 1));
        cells.add(CsvWriter.decimal(c.pValue(), 4));
        cells.add(c.mark());
    }
}
