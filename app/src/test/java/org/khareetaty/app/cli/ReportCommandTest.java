package org.khareetaty.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.app.ui.map.ColourScale;
import org.khareetaty.core.progress.CancelledException;
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.report.KpiCounts;
import org.khareetaty.core.report.KpiPdf;
import org.khareetaty.core.report.KpiReport;
import org.khareetaty.core.report.KpiRequest;
import org.khareetaty.core.report.ReportLanguage;
import org.khareetaty.core.report.ReportPeriod;
import org.khareetaty.core.report.ReportScope;
import org.khareetaty.core.report.ZoneOrder;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;

/**
 * The KPI report of the real Chicago sample (police beats as the study area, districts), read back
 * as an analyst would check it: every number of the PDF's text and of the CSVs against the drill-down's
 * and the statistics' JSON for the same scope and period, zones without incidents listed.
 */
class ReportCommandTest {
    @TempDir
    static Path dir;

    static String store;
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> CATEGORIES = List.of("violent", "property", "drugs", "weapons", "public_order", "other");

    @BeforeAll
    static void loadAndImport() {
        Path sample = SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz");
        store = dir.resolve("chicago").toString();
        ChicagoLayers.load(store, ChicagoLayers.BEATS_PRIMARY, ChicagoLayers.DISTRICTS);
        ok("import", "--store", store, "-q", sample.toString());
    }

    static String ok(String... args) {
        Cli.Run r = Cli.run(args);
        assertEquals(0, r.exit(), () -> String.join(" ", args) + "\n" + r.out() + r.err());
        return r.out();
    }

    /**
     * Runs {@code report kpi} on the Chicago store from {@code from} to {@code to} with {@code options},
     * writing its PDF ({@code kpi.pdf}) and CSV tables into the folder {@code name} of the test's folder.
     */
    private static Kpi kpi(String name, String from, String to, String... options) throws IOException {
        Path out = dir.resolve(name);
        Files.createDirectories(out);
        List<String> args = new ArrayList<>(List.of("report", "kpi", "--store", store, "--from", from, "--to", to));
        args.addAll(List.of(options));
        args.addAll(List.of("--pdf", out.resolve("kpi.pdf").toString(), "--csv", out.toString()));
        ok(args.toArray(String[]::new));
        return new Kpi(out);
    }

    /** A KPI report's files: its PDF and CSV tables in {@code dir}. */
    private record Kpi(Path dir) {
        /** The CSV table {@code name} ("zones") by its first column. */
        Map<String, Map<String, String>> table(String name) throws IOException {
            return csv(dir.resolve(name + ".csv"));
        }

        /** The period's count of every category in scope. */
        long all() throws IOException {
            return Long.parseLong(table("categories").get("all").get("period"));
        }

        Path pdf() {
            return dir.resolve("kpi.pdf");
        }
    }

    @Test
    void everyCategoryKpiOfThePdfAndCsvMatchesTheDrillDown() throws Exception {
        Kpi q1 = kpi("q1", "2019-01-01", "2019-03-31", "--layer", "districts");
        Path out = q1.dir();
        Map<String, Map<String, String>> csv = q1.table("categories");
        assertEquals(CATEGORIES.size() + 1, csv.size(), csv.keySet().toString());
        for (String category : CATEGORIES) {
            checkAgainstDrill(csv.get(category), List.of("--category", category));
        }
        checkAgainstDrill(csv.get("all"), List.of());

        String text = pdfText(q1.pdf());
        for (String category : CATEGORIES) {
            checkPdfRow(text, category.replace('_', ' '), csv.get(category));
        }
        checkPdfRow(text, "all categories", csv.get("all"));
        for (Map<String, String> zone : q1.table("zones").values()) {
            String label = zone.get("name").isEmpty() || zone.get("name").equals(zone.get("key"))
                    ? zone.get("key")
                    : zone.get("key") + " " + zone.get("name");
            checkPdfRow(text, label, zone);
        }

        // the profiles: the drill-down's day of week and hour of day over the same period
        JsonNode drill = drill("2019-01-01", "2019-03-31", List.of());
        assertEquals(longs(drill.at("/profiles/day_of_week")), column(out.resolve("day_of_week.csv")));
        assertEquals(longs(drill.at("/profiles/hour_of_day")), column(out.resolve("hour_of_day.csv")));
        assertEquals(
                Long.parseLong(csv.get("all").get("period")),
                column(out.resolve("daily.csv")).stream()
                        .mapToLong(Long::longValue)
                        .sum());
        assertEquals(90, column(out.resolve("daily.csv")).size(), "every day of the period, zeros included");
    }

