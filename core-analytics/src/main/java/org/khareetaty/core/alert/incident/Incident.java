package org.khareetaty.core.alert.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khareetaty.core.alert.ObservedEvent;
import org.khareetaty.core.alert.OpenAlert;
import org.khareetaty.core.event.EventSource;

/**
 * One incident: a session window of related events, those within the session radius of its first
 * event (the anchor) with no gap longer than the session gap between them. It holds the ids of its
 * member events (up to a cap; the count goes on) and of the corroborating events of other sources
 * found near its members (the events themselves are not kept: only their ids are linked to its
 * alert), its citizen-report groups, and the open alert it raised, if any. Its id is the
 * anchor event's id, so the same stream always yields the same incidents.
 *
 * <p>What the gates read is kept up to date as events arrive (the most confident event of each
 * source, whether a hardware sensor is involved, the span of the evidence, the reporters), so
 * assessing an incident costs the same for its first event as for its thousandth.
 */
public final class Incident {
    /** Report groups an incident keeps (later ones still count through the leading verdict). */
    static final int MAX_GROUPS = 10;

    private static final int MAX_REPORTERS = 100;
    private final String id;
    private final double lat;
    private final double lon;
    private final long cell;
    private final long firstMs;
    private long lastMs;
    private int eventCount;
    private final int maxEvents;
    /** Ids of the members kept, in arrival order. */
    private final Set<String> memberIds = new LinkedHashSet<>();
    /** Ids of the corroborating events found, first found first. */
    private final Set<String> corroborating = new LinkedHashSet<>();

    private final List<ReportGroup> groups = new ArrayList<>();
    private int droppedGroups;
    private ReportGroup.Verdict droppedBest;
    private final Map<EventSource, ObservedEvent> best = new EnumMap<>(EventSource.class);
    private ObservedEvent bestCorroboratingReport;
    private ReportGroup.Verdict citizen;
    private boolean hardware;
    private Instant evidenceFirst;
    private Instant evidenceLast;
    private final DistinctCount reporters = new DistinctCount(MAX_REPORTERS);
    private boolean retain = true;
    private final Map<String, String> zones;
    private final String zone;
    private final double riskTerm;
    private OpenAlert alert;

    Incident(ObservedEvent anchor, Map<String, String> zones, int maxEvents, double riskTerm) {
        this.id = anchor.id();
        this.lat = anchor.event().lat();
        this.lon = anchor.event().lon();
        this.cell = anchor.cell();
        this.firstMs = anchor.at().toEpochMilli();
        this.lastMs = firstMs;
        this.evidenceFirst = anchor.at();
        this.evidenceLast = anchor.at();
        this.zones = zones;
        this.zone = anchor.zone();
        this.maxEvents = maxEvents;
        this.riskTerm = riskTerm;
    }

    /** A one-event incident outside the session windows (a too-late event). */
    public static Incident standalone(ObservedEvent e, Map<String, String> zones) {
        Incident i = new Incident(e, zones, 1, 0);
        i.addMember(e);
        if (e.event().source() == EventSource.CITIZEN_REPORT) {
            i.addGroup(new ReportGroup(e, i));
        }
        return i;
    }

    void addMember(ObservedEvent e) {
        eventCount++;
        lastMs = Math.max(lastMs, e.at().toEpochMilli());
        if (retain && memberIds.size() < maxEvents) {
            memberIds.add(e.id());
        }
        // an earlier event's corroborator that joins stays in the evidence as a member
        corroborating.remove(e.id());
        evidence(e);
        if (e.event().source() != EventSource.CITIZEN_REPORT) {
            best.merge(e.event().source(), e, Incident::moreConfident);
        }
    }

    /** Records events of other sources found near a member (kept up to the cap, first found first); returns those new. */
    public List<ObservedEvent> addCorroborating(Collection<ObservedEvent> events) {
        List<ObservedEvent> added = new ArrayList<>(events.size());
        for (ObservedEvent e : events) {
            if (corroborating.size() >= maxEvents || memberIds.contains(e.id()) || !corroborating.add(e.id())) {
                continue;
            }
            added.add(e);
            evidence(e);
            if (e.event().source() == EventSource.CITIZEN_REPORT) {
                bestCorroboratingReport =
                        bestCorroboratingReport == null ? e : moreConfident(bestCorroboratingReport, e);
            } else {
                best.merge(e.event().source(), e, Incident::moreConfident);
            }
        }
        return added;
    }

    private void evidence(ObservedEvent e) {
        hardware |= e.event().source().hardware();
        if (e.at().isBefore(evidenceFirst)) {
            evidenceFirst = e.at();
        }
        if (e.at().isAfter(evidenceLast)) {
            evidenceLast = e.at();
        }
        if (e.event().source() == EventSource.CITIZEN_REPORT) {
            reporters.add(e.event().reporter(), e.id());
        }
    }

    void addGroup(ReportGroup g) {
        if (groupCount() < MAX_GROUPS) {
            g.ordinal = groupCount();
            groups.add(g);
        }
        groupChanged(g);
    }

