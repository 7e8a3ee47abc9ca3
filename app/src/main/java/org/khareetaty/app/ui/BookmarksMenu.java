package org.khareetaty.app.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.app.ui.map.MapConsole;
import org.khareetaty.app.ui.settings.Bookmarks;

/** The Bookmarks menu: a new bookmark of the map view (Ctrl+B), a submenu to delete one, then every saved view to go back to. */
final class BookmarksMenu extends Menu {
    private final Window owner;
    private final Bookmarks bookmarks;
    private final MapConsole console;

    BookmarksMenu(Window owner, Bookmarks bookmarks, MapConsole console) {
        super(Messages.text("menu.bookmarks"));
        this.owner = owner;
        this.bookmarks = bookmarks;
        this.console = console;
        refresh();
    }

    /** Asks for a name and saves the map view under it. */
    void newBookmark() {
        TextInputDialog d = new TextInputDialog(
                Messages.text("bookmark.new.default", bookmarks.list().size() + 1));
        d.initOwner(owner);
        d.setTitle(Messages.text("bookmark.new.title"));
        d.setHeaderText(Messages.text("bookmark.new.header"));
        d.showAndWait().filter(s -> !s.isBlank()).ifPresent(name -> {
            bookmarks.put(
                    new Bookmarks.Bookmark(name.strip(), console.centreLat(), console.centreLon(), console.zoom()));
            refresh();
        });
    }

    private void refresh() {
        MenuItem add = MainMenu.item(
                Messages.text("menu.bookmarks.new"),
                new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN),
                this::newBookmark);
        Menu delete = new Menu(Messages.text("menu.bookmarks.delete"));
        delete.setId("menu-delete-bookmark");
        delete.setGraphic(Icons.icon(Icons.DELETE));
        getItems().setAll(add, delete, new SeparatorMenuItem());
        for (Bookmarks.Bookmark b : bookmarks.list()) {
            getItems().add(MainMenu.item(b.name(), null, () -> console.goTo(b.lat(), b.lon(), b.zoom())));
            delete.getItems().add(MainMenu.item(b.name(), null, () -> {
                bookmarks.remove(b.name());
                refresh();
            }));
        }
        delete.setDisable(delete.getItems().isEmpty());
    }
}
