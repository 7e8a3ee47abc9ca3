package org.khareetaty.core.hexgrid;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A drill-down: the cells of a scope with their statistics, the breadcrumbs from the whole area
 * to the parent cell, the KPIs, the temporal profiles, quick hits and data-quality warnings
 * ({@code khareetaty drill}).
 *
 * @param scope       what was asked for
 * @param cells       the cells, busiest first (the top {@link ScopeQuery#TOP_CELLS} at r8+ unless all)
 * @param breadcrumbs the path from the whole area to the parent cell
 * @param kpis        the key figures over all cells in scope
 * @param profiles    the scope's temporal profiles and signature blocks
 * @param quickHits   three to five checkable sentences ({@link QuickHits}), and the sharpest spike of the last day
 * @param warnings    data-quality warnings ({@link DataWarnings}) and the last day's spikes ({@link DrillSpikes}),
 *                    each with what it counts
 */
public record Drill(
        DrillScope scope,
        List<CellStats> cells,
        List<Breadcrumb> breadcrumbs,
        Kpis kpis,
        ScopeProfiles profiles,
        List<String> quickHits,
        List<DataWarning> warnings) {

    /** The warnings' sentences, as {@code khareetaty drill} prints them. */
    public List<String> warningTexts() {
        return warnings.stream().map(DataWarning::text).toList();
    }

    /**
     * Runs one drill-down on the store's gold aggregates, reading them first: for a single drill
     * (the command line); a {@link DrillSession} keeps them between drills.
     */
    public static Drill of(Connection c, DrillScope scope) throws SQLException {
        return DrillSession.open(c).drill(c, scope);
    }

    /** Runs a drill-down on aggregates already read, its sentences in English. */
    public static Drill of(GoldCube cube, CellLabels labels, DrillScope scope) {
        return of(cube, labels, scope, new DrillSpikes(cube, DrillLanguage.EN));
    }

    /** Runs a drill-down on aggregates already read, with the spike checks already made on them. */
    static Drill of(GoldCube cube, CellLabels labels, DrillScope scope, DrillSpikes checks) {
        DrillCells map = DrillCells.of(cube, labels, scope);
        ScopeProfiles profiles = ScopeProfiles.of(cube, scope);
        DrillLanguage words = checks.language();
        String place = scope.parent() == null
                ? words.text("place.whole_area")
                : words.cellInSentence(
                        scope.parent(),
                        map.breadcrumbs().get(map.breadcrumbs().size() - 1).label());
        List<DrillSpikes.Found> spikes = checks.of(scope, map.cells(), place);
        List<String> hits = new ArrayList<>(QuickHits.of(map.kpis(), map.cells(), profiles, scope, place, words));
        checks.quickHit(spikes).ifPresent(hits::add);
        List<DataWarning> warnings = new ArrayList<>(
                DataWarnings.of(scope, map.cells(), profiles, map.kpis().total(), words));
        spikes.stream().map(checks::warning).forEach(warnings::add);
        return new Drill(
                scope, map.cells(), map.breadcrumbs(), map.kpis(), profiles, List.copyOf(hits), List.copyOf(warnings));
    }
}
