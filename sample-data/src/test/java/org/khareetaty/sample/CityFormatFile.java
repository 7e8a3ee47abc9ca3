package org.khareetaty.sample;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * The test's own, independent reading of a city-format file: a line-based RFC 4180 split, strict
 * timestamp parsing, and JTS point-in-polygon against the bundled GeoJSON. Classifies every row as
 * clean or as one defect kind, with simple checks that do not reuse the generator's code.
 */
final class CityFormatFile {
    static final Set<String> TYPES = Set.of(
            "theft",
            "burglary",
            "vehicle_theft",
            "robbery",
            "assault",
            "domestic_violence",
            "harassment",
            "fraud",
            "cybercrime",
            "vandalism",
            "drug_possession",
            "drug_trafficking",
            "weapons_possession",
            "public_disturbance",
            "trespassing",
            "traffic_offense");
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

    /** A clean row. */
    record Row(
            LocalDateTime time,
            String type,
            double lat,
            double lon,
            String governorate,
            String zone,
            String description) {}

    final String header;
    final List<Row> clean = new ArrayList<>();
    final Map<DefectKind, Integer> defects = new EnumMap<>(DefectKind.class);
    final int dataLines;

    CityFormatFile(Path file) throws IOException {
        Map<String, PreparedGeometry> polygons = polygons();
        List<String> lines = readLines(file);
        header = lines.get(0);
        dataLines = lines.size() - 1;
        Set<String> seenKeys = new HashSet<>();
        String previous = null;
        for (String line : lines.subList(1, lines.size())) {
            DefectKind kind = classify(line, previous, seenKeys, polygons);
            if (kind != null) {
                defects.merge(kind, 1, Integer::sum);
            }
            previous = line;
        }
    }

    private DefectKind classify(
            String line, String previous, Set<String> seenKeys, Map<String, PreparedGeometry> polygons) {
        if (line.chars().filter(c -> c == '"').count() % 2 != 0) {
            return DefectKind.BROKEN_QUOTE;
        }
        if (line.equals(previous)) {
            return DefectKind.DUPLICATE_EXACT;
        }
        List<String> f = split(line);
        if (f.size() < 7) {
            return DefectKind.TOO_FEW_COLUMNS;
        }
        if (f.size() > 7) {
            return DefectKind.TOO_MANY_COLUMNS;
        }
        LocalDateTime time;
        try {
            time = LocalDateTime.parse(f.get(0), TIMESTAMP);
        } catch (DateTimeParseException e) {
            return DefectKind.UNPARSEABLE_TIMESTAMP;
        }
        if (time.getYear() > 2030) {
            return DefectKind.FUTURE_TIMESTAMP;
        }
        if (!TYPES.contains(f.get(1))) {
            return DefectKind.UNKNOWN_INCIDENT_TYPE;
        }
        if (f.get(2).isEmpty() || f.get(3).isEmpty()) {
            return DefectKind.MISSING_COORDINATES;
        }
        if (!DECIMAL.matcher(f.get(2)).matches() || !DECIMAL.matcher(f.get(3)).matches()) {
            return DefectKind.NON_NUMERIC_COORDINATES;
        }
        double lat = Double.parseDouble(f.get(2));
        double lon = Double.parseDouble(f.get(3));
        if (lat == 0 && lon == 0) {
            return DefectKind.NULL_ISLAND;
        }
        if (lat > 46 && lat < 49 && lon > 28 && lon < 31) {
            return DefectKind.SWAPPED_LAT_LON;
        }
        Point point = FACTORY.createPoint(new Coordinate(lon, lat));
        if (polygons.values().stream().noneMatch(p -> p.covers(point))) {
            return DefectKind.OUTSIDE_KUWAIT;
        }
        PreparedGeometry named = polygons.get(f.get(4));
        if (named == null || !named.covers(point)) {
            return DefectKind.GOVERNORATE_MISMATCH;
        }
        String key = f.get(0) + '|' + f.get(1) + '|' + f.get(2) + '|' + f.get(3);
        if (!seenKeys.add(key)) {
            return DefectKind.DUPLICATE_LATER;
        }
        clean.add(new Row(time, f.get(1), lat, lon, f.get(4), f.get(5), f.get(6)));
        return null;
    }

    /** RFC 4180 fields of one line. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    static List<String> readLines(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8))) {
            return reader.lines().toList();
        }
    }

    /** The bundled governorate polygons by {@code name_en}, read with JTS and prepared for fast point tests. */
    static Map<String, PreparedGeometry> polygons() throws IOException {
        try (InputStream in = CityFormatFile.class.getResourceAsStream(
                "/org/khareetaty/geo/kuwait/governorates_naturalearth.geojson")) {
            if (in == null) {
                throw new IllegalStateException("bundled governorate GeoJSON is not on the test classpath");
            }
            Map<String, PreparedGeometry> byName = new LinkedHashMap<>();
            for (JsonNode feature : new ObjectMapper().readTree(in).path("features")) {
                byName.put(
                        feature.path("properties").path("name_en").asText(),
                        PreparedGeometryFactory.prepare(new GeoJsonReader()
                                .read(feature.path("geometry").toString())));
            }
            return byName;
        } catch (ParseException e) {
            throw new IllegalStateException("bundled governorate GeoJSON is unreadable", e);
        }
    }
}