    @Test
    void listsEveryDistrictWithTheStatisticsCountsOverTheWholeRange() throws Exception {
        Path out = dir.resolve("all-time");
        Kpi all = kpi("all-time", "2001-01-01", "2026-12-31", "--layer", "districts", "--geojson", out.toString());
        JsonNode stats = JSON.readTree(ok("stats", "--store", store, "--json"));
        Map<String, Map<String, String>> zones = all.table("zones");
        Set<String> codes = codes(SharedData.file("chicago/police_districts.geojson"), "dist_num");
        assertTrue(zones.keySet().containsAll(codes), "every district of the layer: " + zones.keySet());
        long sum = 0;
        for (var e : zones.entrySet()) {
            long expected = stats.at("/by_layer/districts").path(e.getKey()).asLong(0);
            assertEquals(expected, Long.parseLong(e.getValue().get("period")), "district " + e.getKey());
            sum += expected;
        }
        assertEquals(stats.get("incidents").asLong(), sum);
        assertEquals(stats.get("incidents").asLong(), all.all());

        // the same zones as GeoJSON (RFC 7946): WGS84, no crs member, exterior rings counter-clockwise
        JsonNode fc = JSON.readTree(out.resolve("zones.geojson").toFile());
        assertEquals("FeatureCollection", fc.get("type").asText());
        assertFalse(fc.has("crs"));
        Set<String> seen = new TreeSet<>();
        for (JsonNode f : fc.get("features")) {
            String code = f.get("id").asText();
            seen.add(code);
            assertEquals(
                    zones.get(code).get("period"), f.at("/properties/period").asText(), code);
            JsonNode g = f.get("geometry");
            JsonNode polygon = g.get("type").asText().equals("Polygon")
                    ? g.get("coordinates")
                    : g.get("coordinates").get(0);
            JsonNode ring = polygon.get(0);
            double area = 0;
            for (int i = 0; i + 1 < ring.size(); i++) {
                double lon = ring.get(i).get(0).asDouble();
                double lat = ring.get(i).get(1).asDouble();
                assertTrue(lon > -88 && lon < -87.5 && lat > 41.6 && lat < 42.1, "WGS84 in Chicago: " + ring.get(i));
                area += lon * ring.get(i + 1).get(1).asDouble()
                        - ring.get(i + 1).get(0).asDouble() * lat;
            }
            assertTrue(area > 0, "counter-clockwise exterior ring of " + code);
        }
        assertEquals(codes, seen, "one feature per district");
    }

    @Test
    void aDistrictsWeekListsItsBeatsWithTheEmptyOnes() throws Exception {
        Kpi district = kpi(
                "district-1-week",
                "2019-09-16",
                "2019-09-22",
                "--scope",
                "districts:1",
                "--layer",
                "beats",
                "--sort",
                "count");
        Map<String, Map<String, String>> beats = district.table("zones");
        Set<String> inDistrict = new TreeSet<>();
        JsonNode fc =
                JSON.readTree(SharedData.file("chicago/police_beats.geojson").toFile());
        for (JsonNode f : fc.get("features")) {
            if (f.at("/properties/district").asText().equals("01")) {
                inDistrict.add(f.at("/properties/beat_num").asText());
            }
        }
        assertEquals(inDistrict, new TreeSet<>(beats.keySet()), "the beats whose district attribute is 01");
        assertTrue(
                beats.values().stream().anyMatch(b -> b.get("period").equals("0")),
                "beats without incidents: " + beats);
        long week = beats.values().stream()
                .mapToLong(b -> Long.parseLong(b.get("period")))
                .sum();
        assertEquals(district.all(), week);
        List<Long> counts = beats.values().stream()
                .map(b -> Long.parseLong(b.get("period")))
                .toList();
        List<Long> sorted = new ArrayList<>(counts);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, counts, "--sort count: busiest first");

