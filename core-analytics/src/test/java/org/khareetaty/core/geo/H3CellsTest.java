package org.khareetaty.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.uber.h3core.H3Core;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.etl.CsvReader;
import org.khareetaty.core.etl.CsvRow;
import org.khareetaty.core.etl.Header;
import org.khareetaty.core.etl.MalformedRowException;
import org.khareetaty.core.testing.SharedData;

/** The bit-level parent derivation agrees with H3 itself on real Chicago and Kuwait points. */
class H3CellsTest {
    private static final H3Core H3 = H3Cells.h3();

    /** Every 25th geocoded row of the Chicago portal sample: {lat, lon}. */
    private static List<double[]> chicagoPoints() throws IOException, MalformedRowException {
        List<double[]> points = new ArrayList<>();
        var file = SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz");
        try (CsvReader csv = new CsvReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            Header header = Header.of(csv.next().fields());
            int lat = header.indexOf("latitude");
            int lon = header.indexOf("longitude");
            int n = 0;
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                if (n++ % 25 == 0 && !row.fields()[lat].isEmpty()) {
                    points.add(
                            new double[] {Double.parseDouble(row.fields()[lat]), Double.parseDouble(row.fields()[lon])
                            });
                }
            }
        }
        return points;
    }

    /** Every vertex of Kuwait's six governorate polygons (Natural Earth): {lat, lon}. */
    private static List<double[]> kuwaitPoints() throws IOException {
        JsonNode root = new ObjectMapper()
                .readTree(SharedData.file("kuwait/governorates_naturalearth.geojson")
                        .toFile());
        List<double[]> points = new ArrayList<>();
        for (JsonNode feature : root.get("features")) {
            collect(feature.get("geometry").get("coordinates"), points);
        }
        return points;
    }

    private static void collect(JsonNode node, List<double[]> out) {
        if (node.size() == 2 && node.get(0).isNumber()) {
            out.add(new double[] {node.get(1).asDouble(), node.get(0).asDouble()});
            return;
        }
        node.forEach(child -> collect(child, out));
    }

    private static void assertParentsMatchH3(List<double[]> points) {
        for (double[] p : points) {
            long r10 = H3.latLngToCell(p[0], p[1], H3Cells.MAX_RES);
            for (int res = 6; res <= 9; res++) {
                assertEquals(
                        H3.cellToParent(r10, res),
                        H3Cells.parent(r10, res),
                        () -> "parent of " + H3.h3ToString(r10) + " at " + p[0] + ", " + p[1]);
            }
        }
    }

    @Test
    void parentEqualsH3CellToParentForChicagoIncidents() throws IOException, MalformedRowException {
        List<double[]> points = chicagoPoints();
        assertTrue(points.size() > 900, "points read: " + points.size());
        assertParentsMatchH3(points);
    }

    @Test
    void parentEqualsH3CellToParentForKuwaitGovernorateVertices() throws IOException {
        List<double[]> points = kuwaitPoints();
        assertTrue(points.size() > 100, "points read: " + points.size());
        assertParentsMatchH3(points);
    }

    @Test
    void parentEqualsH3CellToParentFromEveryFinerResolution() {
        double[][] points = {
            {41.8781, -87.6298}, {29.3759, 47.9774}, {29.0769, 48.0838}, {-33.8688, 151.2093}, {64.1466, -21.9426}
        };
        for (double[] p : points) {
            for (int cellRes = 1; cellRes <= 15; cellRes++) {
                long cell = H3.latLngToCell(p[0], p[1], cellRes);
                for (int res = 0; res <= cellRes; res++) {
                    assertEquals(H3.cellToParent(cell, res), H3Cells.parent(cell, res), "r" + cellRes + " to r" + res);
                }
            }
        }
    }

    @Test
    void cellsAreR6ToR10InOrderAndNestInTheR10Cell() throws IOException {
        List<double[]> points = new ArrayList<>(kuwaitPoints());
        points.add(new double[] {41.7683084, -87.68497621});
        for (double[] p : points) {
            long[] cells = H3Cells.cells(p[0], p[1]);
            assertEquals(5, cells.length);
            assertEquals(H3.latLngToCell(p[0], p[1], 10), cells[4]);
            for (int i = 0; i < cells.length; i++) {
                assertEquals(6 + i, H3.getResolution(cells[i]));
                assertTrue(H3.isValidCell(cells[i]));
                assertEquals(H3.cellToParent(cells[4], 6 + i), cells[i]);
            }
        }
    }
}
