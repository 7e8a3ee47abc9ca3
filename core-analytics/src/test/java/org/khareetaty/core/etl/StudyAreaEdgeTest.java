package org.khareetaty.core.etl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khareetaty.core.testing.StoreQueries.rows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.geo.GeoJsonFeatures;
import org.khareetaty.core.geo.Projection;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;
import org.khareetaty.core.testing.TestBoundaries;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Issue 13 item 6: points a little outside the outer edge of the real Chicago police beats (the
 * city's boundary, the lake shore) are kept, given the nearest beat and flagged, up to the edge
 * tolerance (25 m by default); beyond it they are {@code outside_study_area}. The points are placed
 * at known distances outward from the middle of edge segments of the beats' union, in Illinois State
 * Plane East (EPSG:3435, US feet): the expected outcome and beat come from that projection, an oracle
 * independent of the importer's own (spherical, tangent-plane) measure.
 */
class StudyAreaEdgeTest {
    private static final double US_FOOT = 1200.0 / 3937;
    /** Metres outward; none within a decimetre of 25, where the two measures may differ by centimetres. */
    private static final double[] OUTWARD = {0.05, 2, 8, 15, 21, 24.5, 26, 32, 60, 200};

    @TempDir
    Path dir;

    private record Expected(String id, double lon, double lat, double metres, String beat) {}

    @Test
    void pointsJustOutsideTheBeatsAreKeptWithTheNearestBeatAndBeyondTheToleranceRejected() throws Exception {
        Path beats = SharedData.file("chicago/police_beats.geojson");
        List<Expected> points = pointsAroundTheEdge(beats);
        List<String> lines = new ArrayList<>();
        for (Expected e : points) {
            lines.add(ChicagoCsv.row(e.id(), "7/19/2017 13:45", fmt(e.lat()), fmt(e.lon())));
        }
        Path file = ChicagoCsv.write(dir.resolve("edge.csv"), lines.toArray(String[]::new));
        long inside = points.stream().filter(e -> e.metres() == 0).count();
        long near =
                points.stream().filter(e -> e.metres() > 0 && e.metres() <= 25).count();
        long far = points.size() - inside - near;
        assertTrue(near >= 40 && far >= 25, "the file covers both sides of the tolerance: " + near + " / " + far);

        try (Store store = Store.open(dir.resolve("store"))) {
            TestBoundaries.load(store, beats, "beats", "beat_num", "beat_num", true);
            TestBoundaries.chicagoDistricts(store, false);
            ImportResult r = new Importer(store).importFile(file, ImportOptions.defaults(), ProgressListener.NONE);
            var n = r.counts();
            assertEquals(n.read(), n.loaded() + n.rejected() + n.duplicates(), "read = loaded + rejected + duplicates");
            assertEquals(inside + near, n.loaded());
            assertEquals(Map.of("outside_study_area", far), r.rejectedByReason());
            assertEquals(near, r.flagged().get(Flag.SNAPPED_TO_EDGE), "the summary counts the points kept at the edge");

            Map<String, List<String>> stored = new java.util.HashMap<>();
            for (List<String> row :
                    rows(store, "SELECT source_id, zone_beats, zone_districts, place_flag FROM incidents")) {
                stored.put(row.get(0), row);
            }
            for (Expected e : points) {
                List<String> row = stored.get(e.id());
                if (e.metres() == 0) {
                    assertEquals(null, row.get(3), "inside: no flag");
                } else if (e.metres() <= 25) {
                    assertNotNull(row, e + " is kept");
                    assertEquals(e.beat(), row.get(1), e + " takes the nearest beat");
                    assertNotNull(row.get(2), e + " takes the nearest district too");
                    double flagged = Double.parseDouble(
                            row.get(3).substring(0, row.get(3).indexOf(" m outside")));
                    // printed to 0.05 m; the sphere's east-west metre is 0.3% shorter than the ellipsoid's here
                    assertEquals(e.metres(), flagged, 0.05 + 0.004 * e.metres(), e + ": " + row.get(3));
                } else {
                    assertEquals(null, row, e + " is rejected");
                }
            }
        }
    }

    @Test
    void aToleranceOfZeroKeepsNoPointOutside() throws Exception {
        Path beats = SharedData.file("chicago/police_beats.geojson");
        List<Expected> points = pointsAroundTheEdge(beats);
        List<String> lines = new ArrayList<>();
        for (Expected e : points) {
            lines.add(ChicagoCsv.row(e.id(), "7/19/2017 13:45", fmt(e.lat()), fmt(e.lon())));
        }
        Path file = ChicagoCsv.write(dir.resolve("edge.csv"), lines.toArray(String[]::new));
        try (Store store = Store.open(dir.resolve("store"))) {
            TestBoundaries.load(store, beats, "beats", "beat_num", "beat_num", true);
            // every point lies outside: the profile is given, so the import is not refused as a wrong reading
            ImportResult r = new Importer(store)
                    .importFile(
                            file,
                            ImportOptions.defaults()
                                    .withProfile("chicago-portal")
                                    .withEdgeMetres(0),
                            ProgressListener.NONE);
            var n = r.counts();
            assertEquals(n.read(), n.loaded() + n.rejected() + n.duplicates(), "read = loaded + rejected + duplicates");
            assertEquals(points.stream().filter(e -> e.metres() == 0).count(), n.loaded());
            assertEquals(null, r.flagged().get(Flag.SNAPPED_TO_EDGE));
            assertTrue(rows(store, "SELECT message FROM rejected_rows")
                    .get(0)
                    .get(0)
                    .contains("outside every polygon of the primary layer 'beats'"));
        }
    }

    /**
     * Points outward of every 40th segment of the beats' outer edge, at the distances of
     * {@link #OUTWARD} in turn, with their distance to the beats and nearest beat in State Plane.
     */
    private static List<Expected> pointsAroundTheEdge(Path beatsFile) {
        CRSFactory crs = new CRSFactory();
        CoordinateTransform toPlane = new CoordinateTransformFactory()
                .createTransform(crs.createFromName("EPSG:4326"), crs.createFromName("EPSG:3435"));
        Projection toWgs84 = Projection.toWgs84("EPSG:3435");
        List<Geometry> planeBeats = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (GeoJsonFeatures.Feature f : GeoJsonFeatures.read(beatsFile)) {
            Geometry g = f.geometry().copy();
            g.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
                ProjCoordinate out = toPlane.transform(new ProjCoordinate(c.x, c.y), new ProjCoordinate());
                c.x = out.x;
                c.y = out.y;
            });
            g.geometryChanged();
            planeBeats.add(g);
            codes.add(String.valueOf(f.properties().get("beat_num")));
        }
        Geometry union = CascadedPolygonUnion.union(planeBeats);
        Polygon city = null;
        for (int i = 0; i < union.getNumGeometries(); i++) {
            Polygon p = (Polygon) union.getGeometryN(i);
            if (city == null || p.getArea() > city.getArea()) {
                city = p;
            }
        }
        Coordinate[] ring = city.getExteriorRing().getCoordinates();
        boolean ccw = Orientation.isCCW(ring);
        GeometryFactory plane = new GeometryFactory();
        List<Expected> out = new ArrayList<>();
        int k = 0;
        for (int i = 0; i + 1 < ring.length; i += 40) {
            Coordinate a = ring[i];
            Coordinate b = ring[i + 1];
            double len = a.distance(b);
            if (len < 20 / US_FOOT) {
                continue;
            }
            double nx = (b.y - a.y) / len;
            double ny = -(b.x - a.x) / len;
            if (!ccw) {
                nx = -nx;
                ny = -ny;
            }
            double m = OUTWARD[k % OUTWARD.length];
            Coordinate p = new Coordinate((a.x + b.x) / 2 + nx * m / US_FOOT, (a.y + b.y) / 2 + ny * m / US_FOOT);
            var point = plane.createPoint(p);
            double metres = union.distance(point) * US_FOOT;
            if (metres > 24.8 && metres < 25.2) {
                continue;
            }
            String nearest = null;
            double best = Double.MAX_VALUE;
            for (int j = 0; j < planeBeats.size(); j++) {
                double d = planeBeats.get(j).distance(point);
                if (d < best) {
                    best = d;
                    nearest = codes.get(j);
                }
            }
            double[] lonLat = toWgs84.lonLat(p.x, p.y);
            out.add(new Expected(String.valueOf(1000 + k), lonLat[0], lonLat[1], metres, nearest));
            k++;
        }
        return out;
    }

    private static String fmt(double degrees) {
        return String.format(Locale.ROOT, "%.9f", degrees);
    }
}
