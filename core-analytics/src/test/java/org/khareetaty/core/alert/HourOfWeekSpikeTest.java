package org.khareetaty.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.uber.h3core.util.LatLng;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.etl.ImportOptions;
import org.khareetaty.core.etl.Importer;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.testing.SharedData;
import org.khareetaty.core.testing.StoreQueries;

/**
 * The spike prediction with {@code spike.expectation = "hour_of_week"} on a store holding Chicago's real
 * aggravated assaults of 2019: the expectation table against an independent count in SQL, and a real
 * engine that sees two incidents in three hours of an r6 cell as a spike in the cell's quietest hours and
 * as no spike in its busiest, saying where the expectation came from.
 */
class HourOfWeekSpikeTest extends EngineFixture {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    /** After the history: the table holds the 8 weeks ending 2019-12-31. */
    private static final LocalDate STREAM_WEEK = LocalDate.of(2020, 1, 6);

    private static WeekHourExpectation table;

    @Override
    String config() {
        return "[spike]\nexpectation = \"hour_of_week\"\nhistory_weeks = 8\nmin_incidents = 2\n"
                + "baseline_floor_per_hour = 0.05\n"
                + "[windows]\ncell_resolution = 6\nsliding_minutes = 180.0\nsession_radius_m = 50.0\n"
                + "[risk.category_weight]\nother = 0.0\n";
    }

