package org.khareetaty.core.hexgrid;

/**
 * One H3 cell in a drill-down scope.
 *
 * @param cell          the H3 cell
 * @param incidents     incidents in scope
 * @param arrests       of which with an arrest
 * @param arrestRate    arrests among the incidents whose source records arrests; null when none does
 *                      (the Crime Open Database and the city format have no arrest field)
 * @param interval      Wilson 95% interval of the arrest rate, or null
 * @param smoothedRate  arrest rate pooled with the ring-1 neighbours ({@link ScopeQuery#NEIGHBOUR_WEIGHT}), or null
 * @param lowConfidence fewer than {@link ScopeQuery#MIN_INCIDENTS} incidents, or an arrest rate whose
 *                      interval is wider than {@link ScopeQuery#MAX_INTERVAL_WIDTH} ({@link ScopeQuery#lowConfidence})
 * @param label         the places the cell lies in ("districts 1 / beats 0111"), or a street at r9..r10
 */
public record CellStats(
        long cell,
        long incidents,
        long arrests,
        Double arrestRate,
        WilsonInterval interval,
        Double smoothedRate,
        boolean lowConfidence,
        String label) {}
