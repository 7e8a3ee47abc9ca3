package org.khareetaty.app.ui.map;

/** What colours the hexagons. */
public enum ColourMode {
    /** Incidents in scope: all of them, or those of the filtered categories when a filter is on. */
    VOLUME("Incidents"),
    /** Arrest rate, with the palette inverted: the lowest rates are the darkest. */
    ARREST_RATE("Arrest rate");

    private final String label;

    ColourMode(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
