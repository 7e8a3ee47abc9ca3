package org.khareetaty.core.alert.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khareetaty.core.alert.ObservedEvent;
import org.khareetaty.core.alert.OpenAlert;

/**
 * One incident: a session window of related events, those within the session radius of its first
 * event (the anchor) with no gap longer than the session gap between them. It holds its member
 * events (up to a cap; the count goes on), the corroborating events of other sources found near
 * its members, its citizen-report groups, and the open alert it raised, if any. Its id is the
 * anchor event's id, so the same stream always yields the same incidents.
 */
public final class Incident {
    private final String id;
    private final double lat;
    private final double lon;
    private final Instant first;
    private Instant last;
    private int eventCount;
    private final int maxEvents;
    private final List<ObservedEvent> members = new ArrayList<>();
    private final java.util.Set<String> memberIds = new java.util.HashSet<>();
    private final Map<String, ObservedEvent> corroborating = new LinkedHashMap<>();
    private final List<ReportGroup> groups = new ArrayList<>();
    private final Map<String, String> zones;
    private final String zone;
    private final double riskTerm;
    private OpenAlert alert;

    Incident(ObservedEvent anchor, Map<String, String> zones, int maxEvents, double riskTerm) {
        this.id = anchor.id();
        this.lat = anchor.event().lat();
        this.lon = anchor.event().lon();
        this.first = anchor.at();
        this.last = anchor.at();
        this.zones = zones;
        this.zone = anchor.zone();
        this.maxEvents = maxEvents;
        this.riskTerm = riskTerm;
    }

    /** A one-event incident outside the session windows (a too-late event). */
    public static Incident standalone(ObservedEvent e, Map<String, String> zones) {
        Incident i = new Incident(e, zones, 1, 0);
        i.addMember(e);
        if (e.event().source() == org.khareetaty.core.event.EventSource.CITIZEN_REPORT) {
            i.addGroup(new ReportGroup(e, i));
        }
        return i;
    }

    void addMember(ObservedEvent e) {
        eventCount++;
        if (e.at().isAfter(last)) {
            last = e.at();
        }
        if (members.size() < maxEvents) {
            members.add(e);
            memberIds.add(e.id());
        }
        corroborating.remove(e.id());
    }

    /** Records events of other sources found near a member (kept up to the cap, first found first). */
    public void addCorroborating(Collection<ObservedEvent> events) {
        for (ObservedEvent e : events) {
            if (corroborating.size() >= maxEvents) {
                return;
            }
            if (!memberIds.contains(e.id())) {
                corroborating.putIfAbsent(e.id(), e);
            }
        }
    }

    void addGroup(ReportGroup g) {
        groups.add(g);
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

    /** Occurrence time of the anchor. */
    public Instant first() {
        return first;
    }

    /** Latest occurrence time of a member. */
    public Instant last() {
        return last;
    }

    /** Members counted, including those beyond the kept cap. */
    public int eventCount() {
        return eventCount;
    }

    /** Member events kept. */
    public List<ObservedEvent> members() {
        return members;
    }

    /** Corroborating events of other sources. */
    public Collection<ObservedEvent> corroborating() {
        return corroborating.values();
    }

    /** Citizen-report groups. */
    public List<ReportGroup> groups() {
        return groups;
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
