package org.khareetaty.core.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The KPI report as a PDF (Apache PDFBox): landscape pages, fonts embedded, text selectable; the
 * category table with its footnote, the zone table (every zone), the charts as vectors
 * ({@link ReportCharts}); on every page a footer with the store, the time it was generated and the
 * page number of the total. What each number means: docs/reports.md.
 */
public final class KpiPdf {
    /** The paper, landscape. */
    public enum Paper {
        A4(PDRectangle.A4),
        LETTER(PDRectangle.LETTER);

        private final PDRectangle portrait;

        Paper(PDRectangle portrait) {
            this.portrait = portrait;
        }

        PDRectangle landscape() {
            return new PDRectangle(portrait.getHeight(), portrait.getWidth());
        }
    }

    private static final DateTimeFormatter GENERATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);
    private static final float TEXT = 8.5f;
    private static final float CELL = 7.5f;

    private KpiPdf() {}

    /** Writes {@code report} to {@code out}. */
    public static void write(KpiReport report, Paper paper, Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            info(doc, report);
            ReportPages pages = new ReportPages(doc, paper.landscape(), ReportFonts.load(doc));
            pages.newPage();
            title(pages, report);
            categories(pages, report);
            zones(pages, report);
            charts(pages, report);
            pages.finish("Khareetaty Workstation  ·  store " + report.store() + "  ·  generated "
                    + GENERATED.format(report.generated().atOffset(ZoneOffset.UTC)) + "  ·  " + report.scopeName()
                    + ", " + report.request().period());
            doc.save(out.toFile());
        }
    }

    private static void info(PDDocument doc, KpiReport report) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(
                "KPI report: " + report.scopeName() + ", " + report.request().period());
        info.setCreator("Khareetaty Workstation");
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        when.setTimeInMillis(report.generated().toEpochMilli());
        info.setCreationDate(when);
    }

    private static void title(ReportPages pages, KpiReport report) throws IOException {
        ReportFonts f = pages.fonts();
        KpiRequest r = report.request();
        ReportPeriod p = r.period();
        pages.line("KPI report: " + report.scopeName(), f.bold(), 16);
        pages.line(
                "Period " + p + " (" + p.days() + " days)  ·  categories: "
                        + (r.categories().isEmpty() ? "all" : String.join(", ", r.categories()))
                        + (r.layer() == null ? "" : "  ·  zones: layer " + r.layer()),
                f.regular(),
                10);
        pages.paragraph(
                "Compared with the prior period " + p.prior() + ", the same period last year " + p.lastYear()
                        + ", and the year to date " + p.yearToDate() + " with the last year to date "
                        + p.lastYearToDate() + ".",
                f.regular(),
                TEXT);
        pages.paragraph("Data: " + String.join("; ", report.sources()), f.regular(), TEXT);
        pages.down(6);
    }

    private static void categories(ReportPages pages, KpiReport report) throws IOException {
        pages.line("Incidents by category", pages.fonts().bold(), 11);
        List<List<String>> rows = new ArrayList<>();
        for (KpiRow row : report.categories()) {
            rows.add(cells(row.key().replace('_', ' '), row));
        }
        rows.add(cells("all categories", report.total()));
        table("Category", 150).draw(pages, rows, 1);
        pages.paragraph(footnote(), pages.fonts().regular(), 7);
        pages.down(6);
    }

    private static void zones(ReportPages pages, KpiReport report) throws IOException {
        String layer = report.request().layer();
        if (layer == null) {
            return;
        }
        pages.ensure(80);
        pages.line("Incidents by zone of layer " + layer, pages.fonts().bold(), 11);
        List<List<String>> rows = new ArrayList<>();
        for (KpiRow row : report.zones()) {
            rows.add(cells(
                    row.name().isEmpty() || row.name().equals(row.key()) ? row.key() : row.key() + "  " + row.name(),
                    row));
        }
        table("Zone", 150).draw(pages, rows, 0);
        long empty =
                report.zones().stream().filter(z -> z.counts().current() == 0).count();
        pages.paragraph(
                "Every zone of the layer is listed, " + empty + " without incidents in the period included; sorted by "
                        + report.request().order().name().toLowerCase(Locale.ROOT)
                        + ". Incidents in scope outside every zone of the layer are the row "
                        + KpiReport.NO_ZONE + ", when there are any.",
                pages.fonts().regular(),
                7);
    }

    private static void charts(ReportPages pages, KpiReport report) throws IOException {
        pages.newPage();
        pages.line(
                "When: the period's incidents by day, day of week and hour of day (local time)",
                pages.fonts().bold(),
                11);
        float w = pages.width();
        float h = 200;
        var doc = pages.document();
        pages.form(
                ReportCharts.form(doc, ReportCharts.daily(report.profile().daily()), w, h),
                pages.left(),
                pages.y() - h);
        pages.down(h + 12);
        float half = (w - 12) / 2;
        pages.form(
                ReportCharts.form(doc, ReportCharts.dayOfWeek(report.profile().dayOfWeek()), half, h),
                pages.left(),
                pages.y() - h);
        pages.form(
                ReportCharts.form(doc, ReportCharts.hourOfDay(report.profile().hourOfDay()), half, h),
                pages.left() + half + 12,
                pages.y() - h);
        pages.down(h);
    }

    private static ReportTable table(String first, float firstWidth) {
        return new ReportTable(
                List.of(
                        new ReportTable.Column(first, firstWidth, false),
                        new ReportTable.Column("Period", 52, true),
                        new ReportTable.Column("Prior", 52, true),
                        new ReportTable.Column("Change", 46, true),
                        new ReportTable.Column("%", 48, true),
                        new ReportTable.Column("", 18, false),
                        new ReportTable.Column("Last year", 52, true),
                        new ReportTable.Column("%", 48, true),
                        new ReportTable.Column("", 18, false),
                        new ReportTable.Column("YTD", 56, true),
                        new ReportTable.Column("Last YTD", 56, true),
                        new ReportTable.Column("%", 48, true),
                        new ReportTable.Column("", 18, false),
                        new ReportTable.Column("Arrest rate (95% CI)", 106, true)),
                List.of(
                        new ReportTable.Span("vs prior period", 2, 5),
                        new ReportTable.Span("vs last year", 6, 8),
                        new ReportTable.Span("year to date", 9, 12)),
                CELL);
    }

    /** The cells of one row as the PDF shows them. */
    static List<String> cells(String first, KpiRow r) {
        Counts n = r.counts();
        return List.of(
                first,
                count(n.current()),
                count(n.prior()),
                signed(r.prior().difference()),
                percent(r.prior()),
                r.prior().mark(),
                count(n.lastYear()),
                percent(r.lastYear()),
                r.lastYear().mark(),
                count(n.yearToDate()),
                count(n.lastYearToDate()),
                percent(r.yearToDate()),
                r.yearToDate().mark(),
                arrests(r.arrestRate()));
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String signed(long n) {
        return String.format(Locale.ROOT, "%+,d", n);
    }

    /** A percent change to one decimal ("+12.5%"), or "n/a" when the base is 0. */
    static String percent(Change c) {
        return c.percent() == null ? "n/a" : String.format(Locale.ROOT, "%+.1f%%", 100 * c.percent());
    }

    /** "23.4% (21.1–25.8)", or "not recorded". */
    static String arrests(ArrestRate a) {
        return a.recorded()
                ? String.format(
                        Locale.ROOT,
                        "%.1f%% (%.1f–%.1f)",
                        100 * a.rate(),
                        100 * a.interval().low(),
                        100 * a.interval().high())
                : "not recorded";
    }

    /** The tables' footnote: the marks, the test, and why a small count's big change is not news. */
    static String footnote() {
        double p = PoissonComparison.pValue(4, 1, 2, 1);
        return String.format(
                Locale.ROOT,
                "* p < %.2f, ** p < %.2f: the change is unlikely to be chance, by the conditional binomial test of two Poisson "
                        + "counts (C-test, two-sided, the periods' days as exposures). A small count's big change is not news: 4 "
                        + "incidents after 2 is +100%% but p = %.2f, no mark. Each row is tested alone: among 20 rows without any "
                        + "real change, about one is marked at p < 0.05 by chance. %% change is n/a when the base is 0. Arrest rate: "
                        + "arrests among incidents whose source records arrests, with the Wilson 95%% interval; \"not recorded\" "
                        + "where no source in scope does.",
                Change.SIGNIFICANT,
                Change.VERY_SIGNIFICANT,
                p);
    }
}
