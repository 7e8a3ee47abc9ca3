package org.khareetaty.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.testing.SharedData;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;

/**
 * The grid answers as testing every polygon of the layer in load order does (the importer's rule:
 * a point on an edge is inside, the zone loaded first wins), on Chicago's real layers and the real
 * aggravated-assault points, on every vertex and edge of the beats, and on made-up zones whose
 * edges lie on the grid's own cell lines.
 */
class ZoneGridTest {
    private static final GeometryFactory PLANE = new GeometryFactory();
    private static final List<List<ZoneGrid.Zone>> CHICAGO = new ArrayList<>();
    private static final List<ZoneGrid> GRIDS = new ArrayList<>();
    private static final List<ZonePolygons> TREES = new ArrayList<>();

    @BeforeAll
    static void chicagoLayers() {
        for (String[] layer : new String[][] {
            {"police_beats", "beat_num"}, {"police_districts", "dist_num"}, {"community_areas", "area_numbe"}
        }) {
            List<ZoneGrid.Zone> zones = new ArrayList<>();
            for (GeoJsonFeatures.Feature f :
                    GeoJsonFeatures.read(SharedData.file("chicago/" + layer[0] + ".geojson"))) {
                zones.add(new ZoneGrid.Zone(String.valueOf(f.properties().get(layer[1])), f.geometry(), f.index()));
            }
            CHICAGO.add(zones);
            GRIDS.add(ZoneGrid.of(zones));
            TREES.add(new ZonePolygons(zones));
        }
    }

    /** The reference: every polygon tested in load order, the first that does not have the point outside. */
    private static String everyPolygon(List<ZoneGrid.Zone> zones, double lon, double lat) {
        Coordinate p = new Coordinate(lon, lat);
        return zones.stream()
                .sorted((a, b) -> Long.compare(a.order(), b.order()))
                .filter(z -> z.polygon().getEnvelopeInternal().covers(lon, lat))
                .filter(z -> SimplePointInAreaLocator.locate(p, z.polygon()) != Location.EXTERIOR)
                .map(ZoneGrid.Zone::code)
                .findFirst()
                .orElse(null);
    }

    private static void assertSameAsEveryPolygon(int layer, double lon, double lat) {
        assertEquals(
                everyPolygon(CHICAGO.get(layer), lon, lat),
                GRIDS.get(layer).codeAt(lon, lat),
                "layer " + layer + " at lon " + lon + ", lat " + lat);
    }

