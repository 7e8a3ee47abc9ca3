package org.khareetaty.app.ui.map;

import org.khareetaty.geo.basemap.WebMercator;

/**
 * From {@link WebMercator} unit coordinates to pixels of a layer: {@code px = scale * x + dx},
 * {@code py = scale * y + dy}; {@code scale} is 256 * 2^zoom.
 */
public record MapTransform(double scale, double dx, double dy) {
    public double px(double x) {
        return scale * x + dx;
    }

    public double py(double y) {
        return scale * y + dy;
    }

    /** World x of a pixel column. */
    public double x(double px) {
        return (px - dx) / scale;
    }

    /** World y of a pixel row. */
    public double y(double py) {
        return (py - dy) / scale;
    }

    /** The same transform with its pixels moved by (ox, oy). */
    public MapTransform shifted(double ox, double oy) {
        return new MapTransform(scale, dx + ox, dy + oy);
    }

    /** Ground metres per pixel at latitude {@code lat}. */
    public double metresPerPixel(double lat) {
        return WebMercator.EQUATOR_M * Math.cos(Math.toRadians(lat)) / scale;
    }
}
