package org.khareetaty.app.ui.map;

/** What a click on the map does. */
public enum MapTool {
    /** Clicking a hexagon drills into its children. */
    DRILL("Drill"),
    /** Clicking shows the attributes of what is under the pointer. */
    IDENTIFY("Identify"),
    /** Clicks add the vertices of a polygon; a double click closes it and selects the cells inside. */
    SELECT("Select by polygon");

    private final String label;

    MapTool(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
