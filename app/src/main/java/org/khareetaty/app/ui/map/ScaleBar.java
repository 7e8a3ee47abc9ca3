package org.khareetaty.app.ui.map;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A scale bar of a round ground distance (50 m, 1 km, 20 km...) at the centre of the view. */
public final class ScaleBar extends VBox {
    private static final double[] STEPS = {1, 2, 5};
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

    /** Shows the longest round distance that fits in about 120 pixels at {@code metresPerPixel}. */
    public void update(double metresPerPixel) {
        if (!(metresPerPixel > 0) || Double.isInfinite(metresPerPixel)) {
            return;
        }
        double target = 120 * metresPerPixel;
        double best = 1;
        for (double p = 1; p < 1e8; p *= 10) {
            for (double s : STEPS) {
                if (s * p <= target) {
                    best = s * p;
                }
            }
        }
        bar.setPrefWidth(best / metresPerPixel);
        bar.setMinWidth(best / metresPerPixel);
        bar.setMaxWidth(best / metresPerPixel);
        text.setText(
                best >= 1000
                        ? String.format(Locale.ROOT, "%.0f km", best / 1000)
                        : String.format(Locale.ROOT, "%.0f m", best));
    }

    /** The text shown ("5 km"). */
    public String text() {
        return text.getText();
    }
}
