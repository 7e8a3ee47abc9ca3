package org.khareetaty.geo;

import java.time.Instant;

/**
 * A boundary layer in a store, as {@code khareetaty boundaries list} shows it.
 *
 * @param layer         layer name
 * @param zoneColumn    the incidents column holding each incident's zone code in this layer
 * @param primary       whether this is the store's primary layer (its union is the study area)
 * @param sourceFile    the file it was loaded from
 * @param codeField     property the codes came from
 * @param nameField     property the names came from, or null
 * @param parentField   property the parent codes came from, or null
 * @param loadedAt      when it was loaded
 * @param featureCount  boundaries loaded
 * @param repairedCount of which repaired
 * @param rejectedCount features of the file not loaded
 */
public record LayerInfo(
        String layer,
        String zoneColumn,
        boolean primary,
        String sourceFile,
        String codeField,
        String nameField,
        String parentField,
        Instant loadedAt,
        int featureCount,
        int repairedCount,
        int rejectedCount) {

    /** Features in the source file: loaded plus rejected. */
    public int featuresRead() {
        return featureCount + rejectedCount;
    }
}
