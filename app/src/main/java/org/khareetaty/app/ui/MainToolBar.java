package org.khareetaty.app.ui;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.khareetaty.app.ui.map.MapTool;

/** The window's tool bar: the map tools (one always selected), then full extent, up a level, bookmark, table and import. */
final class MainToolBar extends ToolBar {
    MainToolBar(WindowCommands commands, ObjectProperty<MapTool> tool) {
        ToggleGroup tools = new ToggleGroup();
        for (MapTool t : MapTool.values()) {
            ToggleButton b = new ToggleButton(t.toString());
            b.setGraphic(Icons.icon(
                    switch (t) {
                        case DRILL -> Icons.DRILL;
                        case IDENTIFY -> Icons.IDENTIFY;
                        case SELECT -> Icons.SELECT;
                    }));
            b.setId("tool-" + t.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(tools);
            b.setSelected(t == tool.get());
            b.setOnAction(e -> {
                if (!b.isSelected()) {
                    b.setSelected(true);
                }
                tool.set(t);
            });
            tool.addListener((o, a, now) -> b.setSelected(now == t));
            getItems().add(b);
        }
        Button up = button("Up a level", "Backspace", commands.up());
        up.setGraphic(Icons.icon(Icons.UP));
        Button back = button(null, "Back through the drill and filter history (Alt+Left)", commands.back());
        back.setGraphic(Icons.icon(Icons.BACK));
        back.setId("back");
        Button forward = button(null, "Forward (Alt+Right)", commands.forward());
        forward.setGraphic(Icons.icon(Icons.FORWARD));
        forward.setId("forward");
        Button fullExtent = button("Full extent", "Zoom to full extent (Ctrl+Shift+F)", commands.fullExtent());
        fullExtent.setGraphic(Icons.icon(Icons.FULL_EXTENT));
        Button bookmark = button("Bookmark", "New bookmark of this view (Ctrl+B)", commands.newBookmark());
        bookmark.setGraphic(Icons.icon(Icons.BOOKMARK));
        Button tableButton = button("Table", "Attribute table (F6)", commands.toggleTable());
        tableButton.setGraphic(Icons.icon(Icons.TABLE));
        up.setId("up");
        Button importButton = button("Import…", null, commands.importIncidents());
        importButton.setId("import");
        importButton.setGraphic(Icons.icon(Icons.IMPORT));
        getItems()
                .addAll(
                        new Separator(),
                        back,
                        forward,
                        fullExtent,
                        up,
                        bookmark,
                        tableButton,
                        new Separator(),
                        importButton);
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        if (tip != null) {
            b.setTooltip(new Tooltip(tip));
        }
        b.setOnAction(e -> action.run());
        return b;
    }
}
