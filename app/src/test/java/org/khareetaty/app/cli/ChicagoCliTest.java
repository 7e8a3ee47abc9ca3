package org.khareetaty.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.store.IncidentsInBox;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;
import org.locationtech.jts.geom.Envelope;

/**
 * The real Chicago files through the command line, into a store with the police beats (primary:
 * the study area), districts and community areas, as an analyst would run them.
 */
class ChicagoCliTest {
    @TempDir
    static Path dir;

    static String store;
    static JsonNode sample;
    static JsonNode assaults;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void loadAndImport() throws Exception {
        store = dir.resolve("store").toString();
        ChicagoLayers.load(store, ChicagoLayers.BEATS, ChicagoLayers.DISTRICTS, ChicagoLayers.COMMUNITY_AREAS);
        sample = JSON.readTree(ok(
                "import",
                "--store",
                store,
                "--json",
                "-q",
                SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz").toString()));
        assaults = JSON.readTree(ok(
                "import",
                "--store",
                store,
                "--json",
                "-q",
                SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz").toString()));
    }

    static String ok(String... args) {
        Cli.Run r = Cli.run(args);
        assertEquals(0, r.exit(), () -> String.join(" ", args) + "\n" + r.out() + r.err());
        return r.out();
    }

    @Test
    void printsTheImportJsonWithTheAccountingIdentity() {
        for (JsonNode r : List.of(sample, assaults)) {
            Set<String> keys = new TreeSet<>();
            r.fieldNames().forEachRemaining(keys::add);
            assertTrue(
                    keys.containsAll(Set.of(
                            "file",
                            "profile",
                            "read",
                            "loaded",
                            "rejected",
                            "duplicates",
                            "rejected_by_reason",
                            "seconds",
                            "rows_per_second")),
                    keys.toString());
            assertEquals(
                    r.get("read").asLong(),
                    r.get("loaded").asLong()
                            + r.get("rejected").asLong()
                            + r.get("duplicates").asLong());
            long byReason = 0;
            for (JsonNode n : r.get("rejected_by_reason")) {
                byReason += n.asLong();
            }
            assertEquals(r.get("rejected").asLong(), byReason);
        }
        assertEquals(25_000, sample.get("read").asLong());
        assertEquals(148_636, assaults.get("read").asLong());
        assertEquals("chicago-portal", sample.get("profile").asText());
        assertEquals("codb", assaults.get("profile").asText());
    }

    @Test
    void placesAKnownIncidentInItsDistrictAndCommunityAreaAndFlagsItsOutdatedBeat() throws Exception {
        // JC318989: theft at 037XX N HALSTED ST (Lakeview); the portal says district 19, community area 6 and beat
        // 1923, but on the current beat map the point lies in beat 1925: loaded, and flagged
        try (Store s = Store.open(Path.of(store));
                Connection c = s.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT zone_districts, zone_beats, zone_community_areas, zone_mismatch "
                        + "FROM incidents WHERE case_number = 'JC318989'")) {
            assertTrue(rs.next());
            assertEquals("19", rs.getString(1));
            assertEquals("1925", rs.getString(2));
            assertEquals("6", rs.getString(3));
            assertEquals("beats: source 1923, map 1925", rs.getString(4));
        }
    }

    @Test
    void rejectsOnlyPointsThatLieOutsideEveryBeat() throws Exception {
        try (Store s = Store.open(Path.of(store));
                Connection c = s.connect();
                Statement st = c.createStatement()) {
            ResultSet loadedOutside = st.executeQuery("SELECT COUNT(*) FROM incidents WHERE zone_beats IS NULL");
            loadedOutside.next();
            assertEquals(0, loadedOutside.getLong(1), "every loaded incident lies in a beat");
            // each rejected point, checked independently with H2GIS against the beat polygons
            List<double[]> points = new java.util.ArrayList<>();
            ResultSet rejected =
                    st.executeQuery("SELECT r.raw_text FROM rejected_rows r JOIN imports i ON i.id = r.import_id "
                            + "WHERE i.profile = 'codb' AND r.reason = 'outside_study_area'");
            while (rejected.next()) {
                String[] f = rejected.getString(1).split(",");
                points.add(new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])});
            }
            // issue 13 item 6: the file's points just outside the beats (within 25 m) are kept and flagged
            List<double[]> snapped = new java.util.ArrayList<>();
            ResultSet kept = st.executeQuery("SELECT lon, lat FROM incidents WHERE source = 'codb' "
                    + "AND place_flag LIKE '% m outside the study area (layer beats)%'");
            while (kept.next()) {
                snapped.add(new double[] {kept.getDouble(1), kept.getDouble(2)});
            }
            assertTrue(
                    points.size() + snapped.size() > 0,
                    "the aggravated-assault file has points outside the city's beats");
            try (var ps = c.prepareStatement("SELECT COUNT(*), MIN(ST_Distance(geom, ST_SetSRID(ST_MakePoint(?, ?), "
                    + "4326))) FROM boundaries WHERE layer = 'beats' AND ST_DWithin(geom, "
                    + "ST_SetSRID(ST_MakePoint(?, ?), 4326), 0.001)")) {
                for (double[] p : snapped) {
                    ps.setDouble(1, p[0]);
                    ps.setDouble(2, p[1]);
                    ps.setDouble(3, p[0]);
                    ps.setDouble(4, p[1]);
                    try (ResultSet near = ps.executeQuery()) {
                        near.next();
                        // 25 m is 0.000302 degrees of longitude at 41.6 N, the city's south end, and less of latitude
                        double degrees = near.getDouble(2);
                        assertTrue(
                                degrees > 0 && degrees <= 0.000303,
                                "kept point " + p[0] + ", " + p[1] + " lies just outside a beat: " + degrees);
                    }
                }
            }
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM boundaries WHERE layer = 'beats' "
                    + "AND ST_Covers(geom, ST_SetSRID(ST_MakePoint(?, ?), 4326))")) {
                for (double[] p : points) {
                    ps.setDouble(1, p[0]);
                    ps.setDouble(2, p[1]);
                    try (ResultSet inside = ps.executeQuery()) {
                        inside.next();
                        assertEquals(
                                0, inside.getLong(1), () -> "rejected point " + p[0] + ", " + p[1] + " lies in a beat");
                    }
                }
            }
        }
    }

    @Test
    void flagsIncidentsWhoseOwnDistrictDisagreesWithTheMap() throws Exception {
        try (Store s = Store.open(Path.of(store));
                Connection c = s.connect();
                Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery(
                    "SELECT COUNT(*) FROM incidents WHERE source = 'codb' AND zone_mismatch LIKE 'districts:%' ");
            rs.next();
            long flagged = rs.getLong(1);
            ResultSet independent = st.executeQuery(
                    "SELECT COUNT(*) FROM incidents WHERE source = 'codb' AND claimed_zones IS NOT NULL "
                            + "AND CAST(SUBSTRING(claimed_zones, 10) AS INT) IS DISTINCT FROM CAST(zone_districts AS INT)");
            independent.next();
            assertEquals(independent.getLong(1), flagged);
            assertTrue(flagged > 0);
            assertEquals(flagged, assaults.get("zone_mismatches").asLong());
        }
    }

    @Test
    void countsRepeatedAssaultRecordsAsDuplicates() throws Exception {
        // the same time, place and offense recorded twice: counted once, the rest as duplicates; rows rejected
        // for their place are rejected every time they appear, so their repeats are not duplicates
        Set<Long> rejectedLines = new java.util.HashSet<>();
        try (Store s = Store.open(Path.of(store));
                Connection c = s.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT r.line_number FROM rejected_rows r JOIN imports i ON i.id = r.import_id "
                                + "WHERE i.profile = 'codb'")) {
            while (rs.next()) {
                rejectedLines.add(rs.getLong(1));
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(
                        Files.newInputStream(SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz"))),
                StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            long lineNumber = 1;
            while ((line = r.readLine()) != null) {
                if (rejectedLines.contains(++lineNumber)) {
                    continue;
                }
                String[] f = line.split(",");
                // no record id: the same time, point and kind of place (loc_cat) is the same record
                seen.merge(
                        f[0] + "|" + f[1] + "|" + Double.parseDouble(f[2]) + "|" + Double.parseDouble(f[3]),
                        1,
                        Integer::sum);
            }
        }
        long repeats = seen.values().stream().mapToLong(n -> n - 1).sum();
        assertEquals(repeats, assaults.get("duplicates").asLong());
    }

    @Test
    void findsTheLoopThroughTheSpatialIndex() throws Exception {
        Envelope loop = new Envelope(-87.6345, -87.6205, 41.8755, 41.8865);
        try (Store s = Store.open(Path.of(store));
                Connection c = s.connect();
                Statement st = c.createStatement()) {
            long viaIndex = IncidentsInBox.count(c, loop);
            ResultSet scan = st.executeQuery(
                    "SELECT COUNT(*) FROM incidents WHERE lon BETWEEN -87.6345 AND -87.6205 AND lat BETWEEN 41.8755 AND 41.8865");
            scan.next();
            assertEquals(scan.getLong(1), viaIndex);
            assertTrue(viaIndex > 100, "the Loop is busy");
            ResultSet plan = st.executeQuery(
                    "EXPLAIN " + IncidentsInBox.select("i.id", 2).replace("?", "0"));
            plan.next();
            assertTrue(plan.getString(1).contains("INCIDENTS_H3_R10"), plan.getString(1));
        }
    }

    @Test
    void reportsStatsPerLayerAndExportsRejectedRows() throws Exception {
        JsonNode stats = JSON.readTree(ok("stats", "--store", store, "--json"));
        long total = sample.get("loaded").asLong() + assaults.get("loaded").asLong();
        assertEquals(total, stats.get("incidents").asLong());
        long perDistrict = 0;
        for (JsonNode n : stats.get("by_layer").get("districts")) {
            perDistrict += n.asLong();
        }
        assertEquals(total, perDistrict);
        Path csv = dir.resolve("rejected.csv");
        ok("rejected", "export", "--store", store, "--out", csv.toString());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("import_id,file,line_number,reason,message,raw_text", lines.get(0));
        assertEquals(sample.get("rejected").asLong() + assaults.get("rejected").asLong(), lines.size() - 1);
    }

    @Test
    void drillsFromTheCityToMicroBlocksWithTheChildrenSummingToTheirCell() throws Exception {
        JsonNode city = JSON.readTree(ok("drill", "--store", store, "--res", "6", "--json"));
        long total = sample.get("loaded").asLong() + assaults.get("loaded").asLong();
        assertEquals(total, city.get("total").asLong());
        long sum = 0;
        for (JsonNode c : city.get("cells")) {
            sum += c.get("count").asLong();
        }
        assertEquals(total, sum, "r6 cells cover every incident");
        JsonNode parent = city.get("cells").get(0);
        for (int res = 7; res <= 10; res++) {
            JsonNode children = JSON.readTree(
                    ok("drill", "--store", store, "--cell", parent.get("cell").asText(), "--all", "--json"));
            assertEquals(res, children.get("resolution").asInt());
            assertEquals(
                    parent.get("count").asLong(), children.get("total").asLong(), "children of " + parent.get("cell"));
            long childSum = 0;
            for (JsonNode c : children.get("cells")) {
                childSum += c.get("count").asLong();
            }
            assertEquals(parent.get("count").asLong(), childSum);
            assertEquals(res - 5, children.get("breadcrumbs").size(), "whole area plus one crumb per level above");
            parent = children.get("cells").get(0);
        }
        assertTrue(
                parent.get("label").asText().contains("Street-scale / "),
                parent.get("label").asText());
    }

    @Test
    void findsTheLoopAmongTheBusiestCellsAndLabelsItDistrictOne() throws Exception {
        String loop = Long.toHexString(org.khareetaty.core.geo.H3Cells.h3().latLngToCell(41.8818, -87.6278, 8));
        JsonNode r8 = JSON.readTree(ok("drill", "--store", store, "--res", "8", "--json"));
        int rank = -1;
        for (int i = 0; i < r8.get("cells").size(); i++) {
            if (r8.get("cells").get(i).get("cell").asText().equals(loop)) {
                rank = i;
                assertTrue(
                        r8.get("cells").get(i).get("label").asText().startsWith("Beat 01"),
                        r8.get("cells").get(i).toString());
                assertTrue(
                        r8.get("cells").get(i).get("label").asText().contains(" / District 1 / "),
                        r8.get("cells").get(i).toString());
            }
        }
        assertTrue(rank >= 0 && rank < 15, "the Loop's r8 cell ranks " + rank);
    }

    @Test
    void boundsEveryArrestRateByItsWilsonInterval() throws Exception {
        JsonNode r7 = JSON.readTree(ok("drill", "--store", store, "--res", "7", "--json"));
        int rated = 0;
        for (JsonNode c : r7.get("cells")) {
            if (c.get("arrest_rate").isNull()) {
                assertEquals(
                        c.get("count").asLong() < 10, c.get("low_confidence").asBoolean(), "no arrest data: " + c);
                continue;
            }
            rated++;
            double rate = c.get("arrest_rate").asDouble();
            double lo = c.get("arrest_rate_ci").get(0).asDouble();
            double hi = c.get("arrest_rate_ci").get(1).asDouble();
            assertTrue(0 <= lo && lo <= rate && rate <= hi && hi <= 1, c.toString());
            assertEquals(
                    c.get("count").asLong() < 10 || hi - lo > 0.4,
                    c.get("low_confidence").asBoolean(),
                    c.toString());
        }
        assertTrue(rated > 10, "the portal sample's cells carry arrest rates");
    }

    @Test
    void comparesAYearWithTheYearBeforeForAFilteredCategory() throws Exception {
        JsonNode d = JSON.readTree(ok(
                "drill",
                "--store",
                store,
                "--from",
                "2018-01-01",
                "--to",
                "2018-12-31",
                "--category",
                "violent",
                "--json"));
        try (Store s = Store.open(Path.of(store));
                Connection c = s.connect();
                Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery(
                    "SELECT SUM(CASE WHEN YEAR(local_date) = 2018 AND category = 'violent' THEN 1 ELSE 0 END), "
                            + "SUM(CASE WHEN YEAR(local_date) = 2017 AND category = 'violent' THEN 1 ELSE 0 END), "
                            + "SUM(CASE WHEN YEAR(local_date) = 2018 THEN 1 ELSE 0 END) FROM incidents");
            rs.next();
            JsonNode k = d.get("kpis");
            assertEquals(rs.getLong(1), k.get("total").asLong());
            assertEquals(rs.getLong(2), k.get("previous_total").asLong(), "2017 has 365 days, as 2018");
            assertEquals(
                    (double) rs.getLong(1) / rs.getLong(3), k.get("focus_share").asDouble(), 1e-9);
            assertEquals(
                    (double) (rs.getLong(1) - rs.getLong(2)) / rs.getLong(2),
                    k.get("change").asDouble(),
                    1e-9);
        }
    }

    @Test
    void quickHitsQuoteOnlyNumbersTheScopeGives() throws Exception {
        JsonNode d =
                JSON.readTree(ok("drill", "--store", store, "--from", "2018-01-01", "--to", "2018-06-30", "--json"));
        JsonNode k = d.get("kpis");
        JsonNode p = d.get("profiles");
        long total = k.get("total").asLong();
        List<String> hits = new java.util.ArrayList<>();
        d.get("quick_hits").forEach(h -> hits.add(h.asText()));
        // three to five sentences, and one more when the range's last day has a spike (a warning says so)
        int spike = warnings(d).contains("Spike in ") ? 1 : 0;
        assertTrue(hits.size() >= 3 && hits.size() <= 5 + spike, hits.toString());
        assertTrue(
                hits.get(0)
                        .startsWith(String.format(
                                java.util.Locale.ROOT,
                                "%,d incidents in the whole area from 2018-01-01 to 2018-06-30",
                                total)),
                hits.get(0));
        assertTrue(
                hits.get(0)
                        .contains(String.format(
                                java.util.Locale.ROOT,
                                "the previous 181 days (%,d)",
                                k.get("previous_total").asLong())),
                hits.get(0));
        long pct = Math.round(Math.abs(k.get("change").asDouble()) * 100);
        assertTrue(hits.get(0).contains((k.get("change").asDouble() > 0 ? "up " : "down ") + pct + "%"), hits.get(0));
        JsonNode top = d.get("cells").get(0);
        assertEquals(
                String.format(
                        java.util.Locale.ROOT,
                        "The busiest cell, %s, holds %,d of them (%d%%).",
                        top.get("label").asText(),
                        top.get("count").asLong(),
                        Math.round(100.0 * top.get("count").asLong() / total)),
                hits.get(1));
        Map<String, Long> byCategory = new java.util.TreeMap<>();
        p.get("offense_mix")
                .forEach(day -> day.fields()
                        .forEachRemaining(
                                e -> byCategory.merge(e.getKey(), e.getValue().asLong(), Long::sum)));
        var largest =
                byCategory.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        assertTrue(
                hits.get(2)
                        .contains(String.format(
                                java.util.Locale.ROOT,
                                "%,d incidents (%d%%)",
                                largest.getValue(),
                                Math.round(100.0 * largest.getValue() / total))),
                hits.get(2));
        // the share is of the incidents with a time of day: the real files' placeholder times are left out
        long dateOnly = p.get("date_only").asLong();
        long timed = total - dateOnly;
        assertTrue(dateOnly > 0, "the Chicago files write 00:01 for an unknown time");
        long best = -1;
        String window = null;
        String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
        for (int wd = 0; wd < 7; wd++) {
            for (int h = 0; h <= 20; h++) {
                long sum = 0;
                for (int i = h; i < h + 4; i++) {
                    sum += p.get("hour_of_day_by_day_of_week").get(wd).get(i).asLong();
                }
                if (sum > best) {
                    best = sum;
                    window = String.format(
                            java.util.Locale.ROOT,
                            "%d%% of the %,d with a time of day fall on %ss %02d:00-%02d:00",
                            Math.round(100.0 * sum / timed),
                            timed,
                            days[wd],
                            h,
                            h + 4);
                }
            }
        }
        assertTrue(hits.get(3).startsWith(window), hits.get(3) + " vs " + window);
        assertTrue(
                hits.get(3)
                        .endsWith(String.format(java.util.Locale.ROOT, "(%,d with a date only left out).", dateOnly)),
                hits.get(3));
        long arrest = p.get("arrests").get("arrest").asLong();
        long recorded = arrest + p.get("arrests").get("no_arrest").asLong();
        assertEquals(
                String.format(
                        java.util.Locale.ROOT,
                        "An arrest was made in %d%% of the %,d incidents whose record says.",
                        Math.round(100.0 * arrest / recorded),
                        recorded),
                hits.get(4));
        long hours = 0;
        long weekdays = 0;
        for (int i = 0; i < 24; i++) {
            hours += p.get("hour_of_day").get(i).asLong();
        }
        for (int i = 0; i < 7; i++) {
            weekdays += p.get("day_of_week").get(i).asLong();
        }
        assertEquals(total - dateOnly, hours, "the hours leave the date-only incidents out");
        assertEquals(total, weekdays);
        assertEquals(total, recorded + p.get("arrests").get("unknown").asLong());
        assertTrue(p.get("signature_blocks").size() > 0
                && p.get("signature_blocks").get(0).get("incidents").asLong() > 1);
    }

    @Test
    void warnsOfGapsSparseCellsADominantSourceAndZoneDisagreements() throws Exception {
        JsonNode gap =
                JSON.readTree(ok("drill", "--store", store, "--from", "2019-12-01", "--to", "2020-01-31", "--json"));
        JsonNode all = JSON.readTree(ok("drill", "--store", store, "--res", "10", "--all", "--json"));
        try (Store s = Store.open(Path.of(store));
                Connection c = s.connect();
                Statement st = c.createStatement()) {
            ResultSet days = st.executeQuery(
                    "SELECT COUNT(DISTINCT local_date) FROM incidents WHERE local_date BETWEEN '2019-12-01' AND '2020-01-31'");
            days.next();
            assertTrue(
                    warnings(gap)
                            .contains(String.format(
                                    java.util.Locale.ROOT,
                                    "%d of 62 days in the range have no incidents (first: 2020-01-01).",
                                    62 - days.getLong(1))),
                    warnings(gap));
            ResultSet m = st.executeQuery(
                    "SELECT COUNT(zone_mismatch), COUNT(*), SUM(CASE WHEN source = 'codb' THEN 1 ELSE 0 END) FROM incidents");
            m.next();
            long total = m.getLong(2);
            assertTrue(
                    warnings(all)
                            .contains(String.format(
                                    java.util.Locale.ROOT,
                                    "%,d incidents (%d%%) state a district",
                                    m.getLong(1),
                                    Math.round(100.0 * m.getLong(1) / total))),
                    warnings(all));
            assertTrue(
                    warnings(all)
                            .contains(String.format(
                                    java.util.Locale.ROOT,
                                    "One source dominates: codb holds %d%%",
                                    Math.round(100.0 * m.getLong(3) / total))),
                    warnings(all));
        }
        long sparse = 0;
        for (JsonNode cell : all.get("cells")) {
            sparse += cell.get("count").asLong() < 10 ? 1 : 0;
        }
        assertTrue(sparse * 2 > all.get("cells").size());
        assertTrue(
                warnings(all)
                        .contains(String.format(
                                java.util.Locale.ROOT,
                                "Too sparse to read at r10: %d of %d cells",
                                sparse,
                                all.get("cells").size())),
                warnings(all));
        JsonNode year =
                JSON.readTree(ok("drill", "--store", store, "--from", "2018-01-01", "--to", "2018-12-31", "--json"));
        assertTrue(
                !warnings(year).contains("have no incidents") && !warnings(year).contains("Too sparse"),
                warnings(year));
    }

    private static String warnings(JsonNode drill) {
        StringBuilder s = new StringBuilder();
        drill.get("warnings").forEach(w -> s.append(w.asText()).append('\n'));
        return s.toString();
    }

    @Test
    void namesTheFileWhenItCannotBeImported() {
        Cli.Run r = Cli.run("import", "--store", store, dir.resolve("nope.csv").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("nope.csv") && r.err().contains("no such file"), r.err());
    }

    @Test
    void everySubcommandHasHelp() {
        for (String[] cmd : List.of(
                new String[] {"import"},
                new String[] {"boundaries", "load"},
                new String[] {"boundaries", "list"},
                new String[] {"stats"},
                new String[] {"rejected", "export"},
                new String[] {"demo"},
                new String[] {"drill"},
                new String[] {"aggregates", "refresh"},
                new String[] {"gistar"},
                new String[] {"hotspots"})) {
            String[] args = java.util.Arrays.copyOf(cmd, cmd.length + 1);
            args[cmd.length] = "--help";
            Cli.Run r = Cli.run(args);
            assertEquals(0, r.exit(), String.join(" ", args));
            assertTrue(r.out().contains("Usage: khareetaty " + String.join(" ", cmd)), r.out());
        }
    }
}
