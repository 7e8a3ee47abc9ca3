package org.khareetaty.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.alert.AlertDecision;
import org.khareetaty.core.alert.AlertEngine;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.geo.GreatCircle;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;

/**
 * The {@code alerts} commands on a store with Kuwait's real governorates, the hand-made test sites
 * around Safat, and alerts the engine raised from a short stream of events.
 */
class AlertsCliTest {
    @TempDir
    static Path dir;

    static String store;
    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant T0 = Instant.parse("2025-03-01T18:00:00Z");
    static final List<AlertDecision> DECISIONS = new ArrayList<>();

    static Event event(
            long seq,
            String id,
            EventSource source,
            String type,
            double minutes,
            double northM,
            double eastM,
            double c) {
        Instant at = T0.plusSeconds((long) (minutes * 60));
        double lat = 29.3759 + northM / GreatCircle.METRES_PER_DEGREE;
        double lon = 47.9774 + eastM / (GreatCircle.METRES_PER_DEGREE * Math.cos(Math.toRadians(lat)));
        return new Event(id, seq, source, type, at, at, lat, lon, c, null, Map.of());
    }

    /** A test file of core-analytics' test resources (in its test jar), copied out as a file. */
    static Path resource(String name) throws Exception {
        Path f = dir.resolve(name);
        if (!Files.exists(f)) {
            try (var in = AlertsCliTest.class.getResourceAsStream("/org/khareetaty/core/alert/" + name)) {
                Files.copy(in, f);
            }
        }
        return f;
    }

    @BeforeAll
    static void raiseAlerts() throws Exception {
        store = dir.resolve("store").toString();
        ok(
                "boundaries",
                "load",
                "--store",
                store,
                "--layer",
                "governorates",
                "--code-field",
                "iso_3166_2",
                "--name-field",
                "name_en",
                SharedData.file("kuwait/governorates_naturalearth.geojson").toString());
        ok(
                "alerts",
                "sites",
                "load",
                "--store",
                store,
                "--kind-field",
                "kind",
                "--name-field",
                "name",
                resource("test-sites.geojson").toString());
        ok(
                "alerts",
                "geofence",
                "add",
                "west-square",
                "--store",
                store,
                "--file",
                resource("test-geofence.geojson").toString(),
                "--rule",
                "any");
        DECISIONS.addAll(process(
                store,
                List.of(
                        event(1, "cad-1", EventSource.CAD, "robbery", 0, 900, 0, 0.80),
                        event(2, "gs-1", EventSource.GUNSHOT_SENSOR, "gunshot", 2, 950, 0, 0.70),
                        event(3, "cr-1", EventSource.CITIZEN_REPORT, "theft", 3, -3000, 3000, 0.40),
                        event(4, "cad-2", EventSource.CAD, "theft", 4, 0, -3000, 0.30))));
    }

    /**
     * The decisions of the real alert engine on {@code store} for {@code events}, each processed a second
     * after it occurred, with generous stage budgets: on a loaded build machine the defaults (20 ms) can let
     * events through unscored.
     */
    static List<AlertDecision> process(String store, List<Event> events) throws Exception {
        Files.writeString(Path.of(store, "alerts.toml"), "[budget]\nenrichment_ms = 60000.0\nscoring_ms = 60000.0\n");
        List<AlertDecision> out = new ArrayList<>();
        try (Store s = Store.open(Path.of(store));
                AlertEngine engine = AlertEngine.open(s)) {
            for (Event e : events) {
                out.addAll(engine.process(e, e.occurredAt().plusSeconds(1)));
            }
        }
        return out;
    }

    static String ok(String... args) {
        Cli.Run r = Cli.run(args);
        assertEquals(0, r.exit(), () -> String.join(" ", args) + "\n" + r.out() + r.err());
        return r.out();
    }

    static JsonNode json(String... args) throws Exception {
        return JSON.readTree(ok(args));
    }

