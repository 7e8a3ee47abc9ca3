package org.khareetaty.geo.basemap;

import java.util.Locale;
import org.locationtech.jts.geom.Envelope;

/**
 * What a tile set says about itself (the MBTiles 1.3 {@code metadata} table, or the
 * {@code metadata.json} of a z/x/y folder).
 *
 * @param name        human name
 * @param description what it shows, or ""
 * @param attribution the credit the map must show
 * @param format      tile format: {@code png} or {@code jpg}
 * @param minZoom     shallowest zoom it holds
 * @param maxZoom     deepest zoom it holds
 * @param bounds      longitude (x) / latitude (y) extent, or null when unknown
 * @param fingerprint what it was generated from (see {@link BasemapContent#fingerprint()}), or "" when not ours
 */
public record TilesetInfo(
        String name,
        String description,
        String attribution,
        String format,
        int minZoom,
        int maxZoom,
        Envelope bounds,
        String fingerprint) {

    /**
     * True for a basemap this project generated from boundary layers with their names: it already
     * names their zones (placed without overlaps, zoom by zoom), so the map draws no second set of
     * zone labels over it. False for one generated {@link BasemapOptions#withoutLabels() without}.
     */
    public boolean labelsZones() {
        return fingerprint != null && !fingerprint.isEmpty() && !fingerprint.endsWith(BasemapOptions.UNLABELLED);
    }

    /** The MBTiles {@code bounds} value: "west,south,east,north". */
    public String boundsText() {
        return bounds == null
                ? ""
                : String.format(
                        Locale.ROOT,
                        "%.6f,%.6f,%.6f,%.6f",
                        bounds.getMinX(),
                        bounds.getMinY(),
                        bounds.getMaxX(),
                        bounds.getMaxY());
    }

    /** The MBTiles {@code center} value: "lon,lat,zoom", the middle of the bounds at a zoom that shows it whole. */
    public String centreText() {
        if (bounds == null) {
            return "";
        }
        int zoom = Math.min(maxZoom, Math.max(minZoom, minZoom + 3));
        return String.format(Locale.ROOT, "%.6f,%.6f,%d", bounds.centre().x, bounds.centre().y, zoom);
    }

    /** Parses an MBTiles {@code bounds} value, or null when absent or malformed. */
    static Envelope parseBounds(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] p = text.split(",");
        if (p.length != 4) {
            return null;
        }
        try {
            return new Envelope(
                    Double.parseDouble(p[0].trim()),
                    Double.parseDouble(p[2].trim()),
                    Double.parseDouble(p[1].trim()),
                    Double.parseDouble(p[3].trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
