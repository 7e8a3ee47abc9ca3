package org.khareetaty.core.alert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import org.khareetaty.core.hexgrid.GoldAggregates;
import org.khareetaty.core.hexgrid.GoldCube;
import org.khareetaty.core.hexgrid.WeekHourCounts;

/**
 * The spike prediction's expectation from the store's history: a cell's mean count of incidents in the
 * same local hour of the week over the last {@code spike.history_weeks} whole weeks of history before
 * the stream's day (the seasonal mean, i.e. seasonal naive averaged over several seasons: Hyndman &amp;
 * Athanasopoulos, <i>Forecasting: Principles and Practice</i>, 3rd ed., 2021, §5.2; used as a
 * surveillance baseline as the "historical limits" method of Stroup, Williamson, Herndon &amp; Karon
 * 1989, <i>Statistics in Medicine</i> 8:323-329). A cell busy every Friday night expects that, where
 * the rolling 24-hour summary would see a spike; a quiet cell expects its little.
 *
 * <p>The gold cube is read once, when the engine opens; the table of counts per cell and hour of the
 * week is remade from it in memory when the stream's local day moves on (checked at most once per
 * stream hour), never by a store query per event. The weeks end the day before the stream's day, or
 * at the history's last day when the stream runs past it (live), so a replay of stored days never
 * expects from the day it replays.
 */
final class WeekHourExpectation {
    private static final long HOUR_MS = 3_600_000L;

    private final GoldCube cube;
    private final ZoneId zone;
    private final int resolution;
    private final int weeks;
    private long checkedHour = Long.MIN_VALUE;
    private LocalDate from;
    private LocalDate to;
    private int weeksHeld;
    private Map<Long, int[]> counts = Map.of();

    WeekHourExpectation(GoldCube cube, ZoneId zone, int resolution, int weeks) {
        this.cube = cube;
        this.zone = zone;
        this.resolution = resolution;
        this.weeks = weeks;
    }

    /** Reads the store's gold aggregates and the time zone most of its incidents come from. */
    static WeekHourExpectation load(Connection c, int resolution, int weeks) throws SQLException {
        return new WeekHourExpectation(GoldAggregates.load(c), storeZone(c), resolution, weeks);
    }

    private static ZoneId storeZone(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT source_zone FROM incidents GROUP BY source_zone ORDER BY COUNT(*) DESC LIMIT 1");
                ResultSet rs = ps.executeQuery()) {
            String z = rs.next() ? rs.getString(1) : null;
            try {
                return z == null ? ZoneOffset.UTC : ZoneId.of(z);
            } catch (DateTimeException x) {
                return ZoneOffset.UTC;
            }
        }
    }

    /**
     * Remakes the table for the stream's day of {@code now} when that day has moved on (looked at once
     * per stream hour); true when the table holds at least one whole week of history.
     */
    boolean holdsAt(Instant now) {
        long hour = Math.floorDiv(now.toEpochMilli(), HOUR_MS);
        if (hour != checkedHour) {
            checkedHour = hour;
            remake(now.atZone(zone).toLocalDate().minusDays(1));
        }
        return weeksHeld > 0;
    }

    private void remake(LocalDate dayBefore) {
        LocalDate last = cube.lastDay();
        if (last == null) {
            weeksHeld = 0;
            return;
        }
        LocalDate end = last.isBefore(dayBefore) ? last : dayBefore;
        if (end.equals(to)) {
            return;
        }
        long days = ChronoUnit.DAYS.between(cube.firstDay(), end) + 1;
        weeksHeld = (int) Math.min(weeks, Math.max(0, days / 7));
        to = end;
        from = end.minusDays(7L * weeksHeld - 1);
        counts = weeksHeld == 0 ? Map.of() : WeekHourCounts.of(cube, resolution, from, to);
    }

    /** The mean incidents of {@code cell} in its hour of the week {@code hourOfWeek} (0: Monday 00h) over the weeks held. */
    double perHour(long cell, int hourOfWeek) {
        int[] c = counts.get(cell);
        return c == null || weeksHeld == 0 ? 0 : (double) c[hourOfWeek] / weeksHeld;
    }

    /** The local hour of the week of {@code t}, Monday 00:00-00:59 being 0. */
    int hourOfWeek(Instant t) {
        ZonedDateTime z = t.atZone(zone);
        return (z.getDayOfWeek().getValue() - 1) * 24 + z.getHour();
    }

    /** The incidents {@code cell} expects from {@code start} to {@code end}: each local hour's mean, for the part of it in the span. */
    double expected(long cell, Instant start, Instant end) {
        double sum = 0;
        Instant t = start;
        while (t.isBefore(end)) {
            Instant next =
                    t.atZone(zone).truncatedTo(ChronoUnit.HOURS).plusHours(1).toInstant();
            Instant stop = next.isBefore(end) ? next : end;
            sum += perHour(cell, hourOfWeek(t)) * (stop.toEpochMilli() - t.toEpochMilli()) / HOUR_MS;
            t = stop;
        }
        return sum;
    }

    /** In words, where the expectation of the span from {@code start} to {@code end} came from. */
    String words(Instant start, Instant end) {
        ZonedDateTime a = start.atZone(zone);
        ZonedDateTime b = end.atZone(zone);
        return String.format(
                Locale.ROOT,
                "the cell's mean for %s %02d:%02d-%02d:%02d (%s) over the %d weeks %s to %s of the store's history",
                a.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                a.getHour(),
                a.getMinute(),
                b.getHour(),
                b.getMinute(),
                zone,
                weeksHeld,
                from,
                to);
    }

    /** The first and last day of the weeks the table holds (null before the first {@link #holdsAt}). */
    LocalDate[] span() {
        return new LocalDate[] {from, to};
    }
}
