package org.khareetaty.app.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.app.map.tiles.MBTilesBasemap;
import org.khareetaty.core.report.AlertSummary;
import org.khareetaty.core.report.Change;
import org.khareetaty.core.report.DailyForecast;
import org.khareetaty.core.report.ForecastBoxes;
import org.khareetaty.core.report.KpiCsv;
import org.khareetaty.core.report.KpiGeoJson;
import org.khareetaty.core.report.KpiPdf;
import org.khareetaty.core.report.KpiReport;
import org.khareetaty.core.report.KpiRequest;
import org.khareetaty.core.report.KpiRow;
import org.khareetaty.core.report.MapHotspots;
import org.khareetaty.core.report.QualityNotes;
import org.khareetaty.core.report.ReportLanguage;
import org.khareetaty.core.report.ReportPeriod;
import org.khareetaty.core.report.ReportScope;
import org.khareetaty.core.report.TopPlace;
import org.khareetaty.core.report.ZoneOrder;
import org.khareetaty.core.store.Store;
import org.khareetaty.geo.streets.StreetLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khareetaty report}: reports written as files (docs/reports.md). */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Reports: the CompStat-style KPI report as PDF and CSV; the shift briefing of a zone.",
        subcommands = {ReportCommand.Kpi.class, BriefingCommand.class})
final class ReportCommand {

    @Command(
            name = "kpi",
            mixinStandardHelpOptions = true,
            description = {
                "The KPI report of a scope and period: counts by category against the prior period, the same period last year",
                "and the year to date, with changes and a significance test; one row per zone of --layer; arrest rates; charts."
            })
    static final class Kpi implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Option(
                names = "--scope",
                defaultValue = "all",
                paramLabel = "SCOPE",
                description =
                        "all (default), LAYER:ZONE (e.g. districts:12), cell:HEX (an H3 cell, r0..r10) or polygon:FILE (GeoJSON).")
        String scope;

        @Option(names = "--from", required = true, paramLabel = "DATE", description = "First local date of the period.")
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last local date of the period.")
        LocalDate to;

        @Option(names = "--layer", paramLabel = "L", description = "Add a table with one row per zone of this layer.")
        String layer;

        @Option(
                names = "--category",
                paramLabel = "C",
                split = ",",
                description =
                        "Offense categories: violent, property, drugs, weapons, public_order, other (default: all).")
        List<String> categories = new ArrayList<>();

        @Option(
                names = "--sort",
                defaultValue = "code",
                paramLabel = "ORDER",
                description = "Zone table order: code (default), count (most first), change (largest rise first).")
        String sort;

        @Option(
                names = "--lang",
                defaultValue = "en",
                paramLabel = "LANG",
                description = "Language of the PDF: en (default) or ar (Arabic words and place names, right to left).")
        String lang;

        @Option(names = "--paper", defaultValue = "a4", paramLabel = "P", description = "a4 (default) or letter.")
        String paper;

        @Option(names = "--pdf", paramLabel = "FILE", description = "Write the report as PDF.")
        Path pdf;

        @Option(names = "--csv", paramLabel = "DIR", description = "Write every table as CSV into this folder.")
        Path csv;

        @Option(
                names = "--geojson",
                paramLabel = "DIR",
                description = "Write the zones of --layer with their KPIs as GeoJSON (RFC 7946) into this folder.")
        Path geojson;

        @Option(names = "--bom", description = "Start each CSV with a byte-order mark (for Excel).")
        boolean bom;

        @Option(
                names = "--forecast-boxes",
                arity = "0..1",
                fallbackValue = "5",
                paramLabel = "COVERAGE",
                description =
                        "Draw the forecast boxes of the day after the period on the map page: the cells the"
                                + " self-exciting forecast flags at COVERAGE percent of the area (default 5), as forecast hotspots.")
        double forecastBoxes;

        @Option(
                names = "--hotspots",
                paramLabel = "METHOD",
                description = "Draw the period's hotspots on the map page: dbscan (150 m, 25 incidents) or gistar"
                        + " (Gi* hot and cold H3 r8 cells at 95%%+), as the window's Hotspots panel finds them.")
        String hotspots;

        @Option(
                names = "--basemap",
                paramLabel = "FILE.mbtiles",
                description = "Draw the map page over this raster MBTiles basemap (offline), its attribution in the"
                        + " credits; default: the boundaries alone.")
        Path basemap;

