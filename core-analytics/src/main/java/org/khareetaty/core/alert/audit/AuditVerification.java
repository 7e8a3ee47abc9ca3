package org.khareetaty.core.alert.audit;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;

/**
 * Checks the audit log's hash chains ({@link AuditChain}) entry by entry, in the order they were
 * written: an entry whose content no longer gives its hash was edited; one whose previous hash is
 * not its chain's last hash follows a deletion or is an insertion; one without a hash after the
 * first chained entry was inserted or stripped. What it cannot see: the latest entries of a chain
 * deleted together (compare {@link AuditVerdict#heads()} with heads noted earlier), and a chain
 * recomputed by someone who ran this code.
 */
public final class AuditVerification {
    /** At most this many problems are listed; all are counted. */
    public static final int LISTED = 100;

    private AuditVerification() {}

    /** One entry that does not fit the chain: its id and what is wrong. */
    public record Problem(long id, String what) {}

    /**
     * The verdict: entries read, those written before the chain existed (schema 7), entries and last
     * hash of each chain, problems found (the first {@link #LISTED}) and how many.
     */
    public record AuditVerdict(
            long entries,
            long unchained,
            Map<String, Long> counts,
            Map<String, String> heads,
            List<Problem> problems,
            long problemCount) {
        /** Whether no entry was found edited, inserted or deleted. */
        public boolean intact() {
            return problemCount == 0;
        }
    }

    /** Verifies the audit log of {@code store}. */
    public static AuditVerdict verify(Store store) {
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT " + AuditLog.COLUMNS + ", chain, prev_hash, entry_hash FROM alert_audit ORDER BY id")) {
            return verify(ps);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the audit log of " + store.dir() + ": " + e.getMessage(), e);
        }
    }

    private static AuditVerdict verify(PreparedStatement ps) throws SQLException {
        MessageDigest sha = AuditChain.sha256();
        Map<String, String> heads = new TreeMap<>();
        Map<String, Long> lastIds = new TreeMap<>();
        Map<String, Long> counts = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        long[] problemCount = {0};
        long entries = 0;
        long unchained = 0;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                entries++;
                AuditEntry e = AuditLog.entry(rs);
                String chain = rs.getString(11);
                String prev = rs.getString(12);
                String hash = rs.getString(13);
                if (chain == null && prev == null && hash == null) {
                    if (heads.isEmpty()) {
                        unchained++;
                    } else {
                        add(
                                problems,
                                problemCount,
                                e.id(),
                                "carries no hash after chained entries: inserted, or its hash removed");
                    }
                    continue;
                }
                if (!AuditChain.ENGINE.equals(chain) && !AuditChain.ANALYST.equals(chain)
                        || prev == null
                        || hash == null) {
                    add(problems, problemCount, e.id(), "has a damaged chain record (chain " + chain + ")");
                    continue;
                }
                counts.merge(chain, 1L, Long::sum);
                String expected = heads.getOrDefault(chain, AuditChain.START);
                if (!prev.equals(expected)) {
                    Long before = lastIds.get(chain);
                    add(
                            problems,
                            problemCount,
                            e.id(),
                            "does not follow "
                                    + (before == null
                                            ? "the start of the " + chain + " chain"
                                            : "entry " + before + ", the " + chain + " chain's previous entry")
                                    + ": entries were deleted or inserted between them, or that entry was rewritten");
                }
                if (!AuditChain.hash(sha, prev, e).equals(hash)) {
                    add(problems, problemCount, e.id(), "was edited: its content does not give its hash");
                }
                heads.put(chain, hash);
                lastIds.put(chain, e.id());
            }
        }
        return new AuditVerdict(entries, unchained, counts, heads, List.copyOf(problems), problemCount[0]);
    }

    private static void add(List<Problem> problems, long[] count, long id, String what) {
        count[0]++;
        if (problems.size() < LISTED) {
            problems.add(new Problem(id, what));
        }
    }
}
