package org.khareetaty.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khareetaty.app.cli.Cli.JSON;
import static org.khareetaty.app.cli.Cli.json;
import static org.khareetaty.app.cli.Cli.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.testing.SharedData;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The forecast and hotspot pieces of the KPI report and the shift briefing on the real Chicago sample
 * (25,000 incidents of 2017-2019, beats and districts), each number checked against the command that
 * computes it on its own: the daily chart's band against {@code forecast stored ID --json}, the forecast
 * boxes against {@code forecast hotspots --json}, the hotspots against {@code hotspots --json} and
 * {@code gistar --json}.
 */
class ReportForecastTest {
    @TempDir
    static Path dir;

    static String store;
    static long run;
    /** The stored run as {@code forecast stored ID --json} gives it: its series, one per zone and "all". */
    static JsonNode stored;

    @BeforeAll
    static void loadImportAndForecast() throws Exception {
        Path sample = SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz");
        store = dir.resolve("chicago").toString();
        ChicagoLayers.load(store, ChicagoLayers.BEATS_PRIMARY, ChicagoLayers.DISTRICTS);
        ok("import", "--store", store, "-q", sample.toString());
        // a stored forecast of the districts made on 2019-09-15: it forecasts 2019-09-16 .. 2019-09-22
        ok("forecast", "store", "--store", store, "--layer", "districts", "--as-of", "2019-09-15");
        run = json("forecast", "stored", "--store", store, "--json")
                .get(0)
                .get("id")
                .asLong();
        stored = json("forecast", "stored", "--store", store, Long.toString(run), "--json");
    }

    /** {@code report kpi} with {@code options}, its PDF, CSVs and GeoJSON in the folder {@code name}; its JSON. */
    static JsonNode kpi(String name, String... options) throws IOException {
        Path out = Files.createDirectories(dir.resolve(name));
        List<String> args = new ArrayList<>(List.of("report", "kpi", "--store", store, "--json"));
        args.addAll(List.of(options));
        args.addAll(List.of("--pdf", out.resolve("kpi.pdf").toString(), "--csv", out.toString()));
        if (args.contains("--forecast-boxes") || args.contains("--hotspots")) {
            args.addAll(List.of("--geojson", out.toString()));
        }
        return json(args.toArray(String[]::new));
    }

    /** The stored run's series {@code zone} as {@code forecast stored ID --json} gives it. */
    static JsonNode storedSeries(String zone) {
        for (JsonNode s : stored.get("series")) {
            if (s.get("zone").asText().equals(zone)) {
                return s;
            }
        }
        throw new AssertionError("no series " + zone + " in run " + run);
    }

    @Test
    void theDailyChartsBandIsTheStoredForecastOnTheDaysOfThePeriodItForecast() throws Exception {
        JsonNode whole = kpi("band-all", "--from", "2019-09-09", "--to", "2019-09-20", "--layer", "districts");
        JsonNode zone = kpi("band-d1", "--scope", "districts:1", "--from", "2019-09-09", "--to", "2019-09-20");
        check(whole, storedSeries("all"), dir.resolve("band-all"));
        check(zone, storedSeries("1"), dir.resolve("band-d1"));

        // the caption names the run, its model, when it was made, and its validation error beside the naive one's
        JsonNode f = whole.get("forecast");
        String text = pdfText(dir.resolve("band-all/kpi.pdf"));
        assertTrue(text.contains("stored forecast " + run + " of districts"), text);
        assertTrue(text.contains(f.get("model").asText().substring(0, 10)), f.toString());
        assertTrue(
                text.contains(String.format(
                        Locale.ROOT,
                        "MASE %.2f; the seasonal naive forecast's %.2f",
                        f.get("validation_mase").asDouble(),
                        f.get("naive_validation_mase").asDouble())),
                text);
    }

