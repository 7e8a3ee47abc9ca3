package org.khareetaty.app.ui.map;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A scale bar of a round ground distance (50 m, 1 km, 20 km...; or 500 ft, 1 mi, 20 mi in imperial
 * units) at the centre of the view.
 */
public final class ScaleBar extends VBox {
    private static final double[] STEPS = {1, 2, 5};
    private static final double FOOT = 0.3048;
    private static final double MILE = 1609.344;
    private boolean imperial;
    private double shownAt = Double.NaN;
    private final Region bar = new Region();
    private final Label text = new Label();

    public ScaleBar() {
        setAlignment(Pos.BOTTOM_LEFT);
        bar.getStyleClass().add("scale-bar-line");
        text.getStyleClass().add("scale-bar-text");
        getStyleClass().add("scale-bar");
        getChildren().addAll(text, bar);
        setMouseTransparent(true);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }

    /** Shows feet and miles (true) or metres and kilometres, from now on. */
    public void setImperial(boolean on) {
        imperial = on;
        if (!Double.isNaN(shownAt)) {
            update(shownAt);
        }
    }

    /** Shows the longest round distance that fits in about 120 pixels at {@code metresPerPixel}. */
    public void update(double metresPerPixel) {
        if (!(metresPerPixel > 0) || Double.isInfinite(metresPerPixel)) {
            return;
        }
        shownAt = metresPerPixel;
        double target = 120 * metresPerPixel;
        // miles once a mile fits, else feet; metres below a kilometre, else kilometres
        double unit = imperial ? (target >= MILE ? MILE : FOOT) : (target >= 1000 ? 1000 : 1);
        String name = imperial ? (unit == MILE ? "mi" : "ft") : (unit == 1000 ? "km" : "m");
        double best = roundBelow(target / unit);
        double metres = best * unit;
        bar.setPrefWidth(metres / metresPerPixel);
        bar.setMinWidth(metres / metresPerPixel);
        bar.setMaxWidth(metres / metresPerPixel);
        text.setText(String.format(Locale.ROOT, "%.0f %s", best, name));
    }

    /** The largest 1, 2 or 5 times a power of ten not above {@code x} (at least 1). */
    private static double roundBelow(double x) {
        double best = 1;
        for (double p = 1; p < 1e8; p *= 10) {
            for (double s : STEPS) {
                if (s * p <= x) {
                    best = s * p;
                }
            }
        }
        return best;
    }

    /** The text shown ("5 km"). */
    public String text() {
        return text.getText();
    }
}
