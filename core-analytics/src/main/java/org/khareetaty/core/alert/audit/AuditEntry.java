package org.khareetaty.core.alert.audit;

import java.time.Instant;

/**
 * One audit-log entry: an engine decision ({@code raised}, {@code deduplicated}, {@code suppressed},
 * {@code fused}, {@code late}, {@code trend_watch}; actor {@code engine}) or an analyst's action
 * ({@code acknowledged}, {@code dispatched}, {@code closed}, {@code noted}).
 *
 * @param actor        {@code engine}, or the operating-system user who acted
 * @param claimedActor the name the analyst gave with {@code --actor}, or null
 * @param alertId      the alert concerned, or null (a suppression, a late event)
 * @param eventId      the event decided about, or null (an analyst's action)
 * @param priority     the alert's priority at the time, or null
 * @param score        the score at the time, or null
 * @param reason       the gate's finding, the suppression reason, or the analyst's note
 */
public record AuditEntry(
        long id,
        Instant at,
        String actor,
        String claimedActor,
        String action,
        Long alertId,
        String eventId,
        String priority,
        Double score,
        String reason) {}
