package org.khareetaty.app.ui.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The stores opened last, most recent first (File > Recent stores), kept in the user's preferences. */
public final class RecentStores {
    /** How many are kept. */
    public static final int KEPT = 8;

    private final Preferences prefs;

    private RecentStores(Preferences prefs) {
        this.prefs = prefs;
    }

    public static RecentStores load() {
        return new RecentStores(WindowLayout.root().node("stores"));
    }

    /** The stores, most recent first. */
    public List<Path> list() {
        String v = prefs.get("recent", "");
        return v.isEmpty()
                ? List.of()
                : Arrays.stream(v.split("\n")).map(Path::of).toList();
    }

    /** Puts {@code dir} first, keeping the {@link #KEPT} most recent. */
    public void opened(Path dir) {
        Path d = dir.toAbsolutePath().normalize();
        List<Path> l = new ArrayList<>(list());
        l.remove(d);
        l.add(0, d);
        save(l.subList(0, Math.min(KEPT, l.size())));
    }

    /** Forgets {@code dir} (a store that is gone). */
    public void forget(Path dir) {
        List<Path> l = new ArrayList<>(list());
        l.remove(dir.toAbsolutePath().normalize());
        save(l);
    }

    private void save(List<Path> l) {
        prefs.put("recent", String.join("\n", l.stream().map(Path::toString).toList()));
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            System.err.println("cannot save the recent stores: " + e.getMessage());
        }
    }
}
