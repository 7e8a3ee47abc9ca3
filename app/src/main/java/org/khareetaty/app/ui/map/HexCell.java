package org.khareetaty.app.ui.map;

import org.khareetaty.core.hexgrid.ScopeQuery;
import org.khareetaty.core.hexgrid.WilsonInterval;

/**
 * One H3 cell on the map with its counts in the current scope.
 *
 * @param cell      the H3 cell
 * @param incidents incidents in scope
 * @param known     of which the source says whether there was an arrest
 * @param arrests   of which with an arrest
 */
public record HexCell(long cell, long incidents, long known, long arrests) {
    /** Arrests among the incidents whose arrest status is known, or null. */
    public Double arrestRate() {
        return known == 0 ? null : (double) arrests / known;
    }

    /** Fewer incidents than {@link ScopeQuery#MIN_INCIDENTS}: the volume says little. */
    public boolean sparse() {
        return incidents < ScopeQuery.MIN_INCIDENTS;
    }

    /** The cell's figures are low confidence, by the drill-down's rule ({@link ScopeQuery#lowConfidence}). */
    public boolean rateLowConfidence() {
        return ScopeQuery.lowConfidence(incidents, known == 0 ? null : WilsonInterval.of(arrests, known));
    }
}
