package org.khareetaty.app.ui.map;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.khareetaty.app.ui.i18n.LineBreaks;
import org.khareetaty.app.ui.i18n.Messages;

/** The layers of the map: show or hide each, change its colour and opacity. */
public final class LayersPanel extends VBox {
    private final MapConsole console;
    private final CheckBox basemap = new CheckBox(Messages.text("layer.basemap"));

    public LayersPanel(MapConsole console) {
        this.console = console;
        setSpacing(6);
        setPadding(new Insets(8));
        getStyleClass().add("layers-panel");
        basemap.setSelected(true);
        basemap.setId("layer-basemap");
        basemap.selectedProperty().addListener((o, a, on) -> console.setBasemapShown(on));
        console.onLayersChanged(this::rebuild);
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        var layers = console.layers();
        VBox streets = null;
        for (int i = layers.size() - 1; i >= 0; i--) {
            if (layers.get(i) instanceof StreetLayer) {
                streets = row(layers.get(i));
            } else {
                getChildren().add(row(layers.get(i)));
            }
        }
        // the streets share the basemap's line, so the filters below keep their place on a 1000-pixel screen
        getChildren().add(streets == null ? basemap : new HBox(12, basemap, streets));
    }

    private VBox row(CanvasLayer layer) {
        CheckBox show = new CheckBox(layer.title());
        show.setId("layer-" + layer.title().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase());
        show.selectedProperty().bindBidirectional(layer.visibleProperty());
        Slider opacity = new Slider(0.1, 1, layer.getOpacity());
        opacity.setPrefWidth(90);
        opacity.setTooltip(new Tooltip(Messages.text("layers.opacity.tip")));
        ColorPicker colour = new ColorPicker();
        colour.getStyleClass().add("button");
        colour.setPrefWidth(44);
        colour.setTooltip(new Tooltip(Messages.text("layers.colour.tip")));
        if (layer instanceof HexagonLayer h) {
            opacity.setValue(h.fillOpacity());
            opacity.valueProperty().addListener((o, a, v) -> h.setFillOpacity(v.doubleValue()));
            colour.setValue(h.outlineColour());
            colour.setOnAction(e -> h.setOutline(colour.getValue()));
            colour.setTooltip(new Tooltip(Messages.text("layers.outline.tip")));
        } else {
            opacity.valueProperty().bindBidirectional(layer.opacityProperty());
            if (layer instanceof ShapeLayer s) {
                colour.setValue(s.stroke());
                colour.setOnAction(e -> {
                    Color c = colour.getValue();
                    s.setStroke(c);
                    if (s.fill() != null) {
                        s.setFill(Color.color(
                                c.getRed(), c.getGreen(), c.getBlue(), s.fill().getOpacity()));
                    }
                });
            } else if (layer instanceof PointLayer p) {
                colour.setValue(p.colour());
                colour.setOnAction(e -> p.setColour(colour.getValue()));
            }
        }
        if (layer instanceof StreetLayer) {
            opacity.setPrefWidth(60);
            show.setTooltip(
                    new Tooltip(Messages.text("layers.streets.tip", StreetLayer.MIN_ZOOM, StreetNames.MIN_ZOOM)));
            HBox one = new HBox(6, show, opacity);
            one.setAlignment(Pos.CENTER_LEFT);
            return new VBox(one);
        }
        HBox style = layer instanceof AlertLayer
                ? new HBox(6, new Label(Messages.text("layers.opacity")), opacity)
                : new HBox(6, colour, new Label(Messages.text("layers.opacity")), opacity);
        style.setAlignment(Pos.CENTER_LEFT);
        style.setPadding(new Insets(0, 0, 0, 22));
        VBox box = new VBox(2, show, style);
        if (layer instanceof AlertLayer) {
            Label note = new Label(Messages.text("layers.alerts.note"));
            note.getStyleClass().add("hint");
            LineBreaks.wrap(note);
            note.setPadding(new Insets(0, 0, 0, 22));
            box.getChildren().add(note);
        }
        if (layer instanceof PointLayer) {
            Label note = new Label(Messages.text("layers.points.note", (int) PointLayer.MIN_ZOOM));
            note.getStyleClass().add("hint");
            note.setPadding(new Insets(0, 0, 0, 22));
            box.getChildren().add(note);
        }
        return box;
    }
}