    /** The report's band is the stored series on 16 .. 20 September, the days of the period the run forecast. */
    private static void check(JsonNode report, JsonNode series, Path out) throws IOException {
        JsonNode f = report.get("forecast");
        assertEquals(run, f.get("run").asLong());
        assertEquals("2019-09-15", f.get("as_of").asText());
        assertEquals(
                series.get("validation_mase").asDouble(),
                f.get("validation_mase").asDouble(),
                1e-12);
        assertEquals(
                series.get("naive_validation_mase").asDouble(),
                f.get("naive_validation_mase").asDouble(),
                1e-12);
        JsonNode days = f.get("days");
        assertEquals(5, days.size(), "16 .. 20 September of a period to the 20th: " + days);
        List<String> csv = Files.readAllLines(out.resolve("daily_forecast.csv"), StandardCharsets.UTF_8);
        assertEquals("date,incidents,median,low80,high80,low95,high95,run,series", csv.get(0));
        assertEquals(6, csv.size());
        for (int h = 0; h < 5; h++) {
            JsonNode d = days.get(h);
            assertEquals(series.at("/days/" + h).asText(), d.get("date").asText());
            assertEquals(series.at("/point/" + h).asDouble(), d.get("median").asDouble(), 1e-12);
            assertEquals(series.at("/lo80/" + h).asDouble(), d.get("lo80").asDouble(), 1e-12);
            assertEquals(series.at("/hi80/" + h).asDouble(), d.get("hi80").asDouble(), 1e-12);
            assertEquals(series.at("/lo95/" + h).asDouble(), d.get("lo95").asDouble(), 1e-12);
            assertEquals(series.at("/hi95/" + h).asDouble(), d.get("hi95").asDouble(), 1e-12);
            String[] row = csv.get(h + 1).split(",");
            assertEquals(d.get("date").asText(), row[0]);
            assertEquals(d.get("median").asDouble(), Double.parseDouble(row[2]), 1e-9);
            assertEquals(d.get("hi95").asDouble(), Double.parseDouble(row[6]), 1e-9);
        }
    }

    @Test
    void aScopeWithoutAStoredForecastSaysSoAndHasNoBand() throws Exception {
        // no run of the beats is stored, nor any of the violent category alone
        JsonNode beat = kpi("band-none", "--scope", "beats:0111", "--from", "2019-09-09", "--to", "2019-09-20");
        JsonNode violent = kpi("band-violent", "--category", "violent", "--from", "2019-09-09", "--to", "2019-09-20");
        assertTrue(beat.get("forecast").isNull(), beat.get("forecast").toString());
        assertTrue(violent.get("forecast").isNull(), violent.get("forecast").toString());
        assertFalse(Files.exists(dir.resolve("band-none/daily_forecast.csv")));
        assertTrue(pdfText(dir.resolve("band-none/kpi.pdf")).contains("no stored forecast for this scope"));
        // a period the run did not forecast: the caption says so, no band
        JsonNode before = kpi("band-before", "--from", "2019-08-01", "--to", "2019-08-28");
        assertEquals(0, before.at("/forecast/days").size());
        assertTrue(pdfText(dir.resolve("band-before/kpi.pdf")).contains("It forecast no day of this period"));
    }

