package org.khareetaty.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.testing.SharedData;

/**
 * The import command on what issue 13 fixed, as an analyst runs it: a file imported twice, an import
 * undone, a detected profile that rejects most rows (exit 1 unless --accept-rejections), and an
 * undeclared Windows-1252 file.
 */
class ImportTruthCliTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRepeatedFileWarnsAndAnUndoneImportCanBeImportedAgain(@TempDir Path dir) throws Exception {
        String store = dir.resolve("store").toString();
        String file =
                SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz").toString();
        Cli.Run first = Cli.run("import", "--store", store, "--json", "-q", file);
        assertEquals(0, first.exit(), first.err());
        JsonNode r = JSON.readTree(first.out());
        assertEquals(
                r.get("read").asLong(),
                r.get("loaded").asLong()
                        + r.get("rejected").asLong()
                        + r.get("duplicates").asLong());
        assertTrue(r.get("profile_why").asText().startsWith("detected: the header has id, case_number"), first.out());

        Cli.Run repeat = Cli.run("import", "--store", store, "-q", file);
        assertEquals(0, repeat.exit(), repeat.err());
        assertTrue(
                repeat.err()
                                .startsWith("warning: " + file
                                        + " was already imported: import #1 (crimes_2017_2019_sample25k.csv.gz, ")
                        && repeat.err().contains("Nothing loaded; give --again"),
                repeat.err());

        Cli.Run undo = Cli.run("import", "undo", "--store", store, "--actor", "analyst-7", "1");
        assertEquals(0, undo.exit(), undo.err());
        assertEquals(
                "import #1 (crimes_2017_2019_sample25k.csv.gz) undone by analyst-7: "
                        + String.format("%,d", r.get("loaded").asLong())
                        + " incidents removed, with its rejected rows, dedup keys and aggregates\n",
                undo.out());
        Cli.Run stats = Cli.run("stats", "--store", store, "--json");
        assertEquals(0, JSON.readTree(stats.out()).get("incidents").asLong(), stats.out());

