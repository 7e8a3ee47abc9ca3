package org.khareetaty.core.stream;

import java.util.List;
import org.khareetaty.core.event.Received;

/**
 * An {@link EventHandler} that can also take the events waiting in the client's queue together, all
 * or none: a handler that stores its results can then commit once per batch instead of once per
 * event (group commit). The client hands over at most {@link #maxBatch()} events at a time, only
 * events that are waiting already (it never holds one back to fill a batch), in arrival order, each
 * id at most once. When {@link #onEvents} throws, the client delivers the same events again one at a
 * time through {@link #onEvent}, with its usual retries; so a handler must leave nothing of a batch
 * it failed on.
 */
public interface BatchEventHandler extends EventHandler {
    /**
     * Handles the events of {@code batch} (two or more) as one unit.
     *
     * @throws Exception to have them delivered again one at a time
     */
    void onEvents(List<Received> batch) throws Exception;

    /** The most events handed over at once. */
    default int maxBatch() {
        return 32;
    }
}
