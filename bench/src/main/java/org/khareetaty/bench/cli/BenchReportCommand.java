package org.khareetaty.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.Json;
import org.khareetaty.bench.DrillBench;
import org.khareetaty.bench.ImportBench;
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.report.Briefing;
import org.khareetaty.core.report.BriefingPack;
import org.khareetaty.core.report.KpiPdf;
import org.khareetaty.core.report.KpiReport;
import org.khareetaty.core.report.KpiRequest;
import org.khareetaty.core.report.ReportLanguage;
import org.khareetaty.core.report.ReportPeriod;
import org.khareetaty.core.report.ReportScope;
import org.khareetaty.core.report.ZoneOrder;
import org.khareetaty.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code khareetaty bench report}: the whole-city KPI report (every district, the map page, PDF) and a
 * district's shift briefing pack, timed on a store built by {@code bench drill} (Chicago's layers and
 * millions of jittered copies of the real aggravated-assault file), each step of the report apart.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "The whole-city KPI report by district with its map page (PDF), and a district's shift briefing pack,",
            "timed on a store of millions of incidents (khareetaty bench drill builds one); targets 5 s and 2 s."
        })
final class BenchReportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "STORE", description = "The store (e.g. TMP/khareetaty-bench-drill-8000000).")
    Path store;

    @Option(
            names = "--to",
            paramLabel = "DATE",
            description = "The report's last day and the briefing's day (default: the store's last incident day).")
    LocalDate to;

    @Option(
            names = "--days",
            defaultValue = "28",
            description = "The report's period, days up to --to (default ${DEFAULT-VALUE}).")
    int days;

    @Option(
            names = "--zone",
            defaultValue = "districts:11",
            description = "The zone briefed (default ${DEFAULT-VALUE}).")
    String zone;

    @Option(
            names = "--layer",
            defaultValue = "districts",
            description = "The layer of the report's zone table and map page (default ${DEFAULT-VALUE}).")
    String layer;

    @Option(names = "--runs", defaultValue = "3", description = "Timed runs of each (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(
            names = "--forecast-boxes",
            defaultValue = "0",
            paramLabel = "COVERAGE",
            description = "Add the forecast boxes at COVERAGE percent of the area to the report's map page and to the"
                    + " briefing (default ${DEFAULT-VALUE}: none).")
    double forecastBoxes;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (DrillBench.incidents(store) < 0) {
            throw new IllegalArgumentException(store + " holds no store: build one with khareetaty bench drill");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        Path scratch = Files.createTempDirectory("khareetaty-bench-report");
        try (Store s = Store.open(store)) {
            LocalDate last = to != null ? to : lastDay(s);
            KpiRequest request = new KpiRequest(
                    ReportScope.wholeArea(),
                    new ReportPeriod(last.minusDays(days - 1), last),
                    layer,
                    List.of(),
                    ZoneOrder.CODE,
                    forecastBoxes,
                    null);
            out.put("incidents", DrillBench.incidents(store));
            out.put("period", request.period().toString());
            out.put("forecast_boxes", forecastBoxes);
            List<Double> reports = new ArrayList<>();
            List<Map<String, Double>> steps = new ArrayList<>();
            for (int run = 0; run <= runs; run++) {
                Map<String, Double> step = new LinkedHashMap<>();
                long[] at = {System.nanoTime()};
                String[] task = {null};
                long t = System.nanoTime();
                KpiReport report = KpiReport.of(s, request, Instant.now(), (Progress p) -> {
                    long now = System.nanoTime();
                    if (task[0] != null) {
                        step.put(task[0], DrillBench.round((now - at[0]) / 1e6));
                    }
                    task[0] = p.task();
                    at[0] = now;
                });
                long pdf = System.nanoTime();
                step.put(task[0], DrillBench.round((pdf - at[0]) / 1e6));
                KpiPdf.write(report, KpiPdf.Paper.A4, ReportLanguage.EN, scratch.resolve("kpi.pdf"));
                step.put("pdf", DrillBench.round((System.nanoTime() - pdf) / 1e6));
                // run 0 warms the JVM and H2's page cache, and makes and keeps the forecast boxes when the store
                // holds no current plan of them: the figures are of runs 1.., run 0's is reported apart
                double seconds = DrillBench.round((System.nanoTime() - t) / 1e9);
                if (run > 0) {
                    reports.add(seconds);
                    steps.add(step);
                } else {
                    out.put("kpi_report_run0_seconds", seconds);
                }
                say("KPI report %s by %s: %.2f s, %s", request.period(), layer, seconds, step);
            }
            out.put("kpi_report_seconds", reports);
            out.put("kpi_report_steps_ms", steps);
            ReportScope.Zone z = (ReportScope.Zone) ReportScope.parse(zone);
            ZoneId tz = Briefing.timeZone(s);
            Instant asOf =
                    last.plusDays(1).atTime(LocalTime.of(6, 0)).atZone(tz).toInstant();
            List<Double> briefings = new ArrayList<>();
            for (int run = 0; run <= runs; run++) {
                long t = System.nanoTime();
                Briefing b = Briefing.of(s, z, asOf, Instant.now(), forecastBoxes);
                double read = (System.nanoTime() - t) / 1e6;
                BriefingPack.write(b, KpiPdf.Paper.A4, ReportLanguage.EN, scratch.resolve("briefing"), false);
                double all = (System.nanoTime() - t) / 1e9;
                if (run > 0) {
                    briefings.add(DrillBench.round(all));
                } else {
                    out.put("briefing_run0_seconds", DrillBench.round(all));
                }
                say(
                        "briefing %s as of %s: %d incidents in 7 days; read %.0f ms, pack %.2f s",
                        z, asOf, b.lastWeek().size(), read, all);
            }
            out.put("briefing_seconds", briefings);
        } finally {
            ImportBench.deleteTree(scratch);
        }
        out.put(
                "load_average",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        if (json) {
            System.out.println(Json.of(out));
        } else {
            say(
                    "KPI report %s s, briefing %s s (load average %.1f)",
                    out.get("kpi_report_seconds"), out.get("briefing_seconds"), out.get("load_average"));
        }
        return 0;
    }

    private static LocalDate lastDay(Store s) {
        return s.read("read the last incident day of", c -> {
            try (var st = c.createStatement();
                    var rs = st.executeQuery("SELECT MAX(local_date) FROM incidents")) {
                rs.next();
                return rs.getObject(1, LocalDate.class);
            }
        });
    }

    private void say(String format, Object... args) {
        (json ? System.err : System.out).println(String.format(Locale.ROOT, format, args));
    }
}
