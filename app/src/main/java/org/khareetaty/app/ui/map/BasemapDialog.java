package org.khareetaty.app.ui.map;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.khareetaty.app.map.tiles.BasemapSettings;

/** The basemap source dialog (the map's gear button): offline tiles, or OpenStreetMap online with a contact. */
public final class BasemapDialog {
    private BasemapDialog() {}

    /** Asks for the basemap settings, starting from {@code now}; empty when cancelled. */
    public static Optional<BasemapSettings> ask(Window owner, BasemapSettings now) {
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
                new Label("Changes show as the map is moved or zoomed."));
        box.setPrefWidth(460);
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
}
