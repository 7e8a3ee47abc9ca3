package org.khareetaty.core.etl;

import java.time.ZonedDateTime;
import java.util.Map;
import java.util.StringJoiner;
import org.khareetaty.core.taxonomy.Classification;

/**
 * One row the importer loads, with what it found out about it: the values an {@link IncidentSink}
 * stores as one incident.
 *
 * @param line      the row's physical line in the file
 * @param key       its dedup key ({@link DedupKey})
 * @param incident  the row as the profile read it
 * @param time      its time in the source's zone
 * @param kind      its category and severity
 * @param zones     its zone in each boundary layer, in the layers' order
 * @param mismatch  the zones the source states that differ from the ones found, or null
 * @param timeFlag  why its time is doubtful, or null
 * @param placeFlag why its place is doubtful, or null
 * @param cells     its H3 cells, r6..r10
 */
record LoadedIncident(
        long line,
        long key,
        SourceIncident incident,
        ZonedDateTime time,
        Classification kind,
        String[] zones,
        String mismatch,
        String timeFlag,
        String placeFlag,
        long[] cells) {

    /** Longest stored free texts (the {@code incidents} columns' sizes). */
    static final int TEXT = 200;

    static final int ZONES_TEXT = 400;

    /** The H3 r10 cell. */
    long r10() {
        return cells[cells.length - 1];
    }

    /** The block as stored (cut to its column). */
    String block() {
        return truncate(incident.block(), TEXT);
    }

    /** The zones the source states, {@code layer=zone;...}, as stored, or null. */
    String claimedZones() {
        Map<String, String> claims = incident.claims();
        if (claims.isEmpty()) {
            return null;
        }
        StringJoiner j = new StringJoiner(";");
        claims.forEach((k, v) -> j.add(k + "=" + v));
        return truncate(j.toString(), ZONES_TEXT);
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
