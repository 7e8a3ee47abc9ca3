package org.khareetaty.core.hexgrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.etl.ImportOptions;
import org.khareetaty.core.etl.Importer;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;

/**
 * The gold aggregates after two real imports: the Chicago 25k sample, then the first 20,000 rows
 * of the aggravated-assault file (the whole file is drilled in the app's ChicagoCliTest), checked
 * against SQL over the incidents themselves.
 */
class GoldAggregatesTest {
    @TempDir
    static Path dir;

    static Store store;
    static long loaded;
    static GoldCube cube;

    @BeforeAll
    static void importBoth() throws SQLException {
        Path sample = SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz");
        Path assaults = firstRows(SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz"), 1, 20_000);
        store = Store.open(dir.resolve("store"));
        Importer importer = new Importer(store);
        loaded = importer.importFile(sample, ImportOptions.defaults(), ProgressListener.NONE)
                .counts()
                .loaded();
        try (Connection c = store.connect()) {
            assertEquals(1, GoldAggregates.stats(c).imports(), "the importer aggregates its import");
            loaded += importer.importFile(assaults, ImportOptions.defaults(), ProgressListener.NONE)
                    .counts()
                    .loaded();
            assertEquals(2, GoldAggregates.stats(c).imports(), "then the second");
            assertEquals(0, GoldAggregates.catchUp(c), "and leaves nothing to catch up");
            cube = GoldAggregates.load(c);
        }
    }

    /** Rows {@code from}..{@code to} (1-based, after the header) of a gzip CSV, as a plain file. */
    static Path firstRows(Path gz, int from, int to) {
        Path out = dir.resolve("assaults_" + from + "_" + to + ".csv");
        try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(
                        new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(gz)),
                        java.nio.charset.StandardCharsets.UTF_8));
                var w = java.nio.file.Files.newBufferedWriter(out)) {
            w.write(r.readLine());
            w.write('\n');
            for (int i = 1; i <= to; i++) {
                String line = r.readLine();
                if (i >= from) {
                    w.write(line);
                    w.write('\n');
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void everyResolutionCountsEachCellAsTheIncidentsDo() throws SQLException {
        LocalDate first = cube.firstDay();
        LocalDate last = cube.lastDay();
        assertEquals(scalar("SELECT MIN(local_date) FROM incidents"), first.toString());
        assertEquals(scalar("SELECT MAX(local_date) FROM incidents"), last.toString());
        for (int res = H3Cells.MIN_RES; res <= H3Cells.MAX_RES; res++) {
            DrillScope all = new DrillScope(res, null, first, last, List.of(), true);
            assertEquals(
                    perCell(res, "", List.of()),
                    perCell(CellCounts.of(cube, all)),
                    "r" + res + " over the whole store");
            DrillScope spring = new DrillScope(
                    res, null, LocalDate.parse("2018-03-05"), LocalDate.parse("2018-04-20"), List.of("property"), true);
            assertEquals(
                    perCell(
                            res,
                            "WHERE local_date BETWEEN '2018-03-05' AND '2018-04-20' AND category = ?",
                            List.of("property")),
                    perCell(CellCounts.of(cube, spring)),
                    "r" + res + ", property, 2018-03-05..2018-04-20");
        }
        assertEquals(
                loaded,
                CellCounts.of(cube, new DrillScope(6, null, first, last, List.of(), false))
                        .total());
    }

    @Test
    void theChildrenOfACellSumToTheCell() {
        DrillScope year =
                new DrillScope(6, null, LocalDate.parse("2018-01-01"), LocalDate.parse("2018-12-31"), List.of(), true);
        for (int res = H3Cells.MIN_RES; res < H3Cells.MAX_RES; res++) {
            CellCounts parents =
                    CellCounts.of(cube, new DrillScope(res, null, year.from(), year.to(), List.of(), true));
            int[] busiest = ScopeQuery.busiestFirst(parents);
            for (int k = 0; k < Math.min(20, busiest.length); k++) {
                int p = busiest[k];
                CellCounts children = CellCounts.of(cube, year.into(parents.cell(p)));
                long sum = 0;
                long arrests = 0;
                for (int i = 0; i < children.size(); i++) {
                    assertEquals(parents.cell(p), H3Cells.parent(children.cell(i), res));
                    sum += children.incidents(i);
                    arrests += children.arrests(i);
                }
                assertEquals(
                        parents.incidents(p),
                        sum,
                        "children of r" + res + " cell " + Long.toHexString(parents.cell(p)));
                assertEquals(parents.arrests(p), arrests);
                assertEquals(parents.incidents(p), children.total());
            }
        }
    }

    @Test
    void daysAndMonthsCountAsTheIncidentsDo() throws SQLException {
        ScopeProfiles days = ScopeProfiles.of(
                cube,
                new DrillScope(
                        7, null, LocalDate.parse("2018-11-15"), LocalDate.parse("2019-01-13"), List.of(), false));
        assertEquals("day", days.mixPeriod());
        assertEquals(mix("local_date", "2018-11-15", "2019-01-13"), days.mix());
        ScopeProfiles months = ScopeProfiles.of(
                cube,
                new DrillScope(
                        7, null, LocalDate.parse("2016-12-20"), LocalDate.parse("2019-02-10"), List.of(), false));
        assertEquals("month", months.mixPeriod());
        assertEquals(mix("CAST(DATE_TRUNC('MONTH', local_date) AS DATE)", "2016-12-20", "2019-02-10"), months.mix());
        assertEquals(60, days.mix().size(), "every day of the range has incidents");
    }

    @Test
    void theIncrementalAggregatesEqualAFullRebuildAndSurviveTheirEncoding() throws SQLException {
        List<String> incremental = canonical(cube);
        assertEquals(loaded, incremental.size());
        assertEquals(incremental, canonical(CubeCodec.decode(CubeCodec.encode(cube))));
        try (Connection c = store.connect()) {
            GoldAggregates.rebuild(c);
            assertEquals(1, GoldAggregates.stats(c).segments());
            assertEquals(incremental, canonical(GoldAggregates.load(c)));
        }
    }

    @Test
    void catchesUpImportsAggregatedByNoneAndCompactsTheSegments() throws SQLException {
        try (Connection c = store.connect()) {
            // as a store made by a version before the aggregates (V6 empties them)
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM gold_imports");
                s.executeUpdate("DELETE FROM gold_segment_parts");
                s.executeUpdate("DELETE FROM gold_segments");
            }
            assertEquals(2, GoldAggregates.catchUp(c));
            GoldAggregates.Stats st = GoldAggregates.stats(c);
            assertEquals(2, st.imports());
            assertEquals(loaded, st.incidents());
            assertEquals(
                    1, st.segments(), "the 20,000-incident segment is over half the 25,000 one, so they are merged");
            assertEquals(canonical(cube), canonical(GoldAggregates.load(c)));
        }
    }

    @Test
    void aSessionTakesInAnImportMadeAfterItOpened() throws SQLException {
        Path assaults = SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz");
        try (Store own = Store.open(dir.resolve("session"));
                Connection c = own.connect()) {
            Importer importer = new Importer(own);
            long before = importer.importFile(
                            firstRows(assaults, 30_001, 32_000), ImportOptions.defaults(), ProgressListener.NONE)
                    .counts()
                    .loaded();
            DrillSession session = DrillSession.open(c);
            assertEquals(before, session.cube(c).incidents());
            long added = importer.importFile(
                            firstRows(assaults, 32_001, 33_000), ImportOptions.defaults(), ProgressListener.NONE)
                    .counts()
                    .loaded();
            assertTrue(added > 900, "the next 1,000 rows load");
            GoldCube now = session.cube(c);
            assertEquals(before + added, now.incidents());
            DrillScope all = new DrillScope(8, null, now.firstDay(), now.lastDay(), List.of(), true);
            Map<Long, List<Long>> expected = new TreeMap<>();
            try (Statement s = c.createStatement();
                    ResultSet rs =
                            s.executeQuery("SELECT h3_r8, COUNT(*), COUNT(arrest), 0 FROM incidents GROUP BY h3_r8")) {
                while (rs.next()) {
                    expected.put(rs.getLong(1), List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }
            }
            assertEquals(expected, perCell(CellCounts.of(now, all)));
            assertEquals(before + added, session.drill(c, all).kpis().total());
        }
    }

    /** Cell to {incidents, known arrest status, arrests} from SQL over the incidents. */
    static Map<Long, List<Long>> perCell(int res, String where, List<String> args) throws SQLException {
        Map<Long, List<Long>> out = new TreeMap<>();
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement("SELECT h3_r" + res + ", COUNT(*), COUNT(arrest), "
                        + "SUM(CASE WHEN arrest THEN 1 ELSE 0 END) FROM incidents " + where + " GROUP BY h3_r" + res)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setString(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }
            }
        }
        return out;
    }

    static Map<Long, List<Long>> perCell(CellCounts counts) {
        Map<Long, List<Long>> out = new TreeMap<>();
        for (int i = 0; i < counts.size(); i++) {
            out.put(counts.cell(i), List.of(counts.incidents(i), counts.known(i), counts.arrests(i)));
        }
        return out;
    }

    static Map<LocalDate, Map<String, Long>> mix(String period, String from, String to) throws SQLException {
        Map<LocalDate, Map<String, Long>> out = new TreeMap<>();
        try (Connection c = store.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + period
                        + ", category, COUNT(*) FROM incidents WHERE local_date BETWEEN '" + from + "' AND '" + to
                        + "' GROUP BY " + period
                        + ", category")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getObject(1, LocalDate.class), k -> new TreeMap<>())
                        .put(rs.getString(2), rs.getLong(3));
            }
        }
        return out;
    }

    /** Every incident of the cube as text, sorted: equal lists mean equal contents whatever the dictionaries' order. */
    static List<String> canonical(GoldCube g) {
        List<String> out = new ArrayList<>();
        for (int ci = 0; ci < g.cells.length; ci++) {
            for (int i = g.start[ci]; i < g.start[ci + 1]; i++) {
                out.add(g.cells[ci] + "|" + g.day[i] + "|" + (g.hourOfWeek[i] & 0xFF) + "|"
                        + g.categories[g.category[i] & 0xFF] + "|" + g.flags[i] + "|"
                        + g.sources[g.source[i] & 0xFF] + "|" + g.offenses[g.offense[i]] + "|"
                        + (g.block[i] == GoldCube.NO_BLOCK ? null : g.blocks[g.block[i]]) + "|"
                        + g.places[g.place[i]]);
            }
        }
        out.sort(null);
        return out;
    }

    static String scalar(String sql) throws SQLException {
        try (Connection c = store.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
