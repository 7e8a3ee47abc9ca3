package org.khareetaty.core.alert.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.khareetaty.core.alert.ObservedEvent;

/**
 * Citizen reports fused into one incident report: reports within the fusion radius of the group's
 * first report and the fusion window of its latest. Several phones reporting one incident are one
 * source, not independent corroboration; the group keeps every report id and counts the reporters.
 */
public final class ReportGroup {
    private final ObservedEvent firstReport;
    private final Incident incident;
    private Instant last;
    private final List<ObservedEvent> reports = new ArrayList<>();
    private Verdict verdict;

    /**
     * The group's classification. Conflicting types are settled by majority; a tie goes to the type
     * with the most confident single report, then to the alphabetically first type.
     *
     * @param type           the winning type
     * @param representative the most confident report of that type (its confidence is the group's)
     * @param reporters      distinct reporters (a report without a reporter id counts as its own)
     * @param votes          reports per type
     */
    public record Verdict(ReportGroup group, String type, ObservedEvent representative, int reporters, Map<String, Integer> votes) {
        /** The group's confidence: that of its representative report. */
        public double confidence() {
            return representative.confidence();
        }
    }

    ReportGroup(ObservedEvent first, Incident incident) {
        this.firstReport = first;
        this.incident = incident;
        this.last = first.at();
        reports.add(first);
    }

    void add(ObservedEvent report) {
        reports.add(report);
        verdict = null;
        if (report.at().isAfter(last)) {
            last = report.at();
        }
        incident.groupChanged(this);
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
        return last;
    }

    /** The incident the group belongs to. */
    public Incident incident() {
        return incident;
    }

    /** Every report, in arrival order. */
    public List<ObservedEvent> reports() {
        return reports;
    }

    /** The classification by majority, then by the highest confidence. */
    public Verdict verdict() {
        if (verdict == null) {
            verdict = count();
        }
        return verdict;
    }

    private Verdict count() {
        Map<String, Integer> votes = new TreeMap<>();
        Map<String, ObservedEvent> best = new TreeMap<>();
        Set<String> reporters = new HashSet<>();
        for (ObservedEvent r : reports) {
            votes.merge(r.type(), 1, Integer::sum);
            best.merge(r.type(), r, (a, b) -> b.confidence() > a.confidence() ? b : a);
            String who = r.event().reporter();
            reporters.add(who == null ? "event:" + r.id() : "reporter:" + who);
        }
        String winner = null;
        for (String type : votes.keySet()) {
            if (winner == null || votes.get(type) > votes.get(winner)
                    || votes.get(type).equals(votes.get(winner)) && best.get(type).confidence() > best.get(winner).confidence()) {
                winner = type;
            }
        }
        return new Verdict(this, winner, best.get(winner), reporters.size(), votes);
    }
}
