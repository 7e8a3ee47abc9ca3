package org.khareetaty.geo.streets;

import java.util.Locale;

/**
 * What kind of street a line is, which decides from which zoom the map draws it and how wide. From
 * OpenStreetMap's {@code highway} values, or from a city file's class field by the words it uses
 * ("Expressway", "Arterial", "Collector", "Alley"...).
 */
public enum StreetClass {
    /** Motorways, expressways and trunk roads. */
    MOTORWAY(12),
    /** Primary roads, arterials. */
    PRIMARY(12),
    /** Secondary roads, collectors. */
    SECONDARY(13),
    /** Tertiary roads. */
    TERTIARY(14),
    /** Residential and other ordinary streets: the default for a file without classes. */
    STREET(14),
    /** Service roads and alleys. */
    SERVICE(16),
    /** Footways, paths, cycleways, steps, tracks. */
    PATH(16);

    private final int minZoom;

    StreetClass(int minZoom) {
        this.minZoom = minZoom;
    }

    /** The map draws lines of this class from this zoom on. */
    public int minZoom() {
        return minZoom;
    }

    /**
     * The class of an OpenStreetMap way's {@code highway} value, or null when the way is not a
     * street or path (a platform, a proposed or abandoned road, a bus stop).
     */
    public static StreetClass ofOsmHighway(String highway) {
        if (highway == null) {
            return null;
        }
        String h = highway.toLowerCase(Locale.ROOT);
        if (h.endsWith("_link")) {
            h = h.substring(0, h.length() - "_link".length());
        }
        return switch (h) {
            case "motorway", "trunk" -> MOTORWAY;
            case "primary" -> PRIMARY;
            case "secondary" -> SECONDARY;
            case "tertiary" -> TERTIARY;
            case "residential", "unclassified", "living_street", "road", "busway" -> STREET;
            case "service" -> SERVICE;
            case "footway", "path", "pedestrian", "cycleway", "steps", "track", "bridleway" -> PATH;
            default -> null;
        };
    }

    /**
     * The class a city file's class value stands for, by its words: an OSM highway value, else
     * expressway/freeway/interstate, arterial/major, collector, minor, alley/service, path/trail;
     * anything else (or nothing) is an ordinary {@link #STREET}.
     */
    public static StreetClass ofWords(String value) {
        if (value == null || value.isBlank()) {
            return STREET;
        }
        StreetClass osm = ofOsmHighway(value.strip());
        if (osm != null) {
            return osm;
        }
        String v = value.toLowerCase(Locale.ROOT);
        if (v.matches(".*(expressway|freeway|interstate|motorway|highway|trunk).*")) {
            return MOTORWAY;
        }
        if (v.matches(".*(arterial|major|primary).*")) {
            return PRIMARY;
        }
        if (v.matches(".*(collector|secondary).*")) {
            return SECONDARY;
        }
        if (v.matches(".*(minor|tertiary).*")) {
            return TERTIARY;
        }
        if (v.matches(".*(alley|service|driveway|ramp).*")) {
            return SERVICE;
        }
        if (v.matches(".*(path|trail|foot|cycle|walk|pedestrian|steps).*")) {
            return PATH;
        }
        return STREET;
    }
}
