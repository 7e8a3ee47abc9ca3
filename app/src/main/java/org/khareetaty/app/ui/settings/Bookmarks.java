package org.khareetaty.app.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Named map views (centre and zoom), kept in the user's preferences. */
public final class Bookmarks {
    /** A map view. */
    public record Bookmark(String name, double lat, double lon, double zoom) {}

    private final Preferences prefs;

    private Bookmarks(Preferences prefs) {
        this.prefs = prefs;
    }

    public static Bookmarks load() {
        return new Bookmarks(WindowLayout.root().node("bookmarks"));
    }

    /** Every bookmark, by name. */
    public List<Bookmark> list() {
        List<Bookmark> out = new ArrayList<>();
        try {
            for (String key : prefs.keys()) {
                String[] v = prefs.get(key, "").split(",");
                if (v.length == 3) {
                    out.add(new Bookmark(
                            key, Double.parseDouble(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2])));
                }
            }
        } catch (BackingStoreException | NumberFormatException e) {
            System.err.println("cannot read the bookmarks: " + e.getMessage());
        }
        out.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        return out;
    }

    /** Deletes the bookmark named {@code name} (nothing when there is none). */
    public void remove(String name) {
        prefs.remove(name);
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            System.err.println("cannot delete the bookmark: " + e.getMessage());
        }
    }

    /** Adds or replaces a bookmark. */
    public void put(Bookmark b) {
        prefs.put(b.name(), String.format(Locale.ROOT, "%.7f,%.7f,%.2f", b.lat(), b.lon(), b.zoom()));
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            System.err.println("cannot save the bookmark: " + e.getMessage());
        }
    }
}
