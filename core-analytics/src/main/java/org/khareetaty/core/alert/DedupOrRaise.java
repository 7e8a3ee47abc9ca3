package org.khareetaty.core.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.khareetaty.core.alert.score.Priority;

/**
 * The one policy by which an incident, a geofence firing and a spike become alerts: an event about
 * something that has an alert still open (not closed by the analyst, and, for geofences and spikes,
 * touched within the dedup gap) updates that alert; otherwise a new alert is raised under its dedup
 * key. An alert raised when scoring failed keeps its content but has no score ({@link AlertContent#unscored}).
 */
final class DedupOrRaise {
    private final AlertStates states;
    private final Priority degradedPriority;
    private final int linkCap;

    DedupOrRaise(AlertStates states, Priority degradedPriority, int linkCap) {
        this.states = states;
        this.degradedPriority = degradedPriority;
        this.linkCap = linkCap;
    }

    /**
     * {@code a} if it is still open (the analyst has not closed it), with its current state; else
     * null. A replay takes it as it is: the stored states are read when the replay ends.
     */
    OpenAlert stillOpen(OpenAlert a, boolean replay) {
        if (a == null) {
            return null;
        }
        if (replay) {
            return a;
        }
        if (a.id <= 0) {
            return null;
        }
        AlertState s = states.get(a.id);
        if (s != null) {
            a.state = s;
        }
        return a.state.open() ? a : null;
    }

    /** {@code a} if it is still open and an event touched it at most {@code gap} before {@code at}; else null. */
    OpenAlert stillOpen(OpenAlert a, Instant at, Duration gap, boolean replay) {
        OpenAlert open = stillOpen(a, replay);
        return open != null && Duration.between(open.lastEventAt, at).compareTo(gap) > 0 ? null : open;
    }

    /** Updates the open alert {@code open} with {@code content}, because of {@code why}. */
    Draft update(OpenAlert open, ObservedEvent oe, AlertContent content, String why) {
        AlertContent c = content;
        Draft d = new Draft(
                DecisionKind.DEDUPLICATED,
                oe,
                open,
                false,
                c,
                "updates open alert " + open.dedupKey + " (" + why + ")",
                List.of());
        d.state = open.state;
        open.type = c.type();
        open.lastEventAt = open.lastEventAt.isAfter(oe.at()) ? open.lastEventAt : oe.at();
        return d;
    }

    /**
     * Raises a new alert under {@code dedupKey} as {@code kind} (raised or trend watch), {@code oe}
     * its trigger; {@code unscored} says why scoring failed (the alert then has no score), or is null.
     */
    Draft raise(
            DecisionKind kind,
            String dedupKey,
            ObservedEvent oe,
            AlertContent content,
            String unscored,
            String why,
            boolean replay) {
        AlertContent c = unscored != null ? content.unscored(degradedPriority, unscored) : content;
        OpenAlert created = new OpenAlert(replay ? OpenAlert.PENDING : 0, dedupKey, c.type(), oe.at());
        Draft d = new Draft(kind, oe, created, true, c, why, List.of());
        d.link(oe.id(), "trigger", linkCap);
        return d;
    }

    /** The most events linked to one alert. */
    int linkCap() {
        return linkCap;
    }
}
