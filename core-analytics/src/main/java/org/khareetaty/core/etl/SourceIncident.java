package org.khareetaty.core.etl;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * An incident as a profile reads it from one row, before validation and enrichment.
 *
 * @param sourceId            the records system's own id, or null
 * @param caseNumber          the case (report) number, or null
 * @param time                time of occurrence as written: wall-clock time in {@code zone}, unless
 *                            it carries its own UTC offset
 * @param zone                the source's time zone
 * @param offenseCode         offense code (Chicago IUCR, zero-padded), or null
 * @param offenseType         offense type as the source names it
 * @param offenseDescription  finer description, or null
 * @param fbiCode             FBI/NIBRS code (zero-padded), or null
 * @param arrest              arrest made, or null when the source does not say
 * @param domestic            domestic incident, or null when the source does not say
 * @param block               block, street or neighbourhood, or null
 * @param locationDescription kind of place (STREET, RESIDENCE), or null
 * @param claims              zones the source itself states, by concept ({@code district -> 12})
 * @param lon                 WGS84 longitude
 * @param lat                 WGS84 latitude
 */
public record SourceIncident(
        String sourceId,
        String caseNumber,
        ParsedTime time,
        ZoneId zone,
        String offenseCode,
        String offenseType,
        String offenseDescription,
        String fbiCode,
        Boolean arrest,
        Boolean domestic,
        String block,
        String locationDescription,
        Map<String, String> claims,
        double lon,
        double lat) {

    /** The wall-clock time as written. */
    public LocalDateTime localTime() {
        return time.local();
    }
}
