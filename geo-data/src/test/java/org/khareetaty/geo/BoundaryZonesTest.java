package org.khareetaty.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.geo.basemap.StoreBasemap;
import org.khareetaty.geo.basemap.TileSource;
import org.locationtech.jts.geom.Envelope;

/** What the map reads of a store's boundaries: the zones of each layer, the store's extent, its basemap's credit. */
class BoundaryZonesTest {
    @TempDir
    Path dir;

    @Test
    void kuwaitsGovernoratesAreItsZonesAndItsExtent() {
        try (Store store = Store.open(dir.resolve("store"))) {
            assertEquals(Map.of(), new BoundaryZones(store).byLayer(), "an empty store has no layer");
            assertNull(StoreExtent.of(store), "nor an extent");
            KuwaitGovernorates.load(store, ProgressListener.NONE);

            Map<String, List<BoundaryZones.Zone>> layers = new BoundaryZones(store).byLayer();
            assertEquals(List.of("governorates"), List.copyOf(layers.keySet()));
            List<BoundaryZones.Zone> zones = layers.get("governorates");
            assertEquals(
                    List.of("KW-AH", "KW-FA", "KW-HA", "KW-JA", "KW-KU", "KW-MU"),
                    zones.stream().map(BoundaryZones.Zone::code).sorted().toList());
            BoundaryZones.Zone capital = zones.stream()
                    .filter(z -> z.code().equals("KW-KU"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(capital.name(), capital.label(), "labelled by name");
            assertTrue(
                    capital.geometry()
                            .contains(capital.geometry()
                                    .getFactory()
                                    .createPoint(new org.locationtech.jts.geom.Coordinate(47.9774, 29.3759))),
                    "Kuwait City lies in the Capital");

            Envelope extent = StoreExtent.of(store);
            Envelope union = new Envelope();
            zones.forEach(z -> union.expandToInclude(z.geometry().getEnvelopeInternal()));
            assertEquals(union, extent, "the extent of the primary layer");
            assertTrue(
                    extent.getMinX() > 46 && extent.getMaxX() < 49 && extent.getMinY() > 28 && extent.getMaxY() < 31,
                    extent.toString());
        }
    }

    @Test
    void theBasemapIsCreditedToTheBoundaries() {
        try (Store store = Store.open(dir.resolve("store"))) {
            assertTrue(StoreBasemap.layersAttribution(store).isEmpty(), "no layer, no credit");
            KuwaitGovernorates.load(store, ProgressListener.NONE);
            assertEquals(
                    "Boundaries: Natural Earth",
                    StoreBasemap.layersAttribution(store).orElseThrow());
            try (TileSource s = StoreBasemap.open(store)) {
                assertEquals("Boundaries: Natural Earth", s.info().attribution());
            }
        }
    }

    @Test
    void labelIsTheCodeWhenAZoneHasNoName() {
        assertEquals("1231", new BoundaryZones.Zone("1231", " ", null).label());
        assertEquals("1231", new BoundaryZones.Zone("1231", null, null).label());
    }
}
