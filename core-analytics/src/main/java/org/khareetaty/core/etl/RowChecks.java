package org.khareetaty.core.etl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.khareetaty.core.geo.BoundaryIndex;
import org.khareetaty.core.geo.StudyAreaEdge;
import org.khareetaty.core.incidents.PlaceFlags;
import org.locationtech.jts.geom.Envelope;

/**
 * The checks every incident passes whatever its profile: a possible time, a real location inside
 * the study area. A local time in a daylight-saving gap is moved forward by the gap's length and a
 * time in an overlap takes the earlier offset ({@link ZonedDateTime#ofLocal}), so neither is lost.
 * A time written with its own UTC offset is that instant, seen in the source's zone; where the
 * offset differs from the zone's at that instant, {@link #offsetFlag} says so.
 */
final class RowChecks {
    /** Width of the free-text columns (description, block, location) in {@code incidents}. */
    static final int TEXT_WIDTH = 200;
    /** Width of {@code incidents.claimed_zones}, the source's own zones as {@code district=8;beat=832}. */
    static final int CLAIMS_WIDTH = 400;

    private final LocalDate floor;
    private final Instant latest;
    private final Envelope bbox;
    private final BoundaryIndex boundaries;
    private final List<Sentinel> sentinels;
    private final StudyAreaEdge edge;

    /**
     * Where a row's point lies: its zone code in every layer, and the flag of a point kept just
     * outside the study area's edge ({@link Flag#SNAPPED_TO_EDGE}), else null.
     */
    record Place(String[] zones, String flag) {}

    RowChecks(
            LocalDate floorDate,
            Instant now,
            Envelope bbox,
            BoundaryIndex boundaries,
            StudyAreaEdge edge,
            List<Sentinel> sentinels) {
        this.floor = floorDate;
        this.latest = now.plus(1, ChronoUnit.DAYS);
        this.bbox = bbox;
        this.boundaries = boundaries;
        this.edge = edge;
        this.sentinels = sentinels;
    }

    /**
     * Checks that the row's identifiers and codes fit the store's columns: they are keys, which a
     * cut would change, so a longer one rejects the row (free text is cut to its column instead).
     */
    static void fields(SourceIncident s) throws RowRejection {
        fits("source id", s.sourceId(), 64);
        fits("case number", s.caseNumber(), 64);
        fits("offense code", s.offenseCode(), 16);
        fits("offense type", s.offenseType(), 100);
        fits("FBI code", s.fbiCode(), 8);
    }

    private static void fits(String what, String value, int max) throws RowRejection {
        if (value != null && value.length() > max) {
            throw new RowRejection(
                    RejectReason.FIELD_TOO_LONG,
                    what + " of " + value.length() + " characters is longer than " + max + ": '"
                            + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "'");
        }
    }

    /** The zoned time of the incident, checked against the floor and the near future. */
    ZonedDateTime time(SourceIncident s) throws RowRejection {
        ZoneOffset written = s.time().offset();
        ZonedDateTime t = written == null
                ? ZonedDateTime.ofLocal(s.localTime(), s.zone(), null)
                : s.localTime().atOffset(written).atZoneSameInstant(s.zone());
        Instant i = t.toInstant();
        if (i.isAfter(latest)) {
            throw new RowRejection(RejectReason.FUTURE_TIMESTAMP, "time " + shown(s) + " lies in the future");
        }
        // the floor is a date in the source's own calendar, not a UTC midnight
        if (t.toLocalDate().isBefore(floor)) {
            throw new RowRejection(
                    RejectReason.TIMESTAMP_BEFORE_FLOOR, "time " + shown(s) + " lies before the time floor " + floor);
        }
        return t;
    }

    private static String shown(SourceIncident s) {
        ZoneOffset written = s.time().offset();
        return written == null ? s.localTime().toString() : s.localTime() + written.getId();
    }

    /**
     * The flag of a time whose written UTC offset differs from the source zone's offset at that
     * instant ({@code 2024-07-01T10:00-06:00} in America/Chicago, which is at -05:00 in July), or
     * null. The incident keeps the written instant.
     */
    static String offsetFlag(SourceIncident s, ZonedDateTime t) {
        ZoneOffset written = s.time().offset();
        if (written == null || written.equals(t.getOffset())) {
            return null;
        }
        return "offset " + written.getId() + " written, " + s.zone().getId() + " is at "
                + t.getOffset().getId() + " then";
    }

