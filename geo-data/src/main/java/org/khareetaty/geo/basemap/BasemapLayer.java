package org.khareetaty.geo.basemap;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A boundary layer as the basemap draws it.
 *
 * @param name          layer name
 * @param primary       whether it is the store's primary layer (its union is the land)
 * @param rank          0 for the coarsest layer (fewest zones), then 1, 2...: coarser borders are drawn thicker
 * @param zones         its zones, by code
 * @param borders       its borders inside the study area, each shared edge once (world coordinates)
 * @param medianExtent  the median zone's size, the square root of its area, in world units
 */
public record BasemapLayer(
        String name, boolean primary, int rank, List<BasemapZone> zones, Geometry borders, double medianExtent) {

    /** Whether this layer is drawn at zoom {@code z}: once its median zone spans {@code minPixels}. */
    public boolean visibleAt(int z, double minPixels) {
        return medianExtent * Math.pow(2, z) >= minPixels;
    }
}