    @BeforeAll
    static void importAssaultsOf2019() throws IOException, SQLException {
        Path file = year2019(SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz"), tmp.resolve("2019.csv"));
        new Importer(store).importFile(file, ImportOptions.defaults(), ProgressListener.NONE);
        try (Connection c = store.connect()) {
            table = WeekHourExpectation.load(c, 6, 8);
        }
        assertTrue(table.holdsAt(STREAM_WEEK.atStartOfDay(CHICAGO).toInstant()));
    }

    private static Path year2019(Path gz, Path out) throws IOException {
        try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8));
                BufferedWriter w = Files.newBufferedWriter(out)) {
            w.write(in.readLine());
            w.newLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("2019-")) {
                    w.write(line);
                    w.newLine();
                }
            }
        }
        return out;
    }

    @Test
    void aCellsExpectationIsItsCountInThatHourOfTheWeekOverTheWeeksDividedByTheWeeks() {
        assertEquals(LocalDate.of(2019, 11, 6), table.span()[0], "8 whole weeks ...");
        assertEquals(LocalDate.of(2019, 12, 31), table.span()[1], "... ending on the history's last day");
        Busiest b = busiest();
        for (int how : new int[] {b.hourOfWeek, (b.hourOfWeek + 84) % 168, 0, 167}) {
            long sql = StoreQueries.number(
                    store,
                    "SELECT COUNT(*) FROM incidents WHERE h3_r6 = ? AND local_date BETWEEN ? AND ? "
                            + "AND ISO_DAY_OF_WEEK(local_date) = ? AND local_hour = ? AND time_precision <> 'day'",
                    b.cell,
                    java.sql.Date.valueOf("2019-11-06"),
                    java.sql.Date.valueOf("2019-12-31"),
                    how / 24 + 1,
                    how % 24);
            assertEquals(sql / 8.0, table.perHour(b.cell, how), 1e-12, "hour of week " + how);
        }
        assertTrue(table.perHour(b.cell, b.hourOfWeek) >= 0.5, "the busiest r6 hour sees one most weeks");
    }

    @Test
    void twoIncidentsInTheCellsQuietestHoursAreASpikeAndSaySo() {
        Busiest b = busiestThreeHours();
        int quiet = b.quietestStart();
        double expected = b.threeHours(quiet);
        // the cell whose three busiest hours are the busiest of all, in its quietest three hours; the floor: 0.05 an
        // hour, 0.15 in three; P(X < 2 | 0.15) = 0.99 >= 0.65
        assertTrue(expected <= 0.25, "the quietest three hours of the busiest cell expect " + expected);
        List<AlertDecision> spikes = burst(b.cell, quiet, "q-");
        AlertDecision spike = Stream.only(spikes, DecisionKind.RAISED);
        assertEquals(AlertType.SPIKE, spike.type());
        String when = dayName(quiet) + String.format(" %02d:00-%02d:00", quiet % 24, (quiet + 3) % 24);
        String words = "the cell's mean for " + when
                + " (America/Chicago) over the 8 weeks 2019-11-06 to 2019-12-31 of the store's history";
        assertTrue(spike.reason().contains("floored at 0.05, from " + words), spike.reason());
        String json = StoreQueries.text(
                store, "SELECT explanation FROM alert_explanations WHERE alert_id = ?", spike.alertId());
        assertTrue(json.contains("\"expectation\":\"" + words + "\""), json);
    }

    @Test
    void theSameTwoIncidentsInTheCellsBusiestHoursAreNoSpike() {
        Busiest b = busiestThreeHours();
        double expected = b.threeHours(b.hourOfWeek);
        // 2 incidents against at least 1.4 expected: P(X < 2 | 1.4) = e^-1.4 (1 + 1.4) = 0.59 < 0.65, at most a
        // trend watch (and under 1.25 x expected from 1.6 on, no prediction at all)
        assertTrue(expected >= 1.4, "the busiest three hours of any r6 cell expect " + expected);
        assertEquals(
                List.of(),
                burst(b.cell, b.hourOfWeek, "b-").stream()
                        .filter(d -> d.type() == AlertType.SPIKE)
                        .toList());
    }

    /** Two incidents 200 m apart near the centre of {@code cell}, at 2:46 and 2:50 into the three hours from {@code hourOfWeek}: the window [start, start + 3 h). */
    private List<AlertDecision> burst(long cell, int hourOfWeek, String prefix) {
        LatLng c = H3Cells.h3().cellToLatLng(cell);
        LocalDate day = STREAM_WEEK.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(hourOfWeek / 24 + 1)));
        Instant start = day.atTime(hourOfWeek % 24, 0).atZone(CHICAGO).toInstant();
        List<AlertDecision> out = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Instant at = start.plusSeconds(166 * 60 + 240L * i);
            Event e = new Event(
                    prefix + i,
                    i + 1,
                    EventSource.CCTV,
                    "motion",
                    at,
                    at.plusSeconds(2),
                    c.lat + 0.0018 * i,
                    c.lng,
                    0.3,
                    null,
                    Map.of());
            out.addAll(SpikePredictionTest.spikes(Stream.feed(engine, e)));
        }
        return out;
    }

    private static String dayName(int hourOfWeek) {
        String n = DayOfWeek.of(hourOfWeek / 24 + 1).name();
        return n.charAt(0) + n.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The r6 cell with the most incidents in one hour of the week. */
    private record Busiest(long cell, int hourOfWeek) {
        /** Incidents expected in the three hours from {@code h}, within one day. */
        double threeHours(int h) {
            return table.perHour(cell, h) + table.perHour(cell, h + 1) + table.perHour(cell, h + 2);
        }

        /** The start of the cell's busiest three hours within a day (hours 0..21). */
        int busiestStart() {
            int best = 0;
            for (int h = 0; h < 168; h++) {
                if (h % 24 <= 21 && threeHours(h) > threeHours(best)) {
                    best = h;
                }
            }
            return best;
        }

        /** The start of the cell's quietest three hours within a day. */
        int quietestStart() {
            int best = 0;
            for (int h = 0; h < 168; h++) {
                if (h % 24 <= 21 && threeHours(h) < threeHours(best)) {
                    best = h;
                }
            }
            return best;
        }
    }

    private static Busiest busiest() {
        long cell = 0;
        int how = 0;
        double most = -1;
        for (long c : cells()) {
            for (int h = 0; h < 168; h++) {
                if (table.perHour(c, h) > most) {
                    most = table.perHour(c, h);
                    cell = c;
                    how = h;
                }
            }
        }
        return new Busiest(cell, how);
    }

    /** The r6 cell and start hour of the three hours (within one day) with the most incidents expected. */
    private static Busiest busiestThreeHours() {
        Busiest best = null;
        for (long c : cells()) {
            Busiest cell = new Busiest(c, 0);
            Busiest at = new Busiest(c, cell.busiestStart());
            if (best == null || at.threeHours(at.hourOfWeek) > best.threeHours(best.hourOfWeek)) {
                best = at;
            }
        }
        return best;
    }

    private static List<Long> cells() {
        return StoreQueries.rows(store, "SELECT DISTINCT h3_r6 FROM incidents ORDER BY h3_r6").stream()
                .map(r -> Long.parseLong(r.get(0)))
                .toList();
    }
}
