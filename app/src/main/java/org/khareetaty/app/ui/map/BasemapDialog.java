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
import org.khareetaty.app.ui.i18n.LineBreaks;
import org.khareetaty.app.ui.i18n.Messages;

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
        d.setTitle(Messages.text("layer.basemap"));
        d.setHeaderText(Messages.text("basemap.header"));
        CheckBox online = new CheckBox(Messages.text("basemap.online"));
        online.setSelected(now.onlineEnabled());
        TextField contact = new TextField(now.contact() == null ? "" : now.contact());
        contact.setPromptText(Messages.text("basemap.contact.prompt"));
        TextField offline = new TextField(
                now.offlineSource() == null ? "" : now.offlineSource().toString());
        offline.setPromptText(Messages.text("basemap.offline.prompt"));
        VBox box = new VBox(
                8,
                new Label(Messages.text("basemap.offline")),
                offline,
                online,
                new Label(Messages.text("basemap.contact")),
                contact,
                new Label(Messages.text("basemap.changes")),
                new Separator(),
                streetsRow(d, streets));
        box.setPrefWidth(500);
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        org.khareetaty.app.ui.i18n.DialogButtons.translate(d.getDialogPane());
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
        LineBreaks.wrap(current);
        Button load = new Button(Messages.text("basemap.streets.load"));
        load.setId("load-streets");
        load.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(Messages.text("basemap.streets.choose"));
            fc.getExtensionFilters()
                    .addAll(
                            new FileChooser.ExtensionFilter(
                                    Messages.text("basemap.streets.filter"), "*.geojson", "*.json", "*.shp", "*.pbf"),
                            new FileChooser.ExtensionFilter(Messages.text("files.all"), "*"));
            File f = fc.showOpenDialog(d.getDialogPane().getScene().getWindow());
            if (f != null) {
                load(streets, f.toPath(), load, current);
            }
        });
        HBox row = new HBox(8, current, load);
        HBox.setHgrow(current, Priority.ALWAYS);
        current.setMaxWidth(Double.MAX_VALUE);
        Label hint = new Label(Messages.text("basemap.streets.hint", StreetLayer.MIN_ZOOM, StreetNames.MIN_ZOOM));
        LineBreaks.wrap(hint);
        hint.getStyleClass().add("hint");
        return new VBox(6, new Label(Messages.text("basemap.streets")), row, hint);
    }

    /** Loads {@code file} through {@code streets}, the button waiting meanwhile. */
    static void load(Streets streets, Path file, Button load, Label current) {
        load.setDisable(true);
        current.setText(Messages.text("basemap.streets.loading", file.getFileName()));
        streets.load(file, status -> {
            current.setText(status);
            load.setDisable(false);
        });
    }
}
