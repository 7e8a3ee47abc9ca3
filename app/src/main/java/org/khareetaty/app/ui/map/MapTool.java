package org.khareetaty.app.ui.map;

import org.khareetaty.app.ui.i18n.Messages;

/** What a click on the map does. */
public enum MapTool {
    /** Clicking a hexagon drills into its children. */
    DRILL("tool.drill"),
    /** Clicking shows the attributes of what is under the pointer. */
    IDENTIFY("tool.identify"),
    /** Clicks add the vertices of a polygon; a double click closes it and selects the cells inside. */
    SELECT("tool.select");

    /** The key of its name in the window's words. */
    private final String key;

    MapTool(String key) {
        this.key = key;
    }

    @Override
    public String toString() {
        return Messages.text(key);
    }
}
