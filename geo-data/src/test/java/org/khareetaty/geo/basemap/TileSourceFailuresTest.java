package org.khareetaty.geo.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.geo.KuwaitGovernorates;

/** Missing, foreign and damaged basemap files and folders fail with a message naming them. */
class TileSourceFailuresTest {
    @TempDir
    static Path dir;

    static Path good;
    static BasemapContent content;

    @BeforeAll
    static void generate() throws Exception {
        try (Store store = Store.open(dir.resolve("store"));
                Connection c = store.connect()) {
            KuwaitGovernorates.load(store, ProgressListener.NONE);
            content = BasemapContent.read(c);
        }
        good = dir.resolve("good.mbtiles");
        Basemap.generate(content, BasemapOptions.defaults().withZooms(5, 10), good, null, ProgressListener.NONE);
    }

    @Test
    void namesAMissingFile() {
        Path missing = dir.resolve("nowhere/basemap.mbtiles");
        TileSourceException e = assertThrows(TileSourceException.class, () -> MBTilesSource.open(missing));
        assertTrue(
                e.getMessage().contains(missing.toString()) && e.getMessage().contains("does not exist"),
                e.getMessage());
    }

    @Test
    void refusesAFileThatIsNotSqlite() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.mbtiles"), "these are not tiles\n");
        TileSourceException e = assertThrows(TileSourceException.class, () -> MBTilesSource.open(text));
        assertTrue(
                e.getMessage().contains(text.toString()) && e.getMessage().contains("not an MBTiles file"),
                e.getMessage());
        Path empty = Files.write(dir.resolve("empty.mbtiles"), new byte[0]);
        e = assertThrows(TileSourceException.class, () -> MBTilesSource.open(empty));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void refusesAnSqliteDatabaseWithoutTiles() throws Exception {
        Path other = dir.resolve("other.mbtiles");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other)) {
            c.createStatement().execute("CREATE TABLE people (name TEXT)");
        }
        TileSourceException e = assertThrows(TileSourceException.class, () -> MBTilesSource.open(other));
        assertTrue(e.getMessage().contains(other.toString()) && e.getMessage().contains("no 'tiles'"), e.getMessage());
    }

    @Test
    void refusesVectorTiles() throws Exception {
        Path vector = dir.resolve("vector.mbtiles");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + vector)) {
            c.createStatement().execute("CREATE TABLE metadata (name TEXT, value TEXT)");
            c.createStatement()
                    .execute(
                            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
            c.createStatement().execute("INSERT INTO metadata VALUES ('format', 'pbf')");
        }
        TileSourceException e = assertThrows(TileSourceException.class, () -> MBTilesSource.open(vector));
        assertTrue(e.getMessage().contains("'pbf'") && e.getMessage().contains("raster"), e.getMessage());
    }

    @Test
    void aTruncatedFileFailsNamingItRatherThanShowingWrongTiles() throws Exception {
        Path damaged = Files.copy(good, dir.resolve("damaged.mbtiles"));
        try (FileChannel ch = FileChannel.open(damaged, StandardOpenOption.WRITE)) {
            ch.truncate(Files.size(good) / 3);
        }
        TileSourceException e = assertThrows(TileSourceException.class, () -> {
            try (MBTilesSource s = MBTilesSource.open(damaged);
                    MBTilesSource original = MBTilesSource.open(good)) {
                for (var range : new BasemapGenerator(BasemapOptions.defaults().withZooms(5, 10)).ranges(content)) {
                    for (long x = range.minX(); x <= range.maxX(); x++) {
                        for (long y = range.minY(); y <= range.maxY(); y++) {
                            TileId t = new TileId(range.z(), x, y);
                            assertEquals(original.tile(t).isPresent(), s.tile(t).isPresent(), t.toString());
                        }
                    }
                }
            }
        });
        assertTrue(e.getMessage().contains(damaged.toString()), e.getMessage());
    }

    @Test
    void folderSourceNamesAMissingOrEmptyFolderAndHasNoTileOutsideIt() throws Exception {
        Path missing = dir.resolve("no-tiles");
        TileSourceException e = assertThrows(TileSourceException.class, () -> TileFolderSource.open(missing));
        assertTrue(
                e.getMessage().contains(missing.toString()) && e.getMessage().contains("does not exist"),
                e.getMessage());
        Path empty = Files.createDirectories(dir.resolve("empty-tiles"));
        e = assertThrows(TileSourceException.class, () -> TileFolderSource.open(empty));
        assertTrue(e.getMessage().contains("no zoom folders"), e.getMessage());
        Path folder = dir.resolve("tiles");
        Basemap.generate(content, BasemapOptions.defaults().withZooms(6, 7), null, folder, ProgressListener.NONE);
        try (TileFolderSource s = TileFolderSource.open(folder)) {
            assertEquals(Optional.empty(), s.tile(new TileId(7, 0, 0)), "the Pacific is not in Kuwait's basemap");
            assertTrue(s.tile(KuwaitBasemapTest.tileAt(47.98, 29.37, 7)).isPresent());
        }
        Files.writeString(folder.resolve(TileFolderWriter.METADATA), "{ not json");
        e = assertThrows(TileSourceException.class, () -> TileFolderSource.open(folder));
        assertTrue(e.getMessage().contains(TileFolderWriter.METADATA), e.getMessage());
    }

    @Test
    void refusesToOverwriteAFolderItDidNotWrite() throws Exception {
        Path mine = Files.createDirectories(dir.resolve("my-documents"));
        Files.writeString(mine.resolve("letter.txt"), "keep me");
        TileSourceException e = assertThrows(
                TileSourceException.class,
                () -> Basemap.generate(
                        content, BasemapOptions.defaults().withZooms(5, 6), null, mine, ProgressListener.NONE));
        assertTrue(e.getMessage().contains("not a basemap tile folder"), e.getMessage());
        assertEquals("keep me", Files.readString(mine.resolve("letter.txt")));
    }
}
