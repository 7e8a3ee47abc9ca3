package org.khareetaty.core.etl;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The city format of the original Khareetaty platform:
 * {@code timestamp,incident_type,lat,lon,governorate,zone,description} with
 * {@code YYYY-MM-DD HH:MM:SS} in Asia/Kuwait local time. The governorate is the source's own
 * claim (checked against the {@code governorates} layer); the zone (neighbourhood) is kept as the
 * block, the finest place name the format has.
 */
public final class CityFormatProfile implements Profile {
    private static final String[] SIGNATURE = {"timestamp", "incident_type", "lat", "lon", "governorate"};
    /** Kuwait's time zone (UTC+3, no daylight saving). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Kuwait");

    private static final TimeParser TIME = new TimeParser("yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm");

    @Override
    public String name() {
        return "city";
    }

    @Override
    public String source() {
        return "city";
    }

    /**
     * Time, point and incident type: the format's description is the call taker's free text, which a
     * second report of the same incident words differently ("... (second caller)"), so it is not part
     * of what makes two records the same.
     */
    @Override
    public java.util.List<String> identity() {
        return java.util.List.of("time", "place", "type");
    }

    @Override
    public boolean matches(Header header) {
        return header.hasAll(SIGNATURE);
    }

    @Override
    public String recognisedBy() {
        return "the header has " + String.join(", ", SIGNATURE);
    }

    @Override
    public RowParser bind(Header h, Path file) {
        String p = name();
        int time = h.require("timestamp", p, file);
        int type = h.require("incident_type", p, file);
        int lat = h.require("lat", p, file);
        int lon = h.require("lon", p, file);
        int governorate = h.indexOf("governorate");
        int zone = h.indexOf("zone");
        int desc = h.indexOf("description");
        return row -> {
            String[] f = row.fields();
            // the order of docs/import.md: required fields, the time, then the coordinates
            String offenseType = Fields.required(f, type, "incident_type");
            ParsedTime when = TIME.parse("timestamp", Fields.text(f, time));
            Map<String, String> claims = new LinkedHashMap<>(2);
            ChicagoPortalProfile.putClaim(claims, "governorate", Fields.text(f, governorate));
            ChicagoPortalProfile.putClaim(claims, "zone", Fields.text(f, zone));
            return new SourceIncident(
                    null,
                    null,
                    when,
                    ZONE,
                    null,
                    offenseType,
                    Fields.text(f, desc),
                    null,
                    null,
                    null,
                    Fields.text(f, zone),
                    null,
                    claims,
                    Fields.coordinate(f, lon, "lon"),
                    Fields.coordinate(f, lat, "lat"));
        };
    }
}
