package org.khareetaty.core.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.hexgrid.CellLabels;
import org.khareetaty.core.hexgrid.GoldCube;
import org.khareetaty.core.hexgrid.PeriodTally;
import org.khareetaty.core.hexgrid.ScopeQuery;

/**
 * Where in the scope and how good the data is (its query class): the busiest r9 cells and blocks of
 * the period with their prior-period counts, and the data-quality notes. One grouped scan of the
 * period and the prior period by cell, one by block, one of the rejected rows.
 *
 * @param topCells  the {@link #TOP} busiest r9 cells of the period, most first
 * @param topBlocks the {@link #TOP} busiest blocks, most first; empty when no source in scope records blocks
 * @param quality   the data-quality notes
 */
public record ReportDetails(List<TopPlace> topCells, List<TopPlace> topBlocks, QualityNotes quality) {
    /** Rows of each top table. */
    public static final int TOP = 10;

    /** The resolution of the top cells (about 0.1 km², a few blocks). */
    public static final int CELL_RES = 9;

    /**
     * Reads the details of {@code r} on {@code c} with the scope and category {@code filter}, the top
     * cells named by {@code names}.
     */
    static ReportDetails read(Connection c, KpiRequest r, KpiCounts.Filter filter, CellLabels names)
            throws SQLException {
        ReportPeriod p = r.period();
        List<TopPlace> cells = new ArrayList<>();
        long[] notes = new long[4];
        long low = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT h3_r" + CELL_RES + ", "
                + "SUM(CASE WHEN local_date >= ? THEN 1 ELSE 0 END), SUM(CASE WHEN local_date < ? THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN local_date >= ? AND zone_mismatch IS NOT NULL THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN local_date >= ? AND time_precision = 'day' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN local_date >= ? AND time_flag IS NOT NULL THEN 1 ELSE 0 END) "
                + "FROM incidents WHERE local_date BETWEEN ? AND ?" + filter.sql() + " GROUP BY h3_r" + CELL_RES)) {
            int i = 1;
            for (int k = 0; k < 5; k++) {
                ps.setObject(i++, p.from());
            }
            ps.setObject(i++, p.prior().from());
            ps.setObject(i++, p.to());
            filter.bind(ps, i);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long n = rs.getLong(2);
                    notes[0] += n;
                    notes[1] += rs.getLong(4);
                    notes[2] += rs.getLong(5);
                    notes[3] += rs.getLong(6);
                    if (n > 0) {
                        boolean sparse = n < ScopeQuery.MIN_INCIDENTS;
                        low += sparse ? 1 : 0;
                        cells.add(new TopPlace(Long.toHexString(rs.getLong(1)), "", "", n, rs.getLong(3), sparse));
                    }
                }
            }
        }
        long withIncidents = cells.size();
        QualityNotes quality =
                new QualityNotes(notes[0], notes[1], notes[2], notes[3], withIncidents, low, rejected(c));
        return new ReportDetails(named(names, top(cells)), blocks(c, p, filter), quality);
    }

    /**
     * The details of {@code r} read off the drill-down's aggregates ({@code cube}, and {@code tally} of the
     * scope's days): the top cells and blocks with their prior counts, the notes; only the period's time
     * flags and the top blocks' centres (the mean of their incidents' points), which the aggregates do not
     * hold, from the incidents, in one grouped read of the period. The top cells named by {@code names}.
     */
    static ReportDetails read(
            Connection c, KpiRequest r, KpiCounts.Filter filter, GoldCube cube, PeriodTally tally, CellLabels names)
            throws SQLException {
        ReportPeriod p = r.period();
        Long scope = KpiCounts.cellOf(r.scope());
        LocalDate[][] periods = {
            {p.from(), p.to()}, {p.prior().from(), p.prior().to()}
        };
        List<TopPlace> cells = new ArrayList<>();
        long low = 0;
        for (Map.Entry<Long, long[]> cell : PeriodTally.byCell(cube, scope, r.categories(), CELL_RES, periods)
                .entrySet()) {
            long n = cell.getValue()[0];
            if (n > 0) {
                boolean sparse = n < ScopeQuery.MIN_INCIDENTS;
                low += sparse ? 1 : 0;
                cells.add(new TopPlace(Long.toHexString(cell.getKey()), "", "", n, cell.getValue()[1], sparse));
            }
        }
        List<TopPlace> blocks = new ArrayList<>();
        PeriodTally.byBlock(cube, scope, r.categories(), periods).forEach((block, n) -> {
            if (n[0] > 0) {
                blocks.add(new TopPlace(block, block, "", n[0], n[1], n[0] < ScopeQuery.MIN_INCIDENTS));
            }
        });
        List<TopPlace> topBlocks = top(blocks);
        Map<String, String> centres = new TreeMap<>();
        long timeFlagged = timeFlagsAndCentres(c, p, filter, topBlocks, centres);
        QualityNotes quality = new QualityNotes(
                tally.incidents(null, p.from(), p.to()),
                tally.zoneMismatches(p.from(), p.to()),
                tally.dateOnly(p.from(), p.to()),
                timeFlagged,
                cells.size(),
                low,
                rejected(c));
        return new ReportDetails(
                named(names, top(cells)),
                topBlocks.stream()
                        .map(t -> new TopPlace(
                                t.key(), t.name(), centres.get(t.key()), t.current(), t.prior(), t.lowConfidence()))
                        .toList(),
                quality);
    }

    /**
     * The period's incidents flagged for their time, and into {@code centres} the mean point of the period's
     * incidents of each of {@code blocks}: one grouped read of the period.
     */
    private static long timeFlagsAndCentres(
            Connection c, ReportPeriod p, KpiCounts.Filter filter, List<TopPlace> blocks, Map<String, String> centres)
            throws SQLException {
        String block = blocks.isEmpty()
                ? "CAST(NULL AS VARCHAR)"
                : "CASE WHEN block IN (" + "?,".repeat(blocks.size() - 1) + "?) THEN block END";
        long flagged = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT b, SUM(f), AVG(lat), AVG(lon) FROM (SELECT " + block
                + " AS b, CASE WHEN time_flag IS NOT NULL THEN 1 ELSE 0 END AS f, lat, lon "
                + "FROM incidents WHERE local_date BETWEEN ? AND ?" + filter.sql() + ") GROUP BY b")) {
            int i = 1;
            for (TopPlace t : blocks) {
                ps.setString(i++, t.key());
            }
            ps.setObject(i++, p.from());
            ps.setObject(i++, p.to());
            filter.bind(ps, i);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    flagged += rs.getLong(2);
                    if (rs.getString(1) != null) {
                        centres.put(
                                rs.getString(1),
                                String.format(Locale.ROOT, "%.5f, %.5f", rs.getDouble(3), rs.getDouble(4)));
                    }
                }
            }
        }
        return flagged;
    }

    /** {@code cells} named as the drill-down names them ({@code labels}), with their centres. */
    private static List<TopPlace> named(CellLabels labels, List<TopPlace> cells) {
        return cells.stream()
                .map(t -> new TopPlace(
                        t.key(),
                        CellLabels.inSentence(labels.label(Long.parseUnsignedLong(t.key(), 16))),
                        centre(t.key()),
                        t.current(),
                        t.prior(),
                        t.lowConfidence()))
                .toList();
    }

    private static List<TopPlace> blocks(Connection c, ReportPeriod p, KpiCounts.Filter filter) throws SQLException {
        List<TopPlace> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT block, "
                + "SUM(CASE WHEN local_date >= ? THEN 1 ELSE 0 END), SUM(CASE WHEN local_date < ? THEN 1 ELSE 0 END), "
                + "AVG(CASE WHEN local_date >= ? THEN lat END), AVG(CASE WHEN local_date >= ? THEN lon END) "
                + "FROM incidents WHERE block IS NOT NULL AND block <> '' AND local_date BETWEEN ? AND ?"
                + filter.sql() + " GROUP BY block")) {
            for (int i = 1; i <= 4; i++) {
                ps.setObject(i, p.from());
            }
            ps.setObject(5, p.prior().from());
            ps.setObject(6, p.to());
            filter.bind(ps, 7);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long n = rs.getLong(2);
                    if (n > 0) {
                        String centre = String.format(Locale.ROOT, "%.5f, %.5f", rs.getDouble(4), rs.getDouble(5));
                        out.add(new TopPlace(
                                rs.getString(1),
                                rs.getString(1),
                                centre,
                                n,
                                rs.getLong(3),
                                n < ScopeQuery.MIN_INCIDENTS));
                    }
                }
            }
        }
        return top(out);
    }

    /** The {@link #TOP} busiest, most first, ties by key. */
    private static List<TopPlace> top(List<TopPlace> places) {
        return places.stream()
                .sorted(Comparator.comparingLong(TopPlace::current).reversed().thenComparing(TopPlace::key))
                .limit(TOP)
                .toList();
    }

    private static String centre(String hex) {
        var ll = H3Cells.h3().cellToLatLng(Long.parseUnsignedLong(hex, 16));
        return String.format(Locale.ROOT, "%.5f, %.5f", ll.lat, ll.lng);
    }

    private static Map<String, Long> rejected(Connection c) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT reason, COUNT(*) FROM rejected_rows WHERE import_id IN "
                        + "(SELECT id FROM imports WHERE status = 'complete') GROUP BY reason");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }
}
