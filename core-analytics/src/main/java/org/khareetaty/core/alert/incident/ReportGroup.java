package org.khareetaty.core.alert.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.khareetaty.core.alert.ObservedEvent;

/**
 * Citizen reports fused into one incident report: reports within the fusion radius of the group's
 * first report and the fusion window of its latest. Several phones reporting one incident are one
 * source, not independent corroboration; the group keeps the report ids (the first 10), the votes
 * per type, the most confident report of each type and the reporters, so its verdict is kept up to
 * date without holding every report.
 */
public final class ReportGroup {
    private static final int KEPT_IDS = 10;
    private static final int MAX_REPORTERS = 100;
    private final ObservedEvent firstReport;
    private final Incident incident;
    private long lastMs;
    private int count;
    private final List<String> reportIds = new ArrayList<>();
    private final Map<String, Integer> votes = new TreeMap<>();
    private final Map<String, ObservedEvent> bestOfType = new TreeMap<>();
    private final DistinctCount reporters = new DistinctCount(MAX_REPORTERS);
    private Verdict verdict;
    /** Place among its incident's groups (set when the incident keeps it). */
    int ordinal;

    private boolean closed;

    /**
     * The group's classification. Conflicting types are settled by majority; a tie goes to the type
     * with the most confident single report, then to the alphabetically first type.
     *
     * @param type           the winning type
     * @param representative the most confident report of that type (its confidence is the group's)
     * @param reporters      distinct reporters (a report without a reporter id counts as its own), counted up to 100
     * @param votes          reports per type
     */
    public record Verdict(
            ReportGroup group, String type, ObservedEvent representative, int reporters, Map<String, Integer> votes) {
        /** The group's confidence: that of its representative report. */
        public double confidence() {
            return representative.confidence();
        }
    }

    ReportGroup(ObservedEvent first, Incident incident) {
        this.firstReport = first;
        this.incident = incident;
        this.lastMs = first.at().toEpochMilli();
        count(first);
    }

    /** The fusion window has passed: the group takes no more reports and its verdict is final. */
    void close() {
        closed = true;
        incident.groupClosed(this);
    }

    /** Whether the group can take no more reports. */
    boolean closed() {
        return closed;
    }

    void add(ObservedEvent report) {
        count(report);
        lastMs = Math.max(lastMs, report.at().toEpochMilli());
        incident.groupChanged(this);
    }

    private void count(ObservedEvent r) {
        count++;
        verdict = null;
        if (reportIds.size() < KEPT_IDS) {
            reportIds.add(r.id());
        }
        votes.merge(r.type(), 1, Integer::sum);
        bestOfType.merge(r.type(), r, (a, b) -> b.confidence() > a.confidence() ? b : a);
        reporters.add(r.event().reporter(), r.id());
    }

    /** The first report's id. */
    public String id() {
        return firstReport.id();
    }

    /** The first report (the group's anchor). */
    public ObservedEvent first() {
        return firstReport;
    }

    /** Occurrence time of the latest report. */
    public Instant last() {
        return Instant.ofEpochMilli(lastMs);
    }

    /** The incident the group belongs to. */
    public Incident incident() {
        return incident;
    }

    /** Reports fused into the group, the first included. */
    public int size() {
        return count;
    }

    /** The ids of the first 10 reports, in arrival order. */
    public List<String> reportIds() {
        return Collections.unmodifiableList(reportIds);
    }

    /** The classification by majority, then by the highest confidence. */
    public Verdict verdict() {
        if (verdict == null) {
            String winner = null;
            for (String type : votes.keySet()) {
                if (winner == null
                        || votes.get(type) > votes.get(winner)
                        || votes.get(type).equals(votes.get(winner))
                                && bestOfType.get(type).confidence()
                                        > bestOfType.get(winner).confidence()) {
                    winner = type;
                }
            }
            verdict = new Verdict(
                    this,
                    winner,
                    bestOfType.get(winner),
                    reporters.size(),
                    Collections.unmodifiableMap(new TreeMap<>(votes)));
        }
        return verdict;
    }
}
