package org.khareetaty.core.etl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khareetaty.core.testing.StoreQueries.number;
import static org.khareetaty.core.testing.StoreQueries.rows;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.hexgrid.Drill;
import org.khareetaty.core.hexgrid.DrillScope;
import org.khareetaty.core.hexgrid.GoldAggregates;
import org.khareetaty.core.hexgrid.ScopeProfiles;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;

/**
 * Times without a time of day: a statistics package's extract that writes a date only where the
 * records system had no time ({@code date-only-extract.csv}), and the placeholder times of the real
 * Chicago sample. Such rows load at time precision {@code day}; the drill's hour profiles and quick
 * hits leave them out and say how many.
 */
class DateOnlyTimesTest {
    private static final DrillScope MARCH_2019 = new DrillScope(
            H3Cells.MIN_RES, null, LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31), List.of(), false);

    @Test
    void datesWithoutTimeLoadAtDayPrecisionAndTheHourProfilesLeaveThemOutSayingHowMany(@TempDir Path dir)
            throws Exception {
        try (Store store = Store.open(dir)) {
            ImportResult r = new Importer(store)
                    .importFile(
                            OffsetTimesTest.resource("date-only-extract.csv"),
                            ImportOptions.defaults()
                                    .withMapping(
                                            Mapping.read(OffsetTimesTest.resource("date-only-extract.properties"))),
                            ProgressListener.NONE);
            var n = r.counts();
            assertEquals(n.read(), n.loaded() + n.rejected() + n.duplicates(), "read = loaded + rejected + duplicates");
            assertEquals(120, n.loaded(), () -> "rejected: " + r.rejectedByReason());
            assertEquals(Map.of(Flag.DATE_ONLY, 40L), r.flagged());
            assertEquals(
                    List.of(List.of("day", "40", "0", "0"), List.of("minute", "80", "1", "23")),
                    rows(
                            store,
                            "SELECT time_precision, COUNT(*), MIN(local_hour), MAX(local_hour) FROM incidents "
                                    + "GROUP BY time_precision ORDER BY time_precision"));

            try (Connection c = store.connect()) {
                Drill d = Drill.of(c, MARCH_2019);
                ScopeProfiles p = d.profiles();
                assertEquals(40, p.dateOnly());
                assertEquals(120, Arrays.stream(p.dayOfWeek()).sum(), "the day of week is known for every row");
                assertEquals(80, Arrays.stream(p.hourOfDay()).sum(), "hours only for the rows that have one");
                assertEquals(
                        80,
                        Arrays.stream(p.hourByDay())
                                .flatMapToLong(Arrays::stream)
                                .sum());
                assertEquals(
                        number(
                                store,
                                "SELECT COUNT(*) FROM incidents WHERE time_precision <> 'day' AND local_hour = 0"),
                        p.hourOfDay()[0],
                        "midnight holds only the rows written at midnight");
                assertTrue(
                        d.quickHits().stream()
                                .anyMatch(h -> h.contains("of the 80 with a time of day")
                                        && h.contains("(40 with a date only left out)")),
                        () -> "quick hits: " + d.quickHits());
                assertTrue(
                        d.warningTexts().stream()
                                .anyMatch(w -> w.startsWith("40 incidents") && w.contains("date only")),
                        () -> "warnings: " + d.warningTexts());

                GoldAggregates.rebuild(c);
                ScopeProfiles rebuilt = Drill.of(c, MARCH_2019).profiles();
                assertEquals(40, rebuilt.dateOnly(), "the aggregates rebuilt from the stored rows agree");
                assertEquals(Arrays.toString(p.hourOfDay()), Arrays.toString(rebuilt.hourOfDay()));
                assertEquals(Arrays.toString(p.dayOfWeek()), Arrays.toString(rebuilt.dayOfWeek()));
            }
        }
    }

    @Test
    void theChicagoSamplesPlaceholderTimesTwelveNoonAndOneMinutePastMidnightTakeDayPrecision(@TempDir Path dir)
            throws Exception {
        try (Store store = Store.open(dir)) {
            ImportResult r = new Importer(store)
                    .importFile(
                            SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz"),
                            ImportOptions.defaults(),
                            ProgressListener.NONE);
            var n = r.counts();
            assertEquals(n.read(), n.loaded() + n.rejected() + n.duplicates(), "read = loaded + rejected + duplicates");
            // Chicago is at a whole-hour offset from UTC: the local minute is the UTC one
            String atMinute = "SELECT COUNT(*) FROM incidents WHERE local_hour = ? "
                    + "AND EXTRACT(MINUTE FROM occurred_at) = ? AND EXTRACT(SECOND FROM occurred_at) = 0";
            long noon = number(store, atMinute, 12, 0);
            long pastMidnight = number(store, atMinute, 0, 1);
            long midnight = number(store, atMinute, 0, 0);
            assertTrue(noon > 0 && pastMidnight > 0 && midnight > 0, noon + " " + pastMidnight + " " + midnight);
            assertEquals(noon, r.flagged().get(Flag.PLACEHOLDER_TIME + "12:00"), () -> "flagged: " + r.flagged());
            assertEquals(pastMidnight, r.flagged().get(Flag.PLACEHOLDER_TIME + "00:01"));
            assertFalse(
                    r.flagged().containsKey(Flag.PLACEHOLDER_TIME + "00:00"),
                    "midnight itself is only a little busier than 23:00 and 01:00");
            assertEquals(
                    noon + pastMidnight, number(store, "SELECT COUNT(*) FROM incidents WHERE time_precision = 'day'"));
            assertEquals(
                    noon,
                    number(
                            store,
                            "SELECT COUNT(*) FROM incidents WHERE time_precision = 'day' AND local_hour = 12 "
                                    + "AND time_flag LIKE 'placeholder time 12:00: %'"));

            try (Connection c = store.connect()) {
                DrillScope all = new DrillScope(
                        H3Cells.MIN_RES, null, LocalDate.of(2017, 1, 1), LocalDate.of(2019, 12, 31), List.of(), false);
                ScopeProfiles p = Drill.of(c, all).profiles();
                assertEquals(noon + pastMidnight, p.dateOnly());
                long noonHour = number(
                        store,
                        "SELECT COUNT(*) FROM incidents WHERE local_hour = 12 AND time_precision <> 'day' "
                                + "AND local_date BETWEEN ? AND ?",
                        all.from(),
                        all.to());
                assertEquals(noonHour, p.hourOfDay()[12], "the noon hour without its placeholder rows");
                GoldAggregates.rebuild(c);
                assertEquals(
                        Arrays.toString(p.hourOfDay()),
                        Arrays.toString(Drill.of(c, all).profiles().hourOfDay()),
                        "the aggregates rebuilt from the stored rows agree");
            }
        }
    }
}
