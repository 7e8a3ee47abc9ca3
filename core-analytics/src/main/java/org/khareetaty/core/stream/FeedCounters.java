package org.khareetaty.core.stream;

import java.util.Map;
import org.khareetaty.core.event.RejectedMessage;

/**
 * Running totals of one client since it was connected.
 *
 * @param received        valid events received (including duplicates)
 * @param processed       events the handler completed
 * @param heartbeats      heartbeats received
 * @param rejected        rejected messages by reason (every reason present, zero when none)
 * @param duplicates      events skipped because their id was already processed
 * @param outOfOrder      new events whose sequence number was not above every earlier one (handled anyway)
 * @param reconnects      reconnect attempts scheduled
 * @param handlerFailures times the handler threw
 * @param skipped         events given up after the handler failed on them {@link StreamConfig#handlerAttempts()} times
 */
public record FeedCounters(
        long received,
        long processed,
        long heartbeats,
        Map<RejectedMessage.Reason, Long> rejected,
        long duplicates,
        long outOfOrder,
        long reconnects,
        long handlerFailures,
        long skipped) {

    public FeedCounters {
        rejected = Map.copyOf(rejected);
    }

    /** Rejected messages of every reason. */
    public long rejectedTotal() {
        return rejected.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Rejected messages of one reason. */
    public long rejected(RejectedMessage.Reason reason) {
        return rejected.getOrDefault(reason, 0L);
    }
}
