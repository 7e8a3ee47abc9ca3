package org.khareetaty.core.report;

import java.time.Instant;

/**
 * An open alert of a shift briefing.
 *
 * @param id          the alert's id ({@code khareetaty alerts show ID})
 * @param priority    P0 .. P3
 * @param state       new, acknowledged or dispatched
 * @param what        its type and event type ("correlated robbery")
 * @param raised      when the engine raised it
 * @param explanation its one-line explanation: the gate's finding
 */
public record BriefingAlert(long id, String priority, String state, String what, Instant raised, String explanation) {}
