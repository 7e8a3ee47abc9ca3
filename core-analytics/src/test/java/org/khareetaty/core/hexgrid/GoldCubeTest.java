package org.khareetaty.core.hexgrid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;

/**
 * A large cube, merged from 24 copies of the real Chicago 25k sample's (as 24 imports): big enough
 * that its merge and scans run in two halves on two threads, and every count, profile and block of
 * it must be 24 times the sample's.
 */
class GoldCubeTest {
    static final int COPIES = 24;

    @TempDir
    static Path dir;

    static GoldCube sample;
    static GoldCube copies;

    @BeforeAll
    static void mergeCopies() throws SQLException {
        try (Store store = SharedData.importedSample(dir.resolve("store"));
                Connection c = store.connect()) {
            sample = GoldAggregates.load(c);
        }
        List<GoldCube> cubes = new ArrayList<>();
        for (int i = 0; i < COPIES; i++) {
            cubes.add(new GoldCube(
                    new long[] {100 + i},
                    sample.cells,
                    sample.start,
                    new GoldCube.Columns(
                            sample.day,
                            sample.hourOfWeek,
                            sample.category,
                            sample.flags,
                            sample.source,
                            sample.offense,
                            sample.block,
                            sample.place),
                    new String[][] {sample.categories, sample.sources, sample.offenses, sample.blocks, sample.places}));
        }
        copies = GoldCube.mergeAll(cubes);
        assertTrue(copies.incidents() > GoldCube.TWO_THREADS_FROM, "large enough for two threads");
    }

    @Test
    void mergesEveryCopyInDayOrderWithinEachCell() {
        assertEquals(COPIES * sample.incidents(), copies.incidents());
        assertArrayEquals(sample.cells, copies.cells);
        for (int ci = 0; ci < copies.cells.length; ci++) {
            assertEquals(COPIES * (sample.start[ci + 1] - sample.start[ci]), copies.start[ci + 1] - copies.start[ci]);
            for (int i = copies.start[ci] + 1; i < copies.start[ci + 1]; i++) {
                assertTrue(copies.day[i - 1] <= copies.day[i]);
            }
        }
    }

    @Test
    void countsEachCellTwentyFourTimes() {
        for (int res = 6; res <= 10; res += 2) {
            for (DrillScope scope : List.of(
                    new DrillScope(res, null, sample.firstDay(), sample.lastDay(), List.of(), true),
                    new DrillScope(
                            res,
                            null,
                            LocalDate.parse("2018-02-10"),
                            LocalDate.parse("2018-08-31"),
                            List.of("violent", "drugs"),
                            true))) {
                CellCounts one = CellCounts.of(sample, scope);
                CellCounts all = CellCounts.of(copies, scope);
                assertEquals(one.size(), all.size());
                for (int i = 0; i < one.size(); i++) {
                    assertEquals(one.cell(i), all.cell(i));
                    assertEquals(COPIES * one.incidents(i), all.incidents(i));
                    assertEquals(COPIES * one.known(i), all.known(i));
                    assertEquals(COPIES * one.arrests(i), all.arrests(i));
                }
                assertEquals(COPIES * one.previous(), all.previous());
                assertEquals(COPIES * one.allCategories(), all.allCategories());
                assertTrue(one.total() > 0);
            }
        }
    }

    @Test
    void profilesTwentyFourTimesWithTheSameSignatureBlocks() {
        DrillScope scope =
                new DrillScope(6, null, LocalDate.parse("2017-06-01"), LocalDate.parse("2019-05-31"), List.of(), false);
        ScopeProfiles one = ScopeProfiles.of(sample, scope);
        ScopeProfiles all = ScopeProfiles.of(copies, scope);
        Map<LocalDate, Map<String, Long>> times = new TreeMap<>();
        one.mix()
                .forEach((d, m) -> m.forEach(
                        (k, v) -> times.computeIfAbsent(d, x -> new TreeMap<>()).put(k, COPIES * v)));
        assertEquals(times, all.mix());
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                assertEquals(COPIES * one.hourByDay()[d][h], all.hourByDay()[d][h]);
            }
        }
        assertEquals(COPIES * one.arrests().arrest(), all.arrests().arrest());
        assertEquals(COPIES * one.zoneMismatches(), all.zoneMismatches());
        assertEquals(5, one.blocks().size());
        for (int b = 0; b < one.blocks().size(); b++) {
            assertEquals(one.blocks().get(b).block(), all.blocks().get(b).block());
            assertEquals(
                    one.blocks().get(b).dominantOffense(), all.blocks().get(b).dominantOffense());
            assertEquals(
                    COPIES * one.blocks().get(b).incidents(),
                    all.blocks().get(b).incidents());
            assertEquals(
                    COPIES * one.blocks().get(b).dominantCount(),
                    all.blocks().get(b).dominantCount());
        }
    }
}
