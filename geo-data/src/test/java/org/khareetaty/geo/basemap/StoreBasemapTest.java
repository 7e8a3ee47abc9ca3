package org.khareetaty.geo.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.CancelledException;
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.geo.KuwaitGovernorates;

/** A store's own basemap file: generated once, again when its boundaries change, with progress and cancel. */
class StoreBasemapTest {
    static final BasemapOptions SMALL = BasemapOptions.defaults().withZooms(5, 9);

    @TempDir
    Path dir;

    @Test
    void generatesOnceAndAgainWhenTheBoundariesAreReloaded() throws Exception {
        Path storeDir = dir.resolve("store");
        try (Store store = Store.open(storeDir);
                Connection c = store.connect()) {
            KuwaitGovernorates.load(store, ProgressListener.NONE);
            List<Progress> seen = new ArrayList<>();
            Path file = Basemap.ensure(storeDir, c, SMALL, seen::add);
            assertEquals(Basemap.file(storeDir), file);
            assertFalse(seen.isEmpty());
            Progress last = seen.get(seen.size() - 1);
            assertEquals(last.total(), last.done(), "progress ends at the total");
            String first;
            try (MBTilesSource s = MBTilesSource.open(file)) {
                first = s.info().fingerprint();
            }
            assertTrue(Basemap.isCurrent(file, c, SMALL));
            assertFalse(Basemap.isCurrent(file, c, SMALL.withZooms(5, 10)), "a deeper zoom is missing");
            assertTrue(Basemap.isCurrent(file, c, SMALL.withZooms(6, 8)), "more zooms than asked will do");
            assertFalse(Basemap.isCurrent(file, c, SMALL.withLanguage(LabelLanguage.ARABIC)), "other labels");
            List<Progress> again = new ArrayList<>();
            Basemap.ensure(storeDir, c, SMALL, again::add);
            assertEquals(List.of(), again, "a current basemap is not drawn again");

            Thread.sleep(5); // loaded_at must differ
            KuwaitGovernorates.load(store, ProgressListener.NONE);
            assertFalse(Basemap.isCurrent(file, c, SMALL));
            Basemap.ensure(storeDir, c, SMALL, ProgressListener.NONE);
            try (MBTilesSource s = MBTilesSource.open(file)) {
                assertNotEquals(first, s.info().fingerprint());
            }
            assertTrue(Basemap.isCurrent(file, c, SMALL));
        }
    }

    @Test
    void cancellingLeavesThePreviousBasemapInPlace() throws Exception {
        Path storeDir = dir.resolve("store");
        try (Store store = Store.open(storeDir);
                Connection c = store.connect()) {
            KuwaitGovernorates.load(store, ProgressListener.NONE);
            Path file = Basemap.ensure(storeDir, c, SMALL, ProgressListener.NONE);
            byte[] before = Files.readAllBytes(file);
            AtomicBoolean cancel = new AtomicBoolean();
            ProgressListener cancelling = new ProgressListener() {
                @Override
                public void update(Progress p) {
                    if (p.done() > 0) {
                        cancel.set(true);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return cancel.get();
                }
            };
            assertThrows(
                    CancelledException.class, () -> Basemap.ensure(storeDir, c, SMALL.withZooms(5, 12), cancelling));
            assertTrue(cancel.get());
            assertEquals(List.of(Basemap.FILE_NAME), list(storeDir, ".mbtiles"), "no half-written file left");
            assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)));
        }
    }

    @Test
    void opensAtOnceDrawingOnDemandUntilTheFileIsWritten() throws Exception {
        Path storeDir = dir.resolve("store");
        try (Store store = Store.open(storeDir);
                Connection c = store.connect()) {
            assertThrows(
                    IllegalStateException.class, () -> Basemap.open(storeDir, c, SMALL), "no boundaries, no basemap");
            KuwaitGovernorates.load(store, ProgressListener.NONE);
            TileId city = KuwaitBasemapTest.tileAt(47.98, 29.37, 9);
            TileId street = KuwaitBasemapTest.tileAt(47.98, 29.37, 16);
            byte[] drawn;
            try (TileSource s = Basemap.open(storeDir, c, SMALL)) {
                assertFalse(Files.exists(Basemap.file(storeDir)), "open does not write");
                drawn = s.tile(city).orElseThrow();
                assertTrue(s.tile(street).isPresent());
            }
            Basemap.ensure(storeDir, c, SMALL, ProgressListener.NONE);
            try (TileSource s = Basemap.open(storeDir, c, SMALL);
                    MBTilesSource file = MBTilesSource.open(Basemap.file(storeDir))) {
                assertTrue(
                        java.util.Arrays.equals(drawn, file.tile(city).orElseThrow()), "drawn on demand = generated");
                assertTrue(s.tile(street).isPresent(), "deeper than the file: drawn on demand");
                assertEquals("Boundaries: Natural Earth", s.info().attribution());
            }
        }
    }

    @Test
    void opensAndReadsTheBasemapOfAStoreWithoutAConnectionOfTheCallers() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            assertThrows(IllegalStateException.class, () -> StoreBasemap.open(store), "no boundaries, no basemap");
            KuwaitGovernorates.load(store, ProgressListener.NONE);
            try (TileSource s = StoreBasemap.open(store)) {
                assertTrue(
                        s.tile(KuwaitBasemapTest.tileAt(47.98, 29.37, 9)).isPresent(),
                        "drawn on demand after its connection closed");
                assertEquals("Boundaries: Natural Earth", s.info().attribution());
            }
            BasemapContent content = StoreBasemap.content(store, java.util.Set.of());
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class, () -> StoreBasemap.content(store, java.util.Set.of("beats")));
            assertTrue(e.getMessage().startsWith("No boundary layer 'beats' in the store"), e.getMessage());
            assertEquals("Boundaries: Natural Earth", content.attribution());
        }
    }

    private static List<String> list(Path dir, String suffix) throws Exception {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.contains(suffix))
                    .sorted()
                    .toList();
        }
    }
}
