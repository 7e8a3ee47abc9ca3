package org.khareetaty.core.gistar;

import java.time.LocalDate;
import java.util.List;
import org.khareetaty.core.geo.H3Cells;

/**
 * What a Gi* run covers.
 *
 * @param resolution H3 resolution, 6..10
 * @param k          neighbourhood radius in H3 grid steps (ring-k), at least 1
 * @param from       first local date included, or null for no lower bound
 * @param to         last local date included, or null for no upper bound
 * @param categories offense categories included ({@code violent}, {@code property}, ...); empty for all
 */
public record GiStarScope(int resolution, int k, LocalDate from, LocalDate to, List<String> categories) {
    /** The default neighbourhood: the cell and its six immediate neighbours. */
    public static final int DEFAULT_K = 1;

    public GiStarScope {
        if (resolution < H3Cells.MIN_RES || resolution > H3Cells.MAX_RES) {
            throw new IllegalArgumentException(
                    "resolution " + resolution + " is outside " + H3Cells.MIN_RES + ".." + H3Cells.MAX_RES);
        }
        if (k < 1 || k > 10) {
            throw new IllegalArgumentException("k " + k + " is outside 1..10");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** All incidents at {@code resolution}, ring-1. */
    public static GiStarScope of(int resolution) {
        return new GiStarScope(resolution, DEFAULT_K, null, null, List.of());
    }
}
