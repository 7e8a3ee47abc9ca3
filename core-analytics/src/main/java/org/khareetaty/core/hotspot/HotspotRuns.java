package org.khareetaty.core.hotspot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;
import org.locationtech.jts.geom.Geometry;

/**
 * Stored hotspot runs (tables {@code hotspot_runs} and {@code hotspots}, migration V5): list them
 * and reopen one exactly as it was found.
 */
public final class HotspotRuns {
    private static final String RUN_COLUMNS =
            "id, created_at, eps_m, min_pts, per_layer, categories, date_from, date_to, "
                    + "points, clusters, noise, seconds";

    private final Store store;

    /** The runs of {@code store}. */
    public HotspotRuns(Store store) {
        this.store = store;
    }

    /** Every stored run, newest first. */
    public List<HotspotRunSummary> list() {
        try (Connection c = store.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + RUN_COLUMNS + " FROM hotspot_runs ORDER BY id DESC")) {
            List<HotspotRunSummary> runs = new ArrayList<>();
            while (rs.next()) {
                runs.add(summary(rs));
            }
            return runs;
        } catch (SQLException e) {
            throw new StoreException(
                    "Cannot list the hotspot runs of the store at " + store.dir() + ": " + e.getMessage(), e);
        }
    }

    /** The run {@code id} with its hotspots, or empty when the store has no such run. */
    public Optional<HotspotRun> open(long id) {
        try (Connection c = store.connect()) {
            HotspotRunSummary summary;
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT " + RUN_COLUMNS + " FROM hotspot_runs WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    summary = summary(rs);
                }
            }
            List<Hotspot> hotspots = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT hotspot_id, zone, incident_count, centroid_lon, centroid_lat, hull, "
                            + "dominant_offense, first_at, last_at, density_per_km2 FROM hotspots WHERE run_id = ? ORDER BY hotspot_id")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        hotspots.add(new Hotspot(
                                rs.getInt(1),
                                rs.getString(2),
                                rs.getInt(3),
                                rs.getDouble(4),
                                rs.getDouble(5),
                                (Geometry) rs.getObject(6),
                                rs.getString(7),
                                instant(rs, 8),
                                instant(rs, 9),
                                rs.getDouble(10)));
                    }
                }
            }
            return Optional.of(new HotspotRun(summary, hotspots));
        } catch (SQLException e) {
            throw new StoreException(
                    "Cannot read hotspot run " + id + " from the store at " + store.dir() + ": " + e.getMessage(), e);
        }
    }

    /** Writes a run and its hotspots in one transaction; returns the run's id. */
    static long save(Connection c, HotspotRunSummary run, List<Hotspot> hotspots) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            long id;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO hotspot_runs (created_at, eps_m, min_pts, per_layer, categories, "
                            + "date_from, date_to, points, clusters, noise, seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                HotspotParameters p = run.parameters();
                ps.setObject(1, OffsetDateTime.ofInstant(run.createdAt(), ZoneOffset.UTC));
                ps.setDouble(2, p.epsM());
                ps.setInt(3, p.minPts());
                ps.setString(4, p.perLayer());
                ps.setString(5, p.categories().isEmpty() ? null : String.join(",", p.categories()));
                ps.setObject(6, p.from(), Types.DATE);
                ps.setObject(7, p.to(), Types.DATE);
                ps.setLong(8, run.points());
                ps.setInt(9, run.clusters());
                ps.setLong(10, run.noise());
                ps.setDouble(11, run.seconds());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO hotspots (run_id, hotspot_id, zone, incident_count, centroid_lon, "
                            + "centroid_lat, hull, dominant_offense, first_at, last_at, density_per_km2) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int batched = 0;
                for (Hotspot h : hotspots) {
                    ps.setLong(1, id);
                    ps.setInt(2, h.id());
                    ps.setString(3, h.zone());
                    ps.setInt(4, h.count());
                    ps.setDouble(5, h.centroidLon());
                    ps.setDouble(6, h.centroidLat());
                    ps.setObject(7, h.hull());
                    ps.setString(8, h.dominantOffense());
                    ps.setObject(9, OffsetDateTime.ofInstant(h.first(), ZoneOffset.UTC));
                    ps.setObject(10, OffsetDateTime.ofInstant(h.last(), ZoneOffset.UTC));
                    ps.setDouble(11, h.densityPerKm2());
                    ps.addBatch();
                    if (++batched % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            return id;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static HotspotRunSummary summary(ResultSet rs) throws SQLException {
        String categories = rs.getString(6);
        HotspotParameters p = new HotspotParameters(
                rs.getDouble(3),
                rs.getInt(4),
                rs.getString(5),
                categories == null ? List.of() : Arrays.asList(categories.split(",")),
                rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class));
        return new HotspotRunSummary(
                rs.getLong(1), instant(rs, 2), p, rs.getLong(9), rs.getInt(10), rs.getLong(11), rs.getDouble(12));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
