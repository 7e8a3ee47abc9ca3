package org.khareetaty.geo.basemap;

import java.util.Set;

/**
 * How a basemap is generated.
 *
 * @param minZoom     shallowest zoom written (0..22)
 * @param maxZoom     deepest zoom written; deeper tiles can be drawn on demand ({@link RenderedTileSource})
 * @param margin      the area covered around the study area, as a fraction of its larger side on each side
 * @param style       the look
 * @param language    language of the zone labels
 * @param layers      the boundary layers drawn (the primary layer always is); empty for all
 * @param threads     tiles drawn in parallel (the output is the same for any number)
 * @param attribution the boundary data's credit, or null to derive it from the layers' source files
 * @param labels      whether the zones' names are drawn into the tiles; the workstation draws them
 *                    itself, above its hexagon and zone fills, so its basemap carries none
 */
public record BasemapOptions(
        int minZoom,
        int maxZoom,
        double margin,
        BasemapStyle style,
        LabelLanguage language,
        Set<String> layers,
        int threads,
        String attribution,
        boolean labels) {
    /**
     * Default zooms: a country (5) down to a city district (12). Deeper tiles are four times as many
     * per zoom and are drawn on demand in a few milliseconds each, so they are not written by default.
     */
    public static final int DEFAULT_MIN_ZOOM = 5;

    public static final int DEFAULT_MAX_ZOOM = 12;

    /** Ends the fingerprint of a basemap without labels ({@link TilesetInfo#labelsZones()}). */
    static final String UNLABELLED = "/unlabelled";

    /** Checks the ranges. */
    public BasemapOptions {
        if (minZoom < 0 || maxZoom > TileId.MAX_ZOOM || minZoom > maxZoom) {
            throw new IllegalArgumentException("zoom range " + minZoom + ".." + maxZoom + " is not within 0.."
                    + TileId.MAX_ZOOM + " with min <= max");
        }
        if (margin < 0 || margin > 2) {
            throw new IllegalArgumentException("margin " + margin + " is not within 0..2");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        layers = layers == null ? Set.of() : Set.copyOf(layers);
    }

    /** Zooms 5..12, 15 % margin, the Positron-like style, English labels, every layer, up to two threads. */
    public static BasemapOptions defaults() {
        return new BasemapOptions(
                DEFAULT_MIN_ZOOM,
                DEFAULT_MAX_ZOOM,
                0.15,
                BasemapStyle.positron(),
                LabelLanguage.ENGLISH,
                Set.of(),
                Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())),
                null,
                true);
    }

    public BasemapOptions withZooms(int min, int max) {
        return new BasemapOptions(min, max, margin, style, language, layers, threads, attribution, labels);
    }

    public BasemapOptions withLanguage(LabelLanguage l) {
        return new BasemapOptions(minZoom, maxZoom, margin, style, l, layers, threads, attribution, labels);
    }

    public BasemapOptions withLayers(Set<String> only) {
        return new BasemapOptions(minZoom, maxZoom, margin, style, language, only, threads, attribution, labels);
    }

    public BasemapOptions withThreads(int n) {
        return new BasemapOptions(minZoom, maxZoom, margin, style, language, layers, n, attribution, labels);
    }

    public BasemapOptions withAttribution(String credit) {
        return new BasemapOptions(minZoom, maxZoom, margin, style, language, layers, threads, credit, labels);
    }

    /** The same basemap without the zones' names (the workstation's: it names them above its fills). */
    public BasemapOptions withoutLabels() {
        return new BasemapOptions(minZoom, maxZoom, margin, style, language, layers, threads, attribution, false);
    }

    /**
     * What, besides the boundary layers, changes how tiles look (the zooms and the margin only change
     * how many there are, see {@link Basemap#isCurrent}).
     */
    String fingerprintPart() {
        return "style" + style.version() + "/" + language + "/" + new java.util.TreeSet<>(layers) + "/" + attribution
                + (labels ? "" : UNLABELLED);
    }
}
