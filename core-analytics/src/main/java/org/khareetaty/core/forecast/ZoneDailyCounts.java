package org.khareetaty.core.forecast;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.khareetaty.core.error.KhareetatyException;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;

/**
 * The query class of forecasting: daily incident counts per zone of a boundary layer (or per H3 cell)
 * and for the whole area, from the store. A zone is kept when it has incidents in every calendar year
 * the scope's data spans (protocol A1's rule: a zone that appears, vanishes or was renumbered has no
 * series to forecast); the whole area counts every incident of the scope, inside a kept zone or not.
 * Also each zone's incidents per hour of the week ({@link #hourProfiles}) for the next-24-hours view.
 */
public final class ZoneDailyCounts {
    private static final Pattern ZONE_COLUMN = Pattern.compile("zone_[a-z0-9_]+");

    private ZoneDailyCounts() {}

    /** The series of {@code scope}; an error names the layer when the store has none of that name or no incidents. */
    public static SeriesSet load(Store store, SeriesScope scope) {
        try (Connection c = store.connect()) {
            String column = scope.layer() != null ? zoneColumn(c, scope.layer()) : "h3_r" + scope.h3Resolution();
            return read(c, column, scope);
        } catch (SQLException e) {
            throw new StoreException("could not read the daily counts of " + scope.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Each zone's incidents of {@code scope} per hour of the week (local time) on the days {@code from ..
     * through}, and the whole area's under {@link DailySeries#WHOLE_AREA}; incidents whose source gives
     * the day only ({@code time_precision = 'day'}) have no hour and are left out.
     */
    public static Map<String, HourOfWeekProfile> hourProfiles(
            Store store, SeriesScope scope, LocalDate from, LocalDate through) {
        try (Connection c = store.connect()) {
            String column = scope.layer() != null ? zoneColumn(c, scope.layer()) : "h3_r" + scope.h3Resolution();
            StringBuilder sql = new StringBuilder("SELECT ")
                    .append(column)
                    .append(", day_of_week, local_hour, COUNT(*) FROM incidents"
                            + " WHERE time_precision <> 'day' AND local_date BETWEEN ? AND ?");
            List<Object> args = new ArrayList<>(List.of(from, through));
            categories(scope, sql, args);
            sql.append(" GROUP BY ").append(column).append(", day_of_week, local_hour");
            Map<String, double[]> counts = new HashMap<>();
            double[] whole = new double[HourOfWeekProfile.HOURS];
            eachZoneRow(c, sql, args, scope, (zone, rs) -> {
                int at = HourOfWeekProfile.index(DayOfWeek.of(rs.getInt(2)), rs.getInt(3));
                whole[at] += rs.getInt(4);
                if (zone != null) {
                    counts.computeIfAbsent(zone, z -> new double[HourOfWeekProfile.HOURS])[at] += rs.getInt(4);
                }
            });
            Map<String, HourOfWeekProfile> out = new HashMap<>();
            counts.forEach((zone, v) -> out.put(zone, new HourOfWeekProfile(v)));
            out.put(DailySeries.WHOLE_AREA, new HourOfWeekProfile(whole));
            return out;
        } catch (SQLException e) {
            throw new StoreException("could not read the hourly counts of " + scope.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The incidents of {@code scope} per zone, local day and six-hour block over the days of {@code set}
     * (read by {@link #load}); incidents whose source gives the day only have no block.
     */
    public static HourBlocks hourBlocks(Store store, SeriesScope scope, SeriesSet set) {
        LocalDate first = set.whole().first();
        HourBlocks.Builder blocks = HourBlocks.over(first, set.whole().counts().length);
        try (Connection c = store.connect()) {
            String column = scope.layer() != null ? zoneColumn(c, scope.layer()) : "h3_r" + scope.h3Resolution();
            StringBuilder sql = new StringBuilder("SELECT ")
                    .append(column)
                    .append(", local_date, local_hour, COUNT(*) FROM incidents"
                            + " WHERE time_precision <> 'day' AND local_date BETWEEN ? AND ?");
            List<Object> args = new ArrayList<>(List.of(first, set.whole().last()));
            categories(scope, sql, args);
            sql.append(" GROUP BY ").append(column).append(", local_date, local_hour");
            eachZoneRow(
                    c,
                    sql,
                    args,
                    scope,
                    (zone, rs) -> blocks.add(zone, rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getInt(4)));
            return blocks.build();
        } catch (SQLException e) {
            throw new StoreException("could not read the counts by hour of " + scope.name() + ": " + e.getMessage(), e);
        }
    }

    private static void categories(SeriesScope scope, StringBuilder sql, List<Object> args) {
        if (!scope.categories().isEmpty()) {
            sql.append(" AND category IN (")
                    .append(String.join(
                            ", ", Collections.nCopies(scope.categories().size(), "?")))
                    .append(')');
            args.addAll(scope.categories());
        }
    }

    private static SeriesSet read(Connection c, String column, SeriesScope scope) throws SQLException {
        StringBuilder sql =
                new StringBuilder("SELECT ").append(column).append(", local_date, COUNT(*) FROM incidents WHERE TRUE");
        List<Object> args = new ArrayList<>();
        categories(scope, sql, args);
        if (scope.through() != null) {
            sql.append(" AND local_date <= ?");
            args.add(scope.through());
        }
        sql.append(" GROUP BY ").append(column).append(", local_date");
        ZoneDays counts = new ZoneDays();
        eachZoneRow(
                c, sql, args, scope, (zone, rs) -> counts.add(zone, rs.getObject(2, LocalDate.class), rs.getInt(3)));
        if (counts.isEmpty()) {
            throw new KhareetatyException("the store has no incidents"
                    + (scope.categories().isEmpty() ? "" : " of " + String.join(", ", scope.categories()))
                    + (scope.through() == null ? "" : " up to " + scope.through()) + ": import some first");
        }
        SeriesSet set = counts.build(scope.name());
        return set.withParents(parents(c, parentCodes(c, scope), sql, args, scope, set));
    }

    /**
     * Each zone's parent code: a layer's {@code boundaries.parent} (empty when the layer was loaded
     * without {@code --parent-field}), an H3 cell's parent cell one resolution up.
     */
    private static Function<String, String> parentCodes(Connection c, SeriesScope scope) throws SQLException {
        if (scope.layer() == null) {
            return cell -> Long.toHexString(H3Cells.parent(Long.parseUnsignedLong(cell, 16), scope.h3Resolution() - 1));
        }
        Map<String, String> parentOf = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT code, parent FROM boundaries WHERE layer = ? AND parent IS NOT NULL AND parent <> ''")) {
            ps.setString(1, scope.layer());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    parentOf.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return parentOf::get;
    }

    /**
     * The series of each zone's parent zone (a beat's district, a cell's parent cell): every incident of
     * the zones with that parent code, kept or not. None for a layer loaded without parents.
     */
    private static Map<String, DailySeries> parents(
            Connection c,
            Function<String, String> parentOf,
            StringBuilder sql,
            List<Object> args,
            SeriesScope scope,
            SeriesSet set)
            throws SQLException {
        if (set.zones().stream().allMatch(z -> parentOf.apply(z.name()) == null)) {
            return Map.of();
        }
        int days = set.whole().counts().length;
        Map<String, int[]> byParent = new HashMap<>();
        eachZoneRow(c, sql, args, scope, (zone, rs) -> {
            String parent = zone == null ? null : parentOf.apply(zone);
            if (parent != null) {
                int at = set.whole().indexOf(rs.getObject(2, LocalDate.class));
                byParent.computeIfAbsent(parent, p -> new int[days])[at] += rs.getInt(3);
            }
        });
        Map<String, DailySeries> out = new HashMap<>();
        for (DailySeries z : set.zones()) {
            String parent = parentOf.apply(z.name());
            if (parent != null && byParent.containsKey(parent)) {
                out.put(z.name(), new DailySeries(parent, set.whole().first(), byParent.get(parent)));
            }
        }
        return out;
    }

    /** One row of a query whose first column is the zone (null: outside every zone). */
    private interface ZoneRow {
        void accept(String zone, ResultSet rs) throws SQLException;
    }

    private static void eachZoneRow(Connection c, StringBuilder sql, List<Object> args, SeriesScope scope, ZoneRow row)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(scope.layer() != null ? rs.getString(1) : cell(rs.getLong(1), rs.wasNull()), rs);
                }
            }
        }
    }

    private static String cell(long cell, boolean isNull) {
        return isNull ? null : Long.toHexString(cell);
    }

    /** The {@code zone_<layer>} column of {@code layer}, checked against {@code boundary_layers}. */
    private static String zoneColumn(Connection c, String layer) throws SQLException {
        List<String> layers = new ArrayList<>();
        try (PreparedStatement ps =
                        c.prepareStatement("SELECT layer, zone_column FROM boundary_layers ORDER BY layer");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rs.getString(1).equals(layer)) {
                    String column = rs.getString(2).toLowerCase(Locale.ROOT);
                    if (!ZONE_COLUMN.matcher(column).matches()) {
                        throw new StoreException(
                                "boundary layer '" + layer + "' has an unexpected zone column '" + column + "'");
                    }
                    return column;
                }
                layers.add(rs.getString(1));
            }
        }
        throw new IllegalArgumentException("There is no boundary layer '" + layer + "' in the store"
                + (layers.isEmpty() ? " (it has none)" : "; it has: " + String.join(", ", layers))
                + ". Load one with: khareetaty boundaries load --layer " + layer + " ...");
    }
}
