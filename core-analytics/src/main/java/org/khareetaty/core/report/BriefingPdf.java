package org.khareetaty.core.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A shift briefing as a portrait PDF (A4 or US Letter), on the KPI report's pages and fonts: the
 * last 24 hours' incidents, the last 7 days' by category and the latest of them, the open alerts
 * with their one-line explanations, the near repeats.
 */
public final class BriefingPdf {
    /** Rows of the 7 days' table; the rest are in the pack's CSV. */
    public static final int WEEK_ROWS = 25;

    /** Rows of the forecast boxes' table; the rest are in the pack's CSV. */
    public static final int BOX_ROWS = 10;

    /** Rows of the near-repeat table. */
    public static final int REPEAT_ROWS = 12;

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final float CELL = 7.5f;

    private BriefingPdf() {}

    /** Writes {@code b} in {@code language} on {@code paper} to {@code out}. */
    public static void write(Briefing b, KpiPdf.Paper paper, ReportLanguage l, Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(l.text("b.title", zone(b, l)));
            doc.getDocumentInformation().setCreator("Khareetaty Workstation");
            ReportPages pages = new ReportPages(doc, paper.portrait(), ReportFonts.load(doc), l.rightToLeft());
            pages.newPage();
            pages.line(l.text("b.title", zone(b, l)), pages.fonts().bold(), 15);
            pages.line(
                    l.text("b.as_of", MINUTE.format(b.asOf().atZone(b.timeZone())), b.timeZone()),
                    pages.fonts().regular(),
                    9);
            pages.down(4);
            float h = 190;
            MapPdf.draw(pages, l, b.map(), l.text("b.map"), pages.left(), pages.y() - h, pages.width(), h);
            pages.down(h + 10);
            List<BriefingIncident> day = b.lastDay();
            pages.line(
                    l.text("b.last_day", KpiPdf.count(day.size())),
                    pages.fonts().bold(),
                    11);
            incidents(pages, l, latestFirst(day));
            List<BriefingIncident> week = b.lastWeek();
            pages.line(
                    l.text("b.last_week", KpiPdf.count(week.size())),
                    pages.fonts().bold(),
                    11);
            pages.paragraph(byCategory(week, l), pages.fonts().regular(), 8.5f);
            List<BriefingIncident> latest =
                    latestFirst(week).stream().limit(WEEK_ROWS).toList();
            if (!latest.isEmpty()) { // an empty week is said once, by the line by category
                incidents(pages, l, latest);
            }
            if (week.size() > latest.size()) {
                pages.paragraph(
                        l.text("b.more", KpiPdf.count(week.size() - latest.size())),
                        pages.fonts().regular(),
                        7);
            }
            pages.ensure(60);
            pages.line(
                    l.text("b.alerts", KpiPdf.count(b.openAlerts().size())),
                    pages.fonts().bold(),
                    11);
            alerts(pages, l, b.openAlerts());
            if (b.boxes() != null) {
                pages.ensure(60);
                boxes(pages, l, b.boxes());
            }
            pages.ensure(60);
            pages.line(
                    l.text("b.repeats", KpiPdf.count(b.nearRepeats().size()), (int) NearRepeat.METRES, NearRepeat.DAYS),
                    pages.fonts().bold(),
                    11);
            long dayOnly = NearRepeat.leftOut(b.lastWeek());
            if (dayOnly > 0) {
                pages.paragraph(
                        l.text("b.repeats_date_only", KpiPdf.count(dayOnly)),
                        pages.fonts().regular(),
                        8.5f);
            }
            repeats(pages, l, b.nearRepeats().stream().limit(REPEAT_ROWS).toList());
            pages.paragraph(l.text("b.not_yet"), pages.fonts().regular(), 7);
            pages.finish(
                    l.text(
                            "b.footer",
                            b.store(),
                            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
                                    .format(b.generated().atOffset(ZoneOffset.UTC)),
                            zone(b, l)),
                    (i, n) -> l.text("page", i, n));
            doc.save(out.toFile());
        }
    }

    private static List<BriefingIncident> latestFirst(List<BriefingIncident> oldestFirst) {
        List<BriefingIncident> out = new ArrayList<>(oldestFirst);
        java.util.Collections.reverse(out);
        return out;
    }

    /** "districts 1 (1ST)": the layer, the code and the zone's name, in Arabic when there is one. */
    private static String zone(Briefing b, ReportLanguage l) {
        String name = l == ReportLanguage.AR && b.zoneNameArabic() != null ? b.zoneNameArabic() : b.zoneName();
        return b.zone().layer() + " " + b.zone().code()
                + (name.isEmpty() || name.equals(b.zone().code()) ? "" : " (" + name + ")");
    }

    private static String byCategory(List<BriefingIncident> week, ReportLanguage l) {
        Map<String, Long> n = new TreeMap<>();
        week.forEach(i -> n.merge(i.category(), 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        n.forEach((c, k) -> parts.add(l.category(c) + " " + KpiPdf.count(k)));
        return parts.isEmpty() ? l.text("b.none") : String.join(", ", parts);
    }

    /** True, having said "none" on the page, when a section has no {@code rows}. */
    private static boolean none(ReportPages pages, ReportLanguage l, List<?> rows) throws IOException {
        if (rows.isEmpty()) {
            pages.paragraph(l.text("b.none"), pages.fonts().regular(), 8.5f);
            pages.down(4);
        }
        return rows.isEmpty();
    }

    private static void incidents(ReportPages pages, ReportLanguage l, List<BriefingIncident> rows) throws IOException {
        if (none(pages, l, rows)) {
            return;
        }
        List<List<String>> cells = new ArrayList<>();
        for (BriefingIncident i : rows) {
            cells.add(List.of(when(i), i.block(), i.offense(), l.category(i.category())));
        }
        new ReportTable(
                        List.of(
                                new ReportTable.Column(l.text("b.head.time"), 78, false),
                                new ReportTable.Column(l.text("head.block"), 140, false),
                                new ReportTable.Column(l.text("b.head.offense"), 220, false),
                                new ReportTable.Column(l.text("head.category"), 70, false)),
                        List.of(),
                        CELL)
                .draw(pages, cells, 0);
    }

    /** The local time, or the day alone for an incident known to the day only. */
    static String when(BriefingIncident i) {
        return i.dateOnly() ? DAY.format(i.local()) : MINUTE.format(i.local());
    }

    private static void alerts(ReportPages pages, ReportLanguage l, List<BriefingAlert> rows) throws IOException {
        if (none(pages, l, rows)) {
            return;
        }
        List<List<String>> cells = new ArrayList<>();
        for (BriefingAlert a : rows) {
            cells.add(List.of(
                    String.valueOf(a.id()), a.priority(), a.state(), a.what(), raised(a.raised()), a.explanation()));
        }
        new ReportTable(
                        List.of(
                                new ReportTable.Column("#", 28, true),
                                new ReportTable.Column("P", 20, false),
                                new ReportTable.Column(l.text("b.head.state"), 62, false),
                                new ReportTable.Column(l.text("b.head.alert"), 110, false),
                                new ReportTable.Column(l.text("b.head.raised"), 80, false),
                                // the gate's finding in full, over as many lines as it needs: it is why the alert is
                                // there
                                new ReportTable.Column(l.text("b.head.why"), 208, false, true)),
                        List.of(),
                        CELL)
                .draw(pages, cells, 0);
    }

    /** The day's forecast boxes in the zone, riskiest first, with their backtest beside the naive one's in words. */
    private static void boxes(ReportPages pages, ReportLanguage l, ForecastBoxes boxes) throws IOException {
        var plan = boxes.plan();
        pages.line(l.text("b.boxes", plan.day()), pages.fonts().bold(), 11);
        pages.paragraph(
                l.text(
                        MapPdf.boxesKey("b.boxes_note", plan.measured().hitRateMean()),
                        plan.cells().size(),
                        MapPdf.percent(plan.coverage()),
                        plan.day(),
                        boxes.shown().size(),
                        ForecastBoxes.BACKTEST_DAYS,
                        MapPdf.share(plan.measured().hitRateMean()),
                        MapPdf.share(plan.naive().hitRateMean())),
                pages.fonts().regular(),
                8.5f);
        if (boxes.shown().isEmpty()) {
            pages.paragraph(l.text("b.boxes_none"), pages.fonts().regular(), 8.5f);
            pages.down(4);
            return;
        }
        List<List<String>> cells = new ArrayList<>();
        for (var c : boxes.shown().stream().limit(BOX_ROWS).toList()) {
            cells.add(List.of(
                    String.valueOf(c.rank()),
                    String.format(Locale.ROOT, "%.5f, %.5f", c.lat(), c.lon()),
                    String.format(Locale.ROOT, "%.3f", c.score())));
        }
        new ReportTable(
                        List.of(
                                new ReportTable.Column(l.text("b.head.rank"), 50, true),
                                new ReportTable.Column(l.text("b.head.centre"), 140, false),
                                new ReportTable.Column(l.text("b.head.score"), 70, true)),
                        List.of(),
                        CELL)
                .draw(pages, cells, 0);
        if (boxes.shown().size() > BOX_ROWS) {
            pages.paragraph(
                    l.text("b.more_boxes", KpiPdf.count(boxes.shown().size() - BOX_ROWS)),
                    pages.fonts().regular(),
                    7);
        }
    }

    private static String raised(Instant at) {
        return MINUTE.format(at.atOffset(ZoneOffset.UTC)) + "Z";
    }

    private static void repeats(ReportPages pages, ReportLanguage l, List<NearRepeat> rows) throws IOException {
        if (none(pages, l, rows)) {
            return;
        }
        List<List<String>> cells = new ArrayList<>();
        for (NearRepeat r : rows) {
            cells.add(List.of(
                    when(r.later()),
                    when(r.earlier()),
                    l.category(r.later().category()),
                    r.later().block() + " / " + r.earlier().block(),
                    String.format(Locale.ROOT, "%.0f m", r.metres()),
                    String.format(Locale.ROOT, "%.1f h", r.hours())));
        }
        new ReportTable(
                        List.of(
                                new ReportTable.Column(l.text("b.head.later"), 78, false),
                                new ReportTable.Column(l.text("b.head.earlier"), 78, false),
                                new ReportTable.Column(l.text("head.category"), 70, false),
                                new ReportTable.Column(l.text("b.head.blocks"), 190, false),
                                new ReportTable.Column(l.text("b.head.apart"), 44, true),
                                new ReportTable.Column("", 44, true)),
                        List.of(),
                        CELL)
                .draw(pages, cells, 0);
    }
}
