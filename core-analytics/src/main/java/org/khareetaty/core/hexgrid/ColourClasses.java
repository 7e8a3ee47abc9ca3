package org.khareetaty.core.hexgrid;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The classes the map colours cells and zones by, one computation for the window's map and the
 * report's map pages: class i holds values up to {@code breaks[i]} (the last class everything
 * above), and takes colour {@code palette[i]} of a palette of {@link #size} colours.
 *
 * @param breaks  upper bound of each class but the last, ascending
 * @param palette for each class ({@code breaks.length + 1}), the index of its colour in a palette of
 *                {@code size} colours
 * @param size    the palette's size
 * @param percent values are rates, shown as percentages
 */
public record ColourClasses(double[] breaks, int[] palette, int size, boolean percent) {
    /** Yellow to red (ColorBrewer YlOrRd, 5 classes), as RGB: more is darker. */
    public static final List<Integer> YL_OR_RD = List.of(0xffffb2, 0xfecc5c, 0xfd8d3c, 0xf03b20, 0xbd0026);
    /** The colour of a cell with no value (no arrest data), as RGB. */
    public static final int NO_DATA = 0xbdbdbd;

    /** The class of {@code value}. */
    public int classOf(double value) {
        for (int i = 0; i < breaks.length; i++) {
            if (value <= breaks[i]) {
                return i;
            }
        }
        return breaks.length;
    }

    /** The number of classes. */
    public int classes() {
        return palette.length;
    }

    /**
     * Quantile classes of {@code values} for a palette of {@code size} colours, so every colour is
     * used (fewer classes when values repeat; counts break at whole numbers); {@code inverted}
     * reverses the palette (the darkest colour for the lowest values).
     */
    public static ColourClasses quantiles(double[] values, int size, boolean inverted, boolean percent) {
        double[] v = values.clone();
        Arrays.sort(v);
        double[] breaks = new double[size - 1];
        int n = 0;
        for (int i = 1; i < size && v.length > 0; i++) {
            double q = v[Math.min(v.length - 1, (int) Math.ceil(i * v.length / (double) size) - 1)];
            if (!percent) {
                q = Math.floor(q);
            }
            if (n == 0 || q > breaks[n - 1]) {
                breaks[n++] = q;
            }
        }
        if (n > 0 && v.length > 0 && breaks[n - 1] >= v[v.length - 1]) {
            n--;
        }
        int[] palette = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            int idx = n == 0 ? size - 1 : (int) Math.round(i * (size - 1) / (double) n);
            palette[i] = inverted ? size - 1 - idx : idx;
        }
        return new ColourClasses(Arrays.copyOf(breaks, n), palette, size, percent);
    }

    /** Evenly spaced classes of counts from 0 to {@code max} (a scale that stays fixed during playback). */
    public static ColourClasses linear(double max, int size) {
        double[] breaks = new double[size - 1];
        int[] palette = new int[size];
        for (int i = 1; i < size; i++) {
            breaks[i - 1] = Math.max(i, Math.round(max * i / size));
        }
        Arrays.setAll(palette, i -> i);
        return new ColourClasses(breaks, palette, size, false);
    }

    /** The legend text of class {@code i} ("12 - 40", "over 40"). */
    public String label(int i) {
        if (breaks.length == 0) {
            return "all";
        }
        if (i == 0) {
            return "up to " + format(breaks[0]);
        }
        if (i == breaks.length) {
            return "over " + format(breaks[i - 1]);
        }
        double low = percent ? breaks[i - 1] : breaks[i - 1] + 1;
        return low == breaks[i] ? format(low) : format(low) + " - " + format(breaks[i]);
    }

    private String format(double v) {
        return percent ? String.format(Locale.ROOT, "%.0f%%", 100 * v) : String.format(Locale.ROOT, "%,.0f", v);
    }
}
