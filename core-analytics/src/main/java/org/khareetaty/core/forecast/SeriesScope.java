package org.khareetaty.core.forecast;

import java.time.LocalDate;
import java.util.List;
import org.khareetaty.core.taxonomy.Taxonomy;

/**
 * Which daily series {@link ZoneDailyCounts} reads from a store: the zones of a boundary layer or the H3
 * cells of a resolution, the categories included, and the last day read.
 *
 * @param layer         a boundary layer, or null for H3 cells
 * @param h3Resolution  6..8 when {@code layer} is null
 * @param categories    taxonomy categories to count (empty: all)
 * @param through       the last local day read, or null for all
 */
public record SeriesScope(String layer, int h3Resolution, List<String> categories, LocalDate through) {
    public SeriesScope {
        categories = List.copyOf(categories);
        if (layer == null && (h3Resolution < 6 || h3Resolution > 8)) {
            throw new IllegalArgumentException("H3 series are at resolution 6..8, not " + h3Resolution);
        }
        for (String c : categories) {
            if (!Taxonomy.CATEGORIES.contains(c)) {
                throw new IllegalArgumentException(
                        "unknown category '" + c + "': use one of " + String.join(", ", Taxonomy.CATEGORIES));
            }
        }
    }

    /** The zones of boundary layer {@code layer}. */
    public static SeriesScope layer(String layer, List<String> categories, LocalDate through) {
        return new SeriesScope(layer, 0, categories, through);
    }

    /** The H3 cells at {@code resolution}. */
    public static SeriesScope cells(int resolution, List<String> categories, LocalDate through) {
        return new SeriesScope(null, resolution, categories, through);
    }

    /** What the zones are, as reports name it: the layer, or {@code h3:R}. */
    public String name() {
        return layer != null ? layer : "h3:" + h3Resolution;
    }
}
