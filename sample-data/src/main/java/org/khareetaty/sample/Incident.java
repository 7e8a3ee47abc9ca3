package org.khareetaty.sample;

/**
 * One generated incident.
 *
 * @param localSecond local time (Asia/Kuwait) as seconds since 1970-01-01T00:00 local
 * @param type        offence type
 * @param at          position, inside {@code area.governorate()}'s polygon
 * @param area        neighbourhood; its governorate is the row's governorate
 * @param description free text
 */
record Incident(long localSecond, IncidentType type, LatLon at, Area area, String description) {}