    /** Checks that the point is a place on Earth. */
    static void range(SourceIncident s) throws RowRejection {
        double lat = s.lat();
        double lon = s.lon();
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new RowRejection(
                    RejectReason.COORDINATES_OUT_OF_RANGE,
                    "latitude " + lat + ", longitude " + lon
                            + " is not a place on Earth (latitude -90..90, longitude -180..180)");
        }
    }

    /**
     * The free-text fields of the row that are longer than their columns and will be cut to fit,
     * by name ({@code block}); empty when none. Such a row is loaded and counted as
     * {@link Flag#TEXT_CUT} plus the field's name.
     */
    static List<String> cut(SourceIncident s) {
        List<String> cut = new java.util.ArrayList<>(0);
        longer(cut, "description", s.offenseDescription(), TEXT_WIDTH);
        longer(cut, "block", s.block(), TEXT_WIDTH);
        longer(cut, "location", s.locationDescription(), TEXT_WIDTH);
        int claims = s.claims().entrySet().stream()
                .mapToInt(e -> e.getKey().length() + e.getValue().length() + 2)
                .sum();
        if (claims - 1 > CLAIMS_WIDTH) {
            cut.add("claims");
        }
        return cut;
    }

    private static void longer(List<String> cut, String name, String value, int max) {
        if (value != null && value.length() > max) {
            cut.add(name);
        }
    }

    /**
     * The zone codes of the point in every layer, after placeholder and study-area checks; a point
     * outside the primary layer but within the edge's tolerance of it takes the nearest zones.
     */
    Place place(double lon, double lat) throws RowRejection {
        if (Math.abs(lat) < 1e-9 && Math.abs(lon) < 1e-9) {
            throw new RowRejection(
                    RejectReason.NULL_ISLAND,
                    "latitude 0, longitude 0 (\"null island\") is a placeholder for a missing location");
        }
        for (Sentinel s : sentinels) {
            if (s.matches(lon, lat)) {
                throw new RowRejection(s.reason(), "location " + lat + ", " + lon + " is a placeholder: " + s.name());
            }
        }
        if (bbox != null && !bbox.contains(lon, lat)) {
            throw new RowRejection(
                    RejectReason.OUTSIDE_STUDY_AREA,
                    "location " + lat + ", " + lon + " lies outside the study area's bounding box " + bbox
                            + swappedHint(lon, lat));
        }
        String[] zones = boundaries.zonesOf(lon, lat);
        int p = boundaries.primaryIndex();
        if (p >= 0 && zones[p] == null) {
            StudyAreaEdge.Snapped snapped = edge == null ? null : edge.snap(lon, lat, zones);
            if (snapped != null) {
                return new Place(
                        snapped.zones(),
                        String.format(
                                java.util.Locale.ROOT,
                                "%.1f" + PlaceFlags.OUTSIDE_STUDY_AREA + " (layer %s): given the nearest zone, %s",
                                snapped.metres(),
                                edge.layer(),
                                snapped.code()));
            }
            throw new RowRejection(
                    RejectReason.OUTSIDE_STUDY_AREA,
                    "location " + lat + ", " + lon
                            + " lies outside every polygon of the primary layer '"
                            + boundaries.layers().get(p).name() + "'"
                            + swappedHint(lon, lat) + beyondEdge());
        }
        return new Place(zones, null);
    }

    private String beyondEdge() {
        return edge == null ? "" : String.format(java.util.Locale.ROOT, ", more than %.0f m from it", edge.metres());
    }

    private String swappedHint(double lon, double lat) {
        boolean inBox = bbox == null || bbox.contains(lat, lon);
        int p = boundaries.primaryIndex();
        boolean inArea = p < 0 || (Math.abs(lon) <= 90 && boundaries.zonesOf(lat, lon)[p] != null);
        return inBox && inArea && (bbox != null || p >= 0) ? " (latitude and longitude look swapped)" : "";
    }
}
