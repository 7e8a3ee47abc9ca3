package org.khareetaty.core.etl;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.khareetaty.core.geo.Projection;

/** Reads any CSV through a {@link Mapping}. */
public final class MappedProfile implements Profile {
    private final Mapping mapping;

    public MappedProfile(Mapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public String name() {
        return "mapped:" + mapping.name();
    }

    @Override
    public String source() {
        return mapping.name();
    }

    @Override
    public java.util.List<String> identity() {
        return mapping.identity();
    }

    @Override
    public boolean matches(Header header) {
        return header.indexOf(mapping.timeColumn()) >= 0
                && header.indexOf(mapping.columns().get("type")) >= 0;
    }

    @Override
    public RowParser bind(Header h, Path file) {
        String p = name();
        TimeParser timeParser;
        try {
            timeParser = new TimeParser(mapping.timePatterns().toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            throw new ImportException(
                    file,
                    0,
                    "time.pattern of mapping '" + mapping.name() + "' is not a valid pattern: " + e.getMessage(),
                    e);
        }
        int time = h.require(mapping.timeColumn(), p, file);
        Map<String, Integer> col = new LinkedHashMap<>();
        mapping.columns().forEach((role, name) -> col.put(role, h.require(name, p, file)));
        Map<String, Integer> claimCols = new LinkedHashMap<>();
        mapping.claims().forEach((concept, name) -> claimCols.put(concept, h.require(name, p, file)));
        boolean projected = mapping.latColumn() == null;
        int a = projected ? h.require(mapping.xColumn(), p, file) : h.require(mapping.lonColumn(), p, file);
        int b = projected ? h.require(mapping.yColumn(), p, file) : h.require(mapping.latColumn(), p, file);
        Projection projection;
        try {
            projection = projected ? Projection.toWgs84(mapping.crs()) : null;
        } catch (IllegalArgumentException e) {
            throw new ImportException(file, 0, e.getMessage(), e);
        }
        String aName = projected ? mapping.xColumn() : mapping.lonColumn();
        String bName = projected ? mapping.yColumn() : mapping.latColumn();
        return row -> {
            String[] f = row.fields();
            // the order of docs/import.md: required fields, the time, then the coordinates
            String offenseType =
                    Fields.required(f, col.get("type"), mapping.columns().get("type"));
            ParsedTime when = timeParser.parse(mapping.timeColumn(), Fields.text(f, time));
            double first = Fields.coordinate(f, a, aName);
            double second = Fields.coordinate(f, b, bName);
            double[] lonLat = projected ? projection.lonLat(first, second) : new double[] {first, second};
            Map<String, String> claims = new LinkedHashMap<>();
            claimCols.forEach((concept, i) -> ChicagoPortalProfile.putClaim(claims, concept, Fields.text(f, i)));
            return new SourceIncident(
                    field(f, col, "id"),
                    field(f, col, "case"),
                    when,
                    mapping.zone(),
                    field(f, col, "code"),
                    offenseType,
                    field(f, col, "description"),
                    field(f, col, "fbi_code"),
                    flag(f, col, "arrest"),
                    flag(f, col, "domestic"),
                    field(f, col, "block"),
                    field(f, col, "location"),
                    claims,
                    lonLat[0],
                    lonLat[1]);
        };
    }

    private static String field(String[] f, Map<String, Integer> col, String role) {
        Integer i = col.get(role);
        return i == null ? null : Fields.text(f, i);
    }

    private static Boolean flag(String[] f, Map<String, Integer> col, String role) {
        Integer i = col.get(role);
        return i == null ? null : Fields.flag(f, i);
    }
}
