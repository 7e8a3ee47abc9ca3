package org.khareetaty.geo;

import java.util.List;

/**
 * What a boundary load did. Every feature read is accounted for:
 * {@code featuresRead == loaded + rejected().size()}; repaired features are among the loaded.
 *
 * @param layer          the layer name
 * @param file           the file loaded (a path, or {@code classpath:/...} for a bundled layer)
 * @param sourceCrs      the CRS the coordinates were read in ({@code EPSG:n}); reprojected to EPSG:4326
 * @param featuresRead   features in the file
 * @param loaded         features written to {@code boundaries}
 * @param repairs        loaded features whose geometry was repaired, in file order
 * @param rejected       features not loaded, in file order
 * @param primary        whether the layer is now the store's primary layer
 * @param zoneColumn     the incidents column labelled with this layer's codes
 * @param incidentsZoned incidents already in the store that fall in one of the layer's zones
 * @param seconds        wall time of the load
 */
public record LayerLoadResult(
        String layer,
        String file,
        String sourceCrs,
        int featuresRead,
        int loaded,
        List<FeatureRepair> repairs,
        List<FeatureRejection> rejected,
        boolean primary,
        String zoneColumn,
        long incidentsZoned,
        double seconds) {

    /** Copies the lists. */
    public LayerLoadResult {
        repairs = List.copyOf(repairs);
        rejected = List.copyOf(rejected);
    }

    /** Number of loaded features whose geometry was repaired. */
    public int repaired() {
        return repairs.size();
    }

    /** Number of features not loaded. */
    public int rejectedCount() {
        return rejected.size();
    }
}
