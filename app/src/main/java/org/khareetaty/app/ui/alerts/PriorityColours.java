package org.khareetaty.app.ui.alerts;

import javafx.scene.paint.Color;
import org.khareetaty.core.alert.score.Priority;

/** The colours of the four priorities, in the queue and on the map: P0 red, P1 orange, P2 yellow, P3 blue. */
public final class PriorityColours {
    private PriorityColours() {}

    /** The fill of a priority. */
    public static Color of(Priority p) {
        return switch (p) {
            case P0 -> Color.web("#d32f2f");
            case P1 -> Color.web("#f57c00");
            case P2 -> Color.web("#fbc02d");
            case P3 -> Color.web("#1976d2");
        };
    }

    /** Text that reads on that fill: dark on yellow, white on the others. */
    public static Color textOn(Priority p) {
        return p == Priority.P2 ? Color.web("#212121") : Color.WHITE;
    }

    /** The CSS colour of {@link #of(Priority)}, e.g. {@code #d32f2f}. */
    public static String css(Color c) {
        return String.format(
                java.util.Locale.ROOT,
                "#%02x%02x%02x",
                Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