        @Option(names = "--json", description = "Print the report's numbers as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            if (geojson != null && layer == null && forecastBoxes == 0 && hotspots == null) {
                throw new IllegalArgumentException(
                        "--geojson writes the zone table, forecast boxes or hotspots as a map: give --layer,"
                                + " --forecast-boxes or --hotspots too");
            }
            KpiRequest request = new KpiRequest(
                    Arguments.checked(() -> ReportScope.parse(scope)),
                    new ReportPeriod(from, to),
                    layer,
                    categories,
                    choice(ZoneOrder.class, "--sort", sort),
                    forecastBoxes,
                    hotspots == null ? null : choice(MapHotspots.Method.class, "--hotspots", hotspots));
            KpiPdf.Paper size = choice(KpiPdf.Paper.class, "--paper", paper);
            ReportLanguage language = choice(ReportLanguage.class, "--lang", lang);
            try (Store s = store.open();
                    MBTilesBasemap tiles = basemap == null ? null : MBTilesBasemap.open(basemap)) {
                KpiReport report = KpiReport.of(s, request, Instant.now()).withBasemap(tiles, new StreetLines(s));
                if (pdf != null) {
                    KpiPdf.write(report, size, language, pdf);
                    System.err.println("PDF written to " + pdf);
                }
                if (csv != null) {
                    List<Path> files = KpiCsv.write(report, csv, bom);
                    System.err.println(files.size() + " CSV files written to " + csv);
                }
                if (geojson != null) {
                    List<Path> files = KpiGeoJson.all(report, s, geojson);
                    System.err.println("GeoJSON written to " + files);
                }
                if (json) {
                    System.out.println(Json.of(asMap(report)));
                } else {
                    print(report);
                }
            }
            return 0;
        }

        static <E extends Enum<E>> E choice(Class<E> type, String option, String value) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(value)) {
                    return e;
                }
            }
            throw new IllegalArgumentException(option + " '" + value + "': give one of "
                    + String.join(
                            ", ",
                            java.util.Arrays.stream(type.getEnumConstants())
                                    .map(e -> e.name().toLowerCase(Locale.ROOT))
                                    .toList()));
        }
    }

    static Map<String, Object> asMap(KpiReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("store", r.store());
        m.put("generated", r.generated().toString());
        m.put("scope", r.request().scope().toString());
        m.put("scope_name", r.scopeName());
        ReportPeriod p = r.request().period();
        m.put("from", p.from().toString());
        m.put("to", p.to().toString());
        m.put("layer", r.request().layer());
        m.put("categories_filter", r.request().categories());
        m.put("categories", r.categories().stream().map(ReportCommand::row).toList());
        m.put("total", row(r.total()));
        m.put("zones", r.zones().stream().map(ReportCommand::row).toList());
        m.put("sources", r.sources());
        m.put(
                "top_cells",
                r.details().topCells().stream().map(ReportCommand::place).toList());
        m.put(
                "top_blocks",
                r.details().topBlocks().stream().map(ReportCommand::place).toList());
        QualityNotes q = r.details().quality();
        Map<String, Object> quality = new LinkedHashMap<>();
        quality.put("incidents", q.incidents());
        quality.put("zone_mismatch", q.zoneMismatches());
        quality.put("date_only", q.dateOnly());
        quality.put("time_flagged", q.timeFlagged());
        quality.put("cells", q.cells());
        quality.put("low_confidence_cells", q.lowConfidenceCells());
        quality.put("rejected_by_reason", q.rejectedByReason());
        m.put("quality", quality);
        AlertSummary a = r.alerts();
        Map<String, Object> alerts = new LinkedHashMap<>();
        alerts.put("raised", a.raised());
        alerts.put("time_zone", a.zone().getId());
        alerts.put("by_priority", a.byPriority());
        alerts.put("by_state", a.byState());
        alerts.put("first_action", durations(a.firstAction()));
        alerts.put("dispatch", durations(a.dispatch()));
        alerts.put("close", durations(a.close()));
        m.put("alerts", alerts);
        m.put("forecast", r.forecast() == null ? null : forecast(r.forecast()));
        m.put("forecast_boxes", r.map().boxes() == null ? null : boxes(r.map().boxes()));
        m.put("hotspots", r.map().hotspots() == null ? null : hotspots(r.map().hotspots()));
        return m;
    }

    private static Map<String, Object> forecast(DailyForecast f) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("run", f.runId());
        x.put("run_scope", f.runScope());
        x.put("series", f.series());
        x.put("model", f.model());
        x.put("made_at", f.madeAt().toString());
        x.put("as_of", f.asOf().toString());
        x.put("validation_mase", f.validationMase());
        x.put("naive_validation_mase", f.naiveMase());
        List<Map<String, Object>> days = new ArrayList<>();
        f.days().forEach((d, b) -> {
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("date", d.toString());
            day.put("median", b.median());
            day.put("lo80", b.lo80());
            day.put("hi80", b.hi80());
            day.put("lo95", b.lo95());
            day.put("hi95", b.hi95());
            days.add(day);
        });
        x.put("days", days);
        return x;
    }

    /** The forecast boxes as {@code forecast hotspots --json} gives them, the cells in scope under {@code shown}. */
    static Map<String, Object> boxes(ForecastBoxes b) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("date", b.plan().day().toString());
        x.put("method", b.method());
        x.put("coverage", b.plan().coverage());
        x.put("flagged", b.plan().cells().size());
        x.put(
                "shown",
                b.shown().stream()
                        .map(c -> Map.of(
                                "rank", c.rank(), "cell", c.cell(), "lon", c.lon(), "lat", c.lat(), "score", c.score()))
                        .toList());
        Map<String, Object> backtest = new LinkedHashMap<>();
        backtest.put("from", b.plan().backtestFrom().toString());
        backtest.put("to", b.plan().backtestTo().toString());
        backtest.put("hit_rate", b.plan().measured().hitRateMean());
        backtest.put("pai", b.plan().measured().paiMean());
        backtest.put("naive_hit_rate", b.plan().naive().hitRateMean());
        x.put("backtest", backtest);
        return x;
    }

    private static Map<String, Object> hotspots(MapHotspots h) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("method", h.method().name().toLowerCase(Locale.ROOT));
        x.put("parameters", h.parameters());
        x.put(
                "shown",
                h.shapes().stream()
                        .map(s -> Map.of(
                                "key", s.key(), "hot", s.hot(), "count", s.count(), "label", s.label(), "score",
                                s.score()))
                        .toList());
        return x;
    }

    private static Map<String, Object> place(TopPlace p) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("key", p.key());
        x.put("centre", p.label());
        x.put("period", p.current());
        x.put("prior", p.prior());
        x.put("low_confidence", p.lowConfidence());
        return x;
    }

    private static Map<String, Object> durations(AlertSummary.Durations d) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("alerts", d.n());
        x.put("median_seconds", d.median() == null ? null : d.median().toSeconds());
        x.put("p90_seconds", d.p90() == null ? null : d.p90().toSeconds());
        return x;
    }

    private static Map<String, Object> row(KpiRow r) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("key", r.key());
        x.put("name", r.name());
        x.put("period", r.counts().current());
        x.put("prior", change(r.prior()));
        x.put("last_year", change(r.lastYear()));
        x.put("year_to_date", change(r.yearToDate()));
        x.put("arrests_known", r.arrestRate().known());
        x.put("arrests", r.arrestRate().arrests());
        x.put("arrest_rate", r.arrestRate().rate());
        x.put(
                "arrest_rate_ci",
                r.arrestRate().recorded()
                        ? List.of(
                                r.arrestRate().interval().low(),
                                r.arrestRate().interval().high())
                        : null);
        return x;
    }

    private static Map<String, Object> change(Change c) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("count", c.current());
        x.put("base", c.base());
        x.put("change", c.difference());
        x.put("percent", c.percent() == null ? null : 100 * c.percent());
        x.put("p_value", c.pValue());
        x.put("mark", c.mark());
        return x;
    }

    private static void print(KpiReport r) {
        ReportPeriod p = r.request().period();
        System.out.printf(Locale.ROOT, "%s, %s (%d days)%n", r.scopeName(), p, p.days());
        System.out.printf(
                Locale.ROOT,
                "%-16s %9s %9s %8s %9s %8s %9s %9s %8s  %s%n",
                "",
                "period",
                "prior",
                "%",
                "last yr",
                "%",
                "ytd",
                "last ytd",
                "%",
                "arrest rate");
        List<KpiRow> rows = new ArrayList<>(r.categories());
        rows.add(r.total());
        for (KpiRow row : rows) {
            line(row);
        }
        if (!r.zones().isEmpty()) {
            System.out.println("zones of " + r.request().layer() + ":");
            r.zones().forEach(ReportCommand::line);
        }
        System.out.println("* p < 0.05, ** p < 0.01 (C-test of two Poisson counts); docs/reports.md");
    }

    private static void line(KpiRow row) {
        System.out.printf(
                Locale.ROOT,
                "%-16s %9d %9d %6s%-2s %9d %6s%-2s %9d %9d %6s%-2s  %s%n",
                row.key().length() > 16 ? row.key().substring(0, 16) : row.key(),
                row.counts().current(),
                row.counts().prior(),
                pct(row.prior()),
                row.prior().mark(),
                row.counts().lastYear(),
                pct(row.lastYear()),
                row.lastYear().mark(),
                row.counts().yearToDate(),
                row.counts().lastYearToDate(),
                pct(row.yearToDate()),
                row.yearToDate().mark(),
                row.arrestRate().recorded()
                        ? String.format(
                                Locale.ROOT, "%.1f%%", 100 * row.arrestRate().rate())
                        : "not recorded");
    }

    private static String pct(Change c) {
        return c.percent() == null ? "n/a" : String.format(Locale.ROOT, "%+.0f%%", 100 * c.percent());
    }
}
