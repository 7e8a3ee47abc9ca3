package org.khareetaty.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.etl.ImportOptions;
import org.khareetaty.core.etl.Importer;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;

/** {@code khareetaty gistar} on the real Chicago 25k sample (2017-2019, all offense types). */
class GiStarCommandTest {
    @TempDir
    static Path dir;

    static String store;

    @BeforeAll
    static void importSample() {
        Path file = SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz");
        try (Store s = Store.open(dir.resolve("store"))) {
            new Importer(s).importFile(file, ImportOptions.defaults(), ProgressListener.NONE);
        }
        store = dir.resolve("store").toString();
    }

    /** Runs {@code khareetaty gistar ARGS} in-process. */
    static Cli.Run gistar(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "gistar";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.run(all);
    }

    @Test
    void printsJsonWhoseBinsFollowZAndTheFdrThresholds() throws Exception {
        Cli.Run r = gistar("--store", store, "--res", "8", "--json");
        assertEquals(0, r.exit(), r.out() + r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        Set<String> keys = new TreeSet<>();
        j.fieldNames().forEachRemaining(keys::add);
        assertTrue(
                keys.containsAll(Set.of("resolution", "k", "from", "to", "cells", "hot", "cold", "not_significant")),
                keys.toString());
        assertEquals(8, j.get("resolution").asInt());
        assertEquals(1, j.get("k").asInt());
        assertTrue(j.get("from").isNull() && j.get("to").isNull());
        long hot = 0;
        long cold = 0;
        long total = 0;
        for (JsonNode c : j.get("cells")) {
            Set<String> ck = new TreeSet<>();
            c.fieldNames().forEachRemaining(ck::add);
            assertTrue(ck.containsAll(Set.of("cell", "count", "z", "p", "bin", "class")), ck.toString());
            long cell = H3Cells.h3().stringToH3(c.get("cell").asText());
            assertTrue(H3Cells.h3().isValidCell(cell) && H3Cells.h3().getResolution(cell) == 8, c.toString());
            double z = c.get("z").asDouble();
            double pFdr = c.get("p_fdr").asDouble();
            int level = pFdr <= 0.01 ? 3 : pFdr <= 0.05 ? 2 : pFdr <= 0.10 ? 1 : 0;
            assertEquals(level * (int) Math.signum(z), c.get("bin").asInt(), c.toString());
            assertTrue(pFdr >= c.get("p").asDouble() - 1e-12, c.toString());
            String cls = c.get("class").asText();
            assertTrue(
                    level == 0 ? cls.equals("not significant") : cls.startsWith(z > 0 ? "hot" : "cold"), c.toString());
            // a hot or cold cell is named as the window names it, never by its H3 id (issue 13 item 12)
            String name = c.get("name").asText(null);
            assertTrue(
                    level == 0
                            ? name == null
                            : name != null
                                    && !name.isBlank()
                                    && !name.contains(c.get("cell").asText()),
                    c.toString());
            hot += c.get("bin").asInt() > 0 ? 1 : 0;
            cold += c.get("bin").asInt() < 0 ? 1 : 0;
            total += c.get("count").asLong();
        }
        assertEquals(hot, j.get("hot").asLong());
        assertEquals(cold, j.get("cold").asLong());
        assertEquals(
                j.get("cells").size(), hot + cold + j.get("not_significant").asLong());
        assertEquals(j.get("incidents").asLong(), total);
        assertTrue(hot > 0, "the sample has hot spots at r8");
    }

    @Test
    void filtersByDateAndCategory() throws Exception {
        JsonNode all = new ObjectMapper()
                .readTree(gistar("--store", store, "--res", "7", "--json").out());
        JsonNode some = new ObjectMapper()
                .readTree(gistar(
                                "--store",
                                store,
                                "--res",
                                "7",
                                "--from",
                                "2018-01-01",
                                "--to",
                                "2018-12-31",
                                "--category",
                                "violent,property",
                                "--json")
                        .out());
        assertEquals("2018-01-01", some.get("from").asText());
        assertTrue(some.get("incidents").asLong() > 0
                && some.get("incidents").asLong() < all.get("incidents").asLong() / 2);
        assertEquals(all.get("cells").size(), some.get("cells").size(), "same study region whatever the filter");
    }

    @Test
    void printsATableWithTheHotCellsFirst() {
        Cli.Run r = gistar("--store", store, "--res", "8", "--limit", "5");
        assertEquals(0, r.exit(), r.err());
        int hot = r.out().indexOf("hot spots, highest z first");
        assertTrue(hot > 0, r.out());
        int cold = r.out().indexOf("cold spots");
        assertTrue(cold < 0 || cold > hot, r.out());
        assertTrue(r.out().contains("not significant (Benjamini-Hochberg FDR)"), r.out());
    }

    @Test
    void rejectsAResolutionOutsideSixToTenAndAnUnknownCategory() {
        assertNotEquals(0, gistar("--store", store, "--res", "11", "--json").exit());
        assertNotEquals(
                0,
                gistar("--store", store, "--res", "8", "--category", "burglary").exit());
    }
}