    /** A group of this incident took a report: its verdict may now lead the incident's citizen source. */
    void groupChanged(ReportGroup g) {
        ReportGroup.Verdict v = g.verdict();
        if (citizen == null || v.confidence() > citizen.confidence()) {
            citizen = v;
        } else if (citizen.group() == g) {
            // the leading group's verdict changed (a new majority can be less confident): look at every group again,
            // the first kept of the most confident leading (dropped groups through the best of them)
            citizen = droppedBest;
            for (ReportGroup x : groups) {
                ReportGroup.Verdict xv = x.verdict();
                if (citizen == null
                        || xv.confidence() > citizen.confidence()
                        || xv.confidence() == citizen.confidence() && x.ordinal < citizen.group().ordinal) {
                    citizen = xv;
                }
            }
        }
    }

    /**
     * A group of this incident closed (its fusion window passed, its verdict is final). Once the
     * incident's alert holds its events the group is dropped: the incident keeps its count and, for
     * the leading verdict, the best verdict of the groups dropped. This keeps the report groups held
     * by long incidents to those still open (a 30-minute soak at 1,000 events/s grew by them).
     */
    void groupClosed(ReportGroup g) {
        if (!retain && groups.remove(g)) {
            drop(g);
        }
    }

    private void drop(ReportGroup g) {
        droppedGroups++;
        ReportGroup.Verdict v = g.verdict();
        if (droppedBest == null
                || v.confidence() > droppedBest.confidence()
                || v.confidence() == droppedBest.confidence() && g.ordinal < droppedBest.group().ordinal) {
            droppedBest = v;
        }
    }

    private static ObservedEvent moreConfident(ObservedEvent a, ObservedEvent b) {
        return b.confidence() > a.confidence() ? b : a;
    }

    /**
     * The most confident event of each source among members and corroborators; for citizen reports,
     * the leading report group's representative (or a corroborating report, if more confident).
     */
    public Map<EventSource, ObservedEvent> bestBySource() {
        Map<EventSource, ObservedEvent> out = new EnumMap<>(best);
        ObservedEvent c = citizen == null ? null : citizen.representative();
        if (bestCorroboratingReport != null && (c == null || bestCorroboratingReport.confidence() > c.confidence())) {
            c = bestCorroboratingReport;
        }
        if (c != null) {
            out.put(EventSource.CITIZEN_REPORT, c);
        }
        return out;
    }

    /** The verdict of the most confident citizen-report group, or null. */
    public ReportGroup.Verdict citizen() {
        return citizen;
    }

    /** True when a hardware sensor's event is among the members or corroborators. */
    public boolean hardware() {
        return hardware;
    }

    /** Earliest occurrence time among members and corroborators. */
    public Instant evidenceFirst() {
        return evidenceFirst;
    }

    /** Latest occurrence time among members and corroborators. */
    public Instant evidenceLast() {
        return evidenceLast;
    }

    /** Distinct citizen reporters (a report without a reporter id counts as its own), counted up to 100. */
    public int reporters() {
        return reporters.size();
    }

    /** The anchor event's id. */
    public String id() {
        return id;
    }

    public double lat() {
        return lat;
    }

    public double lon() {
        return lon;
    }

    /** The anchor's grid cell. */
    public long cell() {
        return cell;
    }

    /** Occurrence time of the anchor. */
    public Instant first() {
        return Instant.ofEpochMilli(firstMs);
    }

    /** Latest occurrence time of a member. */
    public Instant last() {
        return Instant.ofEpochMilli(lastMs);
    }

    /** Occurrence time of the anchor, epoch milliseconds. */
    public long firstMillis() {
        return firstMs;
    }

    /** Latest occurrence time of a member, epoch milliseconds. */
    public long lastMillis() {
        return lastMs;
    }

    /** Members counted, including those beyond the kept cap. */
    public int eventCount() {
        return eventCount;
    }

    /** Ids of the member events kept, in arrival order (none once the evidence is released). */
    public List<String> memberIds() {
        return retain ? List.copyOf(memberIds) : List.of();
    }

    /** Ids of the corroborating events of other sources, first found first (none once the evidence is released). */
    public List<String> corroboratingIds() {
        return retain ? List.copyOf(corroborating) : List.of();
    }

    /** Corroborating events found, counted by id. */
    public int corroboratingCount() {
        return corroborating.size();
    }

    /**
     * The incident's alert now stands on its events (they are linked to it as they come): its member
     * and corroborating events need not be held any longer, which bounds the memory of a long incident.
     * Counts, the best event of each source and the report groups' verdicts are kept.
     */
    public void releaseEvidence() {
        if (retain) {
            retain = false;
            for (var it = groups.iterator(); it.hasNext(); ) {
                ReportGroup g = it.next();
                if (g.closed()) {
                    it.remove();
                    drop(g);
                }
            }
        }
    }

    /** Citizen-report groups kept: of the first 10, those still open and, until the evidence is released, the closed ones. */
    public List<ReportGroup> groups() {
        return Collections.unmodifiableList(groups);
    }

    /** Citizen-report groups the incident has had, counted up to 10. */
    public int groupCount() {
        return groups.size() + droppedGroups;
    }

    /** Zone per boundary layer of the anchor. */
    public Map<String, String> zones() {
        return zones;
    }

    /** Primary-layer zone of the anchor, or null. */
    public String zone() {
        return zone;
    }

    /**
     * The dynamic-risk term of the anchor's place before the incident began. Later members use it
     * instead of their own cell's risk, which the incident itself has raised.
     */
    public double riskTerm() {
        return riskTerm;
    }

    /** The open alert this incident raised, or null. */
    public OpenAlert alert() {
        return alert;
    }

    public void alert(OpenAlert a) {
        this.alert = a;
    }
}
