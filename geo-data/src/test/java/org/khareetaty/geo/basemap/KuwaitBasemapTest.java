package org.khareetaty.geo.basemap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.geo.BoundaryLayers;
import org.khareetaty.geo.KuwaitGovernorates;
import org.locationtech.jts.geom.Envelope;

/** The Kuwait demo's basemap: the bundled Natural Earth governorates drawn at zooms 5..11. */
class KuwaitBasemapTest {
    static final BasemapOptions OPTIONS = BasemapOptions.defaults().withZooms(5, 11);
    static final BasemapStyle STYLE = OPTIONS.style();

    @TempDir
    static Path dir;

    static Store store;
    static BasemapContent content;
    static GenerationResult result;
    static Path mbtiles;
    static Path folder;

    @BeforeAll
    static void generate() throws Exception {
        store = Store.open(dir.resolve("store"));
        KuwaitGovernorates.load(store, ProgressListener.NONE);
        try (Connection c = store.connect()) {
            content = BasemapContent.read(c);
        }
        mbtiles = dir.resolve("kuwait.mbtiles");
        folder = dir.resolve("kuwait-tiles");
        result = Basemap.generate(content, OPTIONS, mbtiles, folder, ProgressListener.NONE);
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void coversTheStudyAreaAndItsMarginAtEveryZoom() {
        // expected counts from the OpenStreetMap wiki's lon/lat -> tile formulas on the study area's bounds
        Envelope area = new BoundaryLayers(store).studyArea().orElseThrow().getEnvelopeInternal();
        double lonPad = OPTIONS.margin() * Math.max(area.getWidth(), mercatorHeightInLonDegrees(area));
        long expected = 0;
        Map<Integer, Long> byZoom = new HashMap<>();
        for (int z = 5; z <= 11; z++) {
            long x0 = lonToTile(area.getMinX() - lonPad, z);
            long x1 = lonToTile(area.getMaxX() + lonPad, z);
            long y0 = latToTile(latShift(area.getMaxY(), lonPad), z);
            long y1 = latToTile(latShift(area.getMinY(), -lonPad), z);
            byZoom.put(z, (x1 - x0 + 1) * (y1 - y0 + 1));
            expected += (x1 - x0 + 1) * (y1 - y0 + 1);
        }
        assertEquals(byZoom, result.tilesByZoom());
        assertEquals(expected, result.tiles());
        assertTrue(result.plainTiles() > 0 && result.plainTiles() < result.tiles(), result.toString());
    }

    @Test
    void drawsLandInsideKuwaitAndPlainBackgroundOverTheGulf() throws Exception {
        try (MBTilesSource s = MBTilesSource.open(mbtiles)) {
            // Al Jahrah's desert, north-west of Kuwait Bay
            int[] land = pixels(s.tile(tileAt(47.40, 29.70, 10)).orElseThrow());
            assertTrue(count(land, STYLE.land().getRGB()) > land.length / 2, "mostly land colour");
            assertTrue(count(land, STYLE.background().getRGB()) < land.length, "not all sea");
            // the open Gulf east of Kuwait, inside the margin
            int[] sea = pixels(s.tile(tileAt(48.75, 28.95, 10)).orElseThrow());
            assertEquals(sea.length, count(sea, STYLE.background().getRGB()), "every pixel background");
            // a tile across the Jahra / Farwaniya / Asimah borders has border pixels of neither colour
            int[] border = pixels(s.tile(tileAt(47.83, 29.28, 11)).orElseThrow());
            assertTrue(border.length
                            - count(border, STYLE.land().getRGB())
                            - count(border, STYLE.background().getRGB())
                    > 100);
        }
    }

    @Test
    void writesMbtilesMetadataAndTmsRows() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + mbtiles)) {
            Map<String, String> meta = new HashMap<>();
            try (ResultSet rs = db.createStatement().executeQuery("SELECT name, value FROM metadata")) {
                while (rs.next()) {
                    meta.put(rs.getString(1), rs.getString(2));
                }
            }
            assertTrue(meta.get("name").contains("governorates"), meta.toString());
            assertEquals("png", meta.get("format"));
            assertEquals("5", meta.get("minzoom"));
            assertEquals("11", meta.get("maxzoom"));
            assertEquals("Boundaries: Natural Earth", meta.get("attribution"));
            String[] b = meta.get("bounds").split(",");
            assertEquals(4, b.length);
            assertTrue(Double.parseDouble(b[0]) < 46.6 && Double.parseDouble(b[2]) > 48.4, meta.get("bounds"));
            assertTrue(Double.parseDouble(b[1]) < 28.6 && Double.parseDouble(b[3]) > 30.0, meta.get("bounds"));
            // TMS rows count from the south: Kuwait City's tile at z10 is XYZ row 424 (by hand: 1024 * (1 - asinh(tan
            // 29.37°) / pi) / 2 = 424.5), TMS row 599
            long x = lonToTile(47.98, 10);
            long y = latToTile(29.37, 10);
            assertEquals(424, y);
            try (PreparedStatement ps = db.prepareStatement(
                    "SELECT COUNT(*) FROM tiles WHERE zoom_level = 10 AND tile_column = ? AND tile_row = ?")) {
                ps.setLong(1, x);
                ps.setLong(2, 599);
                ResultSet rs = ps.executeQuery();
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
            ResultSet rs = db.createStatement().executeQuery("SELECT COUNT(*), COUNT(DISTINCT tile_data) FROM tiles");
            rs.next();
            assertEquals(result.tiles(), rs.getLong(1));
            ResultSet images = db.createStatement().executeQuery("SELECT COUNT(*) FROM images");
            images.next();
            assertEquals(rs.getLong(2), images.getLong(1), "identical tiles stored once");
        }
    }

    @Test
    void folderHoldsTheSameTilesAsTheMbtilesFile() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
        assertEquals(result.tiles(), files.size());
        try (MBTilesSource s = MBTilesSource.open(mbtiles);
                TileFolderSource f = TileFolderSource.open(folder)) {
            for (Path p : files) {
                Path rel = folder.relativize(p);
                TileId t = new TileId(
                        Integer.parseInt(rel.getName(0).toString()),
                        Long.parseLong(rel.getName(1).toString()),
                        Long.parseLong(rel.getName(2).toString().replace(".png", "")));
                assertArrayEquals(s.tile(t).orElseThrow(), Files.readAllBytes(p), t.toString());
                assertArrayEquals(s.tile(t).orElseThrow(), f.tile(t).orElseThrow(), t.toString());
            }
            assertEquals(s.info().attribution(), f.info().attribution());
            assertEquals(5, f.info().minZoom());
            assertEquals(11, f.info().maxZoom());
        }
    }

    @Test
    void sameTilesWhateverTheNumberOfThreads() throws Exception {
        Path single = dir.resolve("single.mbtiles");
        Basemap.generate(content, OPTIONS.withZooms(8, 10).withThreads(1), single, null, ProgressListener.NONE);
        try (MBTilesSource one = MBTilesSource.open(single);
                MBTilesSource two = MBTilesSource.open(mbtiles)) {
            for (var range : new BasemapGenerator(OPTIONS.withZooms(8, 10)).ranges(content)) {
                for (long x = range.minX(); x <= range.maxX(); x++) {
                    for (long y = range.minY(); y <= range.maxY(); y++) {
                        TileId t = new TileId(range.z(), x, y);
                        assertArrayEquals(two.tile(t).orElseThrow(), one.tile(t).orElseThrow(), t.toString());
                    }
                }
            }
        }
    }

    @Test
    void labelsEveryGovernorateByStreetScaleAndTheLargestFirst() {
        TileRenderer r = new TileRenderer(content, STYLE, LabelLanguage.ENGLISH);
        Set<String> labelled = new TreeSet<>();
        for (int z = 5; z <= 13; z++) {
            r.labels(z).forEach(l -> labelled.add(l.replace('\n', ' ')));
        }
        Set<String> names = new TreeSet<>();
        content.layers().get(0).zones().forEach(zn -> names.add(zn.name().toUpperCase(java.util.Locale.ROOT)));
        assertEquals(6, names.size());
        assertEquals(names, labelled);
        // at the country scale only the two large desert governorates have room for their names
        assertEquals(Set.of("AL JAHRA", "AL AHMADI"), Set.copyOf(r.labels(8)));
    }

    @Test
    void labelsInArabicFromTheAttributes() {
        TileRenderer r = new TileRenderer(content, STYLE, LabelLanguage.ARABIC);
        List<String> labels = r.labels(9);
        assertFalse(labels.isEmpty());
        assertTrue(
                labels.stream()
                        .allMatch(l -> l.chars()
                                .anyMatch(ch -> Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.ARABIC)),
                labels.toString());
    }

    @Test
    void theWorkstationsBasemapCarriesNoZoneNamesAndSaysSo() {
        // the window names the zones above its fills (issue 17 item 7): its tiles must not name them again
        BasemapOptions plain = StoreBasemap.OPTIONS;
        TileRenderer r = new TileRenderer(content, plain.style(), plain.language(), plain.labels());
        TileRenderer labelled = new TileRenderer(content, plain.style(), plain.language());
        for (int z = 5; z <= 13; z++) {
            assertEquals(List.of(), r.labels(z), "zoom " + z);
        }
        assertFalse(labelled.labels(9).isEmpty());
        assertFalse(new RenderedTileSource(content, plain).info().labelsZones());
        assertTrue(new RenderedTileSource(content, OPTIONS).info().labelsZones());
        // a tile holding a label differs from the same tile without it
        var box = labelled.plan(9).labels.get(0).box();
        TileId holding = new TileId(9, (int) (box.getCenterX() / 256), (int) (box.getCenterY() / 256));
        assertFalse(java.util.Arrays.equals(labelled.png(holding), r.png(holding)));
    }

    static long lonToTile(double lon, int z) {
        return (long) Math.floor((lon + 180) / 360 * (1 << z));
    }

    static long latToTile(double lat, int z) {
        double r = Math.toRadians(lat);
        return (long) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * (1 << z));
    }

    /** The study area's height as the equivalent span of longitude on the Mercator plane. */
    static double mercatorHeightInLonDegrees(Envelope e) {
        return Math.toDegrees(mercY(e.getMaxY()) - mercY(e.getMinY()));
    }

    /** The latitude {@code lonDegrees} of Mercator distance north (positive) of {@code lat}. */
    static double latShift(double lat, double lonDegrees) {
        return Math.toDegrees(Math.atan(Math.sinh(mercY(lat) + Math.toRadians(lonDegrees))));
    }

    static double mercY(double lat) {
        double r = Math.toRadians(lat);
        return Math.log(Math.tan(r) + 1 / Math.cos(r));
    }

    static TileId tileAt(double lon, double lat, int z) {
        return new TileId(z, lonToTile(lon, z), latToTile(lat, z));
    }

    static int[] pixels(byte[] png) throws Exception {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(256, img.getWidth());
        assertEquals(256, img.getHeight());
        return img.getRGB(0, 0, 256, 256, null, 0, 256);
    }

    static int count(int[] px, int rgb) {
        int n = 0;
        for (int p : px) {
            n += p == rgb ? 1 : 0;
        }
        return n;
    }
}
