package org.khareetaty.core.etl;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Crime Open Database (Ashby, CODE) form: {@code date,loc_cat,longitude,latitude,district},
 * dates {@code YYYY-MM-DD HH:MM} in Chicago local time. The reduced export of aggravated assaults
 * carries no offense column, so the offense is {@code AGGRAVATED ASSAULT} unless an
 * {@code offense_type} column says otherwise. Records have no id: the dedup key is the whole record.
 */
public final class CrimeOpenDatabaseProfile implements Profile {
    private static final String[] SIGNATURE = {"date", "loc_cat", "longitude", "latitude"};
    static final String DEFAULT_OFFENSE = "AGGRAVATED ASSAULT";
    private static final TimeParser TIME = new TimeParser("yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss");

    @Override
    public String name() {
        return "codb";
    }

    @Override
    public String source() {
        return "codb";
    }

    @Override
    public boolean matches(Header header) {
        return header.hasAll(SIGNATURE) && !header.hasAll("case_number");
    }

    @Override
    public String recognisedBy() {
        return "the header has " + String.join(", ", SIGNATURE) + " and no case_number";
    }

    @Override
    public RowParser bind(Header h, Path file) {
        String p = name();
        int date = h.require("date", p, file);
        int lon = h.require("longitude", p, file);
        int lat = h.require("latitude", p, file);
        int place = h.indexOf("loc_cat");
        int district = h.indexOf("district");
        int offense = h.indexOf("offense_type");
        return row -> {
            String[] f = row.fields();
            Map<String, String> claims = new LinkedHashMap<>(2);
            ChicagoPortalProfile.putClaim(claims, "district", Fields.text(f, district));
            // the order of docs/import.md: required fields, the time, then the coordinates
            String type = offense >= 0 ? Fields.required(f, offense, "offense_type") : DEFAULT_OFFENSE;
            ParsedTime when = TIME.parse("date", Fields.text(f, date));
            return new SourceIncident(
                    null,
                    null,
                    when,
                    ChicagoPortalProfile.ZONE,
                    null,
                    type,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Fields.text(f, place),
                    claims,
                    Fields.coordinate(f, lon, "longitude"),
                    Fields.coordinate(f, lat, "latitude"));
        };
    }
}
