package org.khareetaty.app.map.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gluonhq.maps.tile.TileRetrieverProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.geo.KuwaitGovernorates;
import org.khareetaty.geo.basemap.Basemap;
import org.khareetaty.geo.basemap.BasemapContent;
import org.khareetaty.geo.basemap.BasemapOptions;
import org.khareetaty.geo.basemap.BasemapStyle;
import org.khareetaty.geo.basemap.MBTilesSource;
import org.khareetaty.geo.basemap.TileSource;
import org.khareetaty.geo.basemap.TileSourceException;

/** Gluon Maps finds our retriever and gets the generated Kuwait basemap as JavaFX images. */
class KhareetatyTileRetrieverTest {
    @TempDir
    static Path dir;

    static Path mbtiles;

    @BeforeAll
    static void generate() throws Exception {
        try (Store store = Store.open(dir.resolve("store"));
                Connection c = store.connect()) {
            KuwaitGovernorates.load(store, ProgressListener.NONE);
            mbtiles = dir.resolve("kuwait.mbtiles");
            Basemap.generate(
                    BasemapContent.read(c),
                    BasemapOptions.defaults().withZooms(6, 9),
                    mbtiles,
                    null,
                    ProgressListener.NONE);
        }
    }

    @AfterEach
    void noBasemap() {
        BasemapTiles.use(null);
    }

    @Test
    void gluonMapsLoadsOurRetrieverThroughTheServiceLoader() {
        assertInstanceOf(
                KhareetatyTileRetriever.class,
                TileRetrieverProvider.getInstance().load());
    }

    @Test
    void servesNothingUntilABasemapIsSet() throws Exception {
        assertNull(new KhareetatyTileRetriever().loadTile(8, 0, 0).get(5, TimeUnit.SECONDS));
    }

    @Test
    void servesAGeneratedTileAsAJavaFxImage() throws Exception {
        BasemapTiles.use(MBTilesSource.open(mbtiles));
        // Al Jahra's desert at zoom 9: tile 323/211 by the slippy-map formulas for 47.40 E, 29.70 N
        Image img = new KhareetatyTileRetriever().loadTile(9, 323, 211).get(10, TimeUnit.SECONDS);
        assertEquals(256, img.getWidth());
        assertEquals(256, img.getHeight());
        int land = BasemapStyle.positron().land().getRGB();
        int landPixels = 0;
        for (int y = 0; y < 256; y += 8) {
            for (int x = 0; x < 256; x += 8) {
                landPixels += img.getPixelReader().getArgb(x, y) == land ? 1 : 0;
            }
        }
        assertTrue(landPixels > 32 * 32 / 2, "mostly land: " + landPixels);
        assertNull(
                new KhareetatyTileRetriever().loadTile(9, 0, 0).get(5, TimeUnit.SECONDS), "no tile over the Pacific");
        assertNull(
                new KhareetatyTileRetriever().loadTile(9, 600, 0).get(5, TimeUnit.SECONDS),
                "beyond the world: no tile");
        assertEquals("Boundaries: Natural Earth", BasemapTiles.attribution());
    }

    @Test
    void aDamagedTileFailsTheFutureNamingTheTile() throws Exception {
        Path bad = Files.createDirectories(dir.resolve("bad/9/323"));
        Files.writeString(bad.resolve("211.png"), "not a png");
        BasemapTiles.use(org.khareetaty.geo.basemap.TileFolderSource.open(dir.resolve("bad")));
        ExecutionException e = assertThrows(
                ExecutionException.class,
                () -> new KhareetatyTileRetriever().loadTile(9, 323, 211).get(10, TimeUnit.SECONDS));
        assertInstanceOf(TileSourceException.class, e.getCause());
        assertTrue(e.getCause().getMessage().contains("9/323/211"), e.getCause().getMessage());
    }

    @Test
    void switchingTheSourceClosesThePreviousOne() {
        TileSource first = MBTilesSource.open(mbtiles);
        BasemapTiles.use(first);
        BasemapTiles.use(MBTilesSource.open(mbtiles));
        assertThrows(TileSourceException.class, () -> first.tile(new org.khareetaty.geo.basemap.TileId(9, 323, 211)));
    }
}
