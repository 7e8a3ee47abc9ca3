package org.khareetaty.geo.streets;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.value.Value;
import org.h2.value.ValueGeometry;
import org.h2gis.functions.io.dbf.internal.DbaseFileHeader;
import org.h2gis.functions.io.shp.internal.SHPDriver;
import org.h2gis.functions.io.utility.PRJUtil;
import org.khareetaty.core.json.JsonMapping;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.geo.Reprojection;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Reads a line layer of street centrelines, GeoJSON ({@code .geojson}, {@code .json}) or an ESRI
 * Shapefile ({@code .shp} with {@code .shx}, {@code .dbf}, {@code .prj}), as cities publish them:
 * each LineString or MultiLineString feature with its name and class from the fields chosen or
 * found ({@link StreetFields}). Features that are not lines are counted, not loaded. Coordinates
 * are reprojected to WGS84 from the CRS the file declares (or {@code --crs}).
 */
final class LineFileReader {
    private static final Pattern EPSG_NAME = Pattern.compile("(?i)(?:urn:ogc:def:crs:EPSG:[^:]*:|EPSG:)(\\d+)");

    private final GeometryFactory factory = new GeometryFactory(new org.locationtech.jts.geom.PrecisionModel(), 4326);
    private final StreetFields fields;
    private final ProgressListener progress;

    LineFileReader(StreetFields fields, ProgressListener progress) {
        this.fields = fields;
        this.progress = progress;
    }

