package org.khareetaty.sample.live;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;

/**
 * Reads the incidents a generated stream is made from: those with a time of day. An incident known
 * to the day only ({@code time_precision} 'day': a date without a time, or a placeholder time such as
 * a mass of 12:00) is stored at midnight (or at the placeholder); played as a live event it would
 * count in the engine's windows as happening at that hour, so it is left out, and
 * {@link #dayOnly} says how many were.
 */
public final class StoreIncidents {
    /** Days of the default range: the last week of the store's data. */
    public static final int DEFAULT_DAYS = 7;

    private StoreIncidents() {}

    /**
     * A range of local dates (inclusive), as {@code --from}/{@code --to} give it.
     *
     * @param from the first day
     * @param to   the last day
     */
    public record DayRange(LocalDate from, LocalDate to) {
        public DayRange {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("--to " + to + " is before --from " + from);
            }
        }
    }

    /**
     * The range to use: the given days, or where one is missing, the last {@value #DEFAULT_DAYS}
     * days of the store's data (ending at {@code to} when only that is given).
     *
     * @throws IllegalArgumentException when the store holds no incidents
     */
    public static DayRange range(Store store, LocalDate from, LocalDate to) {
        if (from != null && to != null) {
            return new DayRange(from, to);
        }
        LocalDate last;
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement("SELECT MAX(local_date) FROM incidents");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            Date d = rs.getDate(1);
            if (d == null) {
                throw new IllegalArgumentException(
                        "the store at " + store.dir() + " holds no incidents to make a stream from: "
                                + "import some (khareetaty import) or build the demo store (khareetaty demo)");
            }
            last = d.toLocalDate();
        } catch (SQLException e) {
            throw new StoreException(
                    "cannot read the incidents of the store at " + store.dir() + ": " + e.getMessage(), e);
        }
        if (from != null) {
            return new DayRange(from, from.plusDays(DEFAULT_DAYS - 1L));
        }
        LocalDate end = to != null ? to : last;
        return new DayRange(end.minusDays(DEFAULT_DAYS - 1L), end);
    }

    /** The incidents with a time of day whose local date is in the range, in time order (then id). */
    public static List<StoreIncident> read(Store store, DayRange range) {
        String sql = "SELECT id, occurred_at, lat, lon, offense_type, category, severity FROM incidents "
                + "WHERE local_date BETWEEN ? AND ? AND time_precision <> 'day' ORDER BY occurred_at, id";
        List<StoreIncident> out = new ArrayList<>();
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(10_000);
            ps.setObject(1, range.from());
            ps.setObject(2, range.to());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoreIncident(
                            rs.getLong(1),
                            rs.getObject(2, OffsetDateTime.class).toInstant(),
                            rs.getDouble(3),
                            rs.getDouble(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getDouble(7)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(
                    "cannot read the incidents of the store at " + store.dir() + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** How many incidents of the range {@link #read} leaves out as known to the day only. */
    public static long dayOnly(Store store, DayRange range) {
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM incidents "
                        + "WHERE local_date BETWEEN ? AND ? AND time_precision = 'day'")) {
            ps.setObject(1, range.from());
            ps.setObject(2, range.to());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException(
                    "cannot count the incidents known to the day only in the store at " + store.dir() + ": "
                            + e.getMessage(),
                    e);
        }
    }
}
