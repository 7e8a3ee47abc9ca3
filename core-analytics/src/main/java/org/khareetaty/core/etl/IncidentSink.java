package org.khareetaty.core.etl;

import java.io.IOException;
import java.sql.SQLException;

/**
 * Where an import's incidents go: the store's {@code incidents} table ({@link TableIncidents}) or
 * one columnar segment ({@link SegmentIncidents}). The import's ids are consecutive from its
 * {@code first_incident_id}, in the order {@link #add added}; an entry is a row's place in that
 * order. Rejected rows, duplicates and the dedup journal stay in the store ({@link IncidentWriter}).
 */
interface IncidentSink extends AutoCloseable {
    /** Takes one incident. */
    void add(LoadedIncident row) throws SQLException, IOException;

    /** Writes what is pending, before the caller's commit. */
    void flush() throws SQLException, IOException;

    /** Takes the incidents at {@code found}'s entries down to date-only precision, flagged. */
    void takeDown(PlaceholderTimes.Found found) throws SQLException, IOException;

    /** Every incident with an address (block, else the zones the source states), upper-cased. */
    void readAddressed(GeocodeFallbacks.Row row) throws SQLException, IOException;

    /**
     * Flags the incidents at {@code stack}'s point with {@code flag}, before any flag they had
     * (cut to 200 characters).
     */
    void markFallback(GeocodeFallbacks.Stack stack, String flag) throws SQLException, IOException;

    /** Makes the incidents durable, before the import completes. */
    void complete() throws SQLException, IOException;

    /** Removes what this sink wrote outside the store's transactions (an import that fails). */
    void discard();

    @Override
    void close() throws SQLException;
}
