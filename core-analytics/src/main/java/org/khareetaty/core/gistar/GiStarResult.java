package org.khareetaty.core.gistar;

import java.util.List;

/**
 * A Gi* run: every cell of the study region, hottest first (z descending, ties by cell id).
 *
 * @param scope what was computed
 * @param rule  how the study region was chosen
 * @param layer the primary boundary layer that defined the region, or null
 * @param cells the region's cells
 */
public record GiStarResult(GiStarScope scope, StudyRegion.Rule rule, String layer, List<GiStarCell> cells) {
    public GiStarResult {
        cells = List.copyOf(cells);
    }

    /** Cells classed hot at any confidence. */
    public long hot() {
        return cells.stream().filter(c -> c.bin().isHot()).count();
    }

    /** Cells classed cold at any confidence. */
    public long cold() {
        return cells.stream().filter(c -> c.bin().isCold()).count();
    }

    /** Cells not significant. */
    public long notSignificant() {
        return cells.size() - hot() - cold();
    }

    /** Incidents in scope. */
    public long incidents() {
        return cells.stream().mapToLong(GiStarCell::count).sum();
    }
}
