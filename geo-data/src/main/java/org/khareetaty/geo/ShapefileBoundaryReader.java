package org.khareetaty.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.h2.value.Value;
import org.h2.value.ValueGeometry;
import org.h2gis.functions.io.dbf.internal.DbaseFileHeader;
import org.h2gis.functions.io.shp.internal.SHPDriver;
import org.h2gis.functions.io.utility.PRJUtil;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;

/**
 * Reads an ESRI Shapefile ({@code .shp} with its {@code .shx}, {@code .dbf} and, ideally,
 * {@code .prj}) with H2GIS's Shapefile driver, without touching the store. The CRS is the EPSG
 * code the {@code .prj} names; an ESRI-style WGS84 {@code .prj} without a code is taken as
 * EPSG:4326; a file without {@code .prj} is taken as WGS84 only when its extent is longitude/latitude.
 */
final class ShapefileBoundaryReader {
    private static final JsonNodeFactory NODES = JsonSupport.READER.getConfig().getNodeFactory();

    private final GeometryFactory factory;

    ShapefileBoundaryReader(GeometryFactory factory) {
        this.factory = factory;
    }

    SourceFile read(Path shp, ProgressTracker progress) {
        String name = shp.toString();
        for (String ext : List.of("shx", "dbf")) {
            if (sibling(shp, ext).isEmpty()) {
                throw new BoundaryFileException(name + " cannot be read: its ." + ext + " file is missing. "
                        + "A Shapefile is several files with the same name; copy them all (.shp, .shx, .dbf, .prj)");
            }
        }
        SHPDriver driver = new SHPDriver();
        try {
            driver.initDriverFromFile(shp.toFile());
            try {
                return read(driver, name, progress);
            } finally {
                driver.close();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BoundaryFileException b) {
                throw b;
            }
            if (e instanceof org.khareetaty.core.progress.CancelledException c) {
                throw c;
            }
            throw new BoundaryFileException("Cannot read the Shapefile " + name + ": " + e.getMessage(), e);
        }
    }

    private SourceFile read(SHPDriver driver, String name, ProgressTracker progress) throws IOException {
        DbaseFileHeader header = driver.getDbaseFileHeader();
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < header.getNumFields(); i++) {
            fields.add(header.getFieldName(i));
        }
        long rows = driver.getRowCount();
        progress.phase("read " + name, rows);
        List<SourceFeature> features = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            ObjectNode properties = NODES.objectNode();
            for (int i = 0; i < fields.size(); i++) {
                properties.set(fields.get(i), json(driver.getField(row, i + 1)));
            }
            features.add(feature(row, properties, driver));
            progress.step(row + 1, row + 1);
        }
        progress.finish(rows, rows);
        String crs = crs(driver.prjFile, driver.getShapeFileHeader(), name);
        String problem = crs != null ? null : crsProblem(driver.prjFile, name);
        return new SourceFile(name, features, List.copyOf(fields), crs, problem);
    }

    private SourceFeature feature(int row, ObjectNode properties, SHPDriver driver) {
        Value value;
        try {
            value = driver.getField(row, 0);
        } catch (IOException | RuntimeException e) {
            return new SourceFeature(
                    row,
                    properties,
                    null,
                    List.of(),
                    new FeatureProblem(
                            FeatureRejection.UNREADABLE_GEOMETRY, "the shape cannot be read: " + e.getMessage()));
        }
        if (!(value instanceof ValueGeometry g)) {
            return new SourceFeature(
                    row,
                    properties,
                    null,
                    List.of(),
                    new FeatureProblem(FeatureRejection.MISSING_GEOMETRY, "the record has a null shape"));
        }
        Geometry geometry = g.getGeometry();
        if (!(geometry instanceof Polygonal)) {
            return new SourceFeature(
                    row,
                    properties,
                    null,
                    List.of(),
                    new FeatureProblem(
                            FeatureRejection.NOT_POLYGONAL,
                            "the shape is a " + geometry.getGeometryType()
                                    + "; a boundary must be a Polygon or MultiPolygon"));
        }
        return new SourceFeature(row, properties, factory.createGeometry(geometry), List.of(), null);
    }

    private static JsonNode json(Value v) {
        switch (v.getValueType()) {
            case Value.NULL:
                return NODES.nullNode();
            case Value.BOOLEAN:
                return NODES.booleanNode(v.getBoolean());
            case Value.TINYINT:
            case Value.SMALLINT:
            case Value.INTEGER:
            case Value.BIGINT:
                return NODES.numberNode(v.getLong());
            case Value.NUMERIC:
            case Value.REAL:
            case Value.DOUBLE:
            case Value.DECFLOAT:
                return NODES.numberNode(v.getBigDecimal());
            default:
                return NODES.textNode(v.getString());
        }
    }

    private static String crs(File prj, org.h2gis.functions.io.shp.internal.ShapefileHeader header, String name) {
        if (prj == null) {
            Envelope extent = new Envelope(header.minX(), header.maxX(), header.minY(), header.maxY());
            return BoundaryScreen.isLonLat(extent) ? "EPSG:4326" : null;
        }
        try {
            int srid = PRJUtil.getSRID(prj);
            if (srid > 0) {
                return "EPSG:" + srid;
            }
        } catch (IOException | RuntimeException e) {
            // an unparseable .prj is reported below as an unknown CRS
        }
        String wkt = prjText(prj).toUpperCase(Locale.ROOT).replace(' ', '_');
        boolean wgs84Geographic = wkt.startsWith("GEOGCS[") && (wkt.contains("WGS_1984") || wkt.contains("WGS_84"));
        return wgs84Geographic ? "EPSG:4326" : null;
    }

    private static String crsProblem(File prj, String name) {
        if (prj == null) {
            return name + " has no .prj file and its coordinates are not longitude/latitude; give its CRS "
                    + "explicitly as EPSG:n (--crs), e.g. EPSG:3435 for Illinois State Plane East (US feet)";
        }
        String wkt = prjText(prj);
        return prj + " does not name an EPSG code (" + (wkt.length() > 80 ? wkt.substring(0, 77) + "..." : wkt)
                + "); give the CRS explicitly as EPSG:n (--crs), e.g. EPSG:3435 for Illinois State Plane East";
    }

    private static String prjText(File prj) {
        try {
            return Files.readString(prj.toPath()).trim();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static Optional<Path> sibling(Path shp, String ext) {
        String file = shp.getFileName().toString();
        String stem = file.substring(0, file.lastIndexOf('.')).toLowerCase(Locale.ROOT);
        Path dir = shp.toAbsolutePath().getParent();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p ->
                            p.getFileName().toString().toLowerCase(Locale.ROOT).equals(stem + "." + ext))
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
