package org.khareetaty.app.ui.map;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.scene.paint.Color;

/**
 * Classes of a value with their colours: class i holds values up to {@code breaks[i]} (the last
 * class everything above). Breaks are quantiles of the values shown, so every colour is used.
 *
 * @param title   what the values are ("Incidents", "Arrest rate")
 * @param breaks  upper bound of each class but the last, ascending
 * @param colours one colour per class, {@code breaks.length + 1}
 * @param percent values are rates, shown as percentages
 */
public record ColourScale(String title, double[] breaks, Color[] colours, boolean percent) {
    /** Yellow to red (ColorBrewer YlOrRd, 5 classes): more is darker. */
    public static final List<Color> YL_OR_RD = List.of(
            Color.web("#ffffb2"),
            Color.web("#fecc5c"),
            Color.web("#fd8d3c"),
            Color.web("#f03b20"),
            Color.web("#bd0026"));
    /** Colour of a cell with no value (no arrest data). */
    public static final Color NO_DATA = Color.web("#bdbdbd");

    /** The colour of {@code value}. */
    public Color colour(double value) {
        for (int i = 0; i < breaks.length; i++) {
            if (value <= breaks[i]) {
                return colours[i];
            }
        }
        return colours[colours.length - 1];
    }

    /**
     * Quantile classes of {@code values} with {@code palette} (fewer classes when values repeat);
     * {@code inverted} reverses the palette (the darkest colour for the lowest values).
     */
    public static ColourScale quantiles(
            String title, double[] values, List<Color> palette, boolean inverted, boolean percent) {
        double[] v = values.clone();
        Arrays.sort(v);
        int k = palette.size();
        double[] breaks = new double[k - 1];
        int n = 0;
        for (int i = 1; i < k && v.length > 0; i++) {
            double q = v[Math.min(v.length - 1, (int) Math.ceil(i * v.length / (double) k) - 1)];
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
        Color[] colours = new Color[n + 1];
        for (int i = 0; i <= n; i++) {
            int idx = n == 0 ? k - 1 : (int) Math.round(i * (k - 1) / (double) n);
            colours[i] = palette.get(inverted ? k - 1 - idx : idx);
        }
        return new ColourScale(title, Arrays.copyOf(breaks, n), colours, percent);
    }

    /** Evenly spaced classes from 0 to {@code max} (a scale that stays fixed during playback). */
    public static ColourScale linear(String title, double max, List<Color> palette) {
        int k = palette.size();
        double[] breaks = new double[k - 1];
        for (int i = 1; i < k; i++) {
            breaks[i - 1] = Math.max(i, Math.round(max * i / k));
        }
        return new ColourScale(title, breaks, palette.toArray(Color[]::new), false);
    }

    /** The legend text of class {@code i} ("12 - 40", "over 40"). */
    public String classLabel(int i) {
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
