package org.khareetaty.core.report;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One incident of a shift briefing.
 *
 * @param id       the store's incident id
 * @param at       when (the instant)
 * @param local    when, in the incident's local time
 * @param dateOnly known to the day only (no time of day)
 * @param block    the block as the source writes it ("" when none)
 * @param offense  the offense type and description
 * @param category the offense category
 * @param lat      latitude (WGS84)
 * @param lon      longitude (WGS84)
 */
public record BriefingIncident(
        long id,
        Instant at,
        LocalDateTime local,
        boolean dateOnly,
        String block,
        String offense,
        String category,
        double lat,
        double lon) {}
