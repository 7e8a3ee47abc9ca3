package org.khareetaty.core.hexgrid;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.khareetaty.core.geo.H3Cover;

/**
 * The temporal profile of a drill-down scope, for its charts: the offense mix per day (per month
 * when the range is longer than {@link #DAILY_UP_TO_DAYS} days), arrest against no arrest, day of
 * week, hour of day overall and per day of week, and the signature blocks with their dominant
 * offense. Read from the incidents in scope (under a parent cell: one range of the h3_r10 index).
 *
 * @param mixPeriod   "day" or "month": the unit of {@code mix}
 * @param mix         incidents per period and category
 * @param arrests     incidents with an arrest, without one, and whose source does not say
 * @param dayOfWeek   incidents per day of week, Monday first
 * @param hourOfDay   incidents per local hour 0..23
 * @param hourByDay   incidents per day of week (Monday first) and hour
 * @param blocks      the busiest blocks or streets, busiest first
 */
public record ScopeProfiles(String mixPeriod, Map<LocalDate, Map<String, Long>> mix, Arrests arrests, long[] dayOfWeek,
        long[] hourOfDay, long[][] hourByDay, List<Block> blocks) {

    /** Ranges up to this many days are profiled per day, longer ones per month. */
    public static final int DAILY_UP_TO_DAYS = 366;
    /** Signature blocks listed. */
    public static final int TOP_BLOCKS = 5;

    /** Arrest against no arrest. */
    public record Arrests(long arrest, long noArrest, long unknown) {
    }

    /** A block or street with its incidents and its most frequent offense type. */
    public record Block(String block, long incidents, String dominantOffense, long dominantCount) {
    }

    /** The profiles of the incidents in {@code scope}. */
    public static ScopeProfiles of(Connection c, DrillScope scope) throws SQLException {
        boolean daily = java.time.temporal.ChronoUnit.DAYS.between(scope.from(), scope.to()) < DAILY_UP_TO_DAYS;
        Map<LocalDate, Map<String, Long>> mix = new TreeMap<>();
        long[] arrests = new long[3];
        long[] dow = new long[7];
        long[] hour = new long[24];
        long[][] hourByDay = new long[7][24];
        try (PreparedStatement ps = c.prepareStatement("SELECT local_date, category, day_of_week, local_hour, arrest, COUNT(*) "
                + "FROM incidents" + where(scope) + " GROUP BY local_date, category, day_of_week, local_hour, arrest")) {
            bind(ps, scope);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate d = rs.getObject(1, LocalDate.class);
                    long n = rs.getLong(6);
                    mix.computeIfAbsent(daily ? d : d.withDayOfMonth(1), k -> new TreeMap<>()).merge(rs.getString(2), n, Long::sum);
                    int wd = rs.getInt(3) - 1;
                    int h = rs.getInt(4);
                    dow[wd] += n;
                    hour[h] += n;
                    hourByDay[wd][h] += n;
                    Object arrest = rs.getObject(5);
                    arrests[arrest == null ? 2 : ((Boolean) arrest ? 0 : 1)] += n;
                }
            }
        }
        return new ScopeProfiles(daily ? "day" : "month", mix, new Arrests(arrests[0], arrests[1], arrests[2]), dow, hour, hourByDay,
                blocks(c, scope));
    }

    private static List<Block> blocks(Connection c, DrillScope scope) throws SQLException {
        List<Block> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT block, offense_type, COUNT(*) FROM incidents" + where(scope)
                + " AND block IS NOT NULL AND block IN (SELECT block FROM incidents" + where(scope) + " AND block IS NOT NULL "
                + "GROUP BY block ORDER BY COUNT(*) DESC, block FETCH FIRST " + TOP_BLOCKS + " ROWS ONLY) GROUP BY block, offense_type")) {
            int next = bind(ps, scope);
            bind(ps, scope, next);
            Map<String, long[]> totals = new TreeMap<>();
            Map<String, String> dominant = new TreeMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String block = rs.getString(1);
                    long n = rs.getLong(3);
                    long[] t = totals.computeIfAbsent(block, k -> new long[2]);
                    t[0] += n;
                    String type = rs.getString(2);
                    if (n > t[1] || (n == t[1] && type.compareTo(dominant.get(block)) < 0)) {
                        t[1] = n;
                        dominant.put(block, type);
                    }
                }
            }
            totals.forEach((block, t) -> out.add(new Block(block, t[0], dominant.get(block), t[1])));
        }
        out.sort((a, b) -> a.incidents() != b.incidents() ? Long.compare(b.incidents(), a.incidents()) : a.block().compareTo(b.block()));
        return out;
    }

    /** {@code WHERE} restricting incidents to the scope's dates, parent cell and categories; bind with {@link #bind}. */
    static String where(DrillScope scope) {
        StringBuilder w = new StringBuilder(" WHERE local_date BETWEEN ? AND ?");
        if (scope.parent() != null) {
            w.append(" AND h3_r10 BETWEEN ? AND ?");
        }
        if (!scope.categories().isEmpty()) {
            w.append(" AND category IN (").append("?, ".repeat(scope.categories().size() - 1)).append("?)");
        }
        return w.toString();
    }

    private static int bind(PreparedStatement ps, DrillScope scope) throws SQLException {
        return bind(ps, scope, 1);
    }

    /** Binds the parameters of {@link #where} from {@code first}; returns the next index. */
    static int bind(PreparedStatement ps, DrillScope scope, int first) throws SQLException {
        int i = first;
        ps.setObject(i++, scope.from());
        ps.setObject(i++, scope.to());
        if (scope.parent() != null) {
            H3Cover.Range r = H3Cover.descendants(scope.parent());
            ps.setLong(i++, r.lo());
            ps.setLong(i++, r.hi());
        }
        for (String category : scope.categories()) {
            ps.setString(i++, category);
        }
        return i;
    }
}
