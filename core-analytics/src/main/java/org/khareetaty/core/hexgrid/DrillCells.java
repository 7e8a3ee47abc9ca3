package org.khareetaty.core.hexgrid;

import java.util.ArrayList;
import java.util.List;
import org.khareetaty.core.geo.H3Cells;

/**
 * What the map of a drill-down shows: the cells of a scope with their statistics, the breadcrumbs
 * from the whole area to the parent cell, and the KPIs. One pass over the {@link GoldCube} for the
 * counts ({@link CellCounts}), then the busiest cells' rates and labels.
 *
 * @param cells       the cells, busiest first (the top {@link ScopeQuery#TOP_CELLS} at r8+ unless all)
 * @param breadcrumbs the path from the whole area to the parent cell
 * @param kpis        the key figures over all cells in scope
 */
public record DrillCells(List<CellStats> cells, List<Breadcrumb> breadcrumbs, Kpis kpis) {

    /** The cells, breadcrumbs and KPIs of {@code scope}. */
    public static DrillCells of(GoldCube cube, CellLabels labels, DrillScope scope) {
        CellCounts counts = CellCounts.of(cube, scope);
        return new DrillCells(ScopeQuery.cells(scope, counts, labels), breadcrumbs(scope, labels), kpis(scope, counts));
    }

    static List<Breadcrumb> breadcrumbs(DrillScope scope, CellLabels labels) {
        List<Breadcrumb> path = new ArrayList<>();
        path.add(new Breadcrumb(0, 0, "Whole area"));
        if (scope.parent() != null) {
            for (int res = H3Cells.MIN_RES; res < scope.res(); res++) {
                long cell = H3Cells.parent(scope.parent(), res);
                path.add(new Breadcrumb(res, cell, labels.label(cell)));
            }
        }
        return path;
    }

    /** The KPIs of a scope from its counts. */
    static Kpis kpis(DrillScope scope, CellCounts counts) {
        long busiest = 0;
        long busiestCount = 0;
        for (int i = 0; i < counts.size(); i++) {
            if (counts.incidents(i) > busiestCount) {
                busiest = counts.cell(i);
                busiestCount = counts.incidents(i);
            }
        }
        long total = counts.total();
        long previous = counts.previous();
        Double change = previous == 0 ? null : (double) (total - previous) / previous;
        double share = 1;
        Double shareChange = null;
        if (!scope.categories().isEmpty()) {
            long all = counts.allCategories();
            long allBefore = counts.allCategoriesPrevious();
            share = all == 0 ? 0 : (double) total / all;
            shareChange = allBefore == 0 || all == 0 ? null : share - (double) previous / allBefore;
        } else if (previous > 0) {
            shareChange = 0.0;
        }
        return new Kpis(
                total,
                busiest,
                busiestCount,
                counts.arrestsTotal(),
                counts.knownTotal() == 0 ? null : (double) counts.arrestsTotal() / counts.knownTotal(),
                previous,
                change,
                share,
                shareChange);
    }
}