    StreetsRead readGeoJson(Path file) {
        String name = file.toString();
        List<JsonNode> features = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        String crs = "EPSG:4326";
        ObjectReader json = JsonMapping.reader();
        try (InputStream in = Files.newInputStream(file);
                JsonParser p = json.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new StreetFileException(name + " is not GeoJSON: it does not start with a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("features".equals(field) && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        JsonNode f = json.readTree(p);
                        f.path("properties").fieldNames().forEachRemaining(keys::add);
                        features.add(f);
                        if (features.size() % 10_000 == 0) {
                            progress.checkCancelled();
                        }
                    }
                } else {
                    JsonNode v = json.readTree(p);
                    if ("crs".equals(field)) {
                        crs = crsName(v, name);
                    }
                }
            }
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new StreetFileException(
                    name + " is not valid JSON" + (at == null ? "" : " at line " + at.getLineNr()) + ": "
                            + e.getOriginalMessage(),
                    e);
        } catch (IOException e) {
            throw new StreetFileException("Cannot read " + name + ": " + e.getMessage(), e);
        }
        String nameField = fields.nameFieldIn(keys, name);
        String classField = fields.classFieldIn(keys, name);
        Reprojection toWgs84 = Reprojection.toWgs84(fields.crs() != null ? fields.crs() : crs, name);
        StreetsRead read = new StreetsRead("geojson");
        GeoJsonReader geometries = new GeoJsonReader(factory);
        for (int i = 0; i < features.size(); i++) {
            JsonNode f = features.get(i);
            JsonNode g = f.get("geometry");
            Geometry line;
            try {
                line = g == null || g.isNull() ? null : geometries.read(g.toString());
            } catch (ParseException | RuntimeException e) {
                read.skip("unreadable geometry", "feature " + i + ": " + e.getMessage());
                continue;
            }
            take(
                    read,
                    i,
                    line,
                    text(f.path("properties").get(nameField)),
                    text(f.path("properties").get(classField)),
                    toWgs84);
        }
        return read;
    }

    StreetsRead readShapefile(Path shp) {
        String name = shp.toString();
        for (String ext : List.of("shx", "dbf")) {
            if (!Files.exists(sibling(shp, ext))) {
                throw new StreetFileException(name + " cannot be read: its ." + ext + " file is missing. "
                        + "A Shapefile is several files with the same name; copy them all (.shp, .shx, .dbf, .prj)");
            }
        }
        SHPDriver driver = new SHPDriver();
        try {
            driver.initDriverFromFile(shp.toFile());
            try {
                return readShapefile(driver, name);
            } finally {
                driver.close();
            }
        } catch (IOException e) {
            throw new StreetFileException("Cannot read the Shapefile " + name + ": " + e.getMessage(), e);
        }
    }

    private StreetsRead readShapefile(SHPDriver driver, String name) throws IOException {
        DbaseFileHeader header = driver.getDbaseFileHeader();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < header.getNumFields(); i++) {
            keys.add(header.getFieldName(i));
        }
        int nameColumn = keys.indexOf(fields.nameFieldIn(keys, name));
        int classColumn = keys.indexOf(fields.classFieldIn(keys, name));
        var h = driver.getShapeFileHeader();
        Envelope extent = new Envelope(h.minX(), h.maxX(), h.minY(), h.maxY());
        String crs = fields.crs() != null ? fields.crs() : shapefileCrs(driver, name, extent);
        Reprojection toWgs84 = Reprojection.toWgs84(crs, name);
        StreetsRead read = new StreetsRead("shapefile");
        long rows = driver.getRowCount();
        for (int row = 0; row < rows; row++) {
            if (row % 10_000 == 0) {
                progress.checkCancelled();
            }
            Value shape;
            try {
                shape = driver.getField(row, 0);
            } catch (IOException | RuntimeException e) {
                read.skip("unreadable geometry", "record " + (row + 1) + ": " + e.getMessage());
                continue;
            }
            Geometry line = shape instanceof ValueGeometry g ? g.getGeometry() : null;
            String street = nameColumn < 0 ? null : text(driver.getField(row, nameColumn + 1));
            String cls = classColumn < 0 ? null : text(driver.getField(row, classColumn + 1));
            take(read, row, line, street, cls, toWgs84);
        }
        return read;
    }

    private void take(StreetsRead read, int index, Geometry line, String name, String cls, Reprojection toWgs84) {
        if (line == null || line.isEmpty()) {
            read.skip("no geometry", "feature " + index + " has none");
            return;
        }
        if (!(line instanceof Lineal)) {
            read.skip(
                    "not a line",
                    "feature " + index + " is a " + line.getGeometryType()
                            + "; a street is a LineString or MultiLineString");
            return;
        }
        Geometry copy = factory.createGeometry(line);
        toWgs84.apply(copy);
        read.add(new SourceStreet(name, StreetClass.ofWords(cls), copy));
    }

    private static String shapefileCrs(SHPDriver driver, String name, Envelope extent) {
        if (driver.prjFile != null) {
            try {
                int srid = PRJUtil.getSRID(driver.prjFile);
                if (srid > 0) {
                    return "EPSG:" + srid;
                }
            } catch (IOException | RuntimeException e) {
                // reported below as an unknown CRS
            }
            String wkt = prj(driver.prjFile.toPath()).toUpperCase(Locale.ROOT).replace(' ', '_');
            if (wkt.startsWith("GEOGCS[") && (wkt.contains("WGS_1984") || wkt.contains("WGS_84"))) {
                return "EPSG:4326";
            }
            throw new StreetFileException(driver.prjFile + " does not name an EPSG code ("
                    + abbreviate(prj(driver.prjFile.toPath())) + "); give the CRS with --crs EPSG:n, "
                    + "e.g. EPSG:3435 for Illinois State Plane East (US feet)");
        }
        if (extent.getMinX() >= -180 && extent.getMaxX() <= 180 && extent.getMinY() >= -90 && extent.getMaxY() <= 90) {
            return "EPSG:4326";
        }
        throw new StreetFileException(name + " has no .prj file and its coordinates are not longitude/latitude; "
                + "give its CRS with --crs EPSG:n");
    }

    private static String crsName(JsonNode crs, String file) {
        String n = crs.path("properties").path("name").asText("");
        String upper = n.toUpperCase(Locale.ROOT);
        if (upper.endsWith("CRS84") || upper.endsWith("CRS:84")) {
            return "EPSG:4326";
        }
        Matcher m = EPSG_NAME.matcher(n);
        if (m.matches()) {
            return "EPSG:" + Integer.parseInt(m.group(1));
        }
        throw new StreetFileException(file + " declares a coordinate reference system that is not understood (" + crs
                + "); give it with --crs EPSG:n");
    }

    private static String text(JsonNode v) {
        return v == null || v.isNull() || v.asText().isBlank()
                ? null
                : v.asText().strip();
    }

    private static String text(Value v) {
        return v == null || v.getValueType() == Value.NULL || v.getString().isBlank()
                ? null
                : v.getString().strip();
    }

    private static String prj(Path p) {
        try {
            return Files.readString(p).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    private static Path sibling(Path shp, String ext) {
        String file = shp.getFileName().toString();
        String stem = file.substring(0, file.lastIndexOf('.'));
        Path lower = shp.resolveSibling(stem + "." + ext);
        return Files.exists(lower) ? lower : shp.resolveSibling(stem + "." + ext.toUpperCase(Locale.ROOT));
    }
}
