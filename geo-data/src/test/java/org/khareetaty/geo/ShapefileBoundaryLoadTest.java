package org.khareetaty.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Shapefiles as analysts get them: the real police districts written by H2GIS {@code SHPWRITE} in
 * Illinois State Plane East (EPSG:3435, US feet) with its .prj, then loaded back.
 */
class ShapefileBoundaryLoadTest {
    @TempDir
    static Path dir;

    static Store store;
    static Path shapefile;
    static LayerLoadResult loaded;

    @BeforeAll
    static void writeDistrictsAsAStatePlaneShapefile() throws Exception {
        Path geojson = SharedData.file("chicago/police_districts.geojson");
        store = Store.open(dir.resolve("store"));
        shapefile = dir.resolve("shp").resolve("districts.shp");
        Files.createDirectories(shapefile.getParent());
        CoordinateTransform toStatePlane = new CoordinateTransformFactory()
                .createTransform(
                        new CRSFactory().createFromName("EPSG:4326"), new CRSFactory().createFromName("EPSG:3435"));
        GeoJsonReader reader = new GeoJsonReader(new GeometryFactory(new PrecisionModel(), 3435));
        try (Connection c = store.connect()) {
            c.createStatement()
                    .execute("CREATE TABLE shp_source (geom GEOMETRY(MULTIPOLYGON, 3435), "
                            + "\"dist_num\" VARCHAR(8), \"dist_label\" VARCHAR(16))");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO shp_source VALUES (?, ?, ?)")) {
                for (JsonNode f : JsonSupport.READER
                        .readTree(Files.newInputStream(geojson))
                        .get("features")) {
                    Geometry g = reader.read(f.get("geometry").toString());
                    g.apply((org.locationtech.jts.geom.CoordinateFilter) xy -> {
                        ProjCoordinate out =
                                toStatePlane.transform(new ProjCoordinate(xy.x, xy.y), new ProjCoordinate());
                        xy.x = out.x;
                        xy.y = out.y;
                    });
                    g.geometryChanged();
                    ps.setObject(1, g.getFactory().createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {
                        (org.locationtech.jts.geom.Polygon) g
                    }));
                    ps.setString(2, f.get("properties").get("dist_num").asText());
                    ps.setString(3, f.get("properties").get("dist_label").asText());
                    ps.executeUpdate();
                }
            }
            c.createStatement().execute("CALL SHPWRITE('" + shapefile + "', 'SHP_SOURCE')");
            c.createStatement().execute("DROP TABLE shp_source");
        }
        loaded = new BoundaryLoader()
                .load(
                        store,
                        shapefile,
                        new LayerSpec("districts", "dist_num", "dist_label", null, false),
                        ProgressListener.NONE);
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void takesTheCrsFromThePrjFile() throws Exception {
        assertTrue(Files.readString(dir.resolve("shp").resolve("districts.prj")).contains("Illinois"));
        assertEquals("EPSG:3435", loaded.sourceCrs());
    }

    @Test
    void loadsEveryDistrictReprojectedToLongitudeLatitudeAroundChicago() throws Exception {
        assertEquals(25, loaded.featuresRead());
        assertEquals(25, loaded.loaded());
        assertEquals(
                0,
                StoreRows.count(
                        store,
                        "SELECT COUNT(*) FROM boundaries WHERE layer = 'districts' AND ("
                                + "ST_XMin(geom) < -87.95 OR ST_XMax(geom) > -87.52 OR ST_YMin(geom) < 41.64 OR ST_YMax(geom) > 42.03 "
                                + "OR ST_SRID(geom) <> 4326)"));
        assertEquals(
                List.of("1ST"),
                StoreRows.strings(
                        store,
                        "SELECT name FROM boundaries WHERE layer = 'districts' AND ST_Covers(geom, ST_GeomFromText('POINT(-87.6298 41.8781)', 4326))"));
    }

    @Test
    void matchesTheGeoJsonItWasMadeFromToWithinACentimetre() throws Exception {
        new BoundaryLoader()
                .load(
                        store,
                        SharedData.file("chicago/police_districts.geojson"),
                        new LayerSpec("districts_geojson", "dist_num", null, null, false),
                        ProgressListener.NONE);
        List<Object[]> fromShapefile = codesAndGeometries("districts");
        List<Object[]> fromGeoJson = codesAndGeometries("districts_geojson");
        assertEquals(fromGeoJson.size(), fromShapefile.size());
        for (int i = 0; i < fromGeoJson.size(); i++) {
            assertEquals(fromGeoJson.get(i)[0], fromShapefile.get(i)[0]);
            Geometry a = (Geometry) fromGeoJson.get(i)[1];
            Geometry b = (Geometry) fromShapefile.get(i)[1];
            double degrees = Math.max(farthestVertex(a, b), farthestVertex(b, a));
            assertTrue(degrees < 1e-7, "district " + fromGeoJson.get(i)[0] + " moved by " + degrees + " degrees");
        }
    }

    /** The largest distance from a vertex of {@code a} to the boundary of {@code b} (a one-sided Hausdorff bound). */
    static double farthestVertex(Geometry a, Geometry b) {
        IndexedFacetDistance toB = new IndexedFacetDistance(b.getBoundary());
        double max = 0;
        for (var c : a.getCoordinates()) {
            max = Math.max(max, toB.distance(a.getFactory().createPoint(c)));
        }
        return max;
    }

    static List<Object[]> codesAndGeometries(String layer) throws Exception {
        List<Object[]> rows = new java.util.ArrayList<>();
        try (Connection c = store.connect();
                PreparedStatement ps =
                        c.prepareStatement("SELECT code, geom FROM boundaries WHERE layer = ? ORDER BY id")) {
            ps.setString(1, layer);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getString(1), rs.getObject(2, Geometry.class)});
                }
            }
        }
        return rows;
    }

    @Test
    void aPrjWithoutAnEpsgCodeAsksForTheCrsAndTheOverrideLoadsIt() throws Exception {
        Path esri = dir.resolve("esri");
        Files.createDirectories(esri);
        for (String ext : List.of("shp", "shx", "dbf")) {
            Files.copy(dir.resolve("shp").resolve("districts." + ext), esri.resolve("districts." + ext));
        }
        Files.writeString(
                esri.resolve("districts.prj"),
                "PROJCS[\"NAD_1983_StatePlane_Illinois_East_FIPS_1201_Feet\","
                        + "GEOGCS[\"GCS_North_American_1983\",DATUM[\"D_North_American_1983\",SPHEROID[\"GRS_1980\",6378137.0,"
                        + "298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
                        + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",984250.0],"
                        + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",-88.33333333333333],"
                        + "PARAMETER[\"Scale_Factor\",0.999975],PARAMETER[\"Latitude_Of_Origin\",36.66666666666666],"
                        + "UNIT[\"Foot_US\",0.3048006096012192]]");
        LayerSpec spec = new LayerSpec("esri_districts", "dist_num", null, null, false);
        var e = assertThrows(
                BoundaryFileException.class,
                () -> new BoundaryLoader().load(store, esri.resolve("districts.shp"), spec, ProgressListener.NONE));
        assertTrue(
                e.getMessage().contains("does not name an EPSG code")
                        && e.getMessage().contains("--crs"),
                e.getMessage());

        LayerLoadResult r = new BoundaryLoader()
                .load(store, esri.resolve("districts.shp"), spec.withSourceCrs("EPSG:3435"), ProgressListener.NONE);
        assertEquals(25, r.loaded());
        assertEquals(
                0,
                StoreRows.count(
                        store,
                        "SELECT COUNT(*) FROM boundaries WHERE layer = 'esri_districts' "
                                + "AND (ST_XMin(geom) < -87.95 OR ST_YMax(geom) > 42.03)"));
    }

    @Test
    void aShapefileWithoutItsDbfIsAClearError() throws Exception {
        Path lone = dir.resolve("lone");
        Files.createDirectories(lone);
        Files.copy(shapefile, lone.resolve("districts.shp"));
        Files.copy(dir.resolve("shp").resolve("districts.shx"), lone.resolve("districts.shx"));
        var e = assertThrows(
                BoundaryFileException.class,
                () -> new BoundaryLoader()
                        .load(
                                store,
                                lone.resolve("districts.shp"),
                                new LayerSpec("lone", "dist_num", null, null, false),
                                ProgressListener.NONE));
        assertTrue(e.getMessage().contains(".dbf file is missing"), e.getMessage());
    }
}
