package org.khareetaty.core.etl;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZonedDateTime;
import java.util.List;
import org.khareetaty.core.geo.BoundaryIndex;
import org.khareetaty.core.hexgrid.GoldCube;
import org.khareetaty.core.hexgrid.ZoneKey;

/**
 * Writes one import's incidents (through its {@link IncidentSink}), rejected rows and dedup keys in
 * batches, and collects the incidents for the drill-down aggregates ({@link #aggregates()}); each
 * {@link #flush()} commits a batch (a single multi-million-row transaction costs H2 as much again in
 * its commit, see docs/benchmarks.md; atomicity comes from {@link org.khareetaty.core.store.ImportLog}).
 */
final class IncidentWriter implements AutoCloseable {
    private final Connection c;
    private final long importId;
    private final String source;
    private final IncidentSink incidents;
    private final PreparedStatement rejected;
    private final PreparedStatement journal;
    private final PreparedStatement duplicates;

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

    IncidentWriter(
            Connection c, long importId, String source, BoundaryIndex boundaries, IncidentSink incidents, int batchSize)
            throws SQLException {
        this.c = c;
        this.importId = importId;
        this.source = source;
        this.incidents = incidents;
        this.batchKeys = new long[batchSize];
        this.zoneColumns = boundaries.layers().stream()
                .map(BoundaryIndex.Layer::zoneColumn)
                .toList();
        this.rejected = c.prepareStatement(
                "INSERT INTO rejected_rows(import_id, line_number, raw_text, reason, message) VALUES (?, ?, ?, ?, ?)");
        this.journal = c.prepareStatement("INSERT INTO dedup_journal(import_id, batch, keys) VALUES (?, ?, ?)");
        this.duplicates = c.prepareStatement(
                "INSERT INTO duplicate_rows(import_id, line_number, raw_text, dedup_key) VALUES (?, ?, ?, ?)");
    }

    /** True when a batch is full and {@link #flush()} should be called. */
    boolean full() {
        return pending == batchKeys.length;
    }

    void add(LoadedIncident r) throws SQLException, IOException {
        incidents.add(r);
        batchKeys[pending++] = r.key();
        SourceIncident s = r.incident();
        ZonedDateTime t = r.time();
        String block = r.block();
        if (block != null || !s.claims().isEmpty()) {
            addressedPoints.add(s.lon(), s.lat());
        }
        placeholders.add(t, s.time().precision(), aggregates.size());
        aggregates.add(
                r.r10(),
                t.toLocalDate(),
                t.getHour(),
                s.time().precision() == TimePrecision.DAY,
                r.kind().category(),
                s.arrest(),
                r.mismatch() != null,
                source,
                s.offenseType(),
                block,
                ZoneKey.of(zoneColumns, r.zones(), r.placeFlag()));
    }

    /**
     * Finds placeholder times among the incidents written ({@link PlaceholderTimes}) and takes their
     * incidents down to {@link TimePrecision#DAY}, in the sink (flagged in {@code time_flag}) and in
     * the aggregates; call after the last {@link #flush()}, before the import completes. The
     * incidents of an import have consecutive ids in the order written, from the first one's.
     */
    List<PlaceholderTimes.Found> takeDownPlaceholderTimes() throws SQLException, IOException {
        List<PlaceholderTimes.Found> found = placeholders.found();
        for (PlaceholderTimes.Found f : found) {
            incidents.takeDown(f);
            aggregates.markDateOnly(f.entries(), f.entries().length);
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

    /** Where the incidents went, for the steps after the last {@link #flush()}. */
    IncidentSink incidents() {
        return incidents;
    }

    /** The incidents written so far, for the drill-down aggregates. */
    GoldCube.Builder aggregates() {
        return aggregates;
    }

    void reject(long line, String raw, RejectReason reason, String message) throws SQLException {
        rejected.setLong(1, importId);
        rejected.setLong(2, line);
        rejected.setString(3, LoadedIncident.truncate(raw, 1_000_000));
        rejected.setString(4, reason.code());
        rejected.setString(5, LoadedIncident.truncate(message, 4000));
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
        duplicates.setString(3, LoadedIncident.truncate(raw, 1_000_000));
        duplicates.setLong(4, key);
        duplicates.addBatch();
        if (++pendingDuplicates >= 1000) {
            duplicates.executeBatch();
            pendingDuplicates = 0;
        }
    }

    /** Writes and commits what is pending. */
    void flush() throws SQLException, IOException {
        if (pending > 0) {
            incidents.flush();
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

    @Override
    public void close() throws SQLException {
        try {
            incidents.close();
        } finally {
            rejected.close();
            journal.close();
            duplicates.close();
        }
    }
}
