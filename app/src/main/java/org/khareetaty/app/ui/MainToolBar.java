package org.khareetaty.app.ui;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.khareetaty.app.ui.i18n.Messages;
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
        Button up = button(Messages.text("toolbar.up"), Messages.text("toolbar.up.tip"), commands.up());
        up.setGraphic(Icons.icon(Icons.UP));
        Button back = button(null, Messages.text("toolbar.back.tip"), commands.back());
        back.setGraphic(Icons.icon(Icons.BACK));
        back.setId("back");
        Button forward = button(null, Messages.text("toolbar.forward.tip"), commands.forward());
        forward.setGraphic(Icons.icon(Icons.FORWARD));
        forward.setId("forward");
        Button fullExtent = button(
                Messages.text("toolbar.fullExtent"), Messages.text("toolbar.fullExtent.tip"), commands.fullExtent());
        fullExtent.setGraphic(Icons.icon(Icons.FULL_EXTENT));
        Button bookmark = button(
                Messages.text("toolbar.bookmark"), Messages.text("toolbar.bookmark.tip"), commands.newBookmark());
        bookmark.setGraphic(Icons.icon(Icons.BOOKMARK));
        Button tableButton =
                button(Messages.text("toolbar.table"), Messages.text("toolbar.table.tip"), commands.toggleTable());
        tableButton.setGraphic(Icons.icon(Icons.TABLE));
        up.setId("up");
        Button importButton = button(Messages.text("toolbar.import"), null, commands.importIncidents());
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
