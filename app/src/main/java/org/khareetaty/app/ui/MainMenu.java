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
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.app.ui.map.MapTool;

/** The window's menus: File (stores, import, export, settings), View, Tools (the map tool in use), Bookmarks, Live feed and Help. */
final class MainMenu extends MenuBar {
    MainMenu(WindowCommands commands, StoreCommands stores, ObjectProperty<MapTool> tool, BookmarksMenu bookmarks) {
        Menu file =
                new Menu(Messages.text("menu.file"), null, storeItems(stores).toArray(MenuItem[]::new));
        file.getItems()
                .addAll(
                        new SeparatorMenuItem(),
                        item(
                                Messages.text("menu.file.exportPng"),
                                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                                commands.exportPng()),
                        item(Messages.text("menu.file.exportTable"), null, commands.exportTable()),
                        item(Messages.text("menu.file.exportReport"), null, commands.exportReport()),
                        item(Messages.text("menu.file.exportLayout"), null, commands.exportLayout()),
                        new SeparatorMenuItem(),
                        settings(commands),
                        new SeparatorMenuItem(),
                        quit(stores));
        file.setId("menu-file");
        Menu view = new Menu(
                Messages.text("menu.view"),
                null,
                item(
                        Messages.text("menu.view.fullExtent"),
                        new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        commands.fullExtent()),
                item(Messages.text("menu.view.hotspots"), null, commands.zoomToHotspots()),
                item(Messages.text("menu.view.table"), new KeyCodeCombination(KeyCode.F6), commands.toggleTable()),
                item(Messages.text("menu.view.up"), null, commands.up()),
                item(
                        Messages.text("menu.view.back"),
                        new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN),
                        commands.back()),
                item(
                        Messages.text("menu.view.forward"),
                        new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN),
                        commands.forward()));
        Menu feed = new Menu(
                Messages.text("menu.feed"),
                null,
                item(Messages.text("menu.feed.settings"), null, commands.feedSettings()),
                item(Messages.text("menu.feed.start"), null, commands.startDemoFeed()),
                new SeparatorMenuItem(),
                item(Messages.text("menu.feed.connect"), null, commands.connectFeed()),
                item(Messages.text("menu.feed.disconnect"), null, commands.disconnectFeed()));
        feed.setId("menu-feed");
        Menu help = new Menu(
                Messages.text("menu.help"),
                null,
                item(Messages.text("menu.help.guide"), null, commands.userGuide()),
                item(
                        Messages.text("menu.help.shortcuts"),
                        new KeyCodeCombination(KeyCode.F1),
                        commands.showShortcuts()),
                new SeparatorMenuItem(),
                item(Messages.text("menu.help.about"), null, commands.about()));
        help.setId("menu-help");
        getMenus().setAll(file, view, tools(tool), bookmarks, feed, help);
        setId("menu-bar");
    }

    /** The menu bar of a store without incidents (its welcome page): File with the store commands and Quit. */
    static MenuBar welcome(StoreCommands stores) {
        Menu file =
                new Menu(Messages.text("menu.file"), null, storeItems(stores).toArray(MenuItem[]::new));
        file.getItems().addAll(new SeparatorMenuItem(), quit(stores));
        file.setId("menu-file");
        MenuBar bar = new MenuBar(file);
        bar.setId("menu-bar");
        return bar;
    }

    /** New store, Open store, Recent stores, the demo store; Load boundaries, Import incidents, Import history. */
    private static List<MenuItem> storeItems(StoreCommands c) {
        Menu recent = new Menu(Messages.text("menu.file.recent"));
        recent.setId("menu-recent-stores");
        fillRecent(recent, c);
        recent.setOnShowing(e -> fillRecent(recent, c));
        MenuItem load = item(Messages.text("menu.file.loadBoundaries"), null, c.loadBoundaries());
        load.setId("menu-load-boundaries");
        MenuItem history = item(Messages.text("menu.file.importHistory"), null, c.importHistory());
        history.setId("menu-import-history");
        return List.of(
                item(
                        Messages.text("menu.file.newStore"),
                        new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                        c.newStore()),
                item(
                        Messages.text("menu.file.openStore"),
                        new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                        c.openStore()),
                recent,
                item(Messages.text("menu.file.demo"), null, c.openDemo()),
                new SeparatorMenuItem(),
                load,
                item(
                        Messages.text("menu.file.import"),
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
            MenuItem none = new MenuItem(Messages.text("menu.file.recent.none"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private static MenuItem settings(WindowCommands c) {
        MenuItem m = item(
                Messages.text("menu.file.settings"),
                new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN),
                c.settings());
        m.setId("menu-settings");
        return m;
    }

    private static MenuItem quit(StoreCommands c) {
        return item(
                Messages.text("menu.file.quit"),
                new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                c.quit());
    }

    /** One radio item per map tool, kept in step with the tool in use. */
    private static Menu tools(ObjectProperty<MapTool> tool) {
        ToggleGroup g = new ToggleGroup();
        Menu menu = new Menu(Messages.text("menu.tools"));
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
