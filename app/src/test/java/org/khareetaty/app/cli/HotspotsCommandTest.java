package org.khareetaty.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.etl.ImportOptions;
import org.khareetaty.core.etl.Importer;
import org.khareetaty.core.hotspot.HotspotFinder;
import org.khareetaty.core.hotspot.HotspotParameters;
import org.khareetaty.core.hotspot.HotspotRun;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;
import org.khareetaty.core.testing.StoreQueries;
import org.khareetaty.geo.BoundaryLoader;
import org.khareetaty.geo.LayerSpec;

/** {@code khareetaty hotspots} per police district on the real 148,636 aggravated assaults. */
class HotspotsCommandTest {
    @TempDir
    static Path dir;

    static Path storeDir;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void loadDistrictsAndImportAssaults() {
        Path districts = SharedData.file("chicago/police_districts.geojson");
        Path assaults = SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz");
        storeDir = dir.resolve("store");
        try (Store store = Store.open(storeDir)) {
            new BoundaryLoader()
                    .load(
                            store,
                            districts,
                            new LayerSpec("districts", "dist_num", "dist_label", null, true),
                            ProgressListener.NONE);
            new Importer(store).importFile(assaults, ImportOptions.defaults(), ProgressListener.NONE);
        }
    }

    /** Runs {@code khareetaty hotspots ARGS} in-process. */
    static Cli.Run hotspots(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "hotspots";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.run(all);
    }

    @Test
    void perDistrictHotspotsStayInTheirDistrictAndAccountForEveryIncidentOfIt() throws Exception {
        Cli.Run run = hotspots(
                "--store", storeDir.toString(), "--eps-m", "150", "--min-pts", "20", "--per", "districts", "--json");
        assertEquals(0, run.exit(), run.out() + run.err());
        JsonNode json = JSON.readTree(run.out());
        assertEquals("districts", json.get("per_layer").asText());

        try (Store store = Store.open(storeDir)) {
            Map<Long, String> zoneOf = new HashMap<>();
            for (List<String> r : StoreQueries.rows(
                    store, "SELECT id, zone_districts FROM incidents WHERE zone_districts IS NOT NULL")) {
                zoneOf.put(Long.parseLong(r.get(0)), r.get(1));
            }
            assertEquals(zoneOf.size(), json.get("points").asLong());
            assertTrue(json.get("clusters").asInt() > 50, "hotspots: " + json.get("clusters"));

            // the same run through the API tells which hotspot every incident is in
            Map<Integer, String> hotspotZone = new HashMap<>();
            json.get("hotspots")
                    .forEach(h ->
                            hotspotZone.put(h.get("id").asInt(), h.get("zone").asText()));
            Map<String, Long> clustered = new HashMap<>();
            Map<String, Long> noise = new HashMap<>();
            Map<Integer, Long> members = new HashMap<>();
            HotspotRun api = new HotspotFinder(store)
                    .find(
                            new HotspotParameters(150, 20, "districts", List.of(), null, null),
                            ProgressListener.NONE,
                            (incident, hotspot) -> {
                                String zone = zoneOf.get(incident);
                                if (hotspot == 0) {
                                    noise.merge(zone, 1L, Long::sum);
                                } else {
                                    assertEquals(
                                            hotspotZone.get(hotspot),
                                            zone,
                                            "incident " + incident + " of hotspot " + hotspot);
                                    clustered.merge(zone, 1L, Long::sum);
                                    members.merge(hotspot, 1L, Long::sum);
                                }
                            });
            assertEquals(json.get("clusters").asInt(), api.hotspots().size());
            json.get("hotspots")
                    .forEach(h -> assertEquals(
                            h.get("count").asLong(), members.get(h.get("id").asInt())));

            Map<String, Long> perZoneFromCli = new HashMap<>();
            json.get("hotspots")
                    .forEach(h -> perZoneFromCli.merge(
                            h.get("zone").asText(), h.get("count").asLong(), Long::sum));
            Map<String, Long> incidentsPerZone = new HashMap<>();
            zoneOf.values().forEach(z -> incidentsPerZone.merge(z, 1L, Long::sum));
            assertTrue(incidentsPerZone.size() >= 20, "districts with incidents: " + incidentsPerZone.size());
            long noiseTotal = 0;
            for (var e : incidentsPerZone.entrySet()) {
                long c = perZoneFromCli.getOrDefault(e.getKey(), 0L);
                long n = noise.getOrDefault(e.getKey(), 0L);
                assertEquals(c, clustered.getOrDefault(e.getKey(), 0L), "district " + e.getKey());
                assertEquals(e.getValue(), c + n, "district " + e.getKey() + ": clustered + noise = its incidents");
                noiseTotal += n;
            }
            assertEquals(json.get("noise").asLong(), noiseTotal);
        }
    }

    @Test
    void printsATableAndReopensAStoredRun() throws Exception {
        Cli.Run run = hotspots(
                "--store",
                storeDir.toString(),
                "--eps-m",
                "300",
                "--min-pts",
                "40",
                "--from",
                "2019-01-01",
                "--to",
                "2019-12-31",
                "--category",
                "violent",
                "-q");
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("dominant offense") && run.out().contains("AGGRAVATED ASSAULT"), run.out());
        JsonNode runs = JSON.readTree(
                hotspots("--store", storeDir.toString(), "--list", "--json").out());
        long id = runs.get(0).get("run").asLong();
        assertEquals("2019-01-01", runs.get(0).get("from").asText());
        JsonNode reopened =
                JSON.readTree(hotspots("--store", storeDir.toString(), "--show", Long.toString(id), "--json")
                        .out());
        assertEquals(
                runs.get(0).get("clusters").asInt(), reopened.get("hotspots").size());
        assertEquals(
                "Polygon",
                reopened.get("hotspots").get(0).get("hull").get("type").asText());
    }

    @Test
    void rejectsAnUnknownLayerAndANonPositiveEpsWithAClearMessage() {
        Cli.Run layer = hotspots("--store", storeDir.toString(), "--eps-m", "150", "--min-pts", "20", "--per", "beats");
        assertNotEquals(0, layer.exit());
        assertTrue(
                layer.err().contains("no boundary layer 'beats'") && layer.err().contains("districts"), layer.err());
        Cli.Run eps = hotspots("--store", storeDir.toString(), "--eps-m", "0", "--min-pts", "20");
        assertNotEquals(0, eps.exit());
        assertTrue(eps.err().contains("eps must be a distance in metres greater than 0"), eps.err());
    }
}