        Kpi city = kpi("city-week", "2019-09-16", "2019-09-22", "--layer", "districts");
        assertEquals(week, Long.parseLong(city.table("zones").get("1").get("period")));
    }

    @Test
    void theTopCellsAndDataQualityNotesMatchTheDrillDownAndTheStatistics() throws Exception {
        Kpi details = kpi("details", "2019-01-01", "2019-03-31");
        Path out = details.dir();
        JsonNode r9 = drill("2019-01-01", "2019-03-31", List.of("--res", "9", "--all"));
        JsonNode r9prior = drill("2018-10-03", "2018-12-31", List.of("--res", "9", "--all"));
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        r9.get("cells").forEach(c -> {
            counts.put(c.get("cell").asText(), c.get("count").asLong());
            labels.put(c.get("cell").asText(), c.get("label").asText());
        });
        Map<String, Long> prior = new LinkedHashMap<>();
        r9prior.get("cells")
                .forEach(c -> prior.put(c.get("cell").asText(), c.get("count").asLong()));
        List<String> top = Files.readAllLines(out.resolve("top_cells.csv"));
        assertEquals(11, top.size(), "a head and ten cells: " + top);
        List<Long> busiest = counts.values().stream()
                .sorted(java.util.Comparator.reverseOrder())
                .limit(10)
                .toList();
        List<Long> listed = new ArrayList<>();
        for (String line : top.subList(1, top.size())) {
            // rank,cell,name,"lat, lon",period,prior,low_confidence (no name of the sample has a comma)
            String[] f = line.split(",");
            long period = Long.parseLong(f[5]);
            listed.add(period);
            assertEquals(counts.get(f[1]), period, "cell " + f[1] + " against drill --res 9");
            assertEquals(prior.getOrDefault(f[1], 0L), Long.parseLong(f[6]), "cell " + f[1] + " prior period");
            assertEquals(period < 10, Boolean.parseBoolean(f[7]), line);
            // named as the drill-down names it, the street first (issue 13 item 12)
            assertEquals(org.khareetaty.core.hexgrid.CellLabels.inSentence(labels.get(f[1])), f[2], line);
        }
        assertEquals(busiest, listed, "the ten busiest r9 cells, most first");
        assertTrue(Files.readAllLines(out.resolve("top_blocks.csv")).size() > 1, "the Chicago portal records blocks");

        Map<String, String> quality = new LinkedHashMap<>();
        Files.readAllLines(out.resolve("quality.csv")).stream()
                .skip(1)
                .forEach(l -> quality.put(l.split(",")[0], l.split(",")[1]));
        assertEquals(r9.at("/kpis/total").asText(), quality.get("incidents"));
        assertEquals(r9.at("/profiles/date_only").asText(), quality.get("date_only"));
        assertEquals(String.valueOf(counts.size()), quality.get("cells_r9"));
        assertEquals(
                String.valueOf(counts.values().stream().filter(n -> n < 10).count()),
                quality.get("low_confidence_cells"));
        long mismatches = 0;
        for (JsonNode w : r9.get("warnings")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                            "^([0-9,]+) incidents .* disagrees with the map")
                    .matcher(w.asText());
            if (m.find()) {
                mismatches = Long.parseLong(m.group(1).replace(",", ""));
            }
        }
        assertEquals(String.valueOf(mismatches), quality.get("zone_mismatch"));
        JsonNode stats = JSON.readTree(ok("stats", "--store", store, "--json"));
        long rejected = 0;
        for (var e : stats.get("rejected_by_reason").properties()) {
            assertEquals(e.getValue().asText(), quality.get("rejected:" + e.getKey()), e.getKey());
            rejected += e.getValue().asLong();
        }
        assertEquals(String.valueOf(rejected), quality.get("rejected"));

        String text = pdfText(details.pdf());
        assertTrue(text.contains("Data quality"), text);
        assertTrue(text.contains("No live alert was raised in scope in the period"), text);
        String first = top.get(1).split(",")[2];
        assertTrue(text.contains(first), "the busiest cell on the details page by its name: " + first);
        for (String line : top.subList(1, top.size())) {
            assertFalse(text.contains(line.split(",")[1]), "no H3 id on the details page: " + line);
        }
    }

    @Test
    void withBomEveryCsvStartsWithTheByteOrderMarkAndReadsAsTheOneWithout() throws Exception {
        Kpi plain = kpi("no-bom", "2019-01-01", "2019-03-31", "--layer", "districts");
        Kpi bom = kpi("bom", "2019-01-01", "2019-03-31", "--layer", "districts", "--bom");
        List<Path> files;
        try (var list = Files.list(bom.dir())) {
            files = list.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
        assertTrue(files.size() >= 8, "every table: " + files);
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            assertEquals(
                    List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF),
                    List.of(bytes[0], bytes[1], bytes[2]),
                    f.getFileName() + " starts with UTF-8's byte-order mark");
            // after the mark, the same UTF-8 text as without it: a reader that drops the mark (Excel) reads the table
            String after = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            assertFalse(after.startsWith("\uFEFF"), "one mark only: " + f.getFileName());
            assertEquals(Files.readString(plain.dir().resolve(f.getFileName().toString())), after, f.toString());
        }
        // and parsed by its columns: the head's first name is the plain one, not "\uFEFFkey"
        Path stripped = dir.resolve("bom-zones.csv");
        byte[] zones = Files.readAllBytes(bom.dir().resolve("zones.csv"));
        Files.write(stripped, java.util.Arrays.copyOfRange(zones, 3, zones.length));
        assertEquals(plain.table("zones"), csv(stripped));
        assertTrue(Files.readString(bom.dir().resolve("zones.csv")).startsWith("\uFEFFkey,"));
    }

    @Test
    void aCellScopeMatchesTheDrillDownOfThatCell() throws Exception {
        JsonNode r7 = JSON.readTree(
                ok("drill", "--store", store, "--res", "7", "--from", "2019-01-01", "--to", "2019-03-31", "--json"));
        String cell = r7.at("/cells/0/cell").asText();
        Kpi report = kpi("cell", "2019-01-01", "2019-03-31", "--scope", "cell:" + cell, "--layer", "districts");
        Map<String, Map<String, String>> csv = report.table("categories");
        for (String category : CATEGORIES) {
            checkAgainstDrill(csv.get(category), List.of("--cell", cell, "--category", category));
        }
        checkAgainstDrill(csv.get("all"), List.of("--cell", cell));
        assertEquals(
                r7.at("/cells/0/count").asLong(), Long.parseLong(csv.get("all").get("period")));
        long inZones = report.table("zones").values().stream()
                .mapToLong(z -> Long.parseLong(z.get("period")))
                .sum();
        assertEquals(Long.parseLong(csv.get("all").get("period")), inZones, "the cell's incidents by district");
        String title = "KPI report: " + r7.at("/cells/0/label").asText() + " (r7 cell)";
        String text = pdfText(report.pdf());
        assertTrue(text.contains(title), "the title names the cell as the drill-down does: " + title + "\n" + text);
        assertFalse(text.contains(cell), "no H3 id in the report of a cell");
    }

    @Test
    void aPolygonScopeOfADistrictsShapeCountsAsThatDistrict() throws Exception {
        JsonNode districts = JSON.readTree(
                SharedData.file("chicago/police_districts.geojson").toFile());
        JsonNode first = null;
        for (JsonNode f : districts.get("features")) {
            if (f.at("/properties/dist_num").asText().equals("1")) {
                first = f;
            }
        }
        assertNotNull(first, "district 1 in the layer");
        Path polygon = dir.resolve("district-1.geojson");
        Files.writeString(
                polygon, "{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + first.get("geometry") + "}");
        Kpi byShape = kpi("by-shape", "2019-01-01", "2019-03-31", "--scope", "polygon:" + polygon, "--layer", "beats");
        Kpi byZone = kpi("by-zone", "2019-01-01", "2019-03-31", "--scope", "districts:1", "--layer", "beats");
        for (String table : List.of("categories", "zones")) {
            Map<String, Map<String, String>> shape = byShape.table(table);
            Map<String, Map<String, String>> zone = byZone.table(table);
            assertEquals(zone.keySet(), shape.keySet(), table);
            for (String key : zone.keySet()) {
                for (String column : List.of("period", "prior", "last_year", "ytd", "last_ytd", "arrests")) {
                    assertEquals(
                            zone.get(key).get(column), shape.get(key).get(column), table + " " + key + " " + column);
                }
            }
        }
        assertTrue(byShape.all() > 0, "district 1 has incidents in Q1 2019");
    }

    @Test
    void aShiftBriefingOfADistrictListsTheWeekTheKpiReportCounts() throws Exception {
        Path pack = dir.resolve("briefing");
        // as of local midnight: the 7 days are the local dates 2019-09-16 .. 2019-09-22
        ok(
                "report",
                "briefing",
                "--store",
                store,
                "--zone",
                "districts:1",
                "--as-of",
                "2019-09-23T00:00",
                "--paper",
                "letter",
                "--out",
                pack.toString());
        Kpi week = kpi("briefing-week", "2019-09-16", "2019-09-22", "--scope", "districts:1");
        List<String> incidents = Files.readAllLines(pack.resolve("incidents_7d.csv"));
        assertEquals(week.all(), incidents.size() - 1);
        long lastDay = Files.readAllLines(week.dir().resolve("daily.csv")).stream()
                .filter(l -> l.startsWith("2019-09-22,"))
                .mapToLong(l -> Long.parseLong(l.split(",")[1]))
                .sum();
        assertEquals(
                lastDay, Files.readAllLines(pack.resolve("incidents_24h.csv")).size() - 1, "the last 24 hours");
        assertTrue(incidents.size() > 1, "district 1 has incidents that week");

        JsonNode points = JSON.readTree(pack.resolve("incidents_7d.geojson").toFile());
        assertEquals(incidents.size() - 1, points.get("features").size());
        Map<String, double[]> where = new LinkedHashMap<>();
        Map<String, String> category = new LinkedHashMap<>();
        for (JsonNode f : points.get("features")) {
            JsonNode c = f.at("/geometry/coordinates");
            where.put(
                    f.get("id").asText(),
                    new double[] {c.get(1).asDouble(), c.get(0).asDouble()});
            category.put(f.get("id").asText(), f.at("/properties/category").asText());
        }
        // every near-repeat pair: one category, within 400 m and 3 days (by the incidents' own places)
        List<String> repeats = Files.readAllLines(pack.resolve("near_repeats.csv"));
        for (String line : repeats.subList(1, repeats.size())) {
            String[] f = line.split(",");
            double[] a = where.get(f[0]);
            double[] b = where.get(f[2]);
            assertEquals(category.get(f[0]), category.get(f[2]), line);
            assertEquals(category.get(f[0]), f[4], line);
            double metres = org.khareetaty.core.geo.GreatCircle.metres(a[0], a[1], b[0], b[1]);
            assertEquals(metres, Double.parseDouble(f[5]), 0.51, line);
            assertTrue(metres <= 400 && Double.parseDouble(f[6]) <= 72, line);
            // an incident known to the day only has no hours apart: never in a pair (issue 13 item 1)
            assertTrue(f[1].length() > 10 && f[3].length() > 10, line);
        }
        // and the briefing says how many it left out (the sample's noon and 00:01 placeholders are day-only)
        long dayOnly = incidents.subList(1, incidents.size()).stream()
                .filter(l -> l.split(",")[1].length() == 10)
                .count();
        try (PDDocument doc = Loader.loadPDF(pack.resolve("briefing.pdf").toFile())) {
            assertEquals(612, doc.getPage(0).getMediaBox().getWidth(), 0.5, "US Letter, portrait");
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Shift briefing: districts 1 (1ST)"), text);
            assertTrue(text.contains("Last 7 days: " + (incidents.size() - 1) + " incidents"), text);
            assertEquals(
                    dayOnly > 0,
                    text.contains(dayOnly + " incidents known to the day only are left out"),
                    dayOnly + " day-only incidents: " + text);
            assertTrue(text.contains("page 1 of " + doc.getNumberOfPages()), text);
        }
    }

    @Test
    void embedsItsFontsDrawsChartsAsVectorsAndNumbersItsPages() throws Exception {
        Path pdf = kpi("fonts", "2018-06-01", "2018-06-28", "--layer", "beats").pdf();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int n = doc.getNumberOfPages();
            assertTrue(n >= 3, "title and categories, 277 beats over pages, charts: " + n);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= n; i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String page = stripper.getText(doc);
                assertTrue(page.contains("page " + i + " of " + n), page);
                assertTrue(page.contains("store chicago"), page);
                assertTrue(
                        page.contains("generated "
                                + LocalDate.now(java.time.ZoneOffset.UTC).getYear()),
                        page);
            }
            for (PDPage page : doc.getPages()) {
                PDResources r = page.getResources();
                for (COSName f : r.getFontNames()) {
                    PDFont font = r.getFont(f);
                    assertTrue(font.isEmbedded(), font.getName());
                }
                for (COSName x : r.getXObjectNames()) {
                    assertFalse(r.getXObject(x) instanceof PDImageXObject, "no bitmaps");
                }
            }
            List<Long> forms = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                long onPage = 0;
                for (COSName x : page.getResources().getXObjectNames()) {
                    onPage += page.getResources().getXObject(x) instanceof PDFormXObject ? 1 : 0;
                }
                forms.add(onPage);
            }
            assertEquals(3, forms.stream().mapToLong(Long::longValue).sum(), "three charts as vector forms");
            assertTrue(forms.contains(3L), "on one page: " + forms);
        }
    }

    @Test
    void namesTheLayersWhenTheLayerIsUnknown() {
        Cli.Run r = Cli.run(
                "report",
                "kpi",
                "--store",
                store,
                "--from",
                "2019-01-01",
                "--to",
                "2019-01-31",
                "--layer",
                "wards",
                "--csv",
                dir.resolve("none").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("no boundary layer 'wards'") && r.err().contains("beats, districts"), r.err());
        Cli.Run zone = Cli.run(
                "report",
                "kpi",
                "--store",
                store,
                "--scope",
                "districts:99",
                "--from",
                "2019-01-01",
                "--to",
                "2019-01-31");
        assertEquals(2, zone.exit(), zone.err());
        assertTrue(zone.err().contains("no zone '99' in layer districts"), zone.err());
        Cli.Run cell = Cli.run(
                "report",
                "kpi",
                "--store",
                store,
                "--scope",
                "cell:zz12",
                "--from",
                "2019-01-01",
                "--to",
                "2019-01-31");
        assertEquals(2, cell.exit(), cell.err());
        assertTrue(cell.err().contains("'zz12' is not an H3 cell"), cell.err());
        Path points = dir.resolve("points.geojson");
        try {
            Files.writeString(points, "{\"type\":\"Point\",\"coordinates\":[-87.6,41.8]}");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Cli.Run polygon = Cli.run(
                "report",
                "kpi",
                "--store",
                store,
                "--scope",
                "polygon:" + points,
                "--from",
                "2019-01-01",
                "--to",
                "2019-01-31");
        assertEquals(2, polygon.exit(), polygon.err());
        assertTrue(polygon.err().contains(points + " holds no Polygon or MultiPolygon"), polygon.err());
        assertFalse(polygon.err().contains("\tat "), "no stack trace: " + polygon.err());
    }

    /** The category row of the CSV against the drill-down's JSON over each compared period. */
    private static void checkAgainstDrill(Map<String, String> row, List<String> filter) {
        JsonNode period = drill("2019-01-01", "2019-03-31", filter);
        String what = row.get("key");
        assertEquals(period.at("/kpis/total").asLong(), Long.parseLong(row.get("period")), what);
        assertEquals(period.at("/kpis/previous_total").asLong(), Long.parseLong(row.get("prior")), what);
        assertEquals(
                drill("2018-01-01", "2018-03-31", filter).at("/kpis/total").asLong(),
                Long.parseLong(row.get("last_year")),
                what);
        assertEquals(
                Long.parseLong(row.get("last_year")), Long.parseLong(row.get("last_ytd")), "Q1: last year is last YTD");
        assertEquals(Long.parseLong(row.get("period")), Long.parseLong(row.get("ytd")), "Q1: the period is the YTD");
        assertEquals(period.at("/kpis/arrests").asLong(), Long.parseLong(row.get("arrests")), what);
        JsonNode rate = period.at("/kpis/arrest_rate");
        if (rate.isNull()) {
            assertEquals("", row.get("arrest_rate"), what);
        } else {
            assertEquals(rate.asDouble(), Double.parseDouble(row.get("arrest_rate")), 5e-5, what);
        }
        long change = Long.parseLong(row.get("period")) - Long.parseLong(row.get("prior"));
        assertEquals(change, Long.parseLong(row.get("prior_change")), what);
        JsonNode pct = period.at("/kpis/change");
        if (pct.isNull()) {
            assertEquals("", row.get("prior_pct"), what);
        } else {
            assertEquals(100 * pct.asDouble(), Double.parseDouble(row.get("prior_pct")), 0.05 + 1e-9, what);
        }
        double p = Double.parseDouble(row.get("prior_p"));
        assertEquals(p < 0.01 ? "**" : p < 0.05 ? "*" : "", row.get("prior_mark"), what);
    }

    private static JsonNode drill(String from, String to, List<String> filter) {
        List<String> args = new ArrayList<>(List.of("drill", "--store", store, "--from", from, "--to", to, "--json"));
        if (!filter.contains("--res")) {
            args.addAll(List.of("--res", "6"));
        }
        args.addAll(filter);
        try {
            return JSON.readTree(ok(args.toArray(String[]::new)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The PDF line of a row (its label, then the cells left to right) against the CSV: counts exactly,
     * percents and the arrest rate to the one decimal the PDF shows, marks as the CSV gives them.
     */
    private static void checkPdfRow(String text, String label, Map<String, String> row) {
        String line = text.lines()
                .filter(l -> l.startsWith(label + " "))
                .filter(l -> {
                    String[] t = l.substring(label.length() + 1).split(" ");
                    return t.length > 0 && t[0].matches("[0-9,]+");
                })
                .findFirst()
                .orElseThrow(() -> new AssertionError("no PDF row '" + label + "' in\n" + text));
        List<String> t = new ArrayList<>(
                Arrays.asList(line.substring(label.length() + 1).trim().split("\\s+")));
        assertEquals(count(row.get("period")), t.remove(0), line);
        assertEquals(count(row.get("prior")), t.remove(0), line);
        assertEquals(String.format(Locale.ROOT, "%+,d", Long.parseLong(row.get("prior_change"))), t.remove(0), line);
        percent(row.get("prior_pct"), t.remove(0), line);
        mark(row.get("prior_mark"), t, line);
        assertEquals(count(row.get("last_year")), t.remove(0), line);
        percent(row.get("last_year_pct"), t.remove(0), line);
        mark(row.get("last_year_mark"), t, line);
        assertEquals(count(row.get("ytd")), t.remove(0), line);
        assertEquals(count(row.get("last_ytd")), t.remove(0), line);
        percent(row.get("ytd_pct"), t.remove(0), line);
        mark(row.get("ytd_mark"), t, line);
        String arrests = String.join(" ", t);
        if (row.get("arrest_rate").isEmpty()) {
            assertEquals("not recorded", arrests, line);
        } else {
            String[] a =
                    arrests.replace("%", "").replace("(", "").replace(")", "").split("[ –]");
            assertEquals(100 * Double.parseDouble(row.get("arrest_rate")), Double.parseDouble(a[0]), 0.0501, line);
            assertEquals(100 * Double.parseDouble(row.get("arrest_rate_low")), Double.parseDouble(a[1]), 0.0501, line);
            assertEquals(100 * Double.parseDouble(row.get("arrest_rate_high")), Double.parseDouble(a[2]), 0.0501, line);
        }
    }

    private static String count(String n) {
        return String.format(Locale.ROOT, "%,d", Long.parseLong(n));
    }

    private static void percent(String csv, String pdf, String line) {
        if (csv.isEmpty()) {
            assertEquals("n/a", pdf, line);
        } else {
            assertEquals(Double.parseDouble(csv), Double.parseDouble(pdf.replace("%", "")), 0.0501, line);
        }
    }

    private static void mark(String csv, List<String> tokens, String line) {
        if (!csv.isEmpty()) {
            assertEquals(csv, tokens.remove(0), line);
        }
    }

    @Test
    void theMapPageColoursTheZonesInTheWindowsClassesWithItsKeyScaleNorthAndCredits() throws Exception {
        Kpi property = kpi("map", "2019-01-01", "2019-03-31", "--layer", "districts", "--category", "property");
        String map = pageWith(property.pdf(), "Map: incidents in the period by zone of layer districts: Whole area");
        assertTrue(map.contains("Period 2019-01-01 .. 2019-03-31 (90 days)"), map);
        assertTrue(map.contains("categories: property"), map);
        // the window's classes (ui.map.ColourScale, quantiles of the zones' counts) and their labels
        double[] counts = property.table("zones").values().stream()
                .mapToDouble(z -> Double.parseDouble(z.get("period")))
                .toArray();
        ColourScale window = ColourScale.quantiles("Incidents", counts, ColourScale.YL_OR_RD, false, false);
        assertEquals(5, window.colours().length, "22 districts make five classes");
        for (int i = 0; i < window.colours().length; i++) {
            assertTrue(map.contains(window.classLabel(i)), window.classLabel(i) + " in\n" + map);
        }
        assertTrue(map.matches("(?s).*\\b\\d+ km\\b.*"), "a scale bar in km over the city: " + map);
        assertTrue(map.contains("police_districts.geojson"), "the boundaries credited: " + map);
        assertTrue(map.contains("crimes_2017_2019_sample25k.csv.gz"), "the incidents credited: " + map);
    }

    /** The text of the first page of {@code pdf} that contains {@code marker}. */
    private static String pageWith(Path pdf, String marker) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                String page = s.getText(doc);
                if (page.contains(marker)) {
                    return page;
                }
            }
        }
        throw new AssertionError("no page of " + pdf + " has '" + marker + "'");
    }

    @Test
    void firstPageAloneIsTheWholeReportsFirstPage() throws Exception {
        Path pdf = dir.resolve("preview-whole.pdf");
        try (Store s = Store.open(Path.of(store))) {
            KpiReport report = KpiReport.of(s, q1ByDistrict(), Instant.parse("2026-12-07T08:00:00Z"));
            KpiPdf.write(report, KpiPdf.Paper.A4, ReportLanguage.EN, pdf);
            try (PDDocument whole = Loader.loadPDF(pdf.toFile());
                    PDDocument first = KpiPdf.firstPage(report, KpiPdf.Paper.A4, ReportLanguage.EN)) {
                assertTrue(whole.getNumberOfPages() > 1, "the report has more pages than its first");
                assertEquals(1, first.getNumberOfPages());
                PDFTextStripper page1 = new PDFTextStripper();
                page1.setEndPage(1);
                String firstText = new PDFTextStripper().getText(first);
                assertEquals(page1.getText(whole), firstText);
                assertTrue(firstText.contains("page 1 of " + whole.getNumberOfPages()), firstText);
            }
        }
    }

    @Test
    void aCancelledReportStopsBetweenItsQueriesAndWritesNoFile() {
        List<String> tasks = new ArrayList<>();
        ProgressListener cancelAfterTwo = new ProgressListener() {
            @Override
            public void update(Progress progress) {
                assertEquals(KpiCounts.STEPS.size(), progress.total());
                tasks.add(progress.task());
            }

            @Override
            public boolean isCancelled() {
                return tasks.size() == 2;
            }
        };
        try (Store s = Store.open(Path.of(store))) {
            assertThrows(
                    CancelledException.class, () -> KpiReport.of(s, q1ByDistrict(), Instant.now(), cancelAfterTwo));
            assertEquals(2, tasks.size(), tasks.toString());

            List<String> all = new ArrayList<>();
            KpiReport report = KpiReport.of(s, q1ByDistrict(), Instant.now(), p -> all.add(p.task()));
            assertEquals(KpiCounts.STEPS.size(), all.size(), all.toString());

            Path pdf = dir.resolve("cancelled.pdf");
            ProgressListener cancelled = new ProgressListener() {
                @Override
                public void update(Progress progress) {}

                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            assertThrows(
                    CancelledException.class,
                    () -> KpiPdf.write(report, KpiPdf.Paper.A4, ReportLanguage.EN, pdf, cancelled));
            assertFalse(Files.exists(pdf), "a cancelled report leaves no file");
        }
    }

    private static KpiRequest q1ByDistrict() {
        return new KpiRequest(
                ReportScope.wholeArea(),
                new ReportPeriod(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31)),
                "districts",
                List.of(),
                ZoneOrder.CODE);
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            return s.getText(doc).replaceAll(" +", " ");
        }
    }

    /** A CSV of the report (no quoted fields in these) by its first column. */
    private static Map<String, Map<String, String>> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] head = lines.get(0).split(",", -1);
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            assertFalse(l.contains("\""), l);
            String[] f = l.split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < head.length; i++) {
                row.put(head[i], f[i]);
            }
            out.put(f[0], row);
        }
        return out;
    }

    /** The second column of a two-column CSV. */
    private static List<Long> column(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .skip(1)
                .map(l -> Long.parseLong(l.split(",")[1]))
                .toList();
    }

    private static List<Long> longs(JsonNode array) {
        assertNotNull(array);
        List<Long> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asLong()));
        return out;
    }

    private static Set<String> codes(Path geojson, String field) throws IOException {
        Set<String> out = new TreeSet<>();
        for (JsonNode f : JSON.readTree(geojson.toFile()).get("features")) {
            out.add(f.at("/properties/" + field).asText());
        }
        return out;
    }
}
