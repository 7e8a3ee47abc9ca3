package org.khareetaty.core.forecast.risk;

import java.util.Locale;

/**
 * The kind of place an incident happened, in the three groups the learned hotspot forecast weighs apart
 * ({@link LearnedIntensity}): in the Chicago aggravated assaults 2010-2019, 48% on a street, 32% in a
 * residence, the rest spread over eleven kinds (schools, shops, parks, transit...).
 */
public enum PlaceKind {
    RESIDENCE,
    STREET,
    OTHER;

    /**
     * The group of a place description: the Crime Open Database's {@code loc_cat} ({@code residence},
     * {@code street}, ...) or a portal's location description ({@code APARTMENT}, {@code SIDEWALK}, ...);
     * null or blank is {@link #OTHER}.
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
        return OTHER;
    }
}
