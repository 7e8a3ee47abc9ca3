package org.khareetaty.app.ui.map;

import java.util.List;

/** Colours the scope's hexagons on the map (by volume or arrest rate, in quantiles of these cells, or on a fixed scale) and keys them in the legend. */
public final class CellColours {
    private CellColours() {}

    /**
     * Shows {@code cells} in {@code mode}, with the quantile scale of these cells, or by volume on
     * {@code fixed} (a playback frame) when it is not null.
     *
     * @param categories the categories in scope (empty for all), named in the legend
     */
    public static void show(
            MapConsole console, List<HexCell> cells, ColourMode mode, List<String> categories, ColourScale fixed) {
        ColourScale scale = fixed;
        if (scale == null && !cells.isEmpty()) {
            if (mode == ColourMode.ARREST_RATE) {
                double[] rates = cells.stream()
                        .filter(c -> c.arrestRate() != null)
                        .mapToDouble(HexCell::arrestRate)
                        .toArray();
                scale = ColourScale.quantiles("Arrest rate", rates, ColourScale.YL_OR_RD, true, true);
            } else {
                scale = ColourScale.quantiles(
                        "Incidents",
                        cells.stream().mapToDouble(HexCell::incidents).toArray(),
                        ColourScale.YL_OR_RD,
                        false,
                        false);
            }
        }
        console.hexagons().show(cells, fixed != null ? ColourMode.VOLUME : mode, scale);
        String subtitle = categories.isEmpty()
                ? "all offenses"
                : "filtered: " + String.join(", ", categories).replace('_', ' ');
        console.legend()
                .show(
                        scale,
                        subtitle,
                        mode == ColourMode.ARREST_RATE
                                ? "Hatched, dashed: low confidence (under 10 incidents or a 95% interval wider than 40 pts). Grey: no arrest data."
                                : "Hatched, dashed: under 10 incidents.");
    }
}
