package org.khareetaty.geo.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The unit-square Web Mercator gives what the workstation's own copy gave (app/ui/map/WebMercator,
 * removed when the map layers moved to this class), and agrees with the world (tile pixel) form.
 */
class WebMercatorTest {
    /** Kuwait City, Chicago's Loop, the origin, Sydney and a point beyond the square world's edge. */
    private static final double[][] LON_LAT = {
        {47.9774, 29.3759}, {-87.6298, 41.8781}, {0, 0}, {151.2093, -33.8688}, {10, 89}
    };

    // the removed formulas, verbatim
    private static final double OLD_MAX_LAT = 85.0511287798;
    private static final double OLD_EQUATOR_M = 40_075_016.686;

    private static double oldX(double lon) {
        return (lon + 180) / 360;
    }

    private static double oldY(double lat) {
        double r = Math.toRadians(Math.max(-OLD_MAX_LAT, Math.min(OLD_MAX_LAT, lat)));
        return (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2;
    }

    private static double oldLon(double x) {
        return x * 360 - 180;
    }

    private static double oldLat(double y) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y))));
    }

    @Test
    void unitCoordinatesAreThoseOfTheRemovedCopy() {
        for (double[] p : LON_LAT) {
            assertEquals(oldX(p[0]), WebMercator.unitX(p[0]), 0.0, "x of " + p[0]);
            // identical inside the square world; at 89 N both clamp to the edge (their limits differ by 7e-12 degrees)
            assertEquals(oldY(p[1]), WebMercator.unitY(p[1]), Math.abs(p[1]) < 85 ? 0.0 : 1e-12, "y of " + p[1]);
        }
        for (double u : new double[] {0, 0.125, 0.3, 0.5, 0.61, 0.99}) {
            assertEquals(oldLon(u), WebMercator.lonOfUnitX(u), 0.0, "lon of " + u);
            assertEquals(oldLat(u), WebMercator.latOfUnitY(u), 0.0, "lat of " + u);
        }
    }

    @Test
    void scaleBarMetresAreThoseOfTheRemovedCopyToAMillimetrePerThousandKilometres() {
        // the removed copy rounded the equator to the millimetre: 40,075,016.686 m against 2 pi 6,378,137 =
        // 40,075,016.6856 m
        assertEquals(OLD_EQUATOR_M, WebMercator.EQUATOR_M, 1e-3);
        assertEquals(
                OLD_EQUATOR_M * Math.cos(Math.toRadians(29.3759)) / 256, WebMercator.metresPerPixel(29.3759, 0), 1e-5);
    }

    @Test
    void unitCoordinatesAreWorldPixelsOverTheTileSize() {
        for (double[] p : LON_LAT) {
            assertEquals(WebMercator.worldX(p[0]) / WebMercator.TILE_SIZE, WebMercator.unitX(p[0]), 1e-15);
            assertEquals(WebMercator.worldY(p[1]) / WebMercator.TILE_SIZE, WebMercator.unitY(p[1]), 1e-15);
            assertEquals(p[1], WebMercator.latOfUnitY(WebMercator.unitY(p[1])), Math.abs(p[1]) < 85 ? 1e-9 : 4.1);
            assertEquals(p[0], WebMercator.lonOfUnitX(WebMercator.unitX(p[0])), 1e-12);
        }
    }
}
