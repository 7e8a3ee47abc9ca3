package org.khareetaty.app.ui.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khareetaty.geo.BoundaryZones;

/** The store's boundary layers as shapes to draw, each zone labelled by name or code. */
public final class BoundaryShapes {
    private BoundaryShapes() {}

    /** Each layer of {@code zones} (in its order) with its zones as shapes. */
    public static Map<String, List<MapShape>> of(Map<String, List<BoundaryZones.Zone>> zones) {
        Map<String, List<MapShape>> out = new LinkedHashMap<>();
        zones.forEach((layer, list) -> out.put(
                layer,
                list.stream()
                        .map(z -> MapShape.of(z.geometry(), z.label(), null, z.code()))
                        .toList()));
        return out;
    }
}
