package org.khareetaty.core.etl;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A mapping file that tells the importer how to read a CSV no built-in profile knows: a Java
 * properties file (format in {@code docs/mapping.md}).
 *
 * @param name         the source name, also the dedup family
 * @param timeColumn   column holding the time of occurrence
 * @param timePatterns {@link java.time.format.DateTimeFormatter} patterns, tried in order
 * @param zone         the source's time zone
 * @param latColumn    latitude column (WGS84), or null when X/Y are used
 * @param lonColumn    longitude column (WGS84), or null when X/Y are used
 * @param xColumn      projected X column, or null
 * @param yColumn      projected Y column, or null
 * @param crs          EPSG code of X/Y, e.g. {@code EPSG:2263}, or null
 * @param columns      optional columns by role: id, case, type, code, description, fbi_code, arrest,
 *                     domestic, block, location
 * @param claims       zone claims: concept (matched to a boundary layer) to column
 * @param encoding     the encoding of the files the mapping reads ({@code encoding = windows-1252}),
 *                     or null: UTF-8, or a detected Windows-1252
 * @param identity     what makes two records the same ({@code identity = case, time, type}): parts of
 *                     {@link DedupKey#PARTS}, or null for the default rule ({@link DedupKey})
 */
public record Mapping(
        String name,
        String timeColumn,
        List<String> timePatterns,
        ZoneId zone,
        String latColumn,
        String lonColumn,
        String xColumn,
        String yColumn,
        String crs,
        Map<String, String> columns,
        Map<String, String> claims,
        Charset encoding,
        List<String> identity) {

    /** The optional column roles a mapping may name as {@code ROLE.column}. */
    public static final List<String> ROLES = List.of(
            "id",
            "case",
            "type",
            "code",
            "description",
            "fbi_code",
            "arrest",
            "domestic",
            "block",
            "location",
            "count");

    /**
     * Reads a mapping file.
     *
     * @throws ImportException naming the file and the missing or wrong key
     */
    public static Mapping read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot read the mapping file: " + e.getMessage(), e);
        }
        String name = need(p, "name", file);
        if (!name.matches("[a-z][a-z0-9_-]{0,39}")) {
            throw new ImportException(file, 0, "name '" + name + "' must be lower-case letters, digits, '-' or '_'");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(need(p, "time.zone", file));
        } catch (DateTimeException e) {
            throw new ImportException(
                    file,
                    0,
                    "time.zone '" + p.getProperty("time.zone") + "' is not a time zone id such as America/Chicago",
                    e);
        }
        String lat = p.getProperty("lat.column");
        String lon = p.getProperty("lon.column");
        String x = p.getProperty("x.column");
        String y = p.getProperty("y.column");
        String crs = p.getProperty("crs");
        boolean latLon = lat != null && lon != null;
        boolean xy = x != null && y != null && crs != null;
        if (!latLon && !xy) {
            throw new ImportException(
                    file, 0, "name the location: lat.column and lon.column, or x.column, y.column and crs");
        }
        Map<String, String> columns = new TreeMap<>();
        for (String role : ROLES) {
            String c = p.getProperty(role + ".column");
            if (c != null && !c.isBlank()) {
                columns.put(role, c.strip());
            }
        }
        if (!columns.containsKey("type")) {
            throw new ImportException(file, 0, "type.column is required: the column holding the offense type");
        }
        Map<String, String> claims = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("claim.")) {
                claims.put(key.substring("claim.".length()), p.getProperty(key).strip());
            }
        }
        List<String> patterns = List.of(need(p, "time.pattern", file).split("\\s*\\|\\s*"));
        Charset encoding = null;
        String e = p.getProperty("encoding");
        if (e != null && !e.isBlank()) {
            try {
                encoding = Charset.forName(e.strip());
            } catch (IllegalArgumentException ex) {
                throw new ImportException(
                        file,
                        0,
                        "encoding '" + e.strip() + "' is not a character set such as UTF-8 or windows-1252",
                        ex);
            }
        }
        return new Mapping(
                name,
                need(p, "time.column", file),
                patterns,
                zone,
                lat,
                lon,
                x,
                y,
                crs,
                columns,
                claims,
                encoding,
                identity(p.getProperty("identity"), columns, file));
    }

    /** The {@code identity} key's parts, each one the mapping can read, or null when the key is absent. */
    private static List<String> identity(String value, Map<String, String> columns, Path file) {
        if (value == null || value.isBlank()) {
            return null;
        }
        List<String> parts = List.of(value.strip().split("\\s*,\\s*"));
        for (String part : parts) {
            if (!DedupKey.PARTS.contains(part)) {
                throw new ImportException(
                        file,
                        0,
                        "identity part '" + part + "' is not one of " + String.join(", ", DedupKey.PARTS)
                                + " (see docs/mapping.md)");
            }
            boolean column = ROLES.contains(part);
            if (column && !columns.containsKey(part)) {
                throw new ImportException(
                        file, 0, "identity part '" + part + "' needs " + part + ".column: the mapping has none");
            }
        }
        return parts;
    }

    private static String need(Properties p, String key, Path file) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new ImportException(file, 0, "the mapping file has no '" + key + "' (see docs/mapping.md)");
        }
        return v.strip();
    }
}
