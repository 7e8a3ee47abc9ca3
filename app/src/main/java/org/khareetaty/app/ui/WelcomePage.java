package org.khareetaty.app.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * What a store without incidents opens on: the two steps that make it useful, each a button (Load
 * boundaries: the study area and the zones incidents are counted in; Import incidents), with what
 * the store holds so far, and a way to another store or the demo.
 */
final class WelcomePage extends VBox {
    private final Button boundaries = new Button("Load boundaries…");
    private final Button incidents = new Button("Import incidents…");

    /** @param layers the store's boundary layers and their zones ({@code StoreOpening.Opened#boundaries}) */
    WelcomePage(Path dir, Map<String, ? extends List<?>> layers, StoreCommands commands) {
        super(14);
        setId("welcome");
        getStyleClass().add("welcome");
        setAlignment(Pos.CENTER);
        setPadding(new Insets(40));
        Label title = new Label(layers.isEmpty() ? "A new store" : "A store without incidents");
        title.getStyleClass().add("splash-title");
        Label where = new Label(dir.toString());
        where.getStyleClass().add("hint");
        boundaries.setId("welcome-boundaries");
        incidents.setId("welcome-import");
        boundaries.setOnAction(e -> commands.loadBoundaries().run());
        incidents.setOnAction(e -> commands.importIncidents().run());
        boundaries.setMinWidth(200);
        incidents.setMinWidth(200);
        Label step1 =
                step("1. Boundaries: the study area and the zones incidents are counted in (police beats, districts, "
                        + "governorates), from a GeoJSON or Shapefile. The first layer is the study area: rows "
                        + "outside it are rejected on import.");
        Label done = new Label(describe(layers));
        done.setId("welcome-layers");
        done.getStyleClass().add(layers.isEmpty() ? "hint" : "welcome-done");
        Label step2 = step("2. Incidents: a records system's export (CSV or .csv.gz); every row is accounted for.");
        if (layers.isEmpty()) {
            incidents.setDefaultButton(false);
            boundaries.setDefaultButton(true);
        } else {
            incidents.setDefaultButton(true);
        }
        Hyperlink open = new Hyperlink("Open another store…");
        open.setOnAction(e -> commands.openStore().run());
        Hyperlink demo = new Hyperlink("Open the demo store (Kuwait)");
        demo.setOnAction(e -> commands.openDemo().run());
        getChildren()
                .addAll(
                        title,
                        where,
                        step1,
                        new HBox(12, boundaries, done),
                        step2,
                        new HBox(12, incidents),
                        new HBox(12, open, demo));
        for (var n : getChildren()) {
            if (n instanceof HBox h) {
                h.setAlignment(Pos.CENTER_LEFT);
                h.setMaxWidth(640);
            }
        }
    }

    private static Label step(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(640);
        return l;
    }

    /** "beats: 277 zones (the study area)" for each layer, or "No boundary layer yet.". */
    static String describe(Map<String, ? extends List<?>> layers) {
        if (layers.isEmpty()) {
            return "No boundary layer yet.";
        }
        StringBuilder b = new StringBuilder("Loaded: ");
        layers.forEach((name, zones) -> b.append(b.length() > 8 ? ", " : "")
                .append(String.format(Locale.ROOT, "%s (%,d zones)", name, zones.size())));
        return b.toString();
    }
}