        Cli.Run again = Cli.run("import", "--store", store, "--json", "-q", file);
        assertEquals(
                r.get("loaded").asLong(),
                JSON.readTree(again.out()).get("loaded").asLong(),
                again.err());
        Cli.Run twice = Cli.run("import", "undo", "--store", store, "1");
        assertEquals(1, twice.exit());
        assertTrue(twice.err().contains("is undone: only a complete import can be undone"), twice.err());
    }

    @Test
    void aDetectedProfileRejectingMostRowsExitsOneUnlessAccepted(@TempDir Path dir) throws Exception {
        String store = dir.resolve("store").toString();
        List<String> lines = new java.util.ArrayList<>(List.of(
                "ID,Case Number,Date,Block,IUCR,Primary Type,Description,Location Description,Arrest,Domestic,Beat,"
                        + "District,Ward,Community Area,FBI Code,X Coordinate,Y Coordinate,Year,Updated On,Latitude,"
                        + "Longitude,Location"));
        for (int i = 0; i < 10; i++) {
            lines.add((11000000 + i) + ",JA10000" + i + ",2019-07-1" + i + "T13:45:00.000,001XX W MADISON ST,0820,"
                    + "THEFT,$500 AND UNDER,STREET,false,false,0122,001,42,32,06,1175000,1900000,2019,,41.88,-87.63,");
        }
        Path file = Files.write(dir.resolve("api.csv"), lines);
        Cli.Run refused = Cli.run("import", "--store", store, "-q", file.toString());
        assertEquals(1, refused.exit(), refused.out() + refused.err());
        assertTrue(
                refused.err()
                        .startsWith("error: " + file
                                + ": profile chicago-portal rejected 10 of the 10 rows (100%) as bad_timestamp"),
                refused.err());
        Cli.Run accepted = Cli.run("import", "--store", store, "--json", "-q", "--accept-rejections", file.toString());
        assertEquals(0, accepted.exit(), accepted.err());
        assertEquals(10, JSON.readTree(accepted.out()).get("rejected").asLong());
    }

    /** Issue 13 item 11: a wrong mapping file or --bbox is reported before a store is created. */
    @Test
    void anInvalidMappingOrBboxLeavesNoStoreBehind(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("new-store");
        Path data = Files.writeString(dir.resolve("d.csv"), "t,type,lat,lon\n2019-03-01 10:00,THEFT,41.8,-87.6\n");
        Path mapping = Files.writeString(
                dir.resolve("m.properties"),
                "name = m\ntime.column = t\ntime.pattern = yyyy-MM-dd HH:mm\nlat.column = lat\nlon.column = lon\n"
                        + "type.column = type\n");
        Cli.Run run =
                Cli.run("import", "--store", store.toString(), "-q", "--mapping", mapping.toString(), data.toString());
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("m.properties") && run.err().contains("time.zone"), run.err());
        assertFalse(Files.exists(store), "no store was created");

        Cli.Run bbox = Cli.run(
                "import", "--store", store.toString(), "-q", "--bbox", "-87.5,42.0,-87.9,41.6", data.toString());
        assertEquals(1, bbox.exit(), bbox.out() + bbox.err());
        assertTrue(bbox.err().contains("got -87.5,42.0,-87.9,41.6: west is not less than east"), bbox.err());
        Cli.Run range =
                Cli.run("import", "--store", store.toString(), "-q", "--bbox", "-87.9,41.6,-87.5,95", data.toString());
        assertEquals(1, range.exit(), range.out() + range.err());
        assertTrue(range.err().contains("north 95.0 is not a latitude (-90..90)"), range.err());
        Cli.Run point =
                Cli.run("import", "--store", store.toString(), "-q", "--geocode-fallback", "41.87", data.toString());
        assertEquals(1, point.exit(), point.out() + point.err());
        assertTrue(point.err().contains("--geocode-fallback takes longitude,latitude"), point.err());
        Cli.Run edge = Cli.run("import", "--store", store.toString(), "-q", "--edge-tolerance", "-5", data.toString());
        assertEquals(1, edge.exit(), edge.out() + edge.err());
        assertTrue(edge.err().contains("--edge-tolerance takes metres from 0"), edge.err());
        assertFalse(Files.exists(store), "no store was created");
    }

    /** Issue 13 item 5: an import with no study area warns; a --bbox is kept and applies to the next import. */
    @Test
    void aStoreWithoutAStudyAreaWarnsAndKeepsTheBboxItIsGiven(@TempDir Path dir) throws Exception {
        String store = dir.resolve("store").toString();
        Path mapping = Files.writeString(
                dir.resolve("m.properties"),
                "name = m\ntime.column = t\ntime.pattern = yyyy-MM-dd HH:mm\ntime.zone = America/Chicago\n"
                        + "lat.column = lat\nlon.column = lon\ntype.column = type\n");
        Path first = Files.writeString(dir.resolve("a.csv"), "t,type,lat,lon\n2019-03-01 10:00,THEFT,41.8,-87.6\n");
        Cli.Run open = Cli.run("import", "--store", store, "-q", "--mapping", mapping.toString(), first.toString());
        assertEquals(0, open.exit(), open.err());
        assertTrue(open.err().contains("a.csv: no study area"), open.err());
        assertTrue(open.out().contains("study area: none"), open.out());

        Path second = Files.writeString(dir.resolve("b.csv"), "t,type,lat,lon\n2019-03-02 10:00,THEFT,41.85,-87.65\n");
        Cli.Run boxed = Cli.run(
                "import",
                "--store",
                store,
                "-q",
                "--mapping",
                mapping.toString(),
                "--bbox",
                "-87.95,41.64,-87.52,42.03",
                second.toString());
        assertEquals(0, boxed.exit(), boxed.err());
        assertFalse(boxed.err().contains("no study area"), boxed.err());

        // Milwaukee, outside the saved box, which applies without --bbox
        Path third = Files.writeString(dir.resolve("c.csv"), "t,type,lat,lon\n2019-03-03 10:00,THEFT,43.04,-87.91\n");
        Cli.Run later = Cli.run(
                "import",
                "--store",
                store,
                "--json",
                "--accept-rejections",
                "--mapping",
                mapping.toString(),
                third.toString());
        assertEquals(0, later.exit(), later.err());
        var json = JSON.readTree(later.out());
        assertEquals(
                "bbox -87.95,41.64,-87.52,42.03 (saved by import #2)",
                json.get("study_area").asText());
        assertEquals(1, json.get("rejected_by_reason").get("outside_study_area").asLong());
        assertEquals(
                json.get("read").asLong(),
                json.get("loaded").asLong()
                        + json.get("rejected").asLong()
                        + json.get("duplicates").asLong());
    }

    /** Issue 13 item 10: the rows of a file imported --again are all duplicates, each exported beside its original. */
    @Test
    void duplicatesExportListsEveryDuplicateWithTheRowItRepeats(@TempDir Path dir) throws Exception {
        String store = dir.resolve("store").toString();
        List<String> lines = new java.util.ArrayList<>(List.of(
                "id,case_number,date,block,iucr,primary_type,description,location_description,arrest,domestic,beat,"
                        + "district,fbi_code,x_coordinate,y_coordinate,latitude,longitude"));
        for (int i = 0; i < 3; i++) {
            lines.add("1100000" + i + ",JA10000" + i + ",7/19/2017 13:4" + i + ",001XX W MADISON ST,0820,THEFT,"
                    + "$500 AND UNDER,STREET,false,false,0122,1,06,,,41.88,-87.63");
        }
        Path file = Files.write(dir.resolve("three.csv"), lines);
        assertEquals(
                0, Cli.run("import", "--store", store, "-q", file.toString()).exit());
        Cli.Run again = Cli.run("import", "--store", store, "--json", "-q", "--again", file.toString());
        JsonNode r = JSON.readTree(again.out());
        assertEquals(
                r.get("read").asLong(),
                r.get("loaded").asLong()
                        + r.get("rejected").asLong()
                        + r.get("duplicates").asLong());
        assertEquals(3, r.get("duplicates").asLong());

        Path csv = dir.resolve("dups.csv");
        Cli.Run export = Cli.run("duplicates", "export", "--store", store, "-o", csv.toString());
        assertEquals(0, export.exit(), export.err());
        assertEquals("3 duplicate rows written to " + csv + "\n", export.err());
        List<String> out = Files.readAllLines(csv);
        assertEquals(4, out.size(), String.join("\n", out));
        assertTrue(
                out.get(1)
                        .startsWith("2,three.csv,2,\"" + lines.get(1) + "\",1,three.csv,2,11000000,JA100000,"
                                + "2017-07-19T18:40,THEFT,001XX W MADISON ST,STREET"),
                out.get(1));
    }
}
