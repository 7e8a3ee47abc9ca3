package org.khareetaty.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.testing.SharedData;

/**
 * The store's street lines ({@code streets load}) under the KPI report's map page and the briefing's small map,
 * on the real Chicago sample with its districts and three streets of the Loop written here: each map page is
 * compared with the same page made before the streets were loaded, so the paths it gained are the streets drawn.
 */
class ReportStreetsTest {
    @TempDir
    static Path dir;

    static String store;

    /**
     * Three streets of the Loop (district 1). The street tiles are web-mercator zoom 14: column 4203 spans longitudes
     * -87.64893 .. -87.62695, row 6089 latitudes 41.86960 .. 41.88592. Adams and Wells lie in that one tile (a piece
     * each); Jackson runs from -87.640 to -87.620, across the column edge at -87.62695 (two pieces): 4 pieces.
     * Jackson is a primary road, drawn from zoom 12; the two residential streets from zoom 14 (the window's classes).
     */
    static final String LOOP = """
            {"type": "FeatureCollection", "features": [
             {"type": "Feature", "properties": {"name": "W Adams St", "highway": "residential"},
              "geometry": {"type": "LineString", "coordinates": [[-87.640, 41.8794], [-87.630, 41.8794]]}},
             {"type": "Feature", "properties": {"name": "S Wells St", "highway": "residential"},
              "geometry": {"type": "LineString", "coordinates": [[-87.6339, 41.8830], [-87.6339, 41.8730]]}},
             {"type": "Feature", "properties": {"name": "W Jackson Blvd", "highway": "primary"},
              "geometry": {"type": "LineString", "coordinates": [[-87.640, 41.8781], [-87.620, 41.8781]]}}
            ]}
            """;

    @BeforeAll
    static void loadTheSampleAndReportWithoutStreets() throws Exception {
        Path sample = SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz");
        store = dir.resolve("chicago").toString();
        ChicagoLayers.load(store, ChicagoLayers.BEATS_PRIMARY, ChicagoLayers.DISTRICTS);
        Cli.ok("import", "--store", store, "-q", "--no-forecast-refresh", sample.toString());
        reports("before");
        Path streets = dir.resolve("loop-streets.geojson");
        Files.writeString(streets, LOOP);
        Cli.ok("streets", "load", "--store", store, streets.toString());
        reports("after");
    }

    /** The district's and the city's KPI reports and the district's briefing, into the folder {@code name}. */
    static void reports(String name) throws IOException {
        Path out = Files.createDirectories(dir.resolve(name));
        String[] period = {"--from", "2019-09-01", "--to", "2019-09-20"};
        Cli.ok(concat(
                new String[] {"report", "kpi", "--store", store, "--scope", "districts:1", "--pdf", out + "/d1.pdf"},
                period));
        Cli.ok(concat(
                new String[] {"report", "kpi", "--store", store, "--layer", "districts", "--pdf", out + "/city.pdf"},
                period));
        Cli.ok(
                "report",
                "briefing",
                "--store",
                store,
                "--zone",
                "districts:1",
                "--as-of",
                "2019-09-22T06:00",
                "--forecast-boxes",
                "0",
                "--out",
                out.resolve("briefing").toString());
    }

    @Test
    void theDistrictsMapPageDrawsEveryPieceOfTheStreetsAndCreditsTheirFile() throws Exception {
        assertEquals(4, paths("after/d1.pdf") - paths("before/d1.pdf"), "Adams, Wells and Jackson's two pieces");
        assertTrue(mapText("after/d1.pdf").contains("Streets: loop-streets.geojson."));
        assertFalse(mapText("before/d1.pdf").contains("Streets:"));
    }

    @Test
    void theCitysMapPageDrawsNoStreetAtItsScaleAndCreditsNone() throws Exception {
        // the whole city on a page is about zoom 11, where the window's map draws no street class (primary from 12)
        assertEquals(0, paths("after/city.pdf") - paths("before/city.pdf"));
        assertFalse(mapText("after/city.pdf").contains("Streets:"));
    }

    @Test
    void theBriefingsSmallMapDrawsTheMajorRoadsOfItsZone() throws Exception {
        // the small map of district 1 is at zoom 12-13: the primary road (Jackson, two pieces), not the residential
        // ones
        assertEquals(2, paths("after/briefing/briefing.pdf") - paths("before/briefing/briefing.pdf"));
        assertTrue(mapText("after/briefing/briefing.pdf").contains("Streets: loop-streets.geojson."));
    }
    /** The path starts ({@code m}) on the page that holds the map's credits. */
    static int paths(String pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(dir.resolve(pdf).toFile())) {
            PDPage page = doc.getPage(mapPage(doc));
            int n = 0;
            for (Object token : new PDFStreamParser(page).parse()) {
                if (token instanceof Operator op && op.getName().equals("m")) {
                    n++;
                }
            }
            return n;
        }
    }

    static String mapText(String pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(dir.resolve(pdf).toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(mapPage(doc) + 1);
            s.setEndPage(mapPage(doc) + 1);
            return s.getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** The index of the page with the map's credits ("Drawn offline from the store"). */
    static int mapPage(PDDocument doc) throws IOException {
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(i + 1);
            s.setEndPage(i + 1);
            if (s.getText(doc).replaceAll("\\s+", " ").contains("Drawn offline from the store")) {
                return i;
            }
        }
        throw new AssertionError("no map page");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
