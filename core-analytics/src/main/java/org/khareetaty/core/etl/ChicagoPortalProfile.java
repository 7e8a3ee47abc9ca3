package org.khareetaty.core.etl;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.khareetaty.core.geo.Projection;

/**
 * The City of Chicago data portal's "Crimes - 2001 to present" export, both as downloaded (Title
 * Case header, {@code 09/08/2021 04:45:00 PM}) and in snake_case with {@code 7/19/2017 13:45}.
 * Local time is America/Chicago. IUCR and FBI codes get back the leading zeros a spreadsheet
 * strips. Where latitude/longitude are empty the State Plane X/Y (EPSG:3435, US feet) is projected.
 */
public final class ChicagoPortalProfile implements Profile {
    private static final String[] SIGNATURE = {"id", "case_number", "date", "iucr", "primary_type", "beat", "district"};
    /** Chicago's local time zone. */
    public static final ZoneId ZONE = ZoneId.of("America/Chicago");

    private static final String CRS = "EPSG:3435";
    private static final TimeParser TIME =
            new TimeParser("MM/dd/yyyy hh:mm:ss a", "M/d/yyyy H:mm", "M/d/yyyy H:mm:ss", "M/d/yyyy h:mm:ss a");

    @Override
    public String name() {
        return "chicago-portal";
    }

    @Override
    public String source() {
        return "chicago";
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
        int id = h.require("id", p, file);
        int caseNo = h.require("case_number", p, file);
        int date = h.require("date", p, file);
        int type = h.require("primary_type", p, file);
        int iucr = h.indexOf("iucr");
        int desc = h.indexOf("description");
        int block = h.indexOf("block");
        int place = h.indexOf("location_description");
        int arrest = h.indexOf("arrest");
        int domestic = h.indexOf("domestic");
        int beat = h.indexOf("beat");
        int district = h.indexOf("district");
        int community = h.indexOf("community_area");
        int ward = h.indexOf("ward");
        int fbi = h.indexOf("fbi_code");
        int lat = h.indexOf("latitude");
        int lon = h.indexOf("longitude");
        int x = h.indexOf("x_coordinate");
        int y = h.indexOf("y_coordinate");
        if ((lat < 0 || lon < 0) && (x < 0 || y < 0)) {
            throw new ImportException(
                    file, 1, "the header has neither latitude/longitude nor x_coordinate/y_coordinate");
        }
        Projection statePlane = Projection.toWgs84(CRS);
        return row -> {
            String[] f = row.fields();
            // the order of docs/import.md: required fields, the time, then the coordinates
            String sourceId = Fields.required(f, id, "id");
            String offenseType = Fields.required(f, type, "primary_type");
            ParsedTime when = TIME.parse("date", Fields.text(f, date));
            double[] lonLat;
            if (lat >= 0 && Fields.text(f, lat) != null || x < 0 || Fields.text(f, x) == null) {
                lonLat = new double[] {Fields.coordinate(f, lon, "longitude"), Fields.coordinate(f, lat, "latitude")};
            } else {
                lonLat = statePlane.lonLat(
                        Fields.coordinate(f, x, "x_coordinate"), Fields.coordinate(f, y, "y_coordinate"));
            }
            Map<String, String> claims = new LinkedHashMap<>(4);
            putClaim(claims, "district", Fields.text(f, district));
            putClaim(claims, "beat", Fields.text(f, beat));
            putClaim(claims, "community_area", Fields.text(f, community));
            putClaim(claims, "ward", Fields.text(f, ward));
            return new SourceIncident(
                    sourceId,
                    Fields.text(f, caseNo),
                    when,
                    ZONE,
                    Fields.zeroPaddedTo(Fields.text(f, iucr), 4),
                    offenseType,
                    Fields.text(f, desc),
                    Fields.zeroPaddedDigits(Fields.text(f, fbi), 2),
                    Fields.flag(f, arrest),
                    Fields.flag(f, domestic),
                    Fields.text(f, block),
                    Fields.text(f, place),
                    claims,
                    lonLat[0],
                    lonLat[1]);
        };
    }

    static void putClaim(Map<String, String> claims, String concept, String value) {
        if (value != null) {
            claims.put(concept, value);
        }
    }
}
