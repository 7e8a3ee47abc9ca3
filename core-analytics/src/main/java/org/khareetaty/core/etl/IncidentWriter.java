package org.khareetaty.core.etl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.khareetaty.core.geo.BoundaryIndex;
import org.khareetaty.core.hexgrid.GoldCube;
import org.khareetaty.core.hexgrid.ZoneKey;
import org.khareetaty.core.taxonomy.Classification;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Writes one import's incidents, rejected rows and dedup keys in batches, and collects the
 * incidents for the drill-down aggregates ({@link #aggregates()}); each {@link #flush()}
 * commits a batch (a single multi-million-row transaction costs H2 as much again in its commit,
 * see docs/benchmarks.md; atomicity comes from {@link org.khareetaty.core.store.ImportLog}).
 */
final class IncidentWriter implements AutoCloseable {
    private static final String COLUMNS =
            "import_id, line_number, source, source_id, case_number, dedup_key, occurred_at, "
                    + "source_zone, local_date, local_hour, day_of_week, local_month, offense_code, offense_type, offense_description, "
                    + "fbi_code, category, severity, arrest, domestic, block, location_description, claimed_zones, zone_mismatch, time_flag, time_precision, place_flag, "
                    + "lon, lat, geom, h3_r6, h3_r7, h3_r8, h3_r9, h3_r10";
    private static final int FIXED = 35;

    private final Connection c;
    private final long importId;
    private final String source;
    private final PreparedStatement incidents;
    private final PreparedStatement rejected;
    private final PreparedStatement journal;
    private final PreparedStatement duplicates;

    private final GeometryFactory geometry = new GeometryFactory(new PrecisionModel(), 4326);
    private final GoldCube.Builder aggregates = new GoldCube.Builder();
    private final PlaceholderTimes placeholders = new PlaceholderTimes();
    private PointCounts addressedPoints = new PointCounts();
    private final long[] batchKeys;
    /** The incidents columns of the zones, as {@link ZoneKey#of} names them. */
    private final List<String> zoneColumns;

    private int pending;
    private int pendingRejected;
    private int pendingDuplicates;
    private int batch;

    IncidentWriter(Connection c, long importId, String source, BoundaryIndex boundaries, int batchSize)
            throws SQLException {
        this.c = c;
        this.importId = importId;
        this.source = source;
        this.batchKeys = new long[batchSize];
        List<BoundaryIndex.Layer> layers = boundaries.layers();
        this.zoneColumns = layers.stream().map(BoundaryIndex.Layer::zoneColumn).toList();
        this.incidents = c.prepareStatement(insertSql(layers));
        this.rejected = c.prepareStatement(
                "INSERT INTO rejected_rows(import_id, line_number, raw_text, reason, message) VALUES (?, ?, ?, ?, ?)");
        this.journal = c.prepareStatement("INSERT INTO dedup_journal(import_id, batch, keys) VALUES (?, ?, ?)");
        this.duplicates = c.prepareStatement(
                "INSERT INTO duplicate_rows(import_id, line_number, raw_text, dedup_key) VALUES (?, ?, ?, ?)");
    }

    private static String insertSql(List<BoundaryIndex.Layer> layers) {
        StringBuilder sql = new StringBuilder("INSERT INTO incidents(").append(COLUMNS);
        layers.forEach(l -> sql.append(", ").append(l.zoneColumn()));
        sql.append(") VALUES (").append("?, ".repeat(FIXED + layers.size() - 1)).append("?)");
        return sql.toString();
    }

    /** True when a batch is full and {@link #flush()} should be called. */
    boolean full() {
        return pending == batchKeys.length;
    }

    void add(
            long line,
            long key,
            SourceIncident s,
            ZonedDateTime t,
            Classification k,
            String[] zones,
            String mismatch,
            String timeFlag,
            String placeFlag,
            long[] cells)
            throws SQLException {
        PreparedStatement ps = incidents;
        int i = 1;
        ps.setLong(i++, importId);
        ps.setLong(i++, line);
        ps.setString(i++, source);
        ps.setString(i++, s.sourceId());
        ps.setString(i++, s.caseNumber());
        ps.setLong(i++, key);
        ps.setObject(i++, t.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
        ps.setString(i++, s.zone().getId());
        ps.setObject(i++, t.toLocalDate());
        ps.setInt(i++, t.getHour());
        ps.setInt(i++, t.getDayOfWeek().getValue());
        ps.setInt(i++, t.getMonthValue());
        ps.setString(i++, s.offenseCode());
        ps.setString(i++, s.offenseType());
        ps.setString(i++, truncate(s.offenseDescription(), 200));
        ps.setString(i++, s.fbiCode());
        ps.setString(i++, k.category());
        ps.setFloat(i++, k.severity());
        ps.setObject(i++, s.arrest());
        ps.setObject(i++, s.domestic());
        String block = truncate(s.block(), 200);
        String claimed = claims(s.claims());
        ps.setString(i++, block);
        ps.setString(i++, truncate(s.locationDescription(), 200));
        ps.setString(i++, claimed);
        ps.setString(i++, truncate(mismatch, 400));
        ps.setString(i++, timeFlag);
        ps.setString(i++, s.time().precision().code());
        ps.setString(i++, placeFlag);
        ps.setDouble(i++, s.lon());
        ps.setDouble(i++, s.lat());
        ps.setObject(i++, geometry.createPoint(new Coordinate(s.lon(), s.lat())));
        for (long cell : cells) {
            ps.setLong(i++, cell);
        }
        for (String zone : zones) {
            ps.setString(i++, zone);
        }
        ps.addBatch();
        batchKeys[pending++] = key;
        if (block != null || claimed != null) {
            addressedPoints.add(s.lon(), s.lat());
        }
        placeholders.add(t, s.time().precision(), aggregates.size());
        aggregates.add(
                cells[cells.length - 1],
                t.toLocalDate(),
                t.getHour(),
                s.time().precision() == TimePrecision.DAY,
                k.category(),
                s.arrest(),
                mismatch != null,
                source,
                s.offenseType(),
                block,
                ZoneKey.of(zoneColumns, zones, placeFlag));
    }

    /**
     * Finds placeholder times among the incidents written ({@link PlaceholderTimes}) and takes their
     * incidents down to {@link TimePrecision#DAY}, in the store (flagged in {@code time_flag}) and in
     * the aggregates; call after the last {@link #flush()}, before the import completes. The
     * incidents of an import have consecutive ids in the order written, from the first one's.
     */
    List<PlaceholderTimes.Found> takeDownPlaceholderTimes() throws SQLException {
        List<PlaceholderTimes.Found> found = placeholders.found();
        if (found.isEmpty()) {
            return found;
        }
        long firstId;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM incidents WHERE id >= (SELECT first_incident_id FROM imports WHERE id = ?) "
                        + "ORDER BY id FETCH FIRST 1 ROW ONLY")) {
            ps.setLong(1, importId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                firstId = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET time_precision = 'day', "
                + "time_flag = COALESCE(time_flag, ?) WHERE id = ? AND import_id = ? AND local_hour = ?")) {
            for (PlaceholderTimes.Found f : found) {
                for (int entry : f.entries()) {
                    ps.setString(1, f.flag());
                    ps.setLong(2, firstId + entry);
                    ps.setLong(3, importId);
                    ps.setInt(4, f.hour());
                    ps.addBatch();
                }
                int[] done = ps.executeBatch();
                if (Arrays.stream(done).anyMatch(n -> n != 1)) {
                    throw new IllegalStateException("the incidents of import #" + importId
                            + " do not have consecutive ids: cannot mark the placeholder time " + f.time());
                }
                aggregates.markDateOnly(f.entries(), f.entries().length);
            }
        }
        return found;
    }

    /**
     * The incidents written that have an address (a block, else the zones the source states: what
     * {@link GeocodeFallbacks} reads back), per point, for {@link GeocodeFallbacks#find}; call once,
     * after the last {@link #flush()}. The writer lets go of them (up to 48 MB for 2,000,000 points),
     * so that they are not kept while the import's indexes and aggregates are built.
     */
    PointCounts takeAddressedPoints() {
        PointCounts counts = addressedPoints;
        addressedPoints = null;
        return counts;
    }

    /** The incidents written so far, for the drill-down aggregates. */
    GoldCube.Builder aggregates() {
        return aggregates;
    }

    void reject(long line, String raw, RejectReason reason, String message) throws SQLException {
        rejected.setLong(1, importId);
        rejected.setLong(2, line);
        rejected.setString(3, truncate(raw, 1_000_000));
        rejected.setString(4, reason.code());
        rejected.setString(5, truncate(message, 4000));
        rejected.addBatch();
        if (++pendingRejected >= 1000) {
            rejected.executeBatch();
            pendingRejected = 0;
        }
    }

    /** Keeps a row counted as a duplicate, for {@code khareetaty duplicates export}. */
    void duplicate(long line, String raw, long key) throws SQLException {
        duplicates.setLong(1, importId);
        duplicates.setLong(2, line);
        duplicates.setString(3, truncate(raw, 1_000_000));
        duplicates.setLong(4, key);
        duplicates.addBatch();
        if (++pendingDuplicates >= 1000) {
            duplicates.executeBatch();
            pendingDuplicates = 0;
        }
    }

    /** Writes and commits what is pending. */
    void flush() throws SQLException {
        if (pending > 0) {
            incidents.executeBatch();
            journal.setLong(1, importId);
            journal.setInt(2, batch++);
            journal.setBytes(3, LongSet.pack(batchKeys, pending));
            journal.executeUpdate();
            pending = 0;
        }
        if (pendingRejected > 0) {
            rejected.executeBatch();
            pendingRejected = 0;
        }
        if (pendingDuplicates > 0) {
            duplicates.executeBatch();
            pendingDuplicates = 0;
        }
        c.commit();
    }

    private static String claims(Map<String, String> claims) {
        if (claims.isEmpty()) {
            return null;
        }
        StringJoiner j = new StringJoiner(";");
        claims.forEach((k, v) -> j.add(k + "=" + v));
        return truncate(j.toString(), 400);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    @Override
    public void close() throws SQLException {
        incidents.close();
        rejected.close();
        journal.close();
        duplicates.close();
    }
}
