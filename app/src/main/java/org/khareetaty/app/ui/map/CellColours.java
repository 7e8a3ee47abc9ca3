package org.khareetaty.app.ui.map;

import java.util.List;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.core.hexgrid.ScopeQuery;

/** Colours the scope's hexagons on the map (by volume or arrest rate, in quantiles of these cells, or on a fixed scale) and keys them in the legend. */
public final class CellColours {
    private CellColours() {}

    /**
     * Shows {@code cells} in {@code mode}, with the quantile scale of these cells, or by volume on
     * {@code fixed} (a playback frame) when it is not null.
     *
     * @param categories the categories in scope (empty for all), named in the legend
     * @param days       the days each cell's count covers (1 for a playback frame): volume hatching
     *                   marks cells under {@link ScopeQuery#sparseBelow} of them, so a daily view is not all hatched
     */
    public static void show(
            MapConsole console,
            List<HexCell> cells,
            ColourMode mode,
            List<String> categories,
            ColourScale fixed,
            long days) {
        int sparseBelow = ScopeQuery.sparseBelow(days);
        console.hexagons().setSparseBelow(sparseBelow);
        ColourScale scale = fixed;
        if (scale == null && !cells.isEmpty()) {
            if (mode == ColourMode.ARREST_RATE) {
                double[] rates = cells.stream()
                        .filter(c -> c.arrestRate() != null)
                        .mapToDouble(HexCell::arrestRate)
                        .toArray();
                scale = ColourScale.quantiles(
                        Messages.text("colour.arrestRate"), rates, ColourScale.YL_OR_RD, true, true);
            } else {
                scale = ColourScale.quantiles(
                        Messages.text("colour.volume"),
                        cells.stream().mapToDouble(HexCell::incidents).toArray(),
                        ColourScale.YL_OR_RD,
                        false,
                        false);
            }
        }
        console.hexagons().show(cells, fixed != null ? ColourMode.VOLUME : mode, scale);
        String subtitle = categories.isEmpty()
                ? Messages.text("legend.all")
                : Messages.text(
                        "legend.filtered",
                        String.join(
                                ", ",
                                categories.stream()
                                        .map(c -> org.khareetaty.app.ui.PlainWords.category(c, Messages.locale())
                                                .toLowerCase(Messages.locale()))
                                        .toList()));
        console.legend()
                .show(
                        scale,
                        subtitle,
                        mode == ColourMode.ARREST_RATE
                                ? Messages.text("legend.hatch.rate")
                                : hatchNote(sparseBelow, days));
    }

    /** The legend's line on volume hatching for a threshold of {@code sparseBelow} incidents in {@code days}. */
    static String hatchNote(int sparseBelow, long days) {
        if (sparseBelow <= 1) {
            return Messages.text("legend.hatch.none", days);
        }
        return sparseBelow < ScopeQuery.MIN_INCIDENTS
                ? Messages.text(
                        "legend.hatch.period",
                        sparseBelow,
                        days,
                        ScopeQuery.MIN_INCIDENTS,
                        ScopeQuery.SPARSE_PERIOD_DAYS)
                : Messages.text("legend.hatch", sparseBelow);
    }
}
