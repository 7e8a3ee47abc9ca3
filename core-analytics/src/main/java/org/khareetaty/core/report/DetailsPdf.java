package org.khareetaty.core.report;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khareetaty.core.hexgrid.ScopeQuery;

/**
 * The KPI report's pages of details ({@link KpiPdf} calls it): where (the top cells and blocks),
 * the data-quality notes and the live alerts of the period.
 */
final class DetailsPdf {
    private static final float TEXT = 8.5f;
    private static final float CELL = 7.5f;

    private DetailsPdf() {}

    /** Draws the details of {@code report} from a new page. */
    static void draw(ReportPages pages, KpiReport report, ReportLanguage l) throws IOException {
        ReportDetails d = report.details();
        pages.newPage();
        pages.line(
                l.text("top_cells", ReportDetails.TOP, ReportDetails.CELL_RES),
                pages.fonts().bold(),
                11);
        top(pages, l, l.text("head.cell"), named(d.topCells(), report, l));
        pages.ensure(60);
        pages.line(l.text("top_blocks", ReportDetails.TOP), pages.fonts().bold(), 11);
        if (d.topBlocks().isEmpty()) {
            pages.paragraph(l.text("no_blocks"), pages.fonts().regular(), TEXT);
        } else {
            top(pages, l, l.text("head.block"), d.topBlocks());
        }
        pages.paragraph(
                l.text("top_note", ScopeQuery.MIN_INCIDENTS), pages.fonts().regular(), 7);
        pages.down(6);
        pages.ensure(80);
        pages.line(l.text("quality"), pages.fonts().bold(), 11);
        for (String note : quality(d.quality(), l)) {
            pages.paragraph("•  " + note, pages.fonts().regular(), TEXT);
        }
        pages.down(6);
        pages.ensure(50);
        pages.line(l.text("alerts"), pages.fonts().bold(), 11);
        for (String note : alerts(report.alerts(), l)) {
            pages.paragraph("•  " + note, pages.fonts().regular(), TEXT);
        }
    }

    /** The top cells as named in {@code l}: in Arabic by their Arabic names where the report has them. */
    private static List<TopPlace> named(List<TopPlace> cells, KpiReport report, ReportLanguage l) {
        if (l != ReportLanguage.AR) {
            return cells;
        }
        return cells.stream()
                .map(p -> new TopPlace(
                        p.key(),
                        report.arabicNames().getOrDefault(p.key(), p.name()),
                        p.label(),
                        p.current(),
                        p.prior(),
                        p.lowConfidence()))
                .toList();
    }

    private static void top(ReportPages pages, ReportLanguage l, String first, List<TopPlace> places)
            throws IOException {
        List<List<String>> rows = new ArrayList<>();
        int rank = 1;
        for (TopPlace p : places) {
            rows.add(List.of(
                    String.valueOf(rank++),
                    p.name(),
                    p.label(),
                    KpiPdf.count(p.current()),
                    KpiPdf.count(p.prior()),
                    KpiPdf.signed(p.current() - p.prior()),
                    p.lowConfidence() ? l.text("low") : ""));
        }
        new ReportTable(
                        List.of(
                                new ReportTable.Column("#", 22, true),
                                new ReportTable.Column(first, 190, false),
                                new ReportTable.Column(l.text("head.centre"), 120, false),
                                new ReportTable.Column(l.text("head.period"), 56, true),
                                new ReportTable.Column(l.text("head.prior"), 56, true),
                                new ReportTable.Column(l.text("head.change"), 56, true),
                                new ReportTable.Column("", 90, false)),
                        List.of(),
                        CELL)
                .draw(pages, rows, 0);
    }

    /** The data-quality notes as sentences. */
    static List<String> quality(QualityNotes q, ReportLanguage l) {
        List<String> out = new ArrayList<>();
        out.add(l.text("q.mismatch", KpiPdf.count(q.zoneMismatches()), share(q.zoneMismatches(), q.incidents())));
        out.add(l.text("q.date_only", KpiPdf.count(q.dateOnly()), share(q.dateOnly(), q.incidents())));
        out.add(l.text("q.flagged", KpiPdf.count(q.timeFlagged()), share(q.timeFlagged(), q.incidents())));
        out.add(l.text(
                "q.low_cells",
                KpiPdf.count(q.lowConfidenceCells()),
                KpiPdf.count(q.cells()),
                ReportDetails.CELL_RES,
                ScopeQuery.MIN_INCIDENTS));
        if (q.rejected() == 0) {
            out.add(l.text("q.no_rejected"));
        } else {
            List<String> reasons = new ArrayList<>();
            for (Map.Entry<String, Long> e : q.rejectedByReason().entrySet()) {
                reasons.add(e.getKey() + " " + KpiPdf.count(e.getValue()));
            }
            out.add(l.text("q.rejected", KpiPdf.count(q.rejected()), String.join(", ", reasons)));
        }
        return out;
    }

    /** The live alerts as sentences. */
    static List<String> alerts(AlertSummary a, ReportLanguage l) {
        if (a.raised() == 0) {
            return List.of(l.text("a.none", a.zone()));
        }
        return List.of(
                l.text("a.raised", KpiPdf.count(a.raised()), a.zone(), counts(a.byPriority()), counts(a.byState())),
                steps(l, "a.first", a.firstAction()),
                steps(l, "a.dispatch", a.dispatch()),
                steps(l, "a.close", a.close()));
    }

    private static String steps(ReportLanguage l, String key, AlertSummary.Durations d) {
        return d.n() == 0
                ? l.text(key + ".none")
                : l.text(key, KpiPdf.count(d.n()), duration(d.median()), duration(d.p90()));
    }

    private static String counts(Map<String, Long> byKey) {
        List<String> out = new ArrayList<>();
        byKey.forEach((k, n) -> out.add(k + " " + KpiPdf.count(n)));
        return String.join(", ", out);
    }

    /** "42 min", "3.5 h", "2.1 d", "45 s". */
    static String duration(Duration d) {
        long s = d.toSeconds();
        if (s < 120) {
            return s + " s";
        }
        if (s < 7_200) {
            return Math.round(s / 60.0) + " min";
        }
        if (s < 172_800) {
            return String.format(Locale.ROOT, "%.1f h", s / 3600.0);
        }
        return String.format(Locale.ROOT, "%.1f d", s / 86_400.0);
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "0%" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }
}
