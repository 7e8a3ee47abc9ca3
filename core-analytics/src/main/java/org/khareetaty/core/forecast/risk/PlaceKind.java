package org.khareetaty.core.forecast.risk;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The kind of place an incident happened, in the groups the learned hotspot forecast can weigh apart
 * ({@link LearnedIntensity}): in the Chicago aggravated assaults 2010-2019, 48% on a street, 32% in a
 * residence, 5% at a school or college, 3% in shops, 2% each at leisure places and on transit, the rest
 * ({@link #OTHER}) spread over open spaces, vehicles, government buildings, hospitals and more.
 */
public enum PlaceKind {
    RESIDENCE,
    STREET,
    EDUCATION,
    RETAIL,
    LEISURE,
    TRANSPORT,
    OTHER;

    /** Every kind but a residence and a street: the "other places" of the chosen learned intensity. */
    public static Set<PlaceKind> elsewhere() {
        return EnumSet.complementOf(EnumSet.of(RESIDENCE, STREET));
    }

    /**
     * The group of a place description: the Crime Open Database's {@code loc_cat} ({@code residence},
     * {@code street}, {@code education}, ...) or a portal's location description ({@code APARTMENT},
     * {@code SIDEWALK}, {@code SCHOOL, PUBLIC, BUILDING}, ...); null or blank is {@link #OTHER}.
     */
    public static PlaceKind of(String place) {
        if (place == null) {
            return OTHER;
        }
        String p = place.toLowerCase(Locale.ROOT);
        if (p.contains("residen") || p.contains("apartment") || p.contains("house")) {
            return RESIDENCE;
        }
        if (p.contains("street") || p.contains("sidewalk") || p.contains("alley") || p.contains("highway")) {
            return STREET;
        }
        if (p.contains("educat") || p.contains("school") || p.contains("college") || p.contains("universit")) {
            return EDUCATION;
        }
        if (p.contains("transport")
                || p.startsWith("cta ")
                || p.contains("train")
                || p.contains("bus ")
                || p.contains("airport")) {
            return TRANSPORT;
        }
        if (p.contains("retail") || p.contains("store") || p.contains("shop") || p.contains("gas station")) {
            return RETAIL;
        }
        if (p.contains("leisure")
                || p.contains("restaurant")
                || p.contains("bar or tavern")
                || p.contains("club")
                || p.contains("athletic")) {
            return LEISURE;
        }
        return OTHER;
    }
}
