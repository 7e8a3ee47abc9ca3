package org.khareetaty.core.etl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import org.khareetaty.core.geo.BoundaryIndex;
import org.khareetaty.core.store.ImportLog;
import org.khareetaty.core.taxonomy.Classification;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * An import's incidents as rows of the store's {@code incidents} table, inserted in JDBC batches
 * that the {@link IncidentWriter} commits; the ids are the table's identity.
 */
final class TableIncidents implements IncidentSink {
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
    private final GeometryFactory geometry = new GeometryFactory(new PrecisionModel(), 4326);
    private boolean pending;

    TableIncidents(Connection c, long importId, String source, BoundaryIndex boundaries) throws SQLException {
        this.c = c;
        this.importId = importId;
        this.source = source;
        this.incidents = c.prepareStatement(insertSql(boundaries.layers()));
    }

    private static String insertSql(List<BoundaryIndex.Layer> layers) {
        StringBuilder sql = new StringBuilder("INSERT INTO incidents(").append(COLUMNS);
        layers.forEach(l -> sql.append(", ").append(l.zoneColumn()));
        sql.append(") VALUES (").append("?, ".repeat(FIXED + layers.size() - 1)).append("?)");
        return sql.toString();
    }

    @Override
    public void add(LoadedIncident r) throws SQLException {
        PreparedStatement ps = incidents;
        SourceIncident s = r.incident();
        ZonedDateTime t = r.time();
        Classification k = r.kind();
        int i = 1;
        ps.setLong(i++, importId);
        ps.setLong(i++, r.line());
        ps.setString(i++, source);
        ps.setString(i++, s.sourceId());
        ps.setString(i++, s.caseNumber());
        ps.setLong(i++, r.key());
        ps.setObject(i++, t.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
        ps.setString(i++, s.zone().getId());
        ps.setObject(i++, t.toLocalDate());
        ps.setInt(i++, t.getHour());
        ps.setInt(i++, t.getDayOfWeek().getValue());
        ps.setInt(i++, t.getMonthValue());
        ps.setString(i++, s.offenseCode());
        ps.setString(i++, s.offenseType());
        ps.setString(i++, LoadedIncident.truncate(s.offenseDescription(), LoadedIncident.TEXT));
        ps.setString(i++, s.fbiCode());
        ps.setString(i++, k.category());
        ps.setFloat(i++, k.severity());
        ps.setObject(i++, s.arrest());
        ps.setObject(i++, s.domestic());
        ps.setString(i++, r.block());
        ps.setString(i++, LoadedIncident.truncate(s.locationDescription(), LoadedIncident.TEXT));
        ps.setString(i++, r.claimedZones());
        ps.setString(i++, LoadedIncident.truncate(r.mismatch(), LoadedIncident.ZONES_TEXT));
        ps.setString(i++, r.timeFlag());
        ps.setString(i++, s.time().precision().code());
        ps.setString(i++, r.placeFlag());
        ps.setDouble(i++, s.lon());
        ps.setDouble(i++, s.lat());
        ps.setObject(i++, geometry.createPoint(new Coordinate(s.lon(), s.lat())));
        for (long cell : r.cells()) {
            ps.setLong(i++, cell);
        }
        for (String zone : r.zones()) {
            ps.setString(i++, zone);
        }
        ps.addBatch();
        pending = true;
    }

    @Override
    public void flush() throws SQLException {
        if (pending) {
            incidents.executeBatch();
            pending = false;
        }
    }

    @Override
    public void takeDown(PlaceholderTimes.Found f) throws SQLException {
        long firstId = firstId();
        try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET time_precision = 'day', "
                + "time_flag = COALESCE(time_flag, ?) WHERE id = ? AND import_id = ? AND local_hour = ?")) {
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
        }
    }

    /** The import's first incident's id. */
    private long firstId() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM incidents WHERE id >= (SELECT first_incident_id FROM imports WHERE id = ?) "
                        + "ORDER BY id FETCH FIRST 1 ROW ONLY")) {
            ps.setLong(1, importId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Streams the addressed incidents: a primary-key range from the import's first id. */
    @Override
    public void readAddressed(GeocodeFallbacks.Row row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT lon, lat, UPPER(" + GeocodeFallbacks.ADDRESS + ") "
                + "FROM incidents WHERE id >= ? AND import_id = ? AND " + GeocodeFallbacks.ADDRESS + " IS NOT NULL")) {
            ps.setFetchSize(10_000);
            ps.setLong(1, ImportLog.firstIncidentId(c, importId));
            ps.setLong(2, importId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs.getDouble(1), rs.getDouble(2), rs.getString(3));
                }
            }
        }
    }

    @Override
    public void markFallback(GeocodeFallbacks.Stack stack, String flag) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET place_flag = "
                + "CASE WHEN place_flag IS NULL THEN ? ELSE LEFT(? || '; ' || place_flag, 200) END WHERE id >= ? "
                + "AND import_id = ? AND lon = ? AND lat = ?")) {
            ps.setString(1, flag);
            ps.setString(2, flag);
            ps.setLong(3, ImportLog.firstIncidentId(c, importId));
            ps.setLong(4, importId);
            ps.setDouble(5, stack.lon());
            ps.setDouble(6, stack.lat());
            ps.executeUpdate();
        }
    }

    @Override
    public void complete() {
        // the rows are in the store: the import's completing transaction makes them count
    }

    @Override
    public void discard() {
        // the import log removes the rows (ImportLog.rollBack)
    }

    @Override
    public void close() throws SQLException {
        incidents.close();
    }
}
