package org.khareetaty.app.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.khareetaty.app.ui.map.MapTool;

/** The window's menus: File (stores, import, export, settings), View, Tools (the map tool in use), Bookmarks, Live feed and Help. */
final class MainMenu extends MenuBar {
    MainMenu(WindowCommands commands, StoreCommands stores, ObjectProperty<MapTool> tool, BookmarksMenu bookmarks) {
        Menu file = new Menu("File", null, storeItems(stores).toArray(MenuItem[]::new));
        file.getItems()
                .addAll(
                        new SeparatorMenuItem(),
                        item(
                                "Export map as PNG…",
                                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                                commands.exportPng()),
                        item("Export attribute table as CSV…", null, commands.exportTable()),
                        item("Export report…", null, commands.exportReport()),
                        item("Export map as layout…", null, commands.exportLayout()),
                        new SeparatorMenuItem(),
                        settings(commands),
                        new SeparatorMenuItem(),
                        quit(stores));
        file.setId("menu-file");
        Menu view = new Menu(
                "View",
                null,
                item(
                        "Zoom to full extent",
                        new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        commands.fullExtent()),
                item("Zoom to the hotspots", null, commands.zoomToHotspots()),
                item("Attribute table", new KeyCodeCombination(KeyCode.F6), commands.toggleTable()),
                item("Up one level (Backspace)", null, commands.up()),
                item("Back", new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), commands.back()),
                item("Forward", new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), commands.forward()));
        Menu feed = new Menu(
                "Live feed",
                null,
                item("Settings…", null, commands.feedSettings()),
                item("Start demo feed", null, commands.startDemoFeed()),
                new SeparatorMenuItem(),
                item("Connect", null, commands.connectFeed()),
                item("Disconnect", null, commands.disconnectFeed()));
        feed.setId("menu-feed");
        Menu help = new Menu(
                "Help",
                null,
                item("User guide", null, commands.userGuide()),
                item("Keyboard shortcuts", new KeyCodeCombination(KeyCode.F1), commands.showShortcuts()),
                new SeparatorMenuItem(),
                item("About Khareetaty", null, commands.about()));
        help.setId("menu-help");
        getMenus().setAll(file, view, tools(tool), bookmarks, feed, help);
        setId("menu-bar");
    }

    /** The menu bar of a store without incidents (its welcome page): File with the store commands and Quit. */
    static MenuBar welcome(StoreCommands stores) {
        Menu file = new Menu("File", null, storeItems(stores).toArray(MenuItem[]::new));
        file.getItems().addAll(new SeparatorMenuItem(), quit(stores));
        file.setId("menu-file");
        MenuBar bar = new MenuBar(file);
        bar.setId("menu-bar");
        return bar;
    }

    /** New store, Open store, Recent stores, the demo store; Load boundaries, Import incidents, Import history. */
    private static List<MenuItem> storeItems(StoreCommands c) {
        Menu recent = new Menu("Recent stores");
        recent.setId("menu-recent-stores");
        fillRecent(recent, c);
        recent.setOnShowing(e -> fillRecent(recent, c));
        MenuItem load = item("Load boundaries…", null, c.loadBoundaries());
        load.setId("menu-load-boundaries");
        MenuItem history = item("Import history…", null, c.importHistory());
        history.setId("menu-import-history");
        return List.of(
                item("New store…", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), c.newStore()),
                item("Open store…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), c.openStore()),
                recent,
                item("Open the demo store (Kuwait)", null, c.openDemo()),
                new SeparatorMenuItem(),
                load,
                item(
                        "Import incidents…",
                        new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN),
                        c.importIncidents()),
                history);
    }

    /** One item per recent store, most recent first. */
    static void fillRecent(Menu recent, StoreCommands c) {
        recent.getItems().clear();
        for (Path dir : c.recent().get()) {
            recent.getItems()
                    .add(item(dir.toString(), null, () -> c.openRecent().accept(dir)));
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(none)");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private static MenuItem settings(WindowCommands c) {
        MenuItem m =
                item("Settings…", new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN), c.settings());
        m.setId("menu-settings");
        return m;
    }

    private static MenuItem quit(StoreCommands c) {
        return item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), c.quit());
    }

    /** One radio item per map tool, kept in step with the tool in use. */
    private static Menu tools(ObjectProperty<MapTool> tool) {
        ToggleGroup g = new ToggleGroup();
        Menu menu = new Menu("Tools");
        for (MapTool t : MapTool.values()) {
            RadioMenuItem r = new RadioMenuItem(t.toString());
            r.setToggleGroup(g);
            r.setSelected(t == tool.get());
            r.setOnAction(e -> tool.set(t));
            tool.addListener((o, a, now) -> r.setSelected(now == t));
            menu.getItems().add(r);
        }
        return menu;
    }

    /** A menu item running {@code action}, with its shortcut when {@code keys} is not null. */
    static MenuItem item(String text, KeyCombination keys, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (keys != null) {
            m.setAccelerator(keys);
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
