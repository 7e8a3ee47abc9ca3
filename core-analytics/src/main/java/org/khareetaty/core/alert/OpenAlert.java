package org.khareetaty.core.alert;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The engine's memory of an alert that new events may still update: its id, dedup key, type, the
 * events already linked to it, and when an event last touched it (stream time). Closing an alert in
 * the store ends it: the engine checks the stored state before it updates.
 */
public final class OpenAlert {
    /** Id of an alert raised while the engine rebuilds its state, before the stored id is known. */
    static final long PENDING = -1;

    long id;
    final String dedupKey;
    AlertType type;
    Instant lastEventAt;
    AlertState state = AlertState.NEW;
    /** The shape of the explanation last written (see AlertWriter), or null. */
    String explained;
    /** Type, priority, unscored flag and sources last written (see AlertWriter), or null. */
    String urgent;

    final Set<String> linked = new LinkedHashSet<>();

    OpenAlert(long id, String dedupKey, AlertType type, Instant lastEventAt) {
        this.id = id;
        this.dedupKey = dedupKey;
        this.type = type;
        this.lastEventAt = lastEventAt;
    }

    /** The alert's id in the store. */
    public long id() {
        return id;
    }

    /** The dedup key. */
    public String dedupKey() {
        return dedupKey;
    }

    /** The alert's type as last assessed. */
    public AlertType type() {
        return type;
    }
}
