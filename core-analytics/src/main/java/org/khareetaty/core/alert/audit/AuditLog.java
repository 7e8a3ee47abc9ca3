package org.khareetaty.core.alert.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;

/** Reads the store's audit log of alert decisions and analyst actions. Thread safe. */
public final class AuditLog {
    static final String COLUMNS = "id, at, actor, claimed_actor, action, alert_id, event_id, priority, score, reason";
    private final Store store;

    public AuditLog(Store store) {
        this.store = store;
    }

    /**
     * The latest {@code limit} entries at or after {@code since} (all when null), of {@code action}
     * when not null, oldest first.
     */
    public List<AuditEntry> list(Instant since, String action, int limit) {
        String sql = "SELECT * FROM (SELECT " + COLUMNS + " FROM alert_audit WHERE at >= ?"
                + (action == null ? "" : " AND action = ?") + " ORDER BY id DESC LIMIT ?) ORDER BY id";
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setObject(i++, OffsetDateTime.ofInstant(since == null ? Instant.EPOCH : since, ZoneOffset.UTC));
            if (action != null) {
                ps.setString(i++, action);
            }
            ps.setInt(i, limit);
            return read(ps);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the audit log of " + store.dir() + ": " + e.getMessage(), e);
        }
    }

    /** Every entry about alert {@code id}, oldest first. */
    public List<AuditEntry> ofAlert(long id) {
        try (Connection c = store.connect();
                PreparedStatement ps =
                        c.prepareStatement("SELECT " + COLUMNS + " FROM alert_audit WHERE alert_id = ? ORDER BY id")) {
            ps.setLong(1, id);
            return read(ps);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the audit log of " + store.dir() + ": " + e.getMessage(), e);
        }
    }

    /** Entries per action at or after {@code since} (all when null), most frequent first. */
    public Map<String, Long> countsByAction(Instant since) {
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement("SELECT action, COUNT(*) FROM alert_audit "
                        + "WHERE at >= ? GROUP BY action ORDER BY 2 DESC, 1")) {
            ps.setObject(1, OffsetDateTime.ofInstant(since == null ? Instant.EPOCH : since, ZoneOffset.UTC));
            Map<String, Long> out = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the audit log of " + store.dir() + ": " + e.getMessage(), e);
        }
    }

    /** Suppressions per reason's leading gate ({@code anomaly}, {@code correlation rejected}, ...), at or after {@code since}. */
    public Map<String, Long> suppressionsByGate(Instant since) {
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT reason FROM alert_audit " + "WHERE action = 'suppressed' AND at >= ?")) {
            ps.setObject(1, OffsetDateTime.ofInstant(since == null ? Instant.EPOCH : since, ZoneOffset.UTC));
            Map<String, Long> out = new java.util.TreeMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String r = rs.getString(1);
                    int colon = r == null ? -1 : r.indexOf(':');
                    out.merge(colon < 0 ? String.valueOf(r) : r.substring(0, colon), 1L, Long::sum);
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the audit log of " + store.dir() + ": " + e.getMessage(), e);
        }
    }

    private static List<AuditEntry> read(PreparedStatement ps) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(entry(rs));
            }
        }
        return out;
    }

    /** The entry in the first columns of {@code rs}, in the order of {@link #COLUMNS}. */
    static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getLong(1),
                rs.getObject(2, OffsetDateTime.class).toInstant(),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6) == null ? null : rs.getLong(6),
                rs.getString(7),
                rs.getString(8) == null ? null : rs.getString(8).trim(),
                rs.getObject(9) == null ? null : rs.getDouble(9),
                rs.getString(10));
    }
}
