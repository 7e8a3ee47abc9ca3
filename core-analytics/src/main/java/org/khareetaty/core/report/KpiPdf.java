package org.khareetaty.core.report;

import java.io.ByteArrayOutputStream;
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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.khareetaty.core.progress.ProgressListener;

/**
 * The KPI report as a PDF (Apache PDFBox): landscape pages, fonts embedded, text selectable; the
 * category table with its footnote, the zone table (every zone), the charts as vectors
 * ({@link ReportCharts}); on every page a footer with the store, the time it was generated and the
 * page number of the total. In Arabic ({@link ReportLanguage#AR}) the words and place names are
 * Arabic and the pages run right to left. What each number means: docs/reports.md.
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

        PDRectangle portrait() {
            return portrait;
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

    /** Writes {@code report} in {@code language} to {@code out}. */
    public static void write(KpiReport report, Paper paper, ReportLanguage language, Path out) throws IOException {
        write(report, paper, language, out, ProgressListener.NONE);
    }

    /**
     * Writes {@code report} in {@code language} to {@code out}, asking {@code progress} for a cancel
     * between sections: a cancelled report throws {@link org.khareetaty.core.progress.CancelledException}
     * and writes nothing ({@code out} is written only once the whole document is laid out).
     */
    public static void write(
            KpiReport report, Paper paper, ReportLanguage language, Path out, ProgressListener progress)
            throws IOException {
        try (PDDocument doc = layout(report, paper, language, progress)) {
            progress.checkCancelled();
            doc.save(out.toFile());
        }
    }

    /**
     * The report's first page alone, as it is in the whole report (its footer says "page 1 of n"),
     * for a preview: a one-page document, fonts embedded, that the caller closes (and may render with
     * PDFBox's {@code PDFRenderer}).
     */
    public static PDDocument firstPage(KpiReport report, Paper paper, ReportLanguage language) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument doc = layout(report, paper, language, ProgressListener.NONE)) {
            while (doc.getNumberOfPages() > 1) {
                doc.removePage(doc.getNumberOfPages() - 1);
            }
            // saved and read back, so the page carries its font subsets as a written file would
            doc.save(bytes);
        }
        return Loader.loadPDF(bytes.toByteArray());
    }

    private static PDDocument layout(KpiReport report, Paper paper, ReportLanguage language, ProgressListener progress)
            throws IOException {
        PDDocument doc = new PDDocument();
        try {
            Words w = new Words(report, language);
            info(doc, report, w);
            ReportPages pages = new ReportPages(doc, paper.landscape(), ReportFonts.load(doc), language.rightToLeft());
            pages.newPage();
            title(pages, report, w);
            categories(pages, report, w);
            progress.checkCancelled();
            zones(pages, report, w);
            progress.checkCancelled();
            map(pages, report, w);
            progress.checkCancelled();
            charts(pages, report, w);
            progress.checkCancelled();
            DetailsPdf.draw(pages, report, language);
            pages.finish(
                    language.text(
                            "footer",
                            report.store(),
                            GENERATED.format(report.generated().atOffset(ZoneOffset.UTC)),
                            w.scope(),
                            report.request().period()),
                    (i, n) -> language.text("page", i, n));
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    /** The report's words and place names in one language. */
    private record Words(KpiReport report, ReportLanguage language) {
        String text(String key, Object... args) {
            return language.text(key, args);
        }

        /** The scope's name: "Whole area"; the layer, the code and the zone's name in this language; the cell; the polygon's file. */
        String scope() {
            ReportScope s = report.request().scope();
            if (s instanceof ReportScope.Zone z) {
                String name = zone(z.code(), report.scopeZoneName());
                return z.layer() + " " + z.code() + (name.isEmpty() || name.equals(z.code()) ? "" : " (" + name + ")");
            }
            if (s instanceof ReportScope.Cell c) {
                return text("cell_scope", zone(Long.toHexString(c.id()), report.scopeZoneName()), c.res());
            }
            if (s instanceof ReportScope.Polygon p) {
                return text("polygon_scope", p.file());
            }
            return text("whole_area");
        }

        /** A zone's name in this language (Arabic: the boundary's {@code name_ar}, else its name). */
        String zone(String code, String name) {
            String arabic = language == ReportLanguage.AR ? report.arabicNames().get(code) : null;
            return arabic != null ? arabic : name;
        }
    }

    private static void info(PDDocument doc, KpiReport report, Words w) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(w.text("title", w.scope()) + ", " + report.request().period());
        info.setCreator("Khareetaty Workstation");
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        when.setTimeInMillis(report.generated().toEpochMilli());
        info.setCreationDate(when);
    }

    private static void title(ReportPages pages, KpiReport report, Words w) throws IOException {
        ReportFonts f = pages.fonts();
        KpiRequest r = report.request();
        ReportPeriod p = r.period();
        pages.line(w.text("title", w.scope()), f.bold(), 16);
        pages.line(periodAndFilters(report, w), f.regular(), 10);
        pages.paragraph(
                w.text("compared", p.prior(), p.lastYear(), p.yearToDate(), p.lastYearToDate()), f.regular(), TEXT);
        pages.paragraph(w.text("data", String.join("; ", report.sources())), f.regular(), TEXT);
        pages.down(6);
    }

    private static void categories(ReportPages pages, KpiReport report, Words w) throws IOException {
        pages.line(w.text("by_category"), pages.fonts().bold(), 11);
        List<List<String>> rows = new ArrayList<>();
        for (KpiRow row : report.categories()) {
            rows.add(cells(w.language().category(row.key()), row, w.language()));
        }
        rows.add(cells(w.text("all_categories"), report.total(), w.language()));
        table(w.text("head.category"), w.language()).draw(pages, rows, 1);
        pages.paragraph(footnote(w.language()), pages.fonts().regular(), 7);
        pages.down(6);
    }

    private static void zones(ReportPages pages, KpiReport report, Words w) throws IOException {
        String layer = report.request().layer();
        if (layer == null) {
            return;
        }
        pages.ensure(80);
        pages.line(w.text("by_zone", layer), pages.fonts().bold(), 11);
        List<List<String>> rows = new ArrayList<>();
        for (KpiRow row : report.zones()) {
            String name = row.key().equals(KpiReport.NO_ZONE) ? w.text("outside") : w.zone(row.key(), row.name());
            rows.add(cells(
                    name.isEmpty() || name.equals(row.key()) ? row.key() : row.key() + "  " + name, row, w.language()));
        }
        table(w.text("head.zone"), w.language()).draw(pages, rows, 0);
        long empty =
                report.zones().stream().filter(z -> z.counts().current() == 0).count();
        pages.paragraph(
                w.text(
                        "zones_note",
                        empty,
                        w.text("order." + report.request().order().name().toLowerCase(Locale.ROOT)),
                        KpiReport.NO_ZONE),
                pages.fonts().regular(),
                7);
    }

    /** "Period 2019-01-01 .. 2019-03-31 (90 days) · categories: all · zones: layer districts". */
    private static String periodAndFilters(KpiReport report, Words w) {
        KpiRequest r = report.request();
        List<String> categories =
                r.categories().stream().map(w.language()::category).toList();
        return w.text("period", r.period(), r.period().days()) + "  ·  "
                + w.text("categories", categories.isEmpty() ? w.text("all") : String.join(", ", categories))
                + (r.layer() == null ? "" : "  ·  " + w.text("zones_layer", r.layer()));
    }

    /** The map page: the zones of the layer (or H3 cells) coloured by the period's counts, over the basemap. */
    private static void map(ReportPages pages, KpiReport report, Words w) throws IOException {
        ReportMap map = report.map();
        if (map == null || map.extent().isNull()) {
            return;
        }
        pages.newPage();
        String layer = report.request().layer();
        pages.line(
                (layer != null ? w.text("map.zones", layer) : w.text("map.cells", map.areaLayer())) + ": " + w.scope(),
                pages.fonts().bold(),
                11);
        pages.line(periodAndFilters(report, w), pages.fonts().regular(), 9);
        float bottom = ReportPages.MARGIN + ReportPages.FOOTER;
        MapPdf.draw(
                pages,
                w.language(),
                map,
                w.text("map.key"),
                pages.left(),
                bottom,
                pages.width(),
                pages.y() - 4 - bottom);
    }

    private static void charts(ReportPages pages, KpiReport report, Words w) throws IOException {
        pages.newPage();
        pages.line(w.text("charts"), pages.fonts().bold(), 11);
        ReportLanguage l = w.language();
        float width = pages.width();
        float h = 200;
        var doc = pages.document();
        float dailyH = 180;
        pages.form(
                ReportCharts.form(
                        doc, ReportCharts.daily(report.profile().daily(), report.forecast(), l), width, dailyH),
                pages.left(),
                pages.y() - dailyH);
        pages.down(dailyH + 10);
        pages.paragraph(forecastCaption(report, w), pages.fonts().regular(), 7.5f);
        pages.down(8);
        float half = (width - 12) / 2;
        // on right-to-left pages the day of week comes first, from the right
        float dowX = pages.rightToLeft() ? pages.left() + half + 12 : pages.left();
        float hourX = pages.rightToLeft() ? pages.left() : pages.left() + half + 12;
        pages.form(
                ReportCharts.form(doc, ReportCharts.dayOfWeek(report.profile().dayOfWeek(), l), half, h),
                dowX,
                pages.y() - h);
        pages.form(
                ReportCharts.form(doc, ReportCharts.hourOfDay(report.profile().hourOfDay(), l), half, h),
                hourX,
                pages.y() - h);
        pages.down(h);
    }

    /**
     * What the daily chart's band is: the stored run (its model, when it was made, the data it used) and its
     * validation error beside the seasonal naive forecast's; or that the scope has no stored forecast.
     */
    static String forecastCaption(KpiReport report, Words w) {
        DailyForecast f = report.forecast();
        if (f == null) {
            return w.text("forecast.none");
        }
        String run = w.text(
                "forecast.run",
                f.runId(),
                f.runScope(),
                f.model(),
                GENERATED.format(f.madeAt().atOffset(ZoneOffset.UTC)),
                f.asOf(),
                f.firstDay(),
                f.lastDay());
        String score = w.text("forecast.score", mase(f.validationMase()), mase(f.naiveMase()));
        return run + " " + (f.days().isEmpty() ? w.text("forecast.outside") : w.text("forecast.band")) + " " + score;
    }

    private static String mase(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "n/a";
    }

    private static ReportTable table(String first, ReportLanguage l) {
        return new ReportTable(
                List.of(
                        new ReportTable.Column(first, 150, false),
                        new ReportTable.Column(l.text("head.period"), 52, true),
                        new ReportTable.Column(l.text("head.prior"), 52, true),
                        new ReportTable.Column(l.text("head.change"), 46, true),
                        new ReportTable.Column("%", 48, true),
                        new ReportTable.Column("", 18, false),
                        new ReportTable.Column(l.text("head.last_year"), 52, true),
                        new ReportTable.Column("%", 48, true),
                        new ReportTable.Column("", 18, false),
                        new ReportTable.Column(l.text("head.ytd"), 56, true),
                        new ReportTable.Column(l.text("head.last_ytd"), 56, true),
                        new ReportTable.Column("%", 48, true),
                        new ReportTable.Column("", 18, false),
                        new ReportTable.Column(l.text("head.arrest"), 106, true)),
                List.of(
                        new ReportTable.Span(l.text("span.prior"), 2, 5),
                        new ReportTable.Span(l.text("span.last_year"), 6, 8),
                        new ReportTable.Span(l.text("span.ytd"), 9, 12)),
                CELL);
    }

    /** The cells of one row as the PDF shows them. */
    static List<String> cells(String first, KpiRow r, ReportLanguage l) {
        Counts n = r.counts();
        return List.of(
                first,
                count(n.current()),
                count(n.prior()),
                signed(r.prior().difference()),
                percent(r.prior(), l),
                r.prior().mark(),
                count(n.lastYear()),
                percent(r.lastYear(), l),
                r.lastYear().mark(),
                count(n.yearToDate()),
                count(n.lastYearToDate()),
                percent(r.yearToDate(), l),
                r.yearToDate().mark(),
                arrests(r.arrestRate(), l));
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String signed(long n) {
        return String.format(Locale.ROOT, "%+,d", n);
    }

    /** A percent change to one decimal ("+12.5%"), or "n/a" when the base is 0. */
    static String percent(Change c, ReportLanguage l) {
        return c.percent() == null ? l.text("na") : String.format(Locale.ROOT, "%+.1f%%", 100 * c.percent());
    }

    /** "23.4% (21.1–25.8)", or "not recorded". */
    static String arrests(ArrestRate a, ReportLanguage l) {
        return a.recorded()
                ? String.format(
                        Locale.ROOT,
                        "%.1f%% (%.1f–%.1f)",
                        100 * a.rate(),
                        100 * a.interval().low(),
                        100 * a.interval().high())
                : l.text("not_recorded");
    }

    /** The tables' footnote: the marks, the test, and why a small count's big change is not news. */
    static String footnote(ReportLanguage l) {
        return l.text("footnote", String.format(Locale.ROOT, "%.2f", PoissonComparison.pValue(4, 1, 2, 1)));
    }
}