    @Test
    void forecastBoxesOnTheMapAreForecastHotspotsOfTheDayAfterThePeriod() throws Exception {
        JsonNode hotspots =
                json("forecast", "hotspots", "--store", store, "--date", "2019-09-21", "--coverage", "2", "--json");
        JsonNode whole = kpi("boxes-all", "--from", "2019-09-14", "--to", "2019-09-20", "--forecast-boxes", "2");
        JsonNode zone = kpi(
                "boxes-d1",
                "--scope",
                "districts:1",
                "--from",
                "2019-09-14",
                "--to",
                "2019-09-20",
                "--forecast-boxes",
                "2");
        Map<Integer, JsonNode> flagged = new HashMap<>();
        hotspots.get("flagged").forEach(c -> flagged.put(c.get("rank").asInt(), c));

        // the whole area shows every flagged cell, with the command's backtest
        JsonNode boxes = whole.get("forecast_boxes");
        assertEquals("2019-09-21", boxes.get("date").asText());
        assertEquals(flagged.size(), boxes.get("shown").size());
        for (JsonNode c : boxes.get("shown")) {
            JsonNode same = flagged.get(c.get("rank").asInt());
            assertEquals(same.get("cell").asInt(), c.get("cell").asInt());
            assertEquals(same.get("score").asDouble(), c.get("score").asDouble(), 1e-12);
        }
        assertEquals(
                hotspots.at("/backtest/hit_rate").asDouble(),
                boxes.at("/backtest/hit_rate").asDouble(),
                1e-12);
        assertEquals(
                hotspots.at("/backtest/naive_hit_rate").asDouble(),
                boxes.at("/backtest/naive_hit_rate").asDouble(),
                1e-12);

        // district 1 shows those of the same boxes that lie in it: some, not all
        JsonNode inZone = zone.at("/forecast_boxes/shown");
        assertTrue(inZone.size() > 0 && inZone.size() < flagged.size(), inZone.size() + " of " + flagged.size());
        for (JsonNode c : inZone) {
            assertEquals(
                    flagged.get(c.get("rank").asInt()).get("cell").asInt(),
                    c.get("cell").asInt());
        }

        // the GeoJSON: one counter-clockwise square of 150 m around each box's centre, with its rank and score
        JsonNode geo =
                JSON.readTree(dir.resolve("boxes-d1/forecast_boxes.geojson").toFile());
        assertEquals(inZone.size(), geo.get("features").size());
        GeometryFactory gf = new GeometryFactory();
        for (JsonNode f : geo.get("features")) {
            JsonNode c = flagged.get(f.at("/properties/rank").asInt());
            assertEquals(c.get("score").asDouble(), f.at("/properties/score").asDouble(), 1e-12);
            JsonNode ring = f.at("/geometry/coordinates/0");
            Coordinate[] pts = new Coordinate[ring.size()];
            for (int i = 0; i < pts.length; i++) {
                pts[i] = new Coordinate(
                        ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
            }
            assertFalse(gf.createPolygon(pts).isEmpty());
            assertTrue(Orientation.isCCW(pts), "RFC 7946: exterior rings counter-clockwise");
            double width = (pts[1].x - pts[0].x)
                    * 111_195
                    * Math.cos(Math.toRadians(c.get("lat").asDouble()));
            assertEquals(150, Math.abs(width), 1.5, "a 150 m box");
            assertEquals(c.get("lon").asDouble(), (pts[0].x + pts[2].x) / 2, 1e-6);
        }
        List<String> csv = Files.readAllLines(dir.resolve("boxes-d1/forecast_boxes.csv"));
        assertEquals(inZone.size() + 1, csv.size());

        // the map page's note: the backtest in words beside the naive one's
        String text = pdfText(dir.resolve("boxes-d1/kpi.pdf"));
        assertTrue(text.contains(percent(hotspots.at("/backtest/hit_rate").asDouble())), text);
        assertTrue(text.contains(percent(hotspots.at("/backtest/naive_hit_rate").asDouble())), text);
    }

    @Test
    void theBriefingListsAndDrawsTheDaysForecastBoxesInItsZone() throws Exception {
        JsonNode hotspots = json("forecast", "hotspots", "--store", store, "--date", "2019-09-22", "--json");
        Path out = dir.resolve("briefing-d1");
        String printed = ok(
                "report",
                "briefing",
                "--store",
                store,
                "--zone",
                "districts:1",
                "--as-of",
                "2019-09-22T06:00",
                "--out",
                out.toString());
        Map<Integer, JsonNode> flagged = new HashMap<>();
        hotspots.get("flagged").forEach(c -> flagged.put(c.get("rank").asInt(), c));
        List<String> csv = Files.readAllLines(out.resolve("forecast_boxes.csv"));
        assertEquals("rank,cell,lat,lon,score,day,coverage", csv.get(0));
        assertTrue(csv.size() > 1, "district 1 (the Loop) holds boxes");
        Set<Integer> ranks = new HashSet<>();
        for (String line : csv.subList(1, csv.size())) {
            String[] f = line.split(",");
            JsonNode c = flagged.get(Integer.parseInt(f[0]));
            assertEquals(c.get("cell").asInt(), Integer.parseInt(f[1]));
            assertEquals("2019-09-22", f[5]);
            ranks.add(Integer.parseInt(f[0]));
        }
        assertTrue(ranks.size() < flagged.size());
        assertEquals(
                csv.size() - 1,
                JSON.readTree(out.resolve("forecast_boxes.geojson").toFile())
                        .get("features")
                        .size());
        assertTrue(printed.contains((csv.size() - 1) + " of " + flagged.size() + " in the zone"), printed);

        // in plain words: what such boxes caught on the 28 days before, beside last year's counts
        String text = pdfText(out.resolve("briefing.pdf"));
        assertTrue(text.contains("Forecast boxes for 2019-09-22"), text);
        String hit = percent(hotspots.at("/backtest/hit_rate").asDouble());
        String naive = percent(hotspots.at("/backtest/naive_hit_rate").asDouble());
        assertTrue(
                text.contains("caught on average " + hit + " of the next day's incidents; boxes from last year's"
                        + " counts caught " + naive),
                text);
        assertFalse(text.contains("Not in this briefing yet"));
    }

    @Test
    void hotspotsOnTheMapAreTheHotspotCommandsOfThePeriod() throws Exception {
        JsonNode dbscan = json(
                "hotspots",
                "--store",
                store,
                "--eps-m",
                "150",
                "--min-pts",
                "25",
                "--from",
                "2019-01-01",
                "--to",
                "2019-06-30",
                "--json");
        JsonNode report = kpi("hotspots-dbscan", "--from", "2019-01-01", "--to", "2019-06-30", "--hotspots", "dbscan");
        JsonNode shown = report.at("/hotspots/shown");
        assertTrue(dbscan.get("hotspots").size() > 0, "the sample's half year has DBSCAN clusters");
        assertEquals(dbscan.get("hotspots").size(), shown.size());
        Map<String, Integer> counts = new HashMap<>();
        dbscan.get("hotspots")
                .forEach(h -> counts.put(h.get("id").asText(), h.get("count").asInt()));
        for (JsonNode h : shown) {
            assertEquals(counts.get(h.get("key").asText()), h.get("count").asInt(), h.toString());
        }
        JsonNode geo =
                JSON.readTree(dir.resolve("hotspots-dbscan/hotspots.geojson").toFile());
        assertEquals(shown.size(), geo.get("features").size());

        JsonNode gi =
                json("gistar", "--store", store, "--res", "8", "--from", "2019-01-01", "--to", "2019-06-30", "--json");
        JsonNode giReport =
                kpi("hotspots-gistar", "--from", "2019-01-01", "--to", "2019-06-30", "--hotspots", "gistar");
        Map<String, Integer> significant = new HashMap<>();
        gi.get("cells").forEach(c -> {
            if (Math.abs(c.get("bin").asInt()) >= 2) {
                significant.put(c.get("cell").asText(), c.get("bin").asInt());
            }
        });
        JsonNode cells = giReport.at("/hotspots/shown");
        assertTrue(significant.size() > 0);
        assertEquals(significant.size(), cells.size());
        for (JsonNode c : cells) {
            int bin = significant.get(c.get("key").asText());
            assertEquals(bin > 0, c.get("hot").asBoolean());
        }
        String text = pdfText(dir.resolve("hotspots-gistar/kpi.pdf"));
        assertTrue(text.contains("Gi* hot spot, 95%+"), text);
    }

    @Test
    void aRasterBasemapIsDrawnUnderTheMapPageWithItsAttribution() throws Exception {
        Path tiles = dir.resolve("tiles.mbtiles");
        ok(
                "basemap",
                "generate",
                "--store",
                store,
                "--max-zoom",
                "11",
                "--attribution",
                "Test tiles of Chicago",
                "-o",
                tiles.toString(),
                "-q");
        Path out = Files.createDirectories(dir.resolve("raster"));
        Path pdf = out.resolve("kpi.pdf");
        ok(districtsToTheTwentieth("--basemap", tiles.toString(), "--pdf", pdf.toString()));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int images = 0;
            int mapPage = -1;
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                var resources = doc.getPage(i).getResources();
                for (var name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                        images++;
                        mapPage = i;
                    }
                }
            }
            assertTrue(images >= 4, "the tiles under the map page: " + images);
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(mapPage + 1);
            text.setEndPage(mapPage + 1);
            String page = text.getText(doc).replaceAll("\\s+", " ");
            assertTrue(page.contains("Raster basemap tiles: Test tiles of Chicago."), page);
        }
        // without it the map page is vectors only
        Path plain = out.resolve("plain.pdf");
        ok(districtsToTheTwentieth("--pdf", plain.toString()));
        try (PDDocument doc = Loader.loadPDF(plain.toFile())) {
            for (var p : doc.getPages()) {
                for (var name : p.getResources().getXObjectNames()) {
                    assertFalse(
                            p.getResources().getXObject(name)
                                    instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject);
                }
            }
        }
        Cli.Run missing = Cli.run(districtsToTheTwentieth(
                "--basemap",
                dir.resolve("nothing.mbtiles").toString(),
                "--pdf",
                out.resolve("x.pdf").toString()));
        assertTrue(missing.exit() != 0);
        assertTrue(missing.err().contains("nothing.mbtiles"), missing.err());
        assertFalse(missing.err().contains("\tat "), "a message, not a stack trace: " + missing.err());
    }

    /** {@code report kpi} of the districts from 1 to 20 September 2019, with {@code more}. */
    private static String[] districtsToTheTwentieth(String... more) {
        List<String> args = new ArrayList<>(List.of(
                "report",
                "kpi",
                "--store",
                store,
                "--from",
                "2019-09-01",
                "--to",
                "2019-09-20",
                "--layer",
                "districts"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            return s.getText(doc).replaceAll("\\s+", " ");
        }
    }
}
