package org.khareetaty.core.report;

import java.awt.Color;
import java.util.List;

/**
 * The legend of a map layout: what the colours count, one swatch per class, and a note (what
 * hatching means).
 *
 * @param title   what the colours show ("Incidents (all offenses)")
 * @param classes the classes, darkest (highest) first, as the window's legend lists them
 * @param note    a line under the classes, or empty
 */
public record MapLegend(String title, List<MapLegend.Swatch> classes, String note) {
    public MapLegend {
        classes = List.copyOf(classes);
        note = note == null ? "" : note;
    }

    /**
     * One class of the legend.
     *
     * @param colour its fill
     * @param label  its range ("12 - 40", "over 40")
     */
    public record Swatch(Color colour, String label) {}
}