    /** Also the STR-tree lookup that imports used before the grid, and that occasional lookups use. */
    @Test
    void everyRealIncidentGetsTheZoneOfTestingEveryPolygon() throws IOException {
        Path file = SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz");
        int points = 0;
        int inside = 0;
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            in.readLine(); // date,loc_cat,longitude,latitude,district
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                if (f[2].isBlank() || f[3].isBlank()) {
                    continue;
                }
                double lon = Double.parseDouble(f[2]);
                double lat = Double.parseDouble(f[3]);
                for (int layer = 0; layer < GRIDS.size(); layer++) {
                    assertSameAsEveryPolygon(layer, lon, lat);
                    assertEquals(
                            GRIDS.get(layer).codeAt(lon, lat), TREES.get(layer).codeAt(lon, lat));
                }
                points++;
                if (GRIDS.get(0).codeAt(lon, lat) != null) {
                    inside++;
                }
            }
        }
        // 148,636 rows, a few without coordinates; all but 91 inside a police beat (docs/benchmarks.md)
        assertTrue(points > 148_000, points + " points");
        assertEquals(91, points - inside, "points outside every beat");
    }

    @Test
    void everyVertexAndEdgeOfTheBeatsCountsAsInside() {
        int vertices = 0;
        for (List<ZoneGrid.Zone> layer : List.of(CHICAGO.get(0), CHICAGO.get(1))) {
            int index = CHICAGO.indexOf(layer);
            for (ZoneGrid.Zone z : layer) {
                Coordinate[] ring = z.polygon().getCoordinates();
                for (int i = 0; i < ring.length; i++) {
                    Coordinate a = ring[i];
                    assertNotNull(GRIDS.get(index).codeAt(a.x, a.y), "vertex " + a + " of zone " + z.code());
                    assertSameAsEveryPolygon(index, a.x, a.y);
                    if (i + 1 < ring.length) {
                        Coordinate b = ring[i + 1];
                        assertSameAsEveryPolygon(index, (a.x + b.x) / 2, (a.y + b.y) / 2);
                        assertSameAsEveryPolygon(index, a.x + (b.x - a.x) / 3, a.y + (b.y - a.y) / 3);
                    }
                    vertices++;
                }
            }
        }
        assertTrue(vertices > 50_000, vertices + " vertices");
    }

    @Test
    void randomPointsOverEachLayerGetTheZoneOfTestingEveryPolygon() {
        Random random = new Random(7);
        for (int layer = 0; layer < GRIDS.size(); layer++) {
            Envelope e = new Envelope();
            CHICAGO.get(layer).forEach(z -> e.expandToInclude(z.polygon().getEnvelopeInternal()));
            e.expandBy(0.01);
            for (int i = 0; i < 50_000; i++) {
                assertSameAsEveryPolygon(
                        layer,
                        e.getMinX() + random.nextDouble() * e.getWidth(),
                        e.getMinY() + random.nextDouble() * e.getHeight());
            }
        }
    }

    /**
     * Squares A [0,1]x[0,1] and B [1,2]x[0,1] share an edge, C [0.5,1.5]x[0.5,1.5] overlaps both;
     * loaded B, A, C. With 512 cells over a width of 2, the cells are 1/256 wide (exact in binary),
     * so the shared edge x = 1 and the edges at 0.5 and 1.5 lie on cell lines.
     */
    @Test
    void edgesOnCellLinesAndOverlapsGoToTheZoneLoadedFirst() {
        List<ZoneGrid.Zone> zones = List.of(
                new ZoneGrid.Zone("A", square(0, 0, 1, 1), 2),
                new ZoneGrid.Zone("B", square(1, 0, 2, 1), 1),
                new ZoneGrid.Zone("C", square(0.5, 0.5, 1.5, 1.5), 3));
        ZoneGrid grid = ZoneGrid.of(zones);
        assertEquals("B", grid.codeAt(1, 0.25), "shared edge: B was loaded first");
        assertEquals("A", grid.codeAt(0.75, 0.75), "A and C overlap: A was loaded first");
        assertEquals("B", grid.codeAt(1.25, 0.75));
        assertEquals("C", grid.codeAt(1.25, 1.25));
        assertEquals("C", grid.codeAt(1.0, 1.5), "on C's top edge");
        assertEquals("B", grid.codeAt(2, 0), "B's corner, the grid's extent");
        assertEquals("A", grid.codeAt(0, 0));
        assertNull(grid.codeAt(Math.nextUp(2.0), 0.5));
        assertNull(grid.codeAt(0.25, Math.nextUp(1.0)));
        assertNull(grid.codeAt(-5, 0.5));
        double cell = 2.0 / ZoneGrid.CELLS_PER_SIDE;
        for (int k = -2; k <= 2 * ZoneGrid.CELLS_PER_SIDE + 2; k++) {
            for (double v : new double[] {0, 0.5, 1, 1.5, Math.nextDown(1.0), Math.nextUp(1.0), 0.3}) {
                assertEquals(everyPolygon(zones, k * cell, v), grid.codeAt(k * cell, v), "at " + k * cell + ", " + v);
                assertEquals(everyPolygon(zones, v, k * cell), grid.codeAt(v, k * cell), "at " + v + ", " + k * cell);
            }
        }
        Random random = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            double x = -0.1 + random.nextDouble() * 2.2;
            double y = -0.1 + random.nextDouble() * 1.7;
            assertEquals(everyPolygon(zones, x, y), grid.codeAt(x, y), "at " + x + ", " + y);
        }
    }

    @Test
    void aLayerWithoutZonesHoldsNoPoint() {
        assertNull(ZoneGrid.of(List.of()).codeAt(-87.6, 41.8));
    }

    private static Geometry square(double x0, double y0, double x1, double y1) {
        return PLANE.toGeometry(new Envelope(x0, x1, y0, y1));
    }
}
