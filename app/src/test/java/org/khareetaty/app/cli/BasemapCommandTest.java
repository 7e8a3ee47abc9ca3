package org.khareetaty.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.geo.KuwaitGovernorates;
import org.khareetaty.geo.basemap.Basemap;

/** {@code khareetaty basemap generate} and {@code preview} on a store with Kuwait's governorates. */
class BasemapCommandTest {
    @TempDir
    static Path dir;

    static Path store;

    @BeforeAll
    static void kuwait() {
        store = dir.resolve("store");
        try (Store s = Store.open(store)) {
            KuwaitGovernorates.load(s, ProgressListener.NONE);
        }
    }

    @Test
    void writesAnMbtilesFileAndAFolderWithTheSameTiles() throws Exception {
        Path file = dir.resolve("out/kuwait.mbtiles");
        Path folder = dir.resolve("out/kuwait-tiles");
        Cli.Run r = Cli.run(
                "basemap",
                "generate",
                "--store",
                store.toString(),
                "--min-zoom",
                "6",
                "--max-zoom",
                "9",
                "-o",
                file.toString(),
                "-o",
                folder.toString(),
                "--json",
                "-q");
        assertEquals(0, r.exit(), r.out() + r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        long tiles = j.get("tiles").asLong();
        assertEquals(6, j.get("min_zoom").asInt());
        assertEquals(9, j.get("max_zoom").asInt());
        assertEquals("Boundaries: Natural Earth", j.get("attribution").asText());
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                ResultSet rs = db.createStatement()
                        .executeQuery("SELECT COUNT(*), MIN(zoom_level), MAX(zoom_level) FROM tiles")) {
            rs.next();
            assertEquals(tiles, rs.getLong(1));
            assertEquals(6, rs.getInt(2));
            assertEquals(9, rs.getInt(3));
        }
        try (Stream<Path> s = Files.walk(folder)) {
            assertEquals(tiles, s.filter(p -> p.toString().endsWith(".png")).count());
        }
    }

    @Test
    void writesTheStoresOwnBasemapByDefaultAndPreviewsIt() throws Exception {
        Cli.Run r = Cli.run("basemap", "generate", "--store", store.toString(), "--max-zoom", "9", "-q");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().startsWith(Basemap.file(store).toString()), r.out());
        assertTrue(Files.isRegularFile(Basemap.file(store)));
        Path png = dir.resolve("preview.png");
        r = Cli.run(
                "basemap",
                "preview",
                "--store",
                store.toString(),
                "--zoom",
                "9",
                "--at",
                "47.98,29.37",
                "--tiles",
                "3x2",
                "-o",
                png.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(3 * 256, img.getWidth());
        assertEquals(2 * 256, img.getHeight());
    }

    @Test
    void explainsWhatIsWrong() throws Exception {
        Cli.Run r = Cli.run(
                "basemap", "generate", "--store", dir.resolve("empty-store").toString(), "-q");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no boundary layer"), r.err());
        r = Cli.run("basemap", "generate", "--store", store.toString(), "--labels", "fr", "-q");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("--labels must be en or ar"), r.err());
        r = Cli.run("basemap", "generate", "--store", store.toString(), "--min-zoom", "12", "--max-zoom", "8", "-q");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("zoom range 12..8"), r.err());
        r = Cli.run("basemap", "generate", "--store", store.toString(), "--layers", "beats", "-q");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("No boundary layer 'beats'"), r.err());
        Path notTiles = Files.writeString(dir.resolve("notes.mbtiles"), "hello");
        r = Cli.run(
                "basemap",
                "preview",
                "--source",
                notTiles.toString(),
                "--zoom",
                "8",
                "-o",
                dir.resolve("x.png").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(notTiles.toString()) && r.err().contains("not an MBTiles file"), r.err());
    }
}
