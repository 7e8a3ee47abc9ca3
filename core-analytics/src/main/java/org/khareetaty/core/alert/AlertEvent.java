package org.khareetaty.core.alert;

import java.time.Instant;

/** An event behind an alert, with its role (trigger, member, corroborating, fused). */
public record AlertEvent(
        String eventId,
        String role,
        String source,
        String type,
        Instant occurredAt,
        double confidence,
        double lat,
        double lon,
        String reporter) {}
