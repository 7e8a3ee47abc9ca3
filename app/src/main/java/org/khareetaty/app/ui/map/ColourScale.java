package org.khareetaty.app.ui.map;

import java.util.Arrays;
import java.util.List;
import javafx.scene.paint.Color;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.core.hexgrid.ColourClasses;

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
    /** Yellow to red (ColorBrewer YlOrRd, 5 classes): more is darker; the report's maps use the same. */
    public static final List<Color> YL_OR_RD =
            ColourClasses.YL_OR_RD.stream().map(ColourScale::rgb).toList();
    /** Colour of a cell with no value (no arrest data). */
    public static final Color NO_DATA = rgb(ColourClasses.NO_DATA);

    private static Color rgb(int rgb) {
        return Color.rgb(rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    /** The colour of {@code value}. */
    public Color colour(double value) {
        // as ColourClasses.classOf, without an object per cell drawn
        for (int i = 0; i < breaks.length; i++) {
            if (value <= breaks[i]) {
                return colours[i];
            }
        }
        return colours[colours.length - 1];
    }

    /**
     * Quantile classes of {@code values} with {@code palette} (fewer classes when values repeat);
     * {@code inverted} reverses the palette (the darkest colour for the lowest values). The classes
     * are {@link ColourClasses#quantiles}, as the report's map pages draw them.
     */
    public static ColourScale quantiles(
            String title, double[] values, List<Color> palette, boolean inverted, boolean percent) {
        return of(title, ColourClasses.quantiles(values, palette.size(), inverted, percent), palette);
    }

    /** Evenly spaced classes from 0 to {@code max} (a scale that stays fixed during playback). */
    public static ColourScale linear(String title, double max, List<Color> palette) {
        return of(title, ColourClasses.linear(max, palette.size()), palette);
    }

    private static ColourScale of(String title, ColourClasses classes, List<Color> palette) {
        Color[] colours = new Color[classes.classes()];
        for (int i = 0; i < colours.length; i++) {
            colours[i] = palette.get(classes.palette()[i]);
        }
        return new ColourScale(title, classes.breaks(), colours, classes.percent());
    }

    /** The classes of this scale. */
    private ColourClasses classes() {
        int[] palette = new int[colours.length];
        Arrays.setAll(palette, i -> i);
        return new ColourClasses(breaks, palette, colours.length, percent);
    }

    /** The legend text of class {@code i} ("12 - 40", "over 40"). */
    public String classLabel(int i) {
        // core's classes speak English ("over 40", "up to 3"): the window puts their words in its own
        String label = classes().label(i);
        if (label.startsWith("over ")) {
            return Messages.text("legend.class.over", label.substring("over ".length()));
        }
        if (label.startsWith("up to ")) {
            return Messages.text("legend.class.upTo", label.substring("up to ".length()));
        }
        return label;
    }
}
