package org.khareetaty.core.hexgrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
 * of the aggravated-assault file (the whole file is drilled in the app's ChicagoCliTest).
 */
class GoldAggregatesTest {
    @TempDir
    static Path dir;
    static Store store;
    static long loaded;

    @BeforeAll
    static void importBoth() {
        Path sample = SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz");
        Path assaults = firstRows(SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz"), 20_000);
        store = Store.open(dir.resolve("store"));
        Importer importer = new Importer(store);
        loaded = importer.importFile(sample, ImportOptions.defaults(), ProgressListener.NONE).counts().loaded();
        try (Connection c = store.connect()) {
            assertEquals(1, GoldAggregates.catchUp(c), "the first import is merged in");
            loaded += importer.importFile(assaults, ImportOptions.defaults(), ProgressListener.NONE).counts().loaded();
            assertEquals(1, GoldAggregates.catchUp(c), "then only the second");
            assertEquals(0, GoldAggregates.catchUp(c), "and nothing twice");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path firstRows(Path gz, int rows) {
        Path out = dir.resolve("assaults_first_" + rows + ".csv");
        try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(
                java.nio.file.Files.newInputStream(gz)), java.nio.charset.StandardCharsets.UTF_8));
                var w = java.nio.file.Files.newBufferedWriter(out)) {
            for (int i = 0; i <= rows; i++) {
                w.write(r.readLine());
                w.write('\n');
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
    void everyResolutionAndPeriodCountsEveryIncidentOnce() throws SQLException {
        for (int res = H3Cells.MIN_RES; res <= H3Cells.MAX_RES; res++) {
            for (String period : List.of("D", "M")) {
                assertEquals(loaded, scalar("SELECT SUM(incidents) FROM gold_cells WHERE res = " + res + " AND period = '" + period + "'"),
                        "r" + res + " " + period);
            }
        }
        assertEquals(scalar("SELECT COUNT(*) FROM incidents WHERE arrest"), scalar("SELECT SUM(arrests) FROM gold_cells WHERE res = 8 AND period = 'M'"));
        // the portal sample records arrests, the aggravated-assault file does not
        assertEquals(scalar("SELECT COUNT(*) FROM incidents WHERE source = 'chicago'"),
                scalar("SELECT SUM(known) FROM gold_cells WHERE res = 8 AND period = 'M'"));
    }

    @Test
    void theChildrenOfACellSumToTheCell() throws SQLException {
        for (int res = H3Cells.MIN_RES; res < H3Cells.MAX_RES; res++) {
            List<long[]> parents = rows("SELECT cell, SUM(incidents) FROM gold_cells WHERE res = " + res
                    + " AND period = 'M' GROUP BY cell ORDER BY SUM(incidents) DESC LIMIT 20");
            for (long[] p : parents) {
                long children = 0;
                for (long[] child : rows("SELECT cell, SUM(incidents) FROM gold_cells WHERE res = " + (res + 1)
                        + " AND period = 'M' GROUP BY cell")) {
                    if (H3Cells.parent(child[0], res) == p[0]) {
                        children += child[1];
                    }
                }
                assertEquals(p[1], children, "children of r" + res + " cell " + Long.toHexString(p[0]));
            }
        }
    }

    @Test
    void monthsAreTheSumOfTheirDays() throws SQLException {
        String days = "SELECT cell, category, CAST(DATE_TRUNC('MONTH', period_start) AS DATE) AS m, SUM(incidents) AS n "
                + "FROM gold_cells WHERE res = 7 AND period = 'D' GROUP BY cell, category, CAST(DATE_TRUNC('MONTH', period_start) AS DATE)";
        String months = "SELECT cell, category, period_start AS m, incidents AS n FROM gold_cells WHERE res = 7 AND period = 'M'";
        assertEquals(0, scalar("SELECT COUNT(*) FROM (" + days + " EXCEPT " + months + ")"));
        assertEquals(0, scalar("SELECT COUNT(*) FROM (" + months + " EXCEPT " + days + ")"));
        assertTrue(scalar("SELECT COUNT(*) FROM gold_cells WHERE res = 7 AND period = 'M'") > 100);
    }

    @Test
    void theIncrementalAggregatesEqualAFullRebuild() throws SQLException {
        String digest = "SELECT COUNT(*), SUM(incidents), SUM(known), SUM(arrests), SUM(MOD(cell, 1000003) * incidents), "
                + "SUM(DATEDIFF('DAY', DATE '2000-01-01', period_start) * incidents) FROM gold_cells";
        List<long[]> incremental = rows(digest);
        try (Connection c = store.connect()) {
            GoldAggregates.rebuild(c);
        }
        List<long[]> rebuilt = rows(digest);
        assertTrue(incremental.get(0)[0] > 0);
        assertEquals(java.util.Arrays.toString(incremental.get(0)), java.util.Arrays.toString(rebuilt.get(0)));
    }

    static long scalar(String sql) throws SQLException {
        return rows(sql).get(0)[0];
    }

    static List<long[]> rows(String sql) throws SQLException {
        List<long[]> out = new ArrayList<>();
        try (Connection c = store.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                long[] row = new long[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getLong(i + 1);
                }
                out.add(row);
            }
        }
        return out;
    }
}
