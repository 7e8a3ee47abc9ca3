package org.khareetaty.app.ui.map;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.khareetaty.app.map.tiles.BasemapSettings;

/**
 * The basemap dialog (the map's Basemap… button): offline tiles, or OpenStreetMap online with a
 * contact; and the store's street layer, with "Load streets…" for a city's centrelines or an
 * OpenStreetMap extract ({@code khareetaty streets load}).
 */
public final class BasemapDialog {
    /** The street layer's part of the dialog. */
    public interface Streets {
        /** A line on the street layer the store holds now. */
        String current();

        /** Loads {@code file} in the background; {@code status} gets a line on how it went (on the JavaFX thread). */
        void load(Path file, Consumer<String> status);
    }

    private BasemapDialog() {}

    /** Asks for the basemap settings, starting from {@code now}; empty when cancelled. */
    public static Optional<BasemapSettings> ask(Window owner, BasemapSettings now, Streets streets) {
        Dialog<BasemapSettings> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Basemap");
        d.setHeaderText("Basemap source");
        CheckBox online = new CheckBox("Use OpenStreetMap tiles online (needs the network; tiles are cached)");
        online.setSelected(now.onlineEnabled());
        TextField contact = new TextField(now.contact() == null ? "" : now.contact());
        contact.setPromptText("your e-mail or URL, sent to the tile server in the User-Agent");
        TextField offline = new TextField(
                now.offlineSource() == null ? "" : now.offlineSource().toString());
        offline.setPromptText("an MBTiles file or z/x/y folder (empty: the store's own basemap)");
        VBox box = new VBox(
                8,
                new Label("Offline tiles (the default):"),
                offline,
                online,
                new Label("Contact for the tile server:"),
                contact,
                new Label("Changes show as the map is moved or zoomed."),
                new Separator(),
                streetsRow(d, streets));
        box.setPrefWidth(500);
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b != ButtonType.OK
                ? null
                : now.withOnline(online.isSelected())
                        .withOfflineSource(
                                offline.getText().isBlank()
                                        ? null
                                        : Path.of(offline.getText().trim()))
                        .withContact(contact.getText().trim()));
        return d.showAndWait();
    }

    private static VBox streetsRow(Dialog<?> d, Streets streets) {
        Label current = new Label(streets.current());
        current.setId("streets-source");
        current.setWrapText(true);
        Button load = new Button("Load streets…");
        load.setId("load-streets");
        load.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Street centrelines or an OpenStreetMap extract");
            fc.getExtensionFilters()
                    .addAll(
                            new FileChooser.ExtensionFilter(
                                    "Streets (GeoJSON, Shapefile, .osm.pbf)", "*.geojson", "*.json", "*.shp", "*.pbf"),
                            new FileChooser.ExtensionFilter("All files", "*"));
            File f = fc.showOpenDialog(d.getDialogPane().getScene().getWindow());
            if (f != null) {
                load(streets, f.toPath(), load, current);
            }
        });
        HBox row = new HBox(8, current, load);
        HBox.setHgrow(current, Priority.ALWAYS);
        current.setMaxWidth(Double.MAX_VALUE);
        Label hint = new Label("Streets are drawn under the hexagons from zoom " + StreetLayer.MIN_ZOOM
                + ", named from " + StreetNames.MIN_ZOOM + " (r9, r10). A city's centreline layer (GeoJSON, "
                + "Shapefile) or an OpenStreetMap extract (.osm.pbf); loading replaces the layer.");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        return new VBox(6, new Label("Streets:"), row, hint);
    }

    /** Loads {@code file} through {@code streets}, the button waiting meanwhile. */
    static void load(Streets streets, Path file, Button load, Label current) {
        load.setDisable(true);
        current.setText("Loading " + file.getFileName() + "…");
        streets.load(file, status -> {
            current.setText(status);
            load.setDisable(false);
        });
    }
}
