package org.khareetaty.geo.basemap;

import java.awt.Color;

/**
 * How the basemap looks: a light, low-contrast style in the manner of CARTO's Positron, so that
 * coloured hexagons and hotspots on top keep the eye. Land inside the study area is near white,
 * everything outside it (sea, neighbouring land we have no data for) a cool light grey, zone
 * borders muted grey-violet, thicker for coarser layers.
 *
 * @param background       outside the study area
 * @param land             inside the study area
 * @param landEdge         the study area's edge (coast, city limit)
 * @param coarseLine       borders of the coarsest layer (governorates, districts)
 * @param fineLine         borders of finer layers (beats)
 * @param coarseLabel      labels of the coarsest layer
 * @param fineLabel        labels of finer layers
 * @param halo             the halo behind label text
 * @param fontFamily       label font family (a logical name falls back to the JDK's sans serif)
 * @param minZonePixels    a layer is drawn at a zoom once its median zone spans this many pixels
 * @param minLabelPixels   a finer layer (rank 1 and up) is labelled once its median zone spans this many
 *                         pixels (the coarsest layer whenever its names fit)
 * @param version          changes whenever the drawing changes, so stored basemaps are regenerated
 */
public record BasemapStyle(
        Color background,
        Color land,
        Color landEdge,
        Color coarseLine,
        Color fineLine,
        Color coarseLabel,
        Color fineLabel,
        Color halo,
        String fontFamily,
        double minZonePixels,
        double minLabelPixels,
        int version) {

    /** The default, Positron-like style. */
    public static BasemapStyle positron() {
        return new BasemapStyle(
                new Color(0xDCDEE1),
                new Color(0xF7F6F3),
                new Color(0xB9C2C8),
                new Color(0xA29DB4),
                new Color(0xC9C6D2),
                new Color(0x77748A),
                new Color(0x8E8C9C),
                new Color(0xF7F6F3),
                "DejaVu Sans",
                14,
                70,
                2);
    }

    /** Border width in pixels of a layer of {@code rank} (0 = coarsest) at zoom {@code z}. */
    public double lineWidth(int rank, int z) {
        if (rank == 0) {
            return clamp(0.8 + 0.25 * (z - 6), 0.8, 2.6);
        }
        return clamp(0.5 + 0.12 * (z - 9), 0.5, 1.2);
    }

    /** Width in pixels of the study area's edge at zoom {@code z}. */
    public double edgeWidth(int z) {
        return clamp(0.6 + 0.1 * (z - 8), 0.6, 1.2);
    }

    /** Label size in pixels of a layer of {@code rank} at zoom {@code z}. */
    public float labelSize(int rank, int z) {
        if (rank == 0) {
            return z >= 13 ? 14f : z >= 11 ? 13f : z >= 9 ? 12f : 11f;
        }
        return z >= 14 ? 12f : 10.5f;
    }

    /** Whether labels of a layer of {@code rank} are upper case and letter-spaced (the coarsest layer). */
    public boolean capitals(int rank) {
        return rank == 0;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
