package org.khareetaty.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code khareetaty streets load} and {@code show} on the real West Oakland OpenStreetMap extract
 * (geo-data's test data, shipped by Debian's python-osmnx-doc; see the README beside it).
 */
class StreetsCommandTest {
    /** The extract, kept once in geo-data's test resources. */
    static final Path WEST_OAKLAND =
            Path.of("../geo-data/src/test/resources/org/khareetaty/geo/streets/west-oakland.osm.pbf");

    @TempDir
    Path dir;

    @Test
    void loadsAnOpenStreetMapExtractAndShowsWhereTheStreetsCameFrom() {
        String store = dir.resolve("store").toString();
        Cli.Run none = Cli.run("streets", "show", "--store", store);
        assertEquals(0, none.exit());
        assertTrue(none.out().startsWith("no street layer"), none.out());

        Cli.Run load = Cli.run("streets", "load", "--store", store, WEST_OAKLAND.toString());
        assertEquals(0, load.exit(), load.err());
        // 66 ways: 31 streets and paths (osmium tags-filter w/highway), 20 of them named
        assertTrue(load.out().contains("read 66 = loaded 31 + skipped 35; 20 named"), load.out());
        assertTrue(load.out().contains("skipped not a street (other ways)"), load.out());

        Cli.Run show = Cli.run("streets", "show", "--store", store, "--json");
        assertEquals(0, show.exit());
        assertTrue(show.out().contains("\"format\" : \"osm.pbf\""), show.out());
        assertTrue(show.out().contains("\"streets\" : 31"), show.out());
    }

    @Test
    void aFileOfAnotherTypeIsRefusedWithAMessageAndNoStackTrace() {
        String store = dir.resolve("store").toString();
        Cli.Run r = Cli.run("streets", "load", "--store", store, "pom.xml");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("pom.xml has an unsupported type"), r.err());
        assertTrue(r.err().contains(".osm.pbf"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }
}
