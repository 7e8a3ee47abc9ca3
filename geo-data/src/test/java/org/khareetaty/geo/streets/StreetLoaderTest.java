package org.khareetaty.geo.streets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Street layers loaded from real files shipped by Debian packages (see the README beside the test
 * data): an OpenStreetMap extract of West Oakland and the GeoDaNet street network as a State Plane
 * Shapefile; and a GeoJSON written here for the cases the real files lack (a street across several
 * tiles, a point among the lines).
 */
class StreetLoaderTest {
    @TempDir
    static Path dir;

    static Store store;

    @BeforeAll
    static void openStore() {
        store = Store.open(dir.resolve("store"));
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    static Path resource(String name) throws IOException {
        Path out = dir.resolve("files").resolve(name);
        Files.createDirectories(out.getParent());
        try (InputStream in = StreetLoaderTest.class.getResourceAsStream(name)) {
            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
        }
        return out;
    }

    @Test
    void loadsTheStreetsOfARealOpenStreetMapExtractWithTheirNames() throws IOException {
        StreetLoadResult r = new StreetLoader()
                .load(store, resource("west-oakland.osm.pbf"), StreetFields.found(), ProgressListener.NONE);
        // osmium fileinfo: 66 ways; 'osmium tags-filter w/highway' keeps 31 (residential 9, footway 7,
        // service 6, secondary 5, unclassified 3, cycleway 1), 20 of them with a name tag
        assertEquals(66, r.features());
        assertEquals(31, r.source().lines());
        assertEquals(20, r.source().named());
        assertEquals(35L, r.skipped().get("not a street (other ways)"));
        assertEquals(
                r.features(),
                r.source().lines()
                        + r.skipped().values().stream()
                                .mapToLong(Long::longValue)
                                .sum());
        assertEquals("osm.pbf", new StreetLines(store).source().orElseThrow().format());

        Envelope oakland = new Envelope(-122.32, -122.28, 37.80, 37.82);
        List<StreetLine> all = new StreetLines(store).in(oakland, 16);
        Set<String> names =
                all.stream().map(StreetLine::name).filter(n -> n != null).collect(Collectors.toSet());
        assertTrue(
                names.containsAll(
                        Set.of("7th Street", "8th Street", "Campbell Street", "Willow Street", "Wood Street")),
                names.toString());
        assertTrue(
                all.stream().anyMatch(l -> "7th Street".equals(l.name()) && l.streetClass() == StreetClass.SECONDARY));
        assertEquals(r.source().pieces(), all.size(), "every piece is read back through the tiles of its box");
    }

    @Test
    void readsOnlyTheClassesDrawnAtTheZoom() throws IOException {
        new StreetLoader().load(store, resource("west-oakland.osm.pbf"), StreetFields.found(), ProgressListener.NONE);
        Envelope oakland = new Envelope(-122.32, -122.28, 37.80, 37.82);
        StreetLines lines = new StreetLines(store);
        assertEquals(Set.of(), classes(lines.in(oakland, 12)), "no primary road or motorway in the extract");
        assertEquals(Set.of(StreetClass.SECONDARY), classes(lines.in(oakland, 13)));
        assertEquals(Set.of(StreetClass.SECONDARY, StreetClass.STREET), classes(lines.in(oakland, 15)));
        assertEquals(
                Set.of(StreetClass.SECONDARY, StreetClass.STREET, StreetClass.SERVICE, StreetClass.PATH),
                classes(lines.in(oakland, 16)));
        assertEquals(List.of(), lines.in(oakland, 11));
    }

    private static Set<StreetClass> classes(List<StreetLine> lines) {
        return lines.stream().map(StreetLine::streetClass).collect(Collectors.toSet());
    }

    @Test
    void aStatePlaneShapefileWithoutAnEpsgCodeNeedsItsCrsAndIsReprojected() throws IOException {
        resource("geodanet-streets.shx");
        resource("geodanet-streets.dbf");
        resource("geodanet-streets.prj");
        Path shp = resource("geodanet-streets.shp");
        StreetFileException e = assertThrows(
                StreetFileException.class,
                () -> new StreetLoader().load(store, shp, StreetFields.found(), ProgressListener.NONE));
        assertTrue(e.getMessage().contains("--crs EPSG:n"), e.getMessage());

        // EPSG:2223, NAD83 / Arizona Central (ft), what the .prj describes
        StreetLoadResult r =
                new StreetLoader().load(store, shp, new StreetFields(null, null, "EPSG:2223"), ProgressListener.NONE);
        assertEquals(293, r.source().lines());
        assertEquals(0, r.source().named(), "the GeoDaNet network has ID and Length fields only");
        Envelope arizona = new Envelope(-114.8, -109.0, 31.3, 37.0);
        List<StreetLine> lines = new StreetLines(store).in(arizona, 16);
        assertEquals(r.source().pieces(), lines.size());
        assertTrue(lines.stream().allMatch(l -> arizona.contains(l.line().getEnvelopeInternal())));
        assertTrue(lines.stream().allMatch(l -> l.streetClass() == StreetClass.STREET));
    }

    @Test
    void aLongStreetIsCutAtTileEdgesAndPointsAreCountedNotLoaded() throws IOException {
        Path file = dir.resolve("chicago-streets.geojson");
        // Madison Street across the Loop (about 8 km, crossing several zoom-14 tiles), a short
        // block of Halsted, and a point that is no street
        Files.writeString(file, """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"STREET_NAM": "W MADISON ST", "CLASS": "Arterial"},
                  "geometry": {"type": "MultiLineString", "coordinates": [[[-87.7000, 41.8815], [-87.6240, 41.8820]]]}},
                 {"type": "Feature", "properties": {"STREET_NAM": "N HALSTED ST", "CLASS": "4"},
                  "geometry": {"type": "LineString", "coordinates": [[-87.6477, 41.8850], [-87.6478, 41.8870]]}},
                 {"type": "Feature", "properties": {"STREET_NAM": "a bus stop"},
                  "geometry": {"type": "Point", "coordinates": [-87.6477, 41.8860]}}
                ]}""");
        StreetLoadResult r = new StreetLoader().load(store, file, StreetFields.found(), ProgressListener.NONE);
        assertEquals(3, r.features());
        assertEquals(2, r.source().lines());
        assertEquals(1L, r.skipped().get("not a line"));

        List<StreetLine> madison = new StreetLines(store)
                .in(new Envelope(-87.71, -87.62, 41.87, 41.89), 14).stream()
                        .filter(l -> "W MADISON ST".equals(l.name()))
                        .toList();
        long tiles = StreetTile.column(-87.6240) - StreetTile.column(-87.7000) + 1;
        assertEquals(tiles, madison.size(), "one piece per tile crossed");
        assertTrue(madison.stream().allMatch(l -> l.streetClass() == StreetClass.PRIMARY));
        double length = madison.stream().mapToDouble(l -> l.line().getLength()).sum();
        double whole = new GeometryFactory()
                .createLineString(new org.locationtech.jts.geom.Coordinate[] {
                    new org.locationtech.jts.geom.Coordinate(-87.7000, 41.8815),
                    new org.locationtech.jts.geom.Coordinate(-87.6240, 41.8820)
                })
                .getLength();
        assertEquals(whole, length, 1e-9, "the pieces add up to the street");
        for (StreetLine l : madison) {
            Envelope box = StreetTile.box(l.tile() >> StreetTile.ZOOM, l.tile() & ((1 << StreetTile.ZOOM) - 1));
            box.expandBy(1e-9);
            assertTrue(box.contains(l.line().getEnvelopeInternal()), "each piece lies in its tile");
        }
        assertEquals(
                List.of("N HALSTED ST"),
                new StreetLines(store)
                        .in(new Envelope(-87.65, -87.64, 41.88, 41.89), 14).stream()
                                .map(StreetLine::name)
                                .distinct()
                                .filter(n -> n.contains("HALSTED"))
                                .toList());
        assertEquals(2, new StreetLines(store).source().orElseThrow().lines(), "a load replaces the layer before it");
    }

    @Test
    void aFileWithoutStreetsLeavesTheStoreAsItWas() throws IOException {
        new StreetLoader().load(store, resource("west-oakland.osm.pbf"), StreetFields.found(), ProgressListener.NONE);
        Path file = dir.resolve("points.geojson");
        Files.writeString(file, """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"name": "a school"},
                  "geometry": {"type": "Point", "coordinates": [-87.6477, 41.8860]}}]}""");
        StreetFileException e = assertThrows(
                StreetFileException.class,
                () -> new StreetLoader().load(store, file, StreetFields.found(), ProgressListener.NONE));
        assertTrue(e.getMessage().contains("No street in " + file), e.getMessage());
        assertTrue(e.getMessage().contains("not a line"), e.getMessage());
        assertEquals(31, new StreetLines(store).source().orElseThrow().lines());
    }

    @Test
    void aNameFieldThatIsNotThereIsNamedWithTheFieldsThatAre() throws IOException {
        Path file = dir.resolve("one.geojson");
        Files.writeString(file, """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"ST_NAME": "N HALSTED ST"},
                  "geometry": {"type": "LineString", "coordinates": [[-87.6477, 41.8850], [-87.6478, 41.8870]]}}]}""");
        StreetFileException e = assertThrows(
                StreetFileException.class,
                () -> new StreetLoader()
                        .load(store, file, new StreetFields("street", null, null), ProgressListener.NONE));
        assertTrue(e.getMessage().contains("Fields in the file: ST_NAME"), e.getMessage());
    }
}
