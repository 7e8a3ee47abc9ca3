package org.khareetaty.core.report;

import java.time.LocalDate;
import java.util.Map;

/**
 * When the incidents of a report's period happened, for its charts.
 *
 * @param daily     incidents per local date, every date of the period (zeros included), in order
 * @param dayOfWeek incidents per day of week, Monday first
 * @param hourOfDay incidents per local hour 0..23, without those known to the day only (a date-only
 *     export or a placeholder time, docs/import.md), as in the drill-down's hour profile
 */
public record TimeProfile(Map<LocalDate, Long> daily, long[] dayOfWeek, long[] hourOfDay) {}
