package org.khareetaty.core.hexgrid;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.khareetaty.core.geo.H3Cells;

/**
 * A drill-down: the cells of a scope with their statistics, the breadcrumbs from the whole area
 * to the parent cell, and the KPIs ({@code khareetaty drill}).
 *
 * @param scope       what was asked for
 * @param cells       the cells, busiest first (the top {@link ScopeQuery#TOP_CELLS} at r8+ unless all)
 * @param breadcrumbs the path from the whole area to the parent cell
 * @param kpis        the key figures over all cells in scope
 * @param profiles    the scope's temporal profiles and signature blocks
 * @param quickHits   three to five checkable sentences ({@link QuickHits})
 * @param warnings    data-quality warnings ({@link DataWarnings})
 */
public record Drill(DrillScope scope, List<CellStats> cells, List<Breadcrumb> breadcrumbs, Kpis kpis, ScopeProfiles profiles,
        List<String> quickHits, List<String> warnings) {

    /** Runs a drill-down on the store's gold aggregates. */
    public static Drill of(Connection c, DrillScope scope) throws SQLException {
        CellLabels labels = CellLabels.of(c);
        Map<Long, long[]> counts = ScopeQuery.counts(c, scope);
        List<CellStats> cells = ScopeQuery.cells(c, scope, counts, labels);
        List<Breadcrumb> path = breadcrumbs(c, scope, labels);
        Kpis kpis = kpis(c, scope, counts);
        ScopeProfiles profiles = ScopeProfiles.of(c, scope);
        String place = scope.parent() == null ? "the whole area" : path.get(path.size() - 1).label();
        return new Drill(scope, cells, path, kpis, profiles, QuickHits.of(kpis, cells, profiles, scope, place),
                DataWarnings.of(c, scope, cells, profiles, kpis.total()));
    }

    static List<Breadcrumb> breadcrumbs(Connection c, DrillScope scope, CellLabels labels) throws SQLException {
        List<Breadcrumb> path = new ArrayList<>();
        path.add(new Breadcrumb(0, 0, "Whole area"));
        if (scope.parent() != null) {
            for (int res = H3Cells.MIN_RES; res < scope.res(); res++) {
                long cell = H3Cells.parent(scope.parent(), res);
                path.add(new Breadcrumb(res, cell, labels.label(c, cell)));
            }
        }
        return path;
    }

    /** The KPIs of a scope whose cell counts {@code now} are already read. */
    static Kpis kpis(Connection c, DrillScope scope, Map<Long, long[]> now) throws SQLException {
        long total = 0;
        long arrests = 0;
        long known = 0;
        long busiest = 0;
        long busiestCount = 0;
        for (var e : now.entrySet()) {
            total += e.getValue()[0];
            known += e.getValue()[1];
            arrests += e.getValue()[2];
            if (e.getValue()[0] > busiestCount || (e.getValue()[0] == busiestCount && e.getKey() < busiest)) {
                busiest = e.getKey();
                busiestCount = e.getValue()[0];
            }
        }
        long previous = sum(ScopeQuery.counts(c, scope.previous()));
        Double change = previous == 0 ? null : (double) (total - previous) / previous;
        double share = 1;
        Double shareChange = null;
        if (!scope.categories().isEmpty()) {
            long all = sum(ScopeQuery.counts(c, scope.allCategories()));
            long allBefore = sum(ScopeQuery.counts(c, scope.previous().allCategories()));
            share = all == 0 ? 0 : (double) total / all;
            shareChange = allBefore == 0 || all == 0 ? null : share - (double) previous / allBefore;
        } else if (previous > 0) {
            shareChange = 0.0;
        }
        return new Kpis(total, busiest, busiestCount, arrests, known == 0 ? null : (double) arrests / known, previous, change, share,
                shareChange);
    }

    private static long sum(Map<Long, long[]> counts) {
        long n = 0;
        for (long[] v : counts.values()) {
            n += v[0];
        }
        return n;
    }
}
