package org.khareetaty.core.etl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.StringJoiner;
import org.khareetaty.core.geo.BoundaryIndex;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Where an import's points may fall: the store's primary boundary layer, and a bounding box, either
 * given with {@code --bbox} (then saved in the store, in the transaction that completes the import,
 * so that it applies to every later import; a new {@code --bbox} replaces it) or saved by an earlier
 * import. A store with neither has no study area: nothing limits where points may fall, and the
 * import says so ({@link #warning}). What applied is recorded in the import log
 * ({@code imports.study_area}).
 *
 * @param bbox     the box points must lie in, or null
 * @param given    true when the box was given to this import (and is to be saved)
 * @param savedBy  the import that saved the box in use, or 0
 * @param layer    the primary boundary layer, or null
 */
record StudyArea(Envelope bbox, boolean given, long savedBy, String layer) {

    /** The study area of an import into the store behind {@code c}, with the {@code --bbox} given, or null. */
    static StudyArea of(Connection c, BoundaryIndex boundaries, Envelope given) throws SQLException {
        int p = boundaries.primaryIndex();
        String layer = p < 0 ? null : boundaries.layers().get(p).name();
        if (given != null) {
            return new StudyArea(given, true, 0, layer);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT geom, set_by_import FROM study_area WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                return new StudyArea(((Geometry) rs.getObject(1)).getEnvelopeInternal(), false, rs.getLong(2), layer);
            }
        }
        return new StudyArea(null, false, 0, layer);
    }

    /** True when nothing limits where points may fall. */
    boolean none() {
        return bbox == null && layer == null;
    }

    /**
     * What applied, for the import log and the summary: {@code primary layer beats}, {@code bbox
     * -87.95,41.64,-87.52,42.03 (given with --bbox, saved for later imports)}, {@code none}.
     */
    String describe() {
        if (none()) {
            return "none";
        }
        StringJoiner j = new StringJoiner("; ");
        if (layer != null) {
            j.add("primary layer " + layer);
        }
        if (bbox != null) {
            j.add("bbox " + box(bbox)
                    + (given
                            ? " (given with --bbox, saved for later imports)"
                            : " (saved by import #" + savedBy + ")"));
        }
        return j.toString();
    }

    /** The warning of an import with no study area, or null. */
    String warning() {
        return none()
                ? "no study area: the store has no boundary layer and no saved --bbox, so nothing limits where "
                        + "points may fall; load one ('khareetaty boundaries load') or give --bbox W,S,E,N once "
                        + "(it is kept for later imports)"
                : null;
    }

    /** Saves a box given to this import as the store's study area; the caller commits with the import. */
    void save(Connection c, long importId) throws SQLException {
        if (!given) {
            return;
        }
        Geometry polygon = new GeometryFactory(new PrecisionModel(), 4326).toGeometry(bbox);
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO study_area(id, geom, described, set_by_import, "
                + "set_at) KEY(id) VALUES (1, ?, ?, ?, ?)")) {
            ps.setObject(1, polygon);
            ps.setString(2, "bbox " + box(bbox));
            ps.setLong(3, importId);
            ps.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    /** Records {@link #describe()} in the import log; the caller commits. */
    void record(Connection c, long importId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE imports SET study_area = ? WHERE id = ?")) {
            ps.setString(1, describe());
            ps.setLong(2, importId);
            ps.executeUpdate();
        }
    }

    private static String box(Envelope e) {
        return String.format(Locale.ROOT, "%s,%s,%s,%s", e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }
}
