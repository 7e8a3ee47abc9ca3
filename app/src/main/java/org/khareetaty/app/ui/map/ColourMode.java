package org.khareetaty.app.ui.map;

import org.khareetaty.app.ui.i18n.Messages;

/** What colours the hexagons. */
public enum ColourMode {
    /** Incidents in scope: all of them, or those of the filtered categories when a filter is on. */
    VOLUME("colour.volume"),
    /** Arrest rate, with the palette inverted: the lowest rates are the darkest. */
    ARREST_RATE("colour.arrestRate");

    /** The key of its name in the window's words. */
    private final String key;

    ColourMode(String key) {
        this.key = key;
    }

    @Override
    public String toString() {
        return Messages.text(key);
    }
}
