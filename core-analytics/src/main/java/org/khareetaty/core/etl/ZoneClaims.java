package org.khareetaty.core.etl;

import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.khareetaty.core.geo.BoundaryIndex;

/**
 * Compares the zones a source states for an incident (its own district or beat field) with the
 * polygons the point falls in. A claim about concept {@code district} is checked against the layer
 * named {@code district} or {@code districts}. Codes compare without case and leading zeros
 * ({@code 01} is {@code 1}); a claim may also give the zone's name ({@code Hawally}).
 */
final class ZoneClaims {
    private final BoundaryIndex boundaries;

    ZoneClaims(BoundaryIndex boundaries) {
        this.boundaries = boundaries;
    }

    /** The disagreements, e.g. {@code districts: source 12, map 11}, or null when all agree. */
    String mismatches(Map<String, String> claims, String[] zones) {
        if (claims.isEmpty()) {
            return null;
        }
        StringJoiner out = null;
        var layers = boundaries.layers();
        for (int i = 0; i < layers.size(); i++) {
            String layer = layers.get(i).name();
            String claim = claims.get(layer);
            if (claim == null && layer.endsWith("s")) {
                claim = claims.get(layer.substring(0, layer.length() - 1));
            }
            if (claim == null || agrees(claim, zones[i], boundaries.nameOf(i, zones[i]))) {
                continue;
            }
            if (out == null) {
                out = new StringJoiner("; ");
            }
            out.add(layer + ": source " + claim + ", map " + (zones[i] == null ? "none" : zones[i]));
        }
        return out == null ? null : out.toString();
    }

    private static boolean agrees(String claim, String code, String name) {
        if (code == null) {
            return false;
        }
        String c = normal(claim);
        return c.equals(normal(code)) || (name != null && c.equals(normal(name)));
    }

    static String normal(String s) {
        String t = s.strip().toUpperCase(Locale.ROOT);
        int i = 0;
        while (i < t.length() - 1 && t.charAt(i) == '0' && Character.isDigit(t.charAt(i + 1))) {
            i++;
        }
        return t.substring(i);
    }
}
