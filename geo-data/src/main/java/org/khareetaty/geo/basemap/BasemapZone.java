package org.khareetaty.geo.basemap;

import org.locationtech.jts.geom.Geometry;

/**
 * One zone of a boundary layer as the basemap draws it: all the parts of a code together (Chicago's
 * district 31 comes as three features).
 *
 * @param layer  layer name
 * @param code   zone code
 * @param name   English display name, or null
 * @param nameAr Arabic name from the boundary's attributes ({@code name_ar}), or null
 * @param world  the polygon(s) in world coordinates (see {@link WebMercator})
 */
public record BasemapZone(String layer, String code, String name, String nameAr, Geometry world) {

    /** The label in {@code language}: the name, else the other language's name, else the code. */
    public String label(LabelLanguage language) {
        String first = language == LabelLanguage.ARABIC ? nameAr : name;
        String second = language == LabelLanguage.ARABIC ? name : nameAr;
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second != null && !second.isBlank() ? second : code;
    }
}
