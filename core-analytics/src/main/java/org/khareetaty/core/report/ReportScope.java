package org.khareetaty.core.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.khareetaty.core.geo.GeoJsonFeatures;
import org.khareetaty.core.geo.H3Cells;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * What a report covers: the whole area, one zone of a boundary layer, one H3 cell of the drill-down
 * (any resolution up to r10), or a polygon read from a GeoJSON file.
 */
public sealed interface ReportScope {

    /** The whole area. */
    record WholeArea() implements ReportScope {
        @Override
        public String toString() {
            return "all";
        }
    }

    /**
     * One zone of a boundary layer.
     *
     * @param layer the boundary layer
     * @param code  the zone's code in that layer
     */
    record Zone(String layer, String code) implements ReportScope {
        @Override
        public String toString() {
            return layer + ":" + code;
        }
    }

    /**
     * One H3 cell: the incidents of its descendants at r10.
     *
     * @param id the cell's id, resolution 0 .. {@link H3Cells#MAX_RES}
     */
    record Cell(long id) implements ReportScope {
        public Cell {
            if (!H3Cells.h3().isValidCell(id)) {
                throw new IllegalArgumentException("not an H3 cell: " + Long.toHexString(id));
            }
            int res = H3Cells.h3().getResolution(id);
            if (res > H3Cells.MAX_RES) {
                throw new IllegalArgumentException("cell " + Long.toHexString(id) + " is at r" + res
                        + "; the store holds cells down to r" + H3Cells.MAX_RES);
            }
        }

        /** The cell's resolution. */
        public int res() {
            return H3Cells.h3().getResolution(id);
        }

        /** The cell's hexagon (WGS84, SRID 4326). */
        public Geometry shape() {
            List<Coordinate> ring = new ArrayList<>();
            H3Cells.h3().cellToBoundary(id).forEach(p -> ring.add(new Coordinate(p.lng, p.lat)));
            ring.add(ring.get(0));
            return WGS84.createPolygon(ring.toArray(Coordinate[]::new));
        }

        @Override
        public String toString() {
            return "cell:" + Long.toHexString(id);
        }
    }

    /**
     * The incidents inside a polygon.
     *
     * @param file  the file's name, as the report names the scope
     * @param shape the union of the file's polygons (WGS84, SRID 4326)
     */
    record Polygon(String file, Geometry shape) implements ReportScope {
        /** The polygons of a GeoJSON file (every polygonal feature, together); an error naming the file when it has none. */
        public static Polygon read(Path file) {
            List<Geometry> parts = new ArrayList<>();
            for (GeoJsonFeatures.Feature f : GeoJsonFeatures.read(file)) {
                if (f.geometry() instanceof Polygonal) {
                    parts.add(f.geometry());
                }
            }
            if (parts.isEmpty()) {
                throw new IllegalArgumentException(
                        file + " holds no Polygon or MultiPolygon: a polygon scope needs an area");
            }
            Geometry union = WGS84.buildGeometry(parts).union();
            union.setSRID(4326);
            Path name = file.getFileName();
            return new Polygon(name == null ? file.toString() : name.toString(), union);
        }

        @Override
        public String toString() {
            return "polygon:" + file;
        }
    }

    /** The geometry factory of the scopes' shapes. */
    GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    /** The whole area. */
    public static ReportScope wholeArea() {
        return new WholeArea();
    }

    /**
     * {@code all} (the whole area), {@code LAYER:CODE} (e.g. {@code districts:12}), {@code cell:HEX}
     * (an H3 cell, e.g. {@code cell:872664c1affffff}) or {@code polygon:FILE} (a GeoJSON file's polygons).
     */
    static ReportScope parse(String text) {
        if (text.equalsIgnoreCase("all")) {
            return wholeArea();
        }
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("--scope '" + text
                    + "': give 'all', LAYER:ZONE (e.g. districts:12), cell:HEX or polygon:FILE.geojson");
        }
        String kind = text.substring(0, colon);
        String value = text.substring(colon + 1);
        if (kind.equals("cell")) {
            long id;
            try {
                id = H3Cells.h3().stringToH3(value);
            } catch (RuntimeException e) {
                id = 0;
            }
            if (id == 0 || !H3Cells.h3().isValidCell(id)) {
                throw new IllegalArgumentException("--scope '" + text + "': '" + value
                        + "' is not an H3 cell; give its hex id, e.g. 872664c1affffff");
            }
            return new Cell(id);
        }
        if (kind.equals("polygon")) {
            return Polygon.read(Path.of(value));
        }
        return new Zone(kind, value);
    }
}
