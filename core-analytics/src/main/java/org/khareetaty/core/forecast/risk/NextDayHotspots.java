package org.khareetaty.core.forecast.risk;

import java.util.ArrayList;
import java.util.List;

/** The cells a {@link RiskMethod} flags for one day at a coverage (share of the grid's universe area). */
public final class NextDayHotspots {
    private NextDayHotspots() {}

    /**
     * The riskiest cells for {@code epochDay} that make up {@code coverage}% of the area (the square grid's
     * top {@code ceil(coverage·N/100)}), riskiest first.
     */
    public static List<FlaggedCell> flag(RiskGrid grid, RiskMethod method, int epochDay, double coverage) {
        double[] scores = method.score(grid, epochDay);
        int[] order = CellRanking.order(scores);
        int[] top = CellRanking.top(order, grid.flagged(order, coverage));
        List<FlaggedCell> out = new ArrayList<>(top.length);
        for (int k = 0; k < top.length; k++) {
            int u = top[k];
            out.add(new FlaggedCell(k + 1, grid.cellId(u), grid.centreLon(u), grid.centreLat(u), scores[u]));
        }
        return out;
    }
}
