package org.khareetaty.core.alert;

import java.time.Instant;
import java.util.Map;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.alert.gate.Assessment;
import org.khareetaty.core.alert.geofence.GeofenceMonitor;

/**
 * Decides what a geofence firing means: it always alerts, updating the geofence's alert while an
 * event touched it within the geofence dedup gap, else raising a new one.
 */
final class GeofenceDecision {
    private final DedupOrRaise policy;
    private final AlertConfig config;

    GeofenceDecision(DedupOrRaise policy, AlertConfig config) {
        this.policy = policy;
        this.config = config;
    }

    /**
     * The decision about firing {@code f} by {@code oe}; {@code a} is the assessment of the event's
     * incident.
     */
    Draft decide(
            GeofenceMonitor.Firing f,
            ObservedEvent oe,
            Map<String, String> zones,
            Assessment a,
            EngineState state,
            Instant now,
            boolean replay) {
        String name = f.geofence().name();
        OpenAlert open = policy.stillOpen(state.geofenceAlerts.get(name), oe.at(), config.geofenceDedupGap(), replay);
        AlertContent content = state.contents.forGeofence(f, oe, zones, a, now);
        String why = "geofence " + name + " (" + f.geofence().rule() + "): " + f.count() + " event"
                + (f.count() == 1 ? "" : "s") + " inside, always alerts";
        Draft d;
        if (open != null) {
            d = policy.update(open, oe, content, why);
        } else {
            d = policy.raise(DecisionKind.RAISED, "geofence:" + name + ":" + oe.id(), oe, content, null, why, replay);
            state.geofenceAlerts.put(name, d.alert);
        }
        d.link(oe.id(), "trigger", policy.linkCap());
        return d;
    }
}
