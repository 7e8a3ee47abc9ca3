package org.khareetaty.core.incidents;

import java.time.LocalDateTime;

/**
 * One stored incident as the workstation's attribute table and identify show it.
 *
 * @param id       the store's internal id (for links between views; never shown)
 * @param caseNumber the source's case number (its record id when it has none), or null
 * @param occurred local time of occurrence, in the source's zone
 * @param arrest   whether an arrest was made; null when the source does not record it
 * @param cell     the incident's H3 r10 cell
 */
public record IncidentRow(
        long id,
        String caseNumber,
        LocalDateTime occurred,
        String category,
        String offenseType,
        String description,
        String block,
        Boolean arrest,
        long cell,
        double lon,
        double lat) {}
