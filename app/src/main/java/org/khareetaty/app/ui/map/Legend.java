package org.khareetaty.app.ui.map;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.khareetaty.app.ui.i18n.LineBreaks;
import org.khareetaty.app.ui.i18n.Messages;

/** The legend of the hexagon colours: one swatch per class with its range, and the hatch note. */
public final class Legend extends VBox {
    private final Label title = new Label();
    private final GridPane classes = new GridPane();
    private final Label note = new Label();
    private final VBox extra = new VBox(2);

    public Legend() {
        getStyleClass().add("legend");
        title.getStyleClass().add("legend-title");
        classes.setHgap(6);
        classes.setVgap(2);
        note.getStyleClass().add("legend-note");
        LineBreaks.wrap(note);
        note.setMaxWidth(190);
        setSpacing(4);
        setPadding(new Insets(8));
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        // as wide as its note wraps (190) with the padding, from the start: the map fits the data left of it before it
        // fills
        setMinWidth(206);
        getChildren().addAll(title, classes, note, extra);
    }

    /** Shows {@code scale}; {@code subtitle} says what is counted; {@code hatchNote} what hatching means. */
    public void show(ColourScale scale, String subtitle, String hatchNote) {
        classes.getChildren().clear();
        if (scale == null) {
            title.setText(Messages.text("legend.none"));
            note.setText("");
            return;
        }
        title.setText(scale.title() + (subtitle == null || subtitle.isEmpty() ? "" : " (" + subtitle + ")"));
        int n = scale.colours().length;
        for (int i = n - 1; i >= 0; i--) {
            Rectangle swatch = new Rectangle(18, 12, scale.colours()[i]);
            swatch.setStroke(Color.web("#5a5a5a"));
            classes.addRow(n - 1 - i, swatch, new Label(scale.classLabel(i)));
        }
        note.setText(hatchNote);
    }

    /** Shows or hides the hexagon classes (the hexagon layer was switched off), keeping the extra keys. */
    public void showClasses(boolean on) {
        for (javafx.scene.Node n : new javafx.scene.Node[] {title, classes, note}) {
            n.setVisible(on);
            n.setManaged(on);
        }
        setVisible(on || !extra.getChildren().isEmpty());
    }

    /** Extra rows below the classes (hotspot and Gi* keys). */
    public VBox extra() {
        return extra;
    }

    /** Adds a key row to {@link #extra()}. */
    public static HBox key(Color fill, Color stroke, String text) {
        Rectangle r = new Rectangle(18, 12, fill);
        r.setStroke(stroke);
        HBox row = new HBox(6, r, new Label(text));
        return row;
    }

    /** The title shown. */
    public String titleText() {
        return title.getText();
    }

    /** The note under the classes (what hatching means). */
    public String noteText() {
        return note.getText();
    }
}
