package org.khareetaty.app.ui.settings;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The settings of File > Settings, kept in the workstation's preferences: the display language
 * (key {@code language}, read by {@link DisplayLanguage}), the units of distances shown, and the
 * resolution the whole area opens at. The basemap is the store's and the feed has its own node.
 *
 * @param language     "en" or "ar"
 * @param imperial     feet and miles instead of metres and kilometres (the map's scale bar)
 * @param wholeAreaRes the H3 resolution of the whole-area view a store opens at, 6 to 10
 */
public record WorkstationSettings(String language, boolean imperial, int wholeAreaRes) {
    /** The resolution a store opens at unless set: r6, the city. */
    public static final int DEFAULT_RES = 6;

    /** Checks the values. */
    public WorkstationSettings {
        if (!"en".equals(language) && !"ar".equals(language)) {
            throw new IllegalArgumentException("language must be en or ar, not " + language);
        }
        if (wholeAreaRes < 6 || wholeAreaRes > 10) {
            throw new IllegalArgumentException("the whole area's resolution is r6 to r10, not r" + wholeAreaRes);
        }
    }

    /** The settings saved, or the defaults (English, metric, r6). */
    public static WorkstationSettings load() {
        Preferences p = WindowLayout.root();
        String lang = p.get("language", "en");
        int res = p.getInt("wholeAreaRes", DEFAULT_RES);
        return new WorkstationSettings(
                "ar".equals(lang) ? "ar" : "en",
                "imperial".equals(p.get("units", "metric")),
                res < 6 || res > 10 ? DEFAULT_RES : res);
    }

    /** Saves them. */
    public void save() {
        Preferences p = WindowLayout.root();
        p.put("language", language);
        p.put("units", imperial ? "imperial" : "metric");
        p.putInt("wholeAreaRes", wholeAreaRes);
        try {
            p.flush();
        } catch (BackingStoreException e) {
            System.err.println("cannot save the settings: " + e.getMessage());
        }
    }
}
