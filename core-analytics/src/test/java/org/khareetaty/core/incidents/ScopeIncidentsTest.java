package org.khareetaty.core.incidents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.hexgrid.DrillScope;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;
import org.khareetaty.core.testing.StoreQueries;
import org.locationtech.jts.geom.Envelope;

/**
 * The incidents of a scope ({@link IncidentRows}) and of a map box ({@link IncidentLocations}) on
 * the Chicago 25k sample, against every stored incident filtered in Java (H3 parents by the H3
 * library, not by the cell ranges the queries use).
 */
class ScopeIncidentsTest {
    @TempDir
    static Path dir;

    static Store store;
    static List<Stored> all;

    /** One stored incident, as the oracle reads it. */
    record Stored(long id, long cell, LocalDate day, String category, double lon, double lat, String occurredAt) {}

    @BeforeAll
    static void importSample() {
        store = SharedData.importedSample(dir.resolve("store"));
        all =
                StoreQueries.rows(
                                store, "SELECT id, h3_r10, local_date, category, lon, lat, occurred_at FROM incidents")
                        .stream()
                        .map(r -> new Stored(
                                Long.parseLong(r.get(0)),
                                Long.parseLong(r.get(1)),
                                LocalDate.parse(r.get(2)),
                                r.get(3),
                                Double.parseDouble(r.get(4)),
                                Double.parseDouble(r.get(5)),
                                r.get(6)))
                        .toList();
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    private static LocalDate first() {
        return all.stream().map(Stored::day).min(LocalDate::compareTo).orElseThrow();
    }

    private static LocalDate last() {
        return all.stream().map(Stored::day).max(LocalDate::compareTo).orElseThrow();
    }

    /** The r8 cell holding the most incidents. */
    private static long busiestR8() {
        Map<Long, Long> counts =
                all.stream().collect(Collectors.groupingBy(s -> H3Cells.parent(s.cell(), 8), Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
    }

    private static long[] ids(List<Stored> stored) {
        return stored.stream().mapToLong(Stored::id).sorted().toArray();
    }

    @Test
    void rowsOfADrilledCellAreItsIncidentsInTheDatesAndCategoryLatestFirst() {
        long parent = busiestR8();
        LocalDate from = LocalDate.of(2018, 1, 1);
        LocalDate to = LocalDate.of(2018, 12, 31);
        Predicate<Stored> inCell = s -> H3Cells.parent(s.cell(), 8) == parent
                && !s.day().isBefore(from)
                && !s.day().isAfter(to);
        String category = all.stream()
                .filter(inCell)
                .collect(Collectors.groupingBy(Stored::category, Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();

        List<IncidentRow> rows = new IncidentRows(store).latest(new DrillScope(9, parent, from, to, List.of(), false));
        List<Stored> expected = all.stream().filter(inCell).toList();
        assertTrue(
                expected.size() > 100 && expected.size() < IncidentRows.LIMIT,
                "a busy cell, under the limit: " + expected.size());
        assertArrayEquals(
                ids(expected), rows.stream().mapToLong(IncidentRow::id).sorted().toArray());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(!rows.get(i).occurred().isAfter(rows.get(i - 1).occurred()), "latest first, row " + i);
        }
        assertTrue(rows.stream().allMatch(r -> H3Cells.parent(r.cell(), 8) == parent));
        // the Chicago portal's "Case Number" (JA123456), which the table shows instead of the store's id
        assertTrue(
                rows.stream()
                        .allMatch(r -> r.caseNumber() != null && r.caseNumber().matches("[A-Z]{1,2}\\d{6}")),
                rows.get(0).caseNumber());

        List<IncidentRow> ofCategory =
                new IncidentRows(store).latest(new DrillScope(9, parent, from, to, List.of(category), false));
        assertArrayEquals(
                ids(expected.stream().filter(s -> s.category().equals(category)).toList()),
                ofCategory.stream().mapToLong(IncidentRow::id).sorted().toArray());
    }

    @Test
    void theWholeAreaListsTheLatestFiveThousand() {
        List<IncidentRow> rows = new IncidentRows(store)
                .latest(new DrillScope(H3Cells.MIN_RES, null, first(), last(), List.of(), false));
        assertEquals(IncidentRows.LIMIT, rows.size());
        String latest =
                all.stream().map(Stored::occurredAt).max(String::compareTo).orElseThrow();
        long latestId = all.stream()
                .filter(s -> s.occurredAt().equals(latest))
                .mapToLong(Stored::id)
                .min()
                .orElseThrow();
        assertEquals(latestId, rows.get(0).id(), "the latest incident first (ties by id)");
    }

    @Test
    void locationsInABoxAreTheIncidentsInsideItInTheScope() {
        Envelope loop = new Envelope(-87.645, -87.615, 41.865, 41.895);
        LocalDate from = LocalDate.of(2017, 6, 1);
        LocalDate to = LocalDate.of(2019, 5, 31);
        IncidentLocations.Locations found = new IncidentLocations(store)
                .inBox(loop, new DrillScope(H3Cells.MIN_RES, null, from, to, List.of(), false));
        List<Stored> expected = all.stream()
                .filter(s -> loop.contains(s.lon(), s.lat())
                        && !s.day().isBefore(from)
                        && !s.day().isAfter(to))
                .toList();
        assertTrue(expected.size() > 100, "the Loop is busy: " + expected.size());
        assertEquals(expected.size(), found.size());
        double[] lon = found.lon().clone();
        Arrays.sort(lon);
        assertArrayEquals(expected.stream().mapToDouble(Stored::lon).sorted().toArray(), lon);
    }

    @Test
    void locationsStopAtTheLimit() {
        Envelope chicago = new Envelope(-88.0, -87.5, 41.6, 42.1);
        IncidentLocations.Locations found = new IncidentLocations(store)
                .inBox(chicago, new DrillScope(H3Cells.MIN_RES, null, first(), last(), List.of(), false));
        assertTrue(all.size() > IncidentLocations.LIMIT);
        assertEquals(IncidentLocations.LIMIT, found.size());
        for (int i = 0; i < found.size(); i++) {
            assertTrue(chicago.contains(found.lon()[i], found.lat()[i]), "point " + i);
        }
    }
}
