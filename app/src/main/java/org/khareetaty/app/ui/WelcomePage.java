package org.khareetaty.app.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.khareetaty.app.ui.i18n.LineBreaks;
import org.khareetaty.app.ui.i18n.Messages;

/**
 * What a store without incidents opens on: the two steps that make it useful, each a button (Load
 * boundaries: the study area and the zones incidents are counted in; Import incidents), with what
 * the store holds so far, and a way to another store or the demo.
 */
final class WelcomePage extends VBox {
    private final Button boundaries = new Button(Messages.text("menu.file.loadBoundaries"));
    private final Button incidents = new Button(Messages.text("menu.file.import"));

    /** @param layers the store's boundary layers and their zones ({@code StoreOpening.Opened#boundaries}) */
    WelcomePage(Path dir, Map<String, ? extends List<?>> layers, StoreCommands commands) {
        super(14);
        setId("welcome");
        getStyleClass().add("welcome");
        setAlignment(Pos.CENTER);
        setPadding(new Insets(40));
        Label title = new Label(
                layers.isEmpty() ? Messages.text("welcome.title.new") : Messages.text("welcome.title.noIncidents"));
        title.getStyleClass().add("splash-title");
        Label where = new Label(dir.toString());
        where.getStyleClass().add("hint");
        boundaries.setId("welcome-boundaries");
        incidents.setId("welcome-import");
        boundaries.setOnAction(e -> commands.loadBoundaries().run());
        incidents.setOnAction(e -> commands.importIncidents().run());
        boundaries.setMinWidth(200);
        incidents.setMinWidth(200);
        Label step1 = step(Messages.text("welcome.step1"));
        Label done = new Label(describe(layers));
        done.setId("welcome-layers");
        done.getStyleClass().add(layers.isEmpty() ? "hint" : "welcome-done");
        Label step2 = step(Messages.text("welcome.step2"));
        if (layers.isEmpty()) {
            incidents.setDefaultButton(false);
            boundaries.setDefaultButton(true);
        } else {
            incidents.setDefaultButton(true);
        }
        Hyperlink open = new Hyperlink(Messages.text("welcome.openAnother"));
        open.setOnAction(e -> commands.openStore().run());
        Hyperlink demo = new Hyperlink(Messages.text("menu.file.demo"));
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
        LineBreaks.wrap(l);
        l.setMaxWidth(640);
        return l;
    }

    /** "beats: 277 zones (the study area)" for each layer, or "No boundary layer yet.". */
    static String describe(Map<String, ? extends List<?>> layers) {
        if (layers.isEmpty()) {
            return Messages.text("welcome.layers.none");
        }
        java.util.List<String> each = new java.util.ArrayList<>();
        layers.forEach((name, zones) -> each.add(Messages.text("welcome.layers.one", name, zones.size())));
        return Messages.text("welcome.layers", String.join(", ", each));
    }
}
