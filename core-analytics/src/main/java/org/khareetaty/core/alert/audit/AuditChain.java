package org.khareetaty.core.alert.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A hash chain over the audit log, as in Schneier and Kelsey's secure audit logs (1999) without
 * the secret key: each entry stores the hash of the entry before it in its chain and its own,
 * SHA-256 over that previous hash and a compact canonical form of its content
 * ({@link #canonical}). An entry edited, inserted or deleted in the store then no longer fits its
 * neighbours, which {@link AuditVerification} finds. Whoever can run this code over the store file
 * can also rewrite a whole chain: the chain shows changes made behind the program's back (an SQL
 * console, a restored backup, a hand edit), not changes by someone who recomputes it
 * (docs/security.md).
 *
 * <p>Two chains, one per writer, so neither waits for the other: {@link #ENGINE}, the alert
 * engine's decisions, chained in memory by its writer and advanced only by a commit (a hash costs
 * about a microsecond, against the group commit's milliseconds), and {@link #ANALYST}, the analysts'
 * actions, each resumed from the store under {@link #analystLock}. Not thread safe.
 */
public final class AuditChain {
    /** The chain of the alert engine's decisions. */
    public static final String ENGINE = "engine";
    /** The chain of the analysts' actions. */
    public static final String ANALYST = "analyst";
    /** The previous hash of a chain's first entry. */
    public static final String START = "0".repeat(64);

    private static final HexFormat HEX = HexFormat.of();
    private final String name;
    private final MessageDigest sha;
    private String head;

    private AuditChain(String name, String head) {
        this.name = name;
        this.head = head;
        this.sha = sha256();
    }

    /** The chain {@code name} as the store holds it, read on {@code c}: its head is the hash of its last entry. */
    public static AuditChain resume(Connection c, String name) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT entry_hash FROM alert_audit WHERE chain = ? ORDER BY id DESC LIMIT 1")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return new AuditChain(name, rs.next() ? rs.getString(1) : START);
            }
        }
    }

    /**
     * The object whose monitor the analysts' actions on one store hold while they resume the chain,
     * append and commit, so two actions of one process never link to the same entry.
     */
    public static final class AnalystLock {}

    /** This chain's name ({@link #ENGINE} or {@link #ANALYST}). */
    public String name() {
        return name;
    }

    /** The hash of the last entry appended (or {@link #START}). */
    public String head() {
        return head;
    }

    /** Links {@code e} (its id is not part of it) after the head; returns its hash, the new head. */
    public String append(AuditEntry e) {
        head = hash(sha, head, e);
        return head;
    }

    /** Sets the head back to {@code head}: the entries appended since were rolled back. */
    public void reset(String head) {
        this.head = head;
    }

    static String hash(MessageDigest sha, String previous, AuditEntry e) {
        sha.reset();
        sha.update(previous.getBytes(StandardCharsets.US_ASCII));
        sha.update(canonical(e).getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(sha.digest());
    }

    /**
     * The content an entry's hash covers, every field but the id, each as its length, a colon and
     * its text ({@code -} for null) so no two entries read alike: time in microseconds since 1970 (the
     * store's precision), actor, claimed actor, action, alert, event, priority, score, reason.
     */
    static String canonical(AuditEntry e) {
        StringBuilder b = new StringBuilder(160);
        field(b, Long.toString(micros(e.at())));
        field(b, e.actor());
        field(b, e.claimedActor());
        field(b, e.action());
        field(b, e.alertId() == null ? null : e.alertId().toString());
        field(b, e.eventId());
        field(b, e.priority());
        field(b, e.score() == null ? null : e.score().toString());
        field(b, e.reason());
        return b.toString();
    }

    private static void field(StringBuilder b, String s) {
        if (s == null) {
            b.append("-|");
        } else {
            b.append(s.length()).append(':').append(s).append('|');
        }
    }

    private static long micros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
