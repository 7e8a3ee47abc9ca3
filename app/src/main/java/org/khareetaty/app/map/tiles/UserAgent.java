package org.khareetaty.app.map.tiles;

import org.khareetaty.app.release.Release;

/**
 * The User-Agent sent to online tile servers: the program and its version, and a contact when the
 * analyst's settings give one, e.g. {@code KhareetatyWorkstation/0.1.0 (+mailto:gis@police.example)}.
 * OpenStreetMap's tile usage policy requires a User-Agent that identifies the application and asks
 * for a way to contact its user.
 */
public final class UserAgent {
    /** The program's name in the User-Agent. */
    public static final String PRODUCT = "KhareetatyWorkstation";

    private UserAgent() {}

    /** The program's version (the Maven project version of this build). */
    public static String version() {
        return Release.current().version();
    }

    /** The User-Agent with {@code contact} (a URL or e-mail; blank for none). */
    public static String of(String contact) {
        String c = contact == null ? "" : contact.strip();
        String comment = c.isEmpty()
                ? "desktop GIS for crime analysts; basemap tiles cached per the tile usage policy"
                : "+" + c;
        return PRODUCT + "/" + version() + " (" + comment + ")";
    }
}
