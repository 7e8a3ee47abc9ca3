package org.khareetaty.core.hexgrid;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.geo.H3Cover;

/**
 * Reads the cells of a {@link DrillScope} from the gold aggregates: whole months from the monthly
 * rows, the partial months at either end from the daily rows, so a ten-year range costs about as
 * much as a month.
 */
public final class ScopeQuery {
    /** At r8 and finer, only this many of the busiest cells are returned unless all are asked for. */
    public static final int TOP_CELLS = 600;
    /** Weight of each ring-1 neighbour's counts in the neighbour-pooled arrest rate. */
    public static final double NEIGHBOUR_WEIGHT = 0.5;
    /** Below this many incidents a cell's rate is flagged low confidence. */
    public static final int MIN_INCIDENTS = 10;
    /** A Wilson interval wider than this flags the cell's rate low confidence. */
    public static final double MAX_INTERVAL_WIDTH = 0.4;

    private ScopeQuery() {
    }

    /** Incidents, incidents with a known arrest status, and arrests per cell in scope (cell id to {incidents, known, arrests}). */
    public static Map<Long, long[]> counts(Connection c, DrillScope scope) throws SQLException {
        Map<Long, long[]> out = new HashMap<>();
        for (Span span : spans(scope.from(), scope.to())) {
            StringBuilder sql = new StringBuilder("SELECT cell, SUM(incidents), SUM(known), SUM(arrests) FROM gold_cells WHERE res = ? AND period = ? "
                    + "AND period_start BETWEEN ? AND ?");
            if (scope.parent() != null) {
                sql.append(" AND cell BETWEEN ? AND ?");
            }
            if (!scope.categories().isEmpty()) {
                sql.append(" AND category IN (").append("?, ".repeat(scope.categories().size() - 1)).append("?)");
            }
            sql.append(" GROUP BY cell");
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int i = 1;
                ps.setInt(i++, scope.res());
                ps.setString(i++, span.period());
                ps.setObject(i++, span.from());
                ps.setObject(i++, span.to());
                if (scope.parent() != null) {
                    H3Cover.Range r = H3Cover.descendants(scope.parent(), scope.res());
                    ps.setLong(i++, r.lo());
                    ps.setLong(i++, r.hi());
                }
                for (String category : scope.categories()) {
                    ps.setString(i++, category);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long[] n = out.computeIfAbsent(rs.getLong(1), k -> new long[3]);
                        n[0] += rs.getLong(2);
                        n[1] += rs.getLong(3);
                        n[2] += rs.getLong(4);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The cells of {@code counts} (as {@link #counts} reads them for {@code scope}) with their
     * statistics, busiest first (ties by cell id), labelled by {@code labels}.
     */
    public static List<CellStats> cells(Connection c, DrillScope scope, Map<Long, long[]> counts, CellLabels labels)
            throws SQLException {
        List<Long> order = new ArrayList<>(counts.keySet());
        order.sort(Comparator.<Long>comparingLong(k -> -counts.get(k)[0]).thenComparingLong(k -> k));
        if (!scope.allCells() && scope.res() >= 8 && order.size() > TOP_CELLS) {
            order = order.subList(0, TOP_CELLS);
        }
        List<CellStats> out = new ArrayList<>(order.size());
        for (long cell : order) {
            long[] n = counts.get(cell);
            boolean known = n[1] > 0;
            WilsonInterval ci = known ? WilsonInterval.of(n[2], n[1]) : null;
            out.add(new CellStats(cell, n[0], n[2], known ? (double) n[2] / n[1] : null, ci, known ? pooledRate(cell, counts) : null,
                    n[0] < MIN_INCIDENTS || !known || ci.width() > MAX_INTERVAL_WIDTH, labels.label(c, cell)));
        }
        return out;
    }

    /**
     * The arrest rate (among incidents whose arrest status is known) of a cell pooled with its ring-1 neighbours in scope, each weighted
     * {@link #NEIGHBOUR_WEIGHT}: (a + w Σ a_i) / (n + w Σ n_i), a simple spatial shrinkage that
     * steadies the rates of sparse cells.
     */
    static double pooledRate(long cell, Map<Long, long[]> counts) {
        double n = 0;
        double a = 0;
        for (long k : H3Cells.h3().gridDisk(cell, 1)) {
            long[] c = counts.get(k);
            if (c != null) {
                double w = k == cell ? 1 : NEIGHBOUR_WEIGHT;
                n += w * c[1];
                a += w * c[2];
            }
        }
        return n == 0 ? 0 : a / n;
    }

    /** A run of whole months ('M' rows) or of days ('D' rows). */
    record Span(String period, LocalDate from, LocalDate to) {
    }

    static List<Span> spans(LocalDate from, LocalDate to) {
        List<Span> spans = new ArrayList<>();
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate afterLastWhole = to.plusDays(1).withDayOfMonth(1);
        if (to.plusDays(1).getDayOfMonth() == 1) {
            afterLastWhole = to.plusDays(1);
        }
        if (!firstWhole.isBefore(afterLastWhole)) {
            spans.add(new Span("D", from, to));
            return spans;
        }
        if (from.isBefore(firstWhole)) {
            spans.add(new Span("D", from, firstWhole.minusDays(1)));
        }
        spans.add(new Span("M", firstWhole, afterLastWhole.minusMonths(1)));
        if (!afterLastWhole.isAfter(to)) {
            spans.add(new Span("D", afterLastWhole, to));
        }
        return spans;
    }
}
