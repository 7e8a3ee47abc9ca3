package org.khareetaty.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;

/** The write-path probe writes every row by each path and builds both indexes over them. */
class WritePathsTest {
    @TempDir
    Path dir;

    @Test
    void everyPathWritesEveryRowAndIndexesThem() throws Exception {
        Path csv = dir.resolve("rows.csv");
        List<String> lines = new ArrayList<>(List.of("date,loc_cat,longitude,latitude,district"));
        for (int i = 0; i < 2_500; i++) {
            lines.add(String.format(
                    java.util.Locale.ROOT,
                    "2019-%02d-%02d %02d:%02d,street,%.6f,%.6f,%d",
                    1 + i % 12,
                    1 + i % 28,
                    i % 24,
                    i % 60,
                    -87.75 + (i % 50) * 0.004,
                    41.75 + (i % 40) * 0.005,
                    1 + i % 25));
        }
        Files.write(csv, lines);
        Path shared =
                SharedData.file("chicago/police_beats.geojson").getParent().getParent();
        // 2,400 of the 2,500: the probe stops at --rows, whichever path writes
        for (String path : List.of("batch", "insert-select", "create-table-as", "narrow")) {
            WritePaths.Figure f = WritePaths.run(path, csv, 2_400, dir.resolve(path), shared);
            assertEquals(2_400, f.rows(), path);
            // CPU figures are not asserted (a 2,400-row index build can take less than a clock tick): the indexes are
            assertEquals(List.of("BENCH_DATE", "BENCH_H3"), benchIndexes(dir.resolve(path)), path);
        }
        WritePaths.Figure made = WritePaths.run("rows", csv, 2_400, dir.resolve("rows"), shared);
        assertEquals(0, made.h3IndexCpu() + made.dateIndexCpu());
    }

    private static List<String> benchIndexes(Path store) throws Exception {
        List<String> names = new ArrayList<>();
        try (Store s = Store.open(store);
                Connection c = s.connect();
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES"
                                + " WHERE INDEX_NAME LIKE 'BENCH%' ORDER BY INDEX_NAME")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    @Test
    void anUnknownPathIsNamed() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> WritePaths.run("copy", dir.resolve("none.csv"), 1, dir.resolve("s"), SharedData.root()));
        assertTrue(e.getMessage().contains("unknown write path 'copy'"), e.getMessage());
    }
}
