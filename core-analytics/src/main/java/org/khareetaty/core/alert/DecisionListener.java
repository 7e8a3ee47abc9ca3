package org.khareetaty.core.alert;

import java.util.List;
import org.khareetaty.core.event.Received;
import org.khareetaty.core.store.StoreException;

/**
 * Hears the decisions of the events handed to {@link AlertEngine#processAll(List, DecisionListener)}
 * once they are on disk: called on the engine's durability thread, batch after batch in the order
 * the batches were processed, never before the fsync that covers them.
 */
public interface DecisionListener {
    /**
     * The decisions about {@code events} ({@code decisions.get(i)} about {@code events.get(i)}, empty
     * for an event processed before), now durable: a kill or a power loss cannot take them back.
     */
    void durable(List<Received> events, List<List<AlertDecision>> decisions);

    /**
     * The store could not be written to its file: the decisions about {@code events} are not durable
     * and are never handed over; the engine refuses every later batch with the same error.
     */
    default void failed(List<Received> events, StoreException error) {}
}