    static long alertOf(String kind, String eventId) {
        return DECISIONS.stream()
                .filter(d -> d.kind().wire().equals(kind) && d.eventId().equals(eventId))
                .findFirst()
                .orElseThrow()
                .alertId();
    }

    @Test
    void listShowsTheAlertsHighestPriorityFirst() throws Exception {
        JsonNode list = json("alerts", "list", "--store", store, "--json");
        assertEquals(2, list.size(), list.toString());
        JsonNode top = list.get(0);
        assertEquals("correlated", top.get("type").asText());
        assertEquals("KW-KU", top.get("zone").asText());
        assertEquals(
                List.of("cad", "sensor.gunshot"),
                List.of(
                        top.get("sources").get(0).asText(),
                        top.get("sources").get(1).asText()));
        assertEquals("geofence", list.get(1).get("type").asText());
        String text = ok("alerts", "list", "--store", store);
        assertTrue(text.contains("correlated") && text.contains("gunshot (cad,sensor.gunshot)"), text);
    }

    @Test
    void showExplainsTheScoreTermByTermWithTheEventsBehindIt() throws Exception {
        long id = alertOf("raised", "cad-1");
        JsonNode a = json("alerts", "show", String.valueOf(id), "--store", store, "--json");
        JsonNode terms = a.get("terms");
        double sum = 0.35 * terms.get("severity").asDouble()
                + 0.25 * terms.get("confidence").asDouble()
                + 0.20 * terms.get("corroboration").asDouble()
                + 0.10 * terms.get("urgency").asDouble()
                + 0.10 * terms.get("sensitivity").asDouble();
        assertEquals(a.get("score").asDouble(), sum, 1e-4);
        assertEquals(0.15, terms.get("corroboration").asDouble(), 1e-9);
        assertEquals(0.9, terms.get("sensitivity").asDouble(), 0.01, "cad-1 is 100 m from the test school, gs-1 50 m");
        assertEquals(
                List.of("cad-1", "gs-1"),
                List.of(
                        a.get("events").get(0).get("id").asText(),
                        a.get("events").get(1).get("id").asText()));
        assertEquals("Test school A", a.at("/explanation/trigger/site/name").asText());
        String text = ok("alerts", "show", String.valueOf(id), "--store", store);
        assertTrue(text.contains("threat severity      0.900 x 0.35 = 0.3150"), text);
        assertTrue(text.contains("nearest sensitive site: Test school A (school)"), text);
        Cli.Run missing = Cli.run("alerts", "show", "999", "--store", store);
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("There is no alert 999 in the store"), missing.err());
    }

    @Test
    void theWorkflowMovesForwardWithNotesAndActorsAndRefusesToGoBack() throws Exception {
        long id = alertOf("raised", "cad-2");
        ok("alerts", "ack", String.valueOf(id), "--store", store, "--actor", "amal");
        ok(
                "alerts",
                "note",
                String.valueOf(id),
                "--store",
                store,
                "--note",
                "camera 14 checked: nothing",
                "--actor",
                "amal");
        ok("alerts", "close", String.valueOf(id), "--store", store, "--note", "false alarm", "--actor", "noor");
        Cli.Run back = Cli.run("alerts", "dispatch", String.valueOf(id), "--store", store);
        assertEquals(1, back.exit());
        assertTrue(
                back.err().contains("Alert " + id + " is closed: it cannot be moved to dispatched (closed is final)"),
                back.err());
        JsonNode a = json("alerts", "show", String.valueOf(id), "--store", store, "--json");
        assertEquals("closed", a.get("state").asText());
        assertEquals(2, a.get("notes").size());
        List<String> actions = new ArrayList<>();
        a.get("history")
                .forEach(h -> actions.add(h.get("action").asText() + "/"
                        + h.get("actor").asText() + "/" + h.get("claimed_actor").asText("-")));
        // the actor is the operating-system user; the name given with --actor is recorded beside it
        String user = System.getProperty("user.name");
        assertEquals(
                List.of(
                        "raised/engine/-",
                        "acknowledged/" + user + "/amal",
                        "noted/" + user + "/amal",
                        "closed/" + user + "/noor"),
                actions);
        assertEquals(
                0,
                json("alerts", "list", "--store", store, "--state", "closed", "--json")
                                .get(0)
                                .get("id")
                                .asLong()
                        - id);
    }

    @Test
    void auditListsEveryDecisionAndTheSummaryHasTheFairnessCheck() throws Exception {
        JsonNode suppressed = json("alerts", "audit", "--store", store, "--action", "suppressed", "--json");
        assertEquals(2, suppressed.size(), suppressed.toString());
        assertEquals(
                "anomaly: best source citizen_report 0.40 below 0.70",
                suppressed.get(0).get("reason").asText());
        JsonNode summary = json("alerts", "audit", "--store", store, "--summary", "--json");
        assertTrue(summary.at("/by_action/raised").asLong() >= 2);
        assertEquals(2, summary.at("/suppressed_by_gate/anomaly").asLong());
        assertEquals("governorates", summary.at("/fairness/layer").asText());
        assertTrue(
                summary.at("/fairness/note").asText().contains("the store has no incidents between"),
                "the store holds no incidents of March 2025: " + summary.get("fairness"));
        Cli.Run badSince = Cli.run("alerts", "audit", "--store", store, "--since", "yesterday");
        assertEquals(1, badSince.exit());
        assertTrue(badSince.err().contains("--since 'yesterday' is not a time"), badSince.err());
    }

    @Test
    void theKpiReportCountsThePeriodsAlertsByPriorityAndStateAsTheAlertsList() throws Exception {
        Path csv = dir.resolve("report");
        // alerts are in the period they were raised in, by the wall clock (the engine ran just now)
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        JsonNode report = json(
                "report",
                "kpi",
                "--store",
                store,
                "--from",
                today.minusDays(1).toString(),
                "--to",
                today.plusDays(1).toString(),
                "--csv",
                csv.toString(),
                "--json");
        JsonNode alerts = report.get("alerts");
        JsonNode list = json("alerts", "list", "--store", store, "--limit", "1000", "--json");
        Map<String, Long> byPriority = new java.util.TreeMap<>();
        Map<String, Long> byState = new java.util.TreeMap<>();
        for (JsonNode a : list) {
            byPriority.merge(a.get("priority").asText(), 1L, Long::sum);
            byState.merge(a.get("state").asText(), 1L, Long::sum);
        }
        assertTrue(list.size() > 0, "the stream raised alerts");
        assertEquals(list.size(), alerts.get("raised").asLong(), alerts.toString());
        assertEquals(
                byPriority, JSON.convertValue(alerts.get("by_priority"), new TypeReference<Map<String, Long>>() {}));
        assertEquals(byState, JSON.convertValue(alerts.get("by_state"), new TypeReference<Map<String, Long>>() {}));
        long acted = byState.entrySet().stream()
                .filter(e -> !e.getKey().equals("new"))
                .mapToLong(Map.Entry::getValue)
                .sum();
        assertEquals(acted, alerts.at("/first_action/alerts").asLong(), "every alert moved on from new");
        assertEquals(
                byState.getOrDefault("closed", 0L), alerts.at("/close/alerts").asLong());
        assertTrue(Files.readString(csv.resolve("alerts.csv")).contains("raised," + list.size()));
        // a week before: none
        JsonNode before = json(
                "report",
                "kpi",
                "--store",
                store,
                "--from",
                today.minusDays(9).toString(),
                "--to",
                today.minusDays(7).toString(),
                "--json");
        assertEquals(0, before.at("/alerts/raised").asLong());
    }

    @Test
    void statsShowsEveryStagesLatencyAndTheDecisions() throws Exception {
        JsonNode st = json("alerts", "stats", "--store", store, "--json");
        assertEquals(4, st.get("events").asLong());
        assertEquals(4, st.get("last_seq").asLong());
        for (String stage :
                List.of("enrich", "windows", "correlate", "score", "store", "process", "received_to_decided")) {
            assertEquals(4, st.at("/latency/" + stage + "/count").asLong(), stage);
            assertTrue(st.at("/latency/" + stage + "/p95_ms").asDouble() > 0, stage);
        }
        assertTrue(st.at("/decisions/raised").asLong() >= 2);
        String text = ok("alerts", "stats", "--store", store);
        assertTrue(text.contains("received_to_decided"), text);
    }

    @Test
    void geofencesAndSitesAreListedAndRemovable() throws Exception {
        JsonNode fences = json("alerts", "geofence", "list", "--store", store, "--json");
        assertEquals("west-square", fences.get(0).get("name").asText());
        assertEquals(0.16, fences.get(0).get("area_km2").asDouble(), 0.005, "a 400 m square");
        Cli.Run bad = Cli.run(
                "alerts",
                "geofence",
                "add",
                "x",
                "--store",
                store,
                "--file",
                resource("test-geofence.geojson").toString(),
                "--rule",
                "often");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("geofence rule 'often' is not understood"), bad.err());
        ok(
                "alerts",
                "geofence",
                "add",
                "spare",
                "--store",
                store,
                "--file",
                resource("test-geofence.geojson").toString(),
                "--rule",
                "count:3/15m:gunshot");
        ok("alerts", "geofence", "remove", "spare", "--store", store);
        assertEquals(
                1,
                json("alerts", "geofence", "list", "--store", store, "--json").size());
        JsonNode sites = json("alerts", "sites", "list", "--store", store, "--json");
        assertEquals(3, sites.size());
        Cli.Run line = Cli.run(
                "alerts",
                "sites",
                "load",
                "--store",
                store,
                "--kind",
                "school",
                resource("test-sites-with-a-line.geojson").toString());
        assertEquals(1, line.exit());
        assertTrue(line.err().contains("feature 1 is a LineString"), line.err());
    }

    @Test
    void configPrintsTheFileInForceAndEveryValueAndNamesAnUnknownKey() throws Exception {
        Path other = dir.resolve("config-store");
        JsonNode defaults = json("alerts", "config", "--store", other.toString(), "--json");
        assertTrue(defaults.get("file").isNull());
        assertEquals(0.35, defaults.at("/values/score.weight_severity").asDouble());
        ok("alerts", "config", "--store", other.toString(), "--init");
        assertEquals(
                1,
                Cli.run("alerts", "config", "--store", other.toString(), "--init")
                        .exit(),
                "no overwrite");
        Files.writeString(
                other.resolve("alerts.toml"),
                Files.readString(other.resolve("alerts.toml"))
                        .replace("anomaly_min_confidence = 0.70", "anomaly_min_confidence = 0.75"));
        JsonNode edited = json("alerts", "config", "--store", other.toString(), "--json");
        assertEquals(other.resolve("alerts.toml").toString(), edited.get("file").asText());
        assertEquals(0.75, edited.at("/values/gates.anomaly_min_confidence").asDouble());
        Files.writeString(other.resolve("alerts.toml"), "[windows]\nsesion_gap_minutes = 20\n");
        Cli.Run bad = Cli.run("alerts", "config", "--store", other.toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("unknown key windows.sesion_gap_minutes"), bad.err());
    }

    /**
     * {@code alerts show} of the correlated alert, as JSON and as text, pinned against golden files
     * (the explanation embedded in the JSON keeps its stored shape). Wall-clock times of raising,
     * updating and the history are masked, and so are the local times of the text.
     */
    @Test
    void showPrintsTheAlertAndItsExplanationInTheirPublishedShape() throws Exception {
        String id = String.valueOf(alertOf("raised", "cad-1"));
        String json = ok("alerts", "show", id, "--store", store, "--json")
                .replaceAll("\"(raised_at|updated_at|at)\" : \"[^\"]+\"", "\"$1\" : \"<time>\"");
        String text = ok("alerts", "show", id, "--store", store)
                .replaceAll("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d", "<time>");
        assertEquals(golden("alerts-show.json"), json);
        assertEquals(golden("alerts-show.txt"), text);
    }

    static String golden(String name) throws Exception {
        try (var in = AlertsCliTest.class.getResourceAsStream(name)) {
            assertTrue(in != null, "golden file " + name);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("\n", System.lineSeparator());
        }
    }

    @Test
    void aNoteCannotForgeAnAuditLineNorReachTheTerminalRaw() throws Exception {
        // a store of its own: the shared store's alerts are pinned by golden files
        String own = dir.resolve("note-store").toString();
        Files.createDirectories(Path.of(own));
        Files.writeString(Path.of(own, "alerts.toml"), "[budget]\nenrichment_ms = 60000.0\nscoring_ms = 60000.0\n");
        long id;
        try (Store s = Store.open(Path.of(own));
                AlertEngine engine = AlertEngine.open(s)) {
            Event e = event(1, "cad-9", EventSource.CAD, "robbery", 0, 900, 0, 0.80);
            id = engine.process(e, e.occurredAt().plusSeconds(1)).stream()
                    .filter(d -> d.kind().wire().equals("raised"))
                    .findFirst()
                    .orElseThrow()
                    .alertId();
        }
        String forged = "ok\n2025-03-01 21:00:00  closed       engine   alert " + id + " \u001b[2J\u001b[31mred";
        ok("alerts", "note", String.valueOf(id), "--store", own, "--note", forged);
        for (String out : List.of(
                ok("alerts", "audit", "--store", own, "--action", "noted"),
                ok("alerts", "show", String.valueOf(id), "--store", own))) {
            assertTrue(!out.contains("\u001b") && out.contains("\\x1b[2J\\x1b[31mred"), out);
            assertTrue(out.contains("ok\\n2025-03-01 21:00:00  closed"), out);
            assertTrue(out.lines().noneMatch(l -> l.startsWith("2025-03-01 21:00:00")), out);
        }
    }

    @Test
    void auditVerifyFindsAnEditedEntryAndExitsWithAnInputError() throws Exception {
        String out = ok("alerts", "audit", "verify", "--store", store);
        assertTrue(out.contains("intact: no entry was edited, inserted or deleted"), out);
        assertTrue(out.contains("engine") && out.contains("last hash"), out);
        long edited;
        String reason;
        try (Store s = Store.open(Path.of(store));
                var c = s.connect();
                var st = c.createStatement();
                var rs =
                        st.executeQuery("SELECT id, reason FROM alert_audit WHERE action = 'suppressed' ORDER BY id")) {
            rs.next();
            edited = rs.getLong(1);
            reason = rs.getString(2);
            st.execute("UPDATE alert_audit SET reason = 'shown' WHERE id = " + edited);
        }
        try {
            Cli.Run r = Cli.run("alerts", "audit", "verify", "--store", store);
            assertEquals(1, r.exit(), r.out() + r.err());
            assertTrue(
                    r.out().contains("entry " + edited + " was edited: its content does not give its hash"), r.out());
            assertTrue(
                    r.err().startsWith("error: the audit log of " + store + " was altered: 1 entry does not fit"),
                    r.err());
        } finally {
            try (Store s = Store.open(Path.of(store));
                    var c = s.connect();
                    var ps = c.prepareStatement("UPDATE alert_audit SET reason = ? WHERE id = ?")) {
                ps.setString(1, reason);
                ps.setLong(2, edited);
                ps.executeUpdate();
            }
        }
        assertTrue(ok("alerts", "audit", "verify", "--store", store).contains("intact"));
    }
}
