package org.khareetaty.core.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.khareetaty.core.error.KhareetatyException;
import org.khareetaty.core.geo.H3Cover;
import org.khareetaty.core.geo.ZoneNames;
import org.khareetaty.core.hexgrid.CellLabels;
import org.khareetaty.core.hexgrid.GoldAggregates;
import org.khareetaty.core.hexgrid.GoldCube;
import org.khareetaty.core.hexgrid.PeriodTally;
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The store's numbers behind a KPI report (its one query class): counts per zone of the table's
 * layer and category in each compared period, with arrests; the zones the table lists; the daily,
 * weekday and hourly profile of the period; the files the incidents came from. Counts only incidents
 * of completed imports, as the drill-down's aggregates do. One scan of the incidents from the
 * earliest compared date to the period's end, one of the period.
 *
 * @param scopeName what the scope is called ("Whole area", "districts 12 (12TH)")
 * @param scopeZoneName the name of the scope's zone ("12TH"; empty for the whole area or a zone without one)
 * @param zones     the zones of the table's layer the table lists, code to name (empty without a layer)
 * @param arabicNames the Arabic names ({@code name_ar} of the boundaries' attributes) of the table's zones
 *                  and of the scope's zone, by code, where they have one; and the Arabic names of the cells
 *                  the report names (top cells, a cell scope), by H3 id in hex
 * @param counts    per zone code (null key: no layer, or outside every zone of it) and category, the counts
 * @param profile   the period's profile
 * @param sources   the completed imports: file name and profile
 * @param details   the top cells and blocks and the data-quality notes
 * @param alerts    the live alerts of the scope and period
 * @param map       the map of the scope: the zones of the table's layer (or H3 cells) with their counts
 */
public record KpiCounts(
        String scopeName,
        String scopeZoneName,
        Map<String, String> zones,
        Map<String, String> arabicNames,
        Map<String, Map<String, Counts>> counts,
        TimeProfile profile,
        List<String> sources,
        ReportDetails details,
        AlertSummary alerts,
        ReportMap map) {

    /** Reads the numbers of {@code request} from {@code store}. */
    public static KpiCounts read(Store store, KpiRequest request) {
        return read(store, request, ProgressListener.NONE);
    }

    /**
     * Reads the numbers of {@code request} from {@code store}, reporting each of its {@link #STEPS}
     * queries to {@code progress} and stopping with {@link org.khareetaty.core.progress.CancelledException}
     * between them once it is cancelled.
     */
    public static KpiCounts read(Store store, KpiRequest request, ProgressListener progress) {
        try (Connection c = store.connect()) {
            return read(c, request, new Steps(progress));
        } catch (SQLException e) {
            throw new StoreException(
                    "Cannot read the KPI counts of " + request.scope() + " " + request.period() + " from the store at "
                            + store.dir() + ": " + e.getMessage(),
                    e);
        }
    }

    private static final String COMPLETE = "import_id IN (SELECT id FROM imports WHERE status = 'complete')";

    /** The queries of a report, in order, as {@link Progress#task()} names them. */
    public static final List<String> STEPS = List.of(
            "zones of the scope",
            "counts by category and zone",
            "daily, weekday and hourly counts",
            "top cells and blocks, data quality",
            "live alerts",
            "the map");

    /** The steps of a read reported to a listener, the listener asked to cancel before each. */
    private static final class Steps {
        private final ProgressListener listener;
        private final long started = System.nanoTime();
        private int done;

        Steps(ProgressListener listener) {
            this.listener = listener;
        }

        /** Reports that the next step starts, after checking for a cancel. */
        void next() {
            listener.checkCancelled();
            listener.update(new Progress(
                    STEPS.get(done), done++, STEPS.size(), done, Duration.ofNanos(System.nanoTime() - started)));
        }
    }

    private static KpiCounts read(Connection c, KpiRequest r, Steps steps) throws SQLException {
        steps.next();
        ReportScope scope = r.scope();
        // the aggregates name the report's cells, whichever source counts them; they, the completed imports and
        // the boundary layers behind the cells' names (English and Arabic) are read once per report
        GoldCube aggregates = GoldAggregates.load(c);
        CompletedImports imports = CompletedImports.read(c);
        GoldCube cube = aggregatesAnswer(scope, aggregates, imports) ? aggregates : null;
        CellLabels names = CellLabels.of(c, aggregates);
        Map<String, String> arabic = new TreeMap<>();
        String scopeName = "Whole area";
        String scopeZoneName = "";
        if (scope instanceof ReportScope.Zone z) {
            String[] zone = scopeZone(c, z);
            scopeZoneName = zone[0];
            if (zone[1] != null) {
                arabic.put(z.code(), zone[1]);
            }
            scopeName = z.layer() + " " + z.code()
                    + (zone[0].isEmpty() || zone[0].equals(z.code()) ? "" : " (" + zone[0] + ")");
        } else if (scope instanceof ReportScope.Cell cell) {
            scopeZoneName = names.label(cell.id());
            scopeName = scopeZoneName + " (r" + cell.res() + " cell)";
        } else if (scope instanceof ReportScope.Polygon polygon) {
            scopeName = "polygon of " + polygon.file();
        }
        Filter filter = filter(c, scope, r.categories(), imports);
        String tableColumn = r.layer() == null ? null : zoneColumn(c, r.layer());
        Map<String, String> zones = r.layer() == null ? Map.of() : zones(c, r.layer(), scope, arabic);
        PeriodTally tally = cube == null
                ? null
                : PeriodTally.of(
                        cube,
                        cellOf(scope),
                        r.categories(),
                        r.period().earliest(),
                        r.period().to());
        steps.next();
        Map<String, Map<String, Counts>> counts = tally == null
                ? counts(c, r.period(), tableColumn, filter)
                : counts(
                        tableColumn == null
                                ? java.util.Collections.singletonMap(null, tally)
                                : PeriodTally.byZone(
                                        cube,
                                        cellOf(scope),
                                        r.categories(),
                                        r.period().earliest(),
                                        r.period().to(),
                                        tableColumn),
                        r.period());
        steps.next();
        TimeProfile profile = tally != null ? profile(tally, r.period()) : profile(c, r.period(), filter);
        steps.next();
        ReportDetails details = cube != null
                ? ReportDetails.read(c, r, filter, cube, tally, names)
                : ReportDetails.read(c, r, filter, names);
        arabic.putAll(arabicCellNames(c, names, scope, details));
        steps.next();
        AlertSummary alerts = AlertSummary.read(c, r);
        steps.next();
        Map<String, Long> zoneCounts = new LinkedHashMap<>();
        zones.keySet().forEach(code -> zoneCounts.put(code, 0L));
        counts.forEach((code, byCategory) -> {
            if (code != null) {
                zoneCounts.merge(
                        code,
                        byCategory.values().stream().mapToLong(Counts::current).sum(),
                        Long::sum);
            }
        });
        return new KpiCounts(
                scopeName,
                scopeZoneName,
                zones,
                arabic,
                counts,
                profile,
                imports.sources(),
                details,
                alerts,
                ReportMap.read(c, r, zoneCounts, filter, cube, imports.sources()));
    }

    /**
     * The Arabic names of the cells the report names (its top cells, a cell scope), by H3 id (hex), as
     * the drill-down names them in Arabic: zones by their {@code name_ar} where the layer carries one,
     * the words around them in Arabic; the boundary layers of the English {@code names}, not read again.
     */
    private static Map<String, String> arabicCellNames(
            Connection c, CellLabels names, ReportScope scope, ReportDetails details) throws SQLException {
        List<Long> cells = new ArrayList<>();
        details.topCells().forEach(t -> cells.add(Long.parseUnsignedLong(t.key(), 16)));
        if (scope instanceof ReportScope.Cell cell) {
            cells.add(cell.id());
        }
        if (cells.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> labels =
                names.in(c, java.util.Locale.forLanguageTag("ar")).labels(cells);
        Map<String, String> out = new LinkedHashMap<>();
        labels.forEach((cell, label) -> out.put(Long.toHexString(cell), CellLabels.inSentence(label)));
        if (scope instanceof ReportScope.Cell cell) {
            out.put(Long.toHexString(cell.id()), labels.get(cell.id()));
        }
        return out;
    }

    /** The incidents' conditions of {@code scope} and {@code categories}. */
    static Filter filter(Connection c, ReportScope scope, List<String> categories) throws SQLException {
        return filter(c, scope, categories, CompletedImports.read(c));
    }

    /** The incidents' conditions of {@code scope} and {@code categories}, of the completed {@code imports}. */
    private static Filter filter(Connection c, ReportScope scope, List<String> categories, CompletedImports imports)
            throws SQLException {
        String complete = imports.condition();
        if (scope instanceof ReportScope.Zone z) {
            return new Filter(zoneColumn(c, z.layer()) + " = ?", List.of(z.code()), categories, complete);
        }
        if (scope instanceof ReportScope.Cell cell) {
            H3Cover.Range r10 = H3Cover.descendants(cell.id());
            return new Filter("h3_r10 BETWEEN ? AND ?", List.of(r10.lo(), r10.hi()), categories, complete);
        }
        if (scope instanceof ReportScope.Polygon polygon) {
            Envelope box = polygon.shape().getEnvelopeInternal();
            // the box first (a cheap test on every row), then the exact test with the boundary included,
            // as the importer assigns zones (BoundaryIndex: not exterior)
            return new Filter(
                    "lon BETWEEN ? AND ? AND lat BETWEEN ? AND ? AND ST_Covers(CAST(? AS GEOMETRY), geom)",
                    List.of(box.getMinX(), box.getMaxX(), box.getMinY(), box.getMaxY(), polygon.shape()),
                    categories,
                    complete);
        }
        return new Filter("", List.of(), categories, complete);
    }

    /**
     * True when the drill-down's {@code aggregates} can count for {@code scope} (the whole area or a cell:
     * runs of the cube's r10 cells; a zone or polygon is not) and hold exactly the completed {@code imports}.
     */
    private static boolean aggregatesAnswer(ReportScope scope, GoldCube aggregates, CompletedImports imports) {
        return (scope instanceof ReportScope.WholeArea || scope instanceof ReportScope.Cell)
                && java.util.Arrays.equals(aggregates.imports(), imports.ids());
    }

    /** The cell of a cell scope, null for the whole area. */
    static Long cellOf(ReportScope scope) {
        return scope instanceof ReportScope.Cell cell ? cell.id() : null;
    }

    /**
     * The scope and category conditions, with their parameters.
     *
     * @param scope      the scope's condition on the incidents ("" for the whole area)
     * @param parameters its parameters
     * @param categories the categories asked for (empty: all)
     * @param complete   the condition "of a completed import"
     */
    record Filter(String scope, List<Object> parameters, List<String> categories, String complete) {
        /** The conditions with "of a completed import" as a subquery (a query of one row, where it costs nothing). */
        Filter(String scope, List<Object> parameters, List<String> categories) {
            this(scope, parameters, categories, COMPLETE);
        }

        String sql() {
            StringBuilder s = new StringBuilder(" AND " + complete);
            if (!scope.isEmpty()) {
                s.append(" AND ").append(scope);
            }
            if (!categories.isEmpty()) {
                s.append(" AND category IN (")
                        .append("?,".repeat(categories.size() - 1))
                        .append("?)");
            }
            return s.toString();
        }

        int bind(PreparedStatement ps, int next) throws SQLException {
            for (Object p : parameters) {
                ps.setObject(next++, p);
            }
            for (String category : categories) {
                ps.setString(next++, category);
            }
            return next;
        }
    }

    /**
     * The counts per zone of {@code tableColumn} (null: none) and category: one grouped count of each run of
     * days that the same compared periods hold ({@link ReportPeriod#segments()}), so each incident is read
     * once and H2 only counts (the seven {@code SUM(CASE ...)} of one query over every period took three
     * times as long); arrests are grouped in the period's runs only.
     */
    private static Map<String, Map<String, Counts>> counts(
            Connection c, ReportPeriod period, String tableColumn, Filter filter) throws SQLException {
        List<ReportPeriod> windows = windows(period);
        String zone = tableColumn == null ? "CAST(NULL AS VARCHAR)" : tableColumn;
        Map<String, Map<String, Counts>> out = newCounts();
        for (ReportPeriod segment : period.segments()) {
            boolean inPeriod = !segment.from().isBefore(period.from());
            String arrest = inPeriod ? "arrest" : "CAST(NULL AS BOOLEAN)";
            String sql = "SELECT " + zone + ", category, " + arrest + ", COUNT(*) FROM incidents"
                    + " WHERE local_date BETWEEN ? AND ?" + filter.sql()
                    + " GROUP BY " + zone + ", category, " + arrest;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, segment.from());
                ps.setObject(2, segment.to());
                filter.bind(ps, 3);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long n = rs.getLong(4);
                        Boolean arrested = inPeriod ? (Boolean) rs.getObject(3) : null;
                        long[] k = new long[7];
                        for (int w = 0; w < 5; w++) {
                            k[w] = within(segment, windows.get(w)) ? n : 0;
                        }
                        k[5] = arrested == null ? 0 : n;
                        k[6] = Boolean.TRUE.equals(arrested) ? n : 0;
                        out.computeIfAbsent(rs.getString(1), z -> new TreeMap<>())
                                .merge(
                                        rs.getString(2),
                                        new Counts(k[0], k[1], k[2], k[3], k[4], k[5], k[6]),
                                        Counts::plus);
                    }
                }
            }
        }
        return out;
    }

    /** The compared periods in the order of {@link Counts}: the period, prior, last year, year to date, last. */
    private static List<ReportPeriod> windows(ReportPeriod period) {
        return List.of(period, period.prior(), period.lastYear(), period.yearToDate(), period.lastYearToDate());
    }

    private static boolean within(ReportPeriod segment, ReportPeriod window) {
        return !segment.from().isBefore(window.from()) && !segment.to().isAfter(window.to());
    }

    private static Map<String, Map<String, Counts>> newCounts() {
        return new TreeMap<>(java.util.Comparator.nullsLast(ZoneOrder::compareCodes));
    }

    /**
     * The counts per zone of the table's layer (no zone table: one null zone) and category, read off the
     * drill-down's aggregates, which keep each incident's stored zones.
     */
    private static Map<String, Map<String, Counts>> counts(Map<String, PeriodTally> byZone, ReportPeriod period) {
        Map<String, Map<String, Counts>> out = newCounts();
        byZone.forEach((zone, tally) -> {
            Map<String, Counts> byCategory = byCategory(tally, period);
            if (!byCategory.isEmpty()) {
                out.put(zone, byCategory);
            }
        });
        return out;
    }

    /** The counts per category of one tally, categories without any incident in the compared periods left out. */
    private static Map<String, Counts> byCategory(PeriodTally tally, ReportPeriod period) {
        List<ReportPeriod> w = windows(period);
        Map<String, Counts> byCategory = new TreeMap<>();
        for (String category : tally.categories()) {
            long[] k = new long[5];
            for (int i = 0; i < 5; i++) {
                k[i] = tally.incidents(category, w.get(i).from(), w.get(i).to());
            }
            Counts n = new Counts(
                    k[0],
                    k[1],
                    k[2],
                    k[3],
                    k[4],
                    tally.arrestKnown(category, period.from(), period.to()),
                    tally.arrests(category, period.from(), period.to()));
            if (n.current() + n.prior() + n.lastYear() + n.yearToDate() + n.lastYearToDate() > 0) {
                byCategory.put(category, n);
            }
        }
        return byCategory;
    }

    /** The period's profile read off the drill-down's aggregates. */
    private static TimeProfile profile(PeriodTally tally, ReportPeriod period) {
        Map<LocalDate, Long> daily = new LinkedHashMap<>();
        long[] dayOfWeek = new long[7];
        for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
            long n = tally.incidents(d);
            daily.put(d, n);
            dayOfWeek[d.getDayOfWeek().getValue() - 1] += n;
        }
        return new TimeProfile(daily, dayOfWeek, tally.hourOfDay(period.from(), period.to()));
    }

    private static TimeProfile profile(Connection c, ReportPeriod period, Filter filter) throws SQLException {
        Map<LocalDate, Long> daily = new LinkedHashMap<>();
        for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
            daily.put(d, 0L);
        }
        long[] dayOfWeek = new long[7];
        long[] hourOfDay = new long[24];
        // incidents known to the day only (time_precision 'day': a date-only export or a placeholder time)
        // count by day and weekday but have no hour, as in the drill-down's profiles (docs/import.md)
        try (PreparedStatement ps =
                c.prepareStatement("SELECT local_date, local_hour, time_precision = 'day', COUNT(*) "
                        + "FROM incidents WHERE local_date BETWEEN ? AND ?" + filter.sql()
                        + " GROUP BY local_date, local_hour, time_precision = 'day'")) {
            ps.setObject(1, period.from());
            ps.setObject(2, period.to());
            filter.bind(ps, 3);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate day = rs.getObject(1, LocalDate.class);
                    long n = rs.getLong(4);
                    daily.merge(day, n, Long::sum);
                    dayOfWeek[day.getDayOfWeek().getValue() - 1] += n;
                    if (!rs.getBoolean(3)) {
                        hourOfDay[rs.getInt(2)] += n;
                    }
                }
            }
        }
        return new TimeProfile(daily, dayOfWeek, hourOfDay);
    }

    /** The incidents' column of {@code layer}; an error naming the store's layers when there is none. */
    private static String zoneColumn(Connection c, String layer) throws SQLException {
        List<String> layers = new ArrayList<>();
        try (PreparedStatement ps =
                        c.prepareStatement("SELECT layer, zone_column FROM boundary_layers ORDER BY layer");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rs.getString(1).equals(layer)) {
                    String column = rs.getString(2);
                    if (!column.matches("[A-Za-z0-9_]+")) {
                        throw new StoreException("the store's layer " + layer + " has a malformed zone column " + column
                                + ": reload the layer (khareetaty boundaries load)");
                    }
                    return column;
                }
                layers.add(rs.getString(1));
            }
        }
        throw new KhareetatyException(
                "no boundary layer '" + layer + "' in the store; its layers: "
                        + (layers.isEmpty() ? "none (khareetaty boundaries load)" : String.join(", ", layers)),
                null,
                KhareetatyException.USAGE_ERROR);
    }

    /** The scope zone's name ("" when none) and Arabic name (null when none); an error naming the layer's zones when there is no such zone. */
    static String[] scopeZone(Connection c, ReportScope.Zone scope) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT MIN(name), COUNT(*), MIN(attributes) FROM boundaries WHERE layer = ? AND code = ?")) {
            ps.setString(1, scope.layer());
            ps.setString(2, scope.code());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(2) == 0) {
                    throw new KhareetatyException(
                            "no zone '" + scope.code() + "' in layer " + scope.layer() + "; its zones: "
                                    + String.join(", ", firstCodes(c, scope.layer())),
                            null,
                            KhareetatyException.USAGE_ERROR);
                }
                return new String[] {
                    rs.getString(1) == null ? "" : rs.getString(1), ZoneNames.arabicName(rs.getString(3))
                };
            }
        }
    }

    private static List<String> firstCodes(Connection c, String layer) throws SQLException {
        List<String> out = new ArrayList<>(
                zones(c, layer, ReportScope.wholeArea(), new TreeMap<>()).keySet());
        return out.size() > 30 ? List.of(String.join(", ", out.subList(0, 30)), "...") : out;
    }

    /**
     * The zones of {@code layer} a table over {@code scope} lists: all of them for the whole area;
     * the scope's own zone when the layer is the scope's; else those whose point on surface lies in
     * the scope's zone, cell or polygon, and the zone that holds the cell's or polygon's point on
     * surface (the zone a small cell lies in). Code order, numbers by value. Their Arabic names go
     * into {@code arabic}.
     */
    private static Map<String, String> zones(Connection c, String layer, ReportScope scope, Map<String, String> arabic)
            throws SQLException {
        String sql = "SELECT b.code, MIN(b.name), MIN(b.attributes) FROM boundaries b WHERE b.layer = ?";
        List<Object> parameters = new ArrayList<>(List.of(layer));
        if (scope instanceof ReportScope.Zone z && z.layer().equals(layer)) {
            sql += " AND b.code = ?";
            parameters.add(z.code());
        } else if (scope instanceof ReportScope.Zone z) {
            sql += " AND EXISTS (SELECT 1 FROM boundaries s WHERE s.layer = ? AND s.code = ? "
                    + "AND ST_Contains(s.geom, ST_PointOnSurface(b.geom)))";
            parameters.addAll(List.of(z.layer(), z.code()));
        } else if (!(scope instanceof ReportScope.WholeArea)) {
            Geometry shape =
                    scope instanceof ReportScope.Cell cell ? cell.shape() : ((ReportScope.Polygon) scope).shape();
            sql += " AND (ST_Contains(CAST(? AS GEOMETRY), ST_PointOnSurface(b.geom))"
                    + " OR ST_Contains(b.geom, CAST(? AS GEOMETRY)))";
            Geometry inside = shape.getInteriorPoint();
            inside.setSRID(4326);
            parameters.addAll(List.of(shape, inside));
        }
        Map<String, String> out = new TreeMap<>(ZoneOrder::compareCodes);
        try (PreparedStatement ps = c.prepareStatement(sql + " GROUP BY b.code")) {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2));
                    String ar = ZoneNames.arabicName(rs.getString(3));
                    if (ar != null) {
                        arabic.put(rs.getString(1), ar);
                    }
                }
            }
        }
        return out;
    }

    /** The completed imports of {@code store}, oldest first: "file name (profile)", as a report credits its data. */
    public static List<String> sources(Store store) {
        try (Connection c = store.connect()) {
            return sources(c);
        } catch (SQLException e) {
            throw new StoreException(
                    "Cannot read the imports of the store at " + store.dir() + ": " + e.getMessage(), e);
        }
    }

    static List<String> sources(Connection c) throws SQLException {
        return CompletedImports.read(c).sources();
    }
}
