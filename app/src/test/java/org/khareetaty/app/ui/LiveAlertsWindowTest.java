package org.khareetaty.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.app.ui.alerts.FeedSettings;
import org.khareetaty.app.ui.alerts.PriorityColours;
import org.khareetaty.app.ui.alerts.QueueFilter;
import org.khareetaty.core.alert.Alert;
import org.khareetaty.core.alert.AlertState;
import org.khareetaty.core.alert.Alerts;
import org.khareetaty.core.alert.audit.AuditEntry;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.alert.enrich.SensitiveSites;
import org.khareetaty.core.alert.score.Priority;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.taxonomy.Taxonomy;
import org.khareetaty.core.testing.SharedData;
import org.khareetaty.feed.FeedServer;
import org.khareetaty.feed.FeedServerConfig;
import org.khareetaty.feed.RecordedEvents;
import org.khareetaty.geo.BoundaryLoader;
import org.khareetaty.geo.LayerSpec;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Live alerts panel against a real feed server on 127.0.0.1: a homicide call, a gunshot sensor
 * and a CCTV weapon detection within a minute and 40 m of each other, inside a school's grounds, in
 * Chicago's District 1. The expected priority is computed from the documented score
 * (docs/alerts.md), not observed. The analyst connects through Live feed > Settings, sees the alert
 * arrive in the queue with that priority and colour, reads its explanation, acknowledges it with a
 * note, and the acknowledgement is in the audit log; the feed indicator follows the connection.
 */
class LiveAlertsWindowTest {
    private static final double LAT = 41.8789;
    private static final double LON = -87.6359;
    private static final String TOKEN = "s3cret-test";

    @TempDir
    static Path dir;

    static WindowDriver ui;
    static FeedServer feed;
    static List<Event> events;

    @BeforeAll
    static void storeWithASchoolAndAFeed() throws Exception {
        System.setProperty(
                FeedSettings.TOKEN_FILE_PROPERTY,
                dir.resolve("config/feed-token").toString());
        System.setProperty("khareetaty.prefs", "khareetaty-ui-tests");
        org.khareetaty.app.ui.settings.WindowLayout.root().node("feed").removeNode(); // no URL from an earlier run
        Path store = dir.resolve("store");
        Path school = dir.resolve("school.geojson");
        double d = 0.002;
        Files.writeString(
                school,
                String.format(
                        java.util.Locale.ROOT,
                        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                                + "\"properties\":{\"name\":\"Test school\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],"
                                + "[%f,%f],[%f,%f]]]}}]}",
                        LON - d,
                        LAT - d,
                        LON + d,
                        LAT - d,
                        LON + d,
                        LAT + d,
                        LON - d,
                        LAT + d,
                        LON - d,
                        LAT - d));
        try (Store s = Store.open(store)) {
            new BoundaryLoader()
                    .load(
                            s,
                            SharedData.file("chicago/police_districts.geojson"),
                            new LayerSpec("districts", "dist_num", "dist_label", null, true, null),
                            ProgressListener.NONE);
            new SensitiveSites(s).load(school, null, "name", "school");
            // incidents, so the store opens on its map rather than the welcome page of an empty store
            new org.khareetaty.core.etl.Importer(s)
                    .importFile(
                            SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz"),
                            org.khareetaty.core.etl.ImportOptions.defaults(),
                            ProgressListener.NONE);
        }
        Instant t0 = Instant.now().minus(3, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        events = List.of(
                event("cad-1", 1, EventSource.CAD, "homicide", t0, 0, 0, "dispatcher-2"),
                event(
                        "gs-1",
                        2,
                        EventSource.GUNSHOT_SENSOR,
                        "gunshot",
                        t0.plusSeconds(30),
                        0.0002,
                        0.0002,
                        "gs-array-4"),
                event("cctv-1", 3, EventSource.CCTV, "weapon_detected", t0.plusSeconds(60), -0.0002, 0.0003, "cam-17"));
        feed = FeedServer.start(
                FeedServerConfig.defaults()
                        .withPort(0)
                        .withToken(TOKEN)
                        .withSpeed(0)
                        .withRetime(false)
                        .withWaitForSubscribers(1),
                RecordedEvents.of(events.iterator()));
        ui = WindowDriver.open(store, true);
    }

    private static Event event(
            String id,
            long seq,
            EventSource source,
            String type,
            Instant at,
            double dLat,
            double dLon,
            String reporter) {
        return new Event(
                id, seq, source, type, at, at.plusSeconds(2), LAT + dLat, LON + dLon, 0.95, reporter, Map.of());
    }

    @AfterAll
    static void close() throws Exception {
        if (ui != null) {
            ui.close();
        }
        if (feed != null) {
            feed.close();
        }
        System.clearProperty(FeedSettings.TOKEN_FILE_PROPERTY);
    }

    /** docs/alerts.md: score = sum of weight x term; P0 from priority.p0. */
    private static double expectedScore(AlertConfig config) {
        Taxonomy taxonomy = Taxonomy.builtIn();
        double severity = events.stream()
                .mapToDouble(e -> config.types().containsKey(e.type())
                        ? config.types().get(e.type()).severity()
                        : taxonomy.classify(e.type()).severity())
                .max()
                .orElseThrow();
        double confidence =
                events.stream().mapToDouble(Event::confidence).average().orElseThrow(); // correlated: the sources' mean
        double corroboration = config.corroboration().sourceBonus().stream()
                .mapToDouble(Double::doubleValue)
                .sum(); // three sources
        double urgency = 1; // the newest event is the stream time
        double sensitivity = config.sites().weightOf("school"); // inside the school's polygon: distance 0
        var w = config.weights();
        return w.severity() * severity
                + w.confidence() * confidence
                + w.corroboration() * corroboration
                + w.urgency() * urgency
                + w.sensitivity() * sensitivity;
    }

    @Test
    void anAlertFromARealFeedArrivesWithItsPriorityAndItsAcknowledgementIsAudited() throws Exception {
        AlertConfig config = AlertConfig.defaults();
        double score = expectedScore(config);
        Priority expected = Priority.of(score, config.priorities());
        assertEquals(Priority.P0, expected, "the test's events are meant to make a P0: score " + score);

        ui.robot.interact(() -> ui.window.alertPanel().openSettings(ui.window.stage()));
        ui.robot.clickOn("#feed-url").write(feed.url().toString());
        ui.robot.clickOn("#feed-token").write(TOKEN);
        ui.robot.clickOn("#feed-connect");
        assertEquals(TOKEN, Files.readString(FeedSettings.tokenFile()), "the token is kept in its own file");
        assertEquals(
                "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(FeedSettings.tokenFile())));
        assertEquals(feed.url().toString(), FeedSettings.load().url());

        waitFor(
                20,
                () -> ui.window.alertPanel().table().getItems().stream()
                        .anyMatch(a -> a.sources().split(",").length == 3),
                "the alert of the three sources");
        Alert alert = ui.window.alertPanel().table().getItems().get(0);
        assertEquals(1, ui.window.alertPanel().table().getItems().size(), "one incident, one alert");
        assertEquals(expected, alert.priority());
        assertEquals(score, alert.score(), 1e-3);
        Label badge = (Label) ui.window.alertPanel().table().lookupAll(".priority-badge").stream()
                .findFirst()
                .orElseThrow();
        assertEquals(expected.name(), badge.getText());
        Background bg = badge.getBackground();
        assertEquals(PriorityColours.of(expected), (Color) bg.getFills().get(0).getFill(), "P0 is red");
        assertTrue(ui.window.alertPanel().banner().isVisible(), "a P0 raises the banner over the map");
        assertTrue(
                ui.robot.lookup("#feed-status").queryAs(Label.class).getText().contains("connected"));
        assertEquals(1, ui.window.console().alerts().points().size(), "the alert on the map");
        assertEquals("1", alert.zone(), "the store files it under district 1's code");
        List<String> queueText = ui.window.alertPanel().table().lookupAll(".table-cell").stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText())
                .filter(java.util.Objects::nonNull)
                .toList();
        assertTrue(
                queueText.contains("District 1"),
                "the queue names the zone as the drill does (not the layer's 1ST, nor the code): " + queueText);
        assertTrue(queueText.contains("Homicide"), "the type in words: " + queueText);

        ui.robot.clickOn("#p0-banner-show");
        ui.waitFor(10, () -> ui.window.alertPanel().shown().get() != null);
        var detail = ui.robot.lookup("#alert-detail").queryParent();
        List<String> terms = detail.lookupAll(".term-name").stream()
                .map(n -> ((Label) n).getText())
                .toList();
        assertEquals(
                List.of(
                        "threat severity",
                        "model confidence",
                        "corroboration",
                        "temporal urgency",
                        "spatial sensitivity"),
                terms);
        List<Object> shownEvents = detail.lookupAll(".event-role").stream()
                .map(javafx.scene.Node::getUserData)
                .toList();
        assertEquals(List.of("cad-1", "gs-1", "cctv-1"), shownEvents, "the events behind it, in time order");
        String text = detail.lookupAll(".label").stream()
                .map(n -> ((Label) n).getText())
                .collect(java.util.stream.Collectors.joining("\n"));
        assertTrue(text.contains("Homicide (Violent) in District 1"), "names and words, not codes:\n" + text);
        assertTrue(text.contains("Weapon detected") && text.contains("Gunshot sensor"), text);
        assertEquals(LAT, ui.window.console().centreLat(), 0.001, "the map is centred on the alert");
        assertEquals(LON, ui.window.console().centreLon(), 0.001);

        String note = "Unit 1-12 on scene";
        ui.robot.clickOn("#alert-note").write(note);
        ui.robot.clickOn("#alert-ack");
        ui.waitFor(10, () -> ui.window.alertPanel().shown().get().alert().state() == AlertState.ACKNOWLEDGED);
        List<AuditEntry> history = new Alerts(ui.window.tasks().store()).history(alert.id());
        AuditEntry ack = history.stream()
                .filter(h -> h.action().equals("acknowledged"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no acknowledgement in " + history));
        assertEquals(note, ack.reason());
        assertEquals(System.getProperty("user.name"), ack.actor());
        assertTrue(
                history.stream()
                        .anyMatch(h -> h.action().equals("raised") && h.actor().equals("engine")),
                history.toString());

        // closing asks first: Cancel leaves it acknowledged
        ui.robot.clickOn("#alert-note").write("false alarm: fireworks");
        ui.robot.clickOn("#alert-close");
        ui.robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(1000);
        assertEquals(
                AlertState.ACKNOWLEDGED,
                new Alerts(ui.window.tasks().store())
                        .get(alert.id())
                        .orElseThrow()
                        .state());
        ui.robot.clickOn("#alert-close");
        ui.robot.clickOn("Close alert");
        waitFor(
                10,
                () -> ui.window.alertPanel().table().getItems().isEmpty(),
                "the closed alert to leave the open queue");
        assertEquals(
                AlertState.CLOSED,
                new Alerts(ui.window.tasks().store())
                        .get(alert.id())
                        .orElseThrow()
                        .state());
        // closed alerts stay findable: Show: Closed (history)
        ui.robot.interact(() -> ui.window.alertPanel().live().filter().set(QueueFilter.CLOSED));
        waitFor(10, () -> ui.window.alertPanel().table().getItems().size() == 1, "the closed alert in the history");
        assertEquals(
                alert.id(), ui.window.alertPanel().table().getItems().get(0).id());
        assertEquals(
                AlertState.CLOSED,
                ui.window.alertPanel().table().getItems().get(0).state());
        assertTrue(
                ui.robot.lookup("#alert-counts").queryAs(Label.class).getText().startsWith("1 closed alert"),
                ui.robot.lookup("#alert-counts").queryAs(Label.class).getText());
        ui.robot.interact(() -> ui.window.alertPanel().live().filter().set(QueueFilter.OPEN));

        feed.close();
        Label status = ui.robot.lookup("#feed-status").queryAs(Label.class);
        waitFor(
                20,
                () -> status.getText().contains("reconnecting"),
                "the indicator to say reconnecting once the feed stopped");
    }

    /** Waits, and says what the panel and the indicator show when it times out. */
    private static void waitFor(int seconds, java.util.concurrent.Callable<Boolean> condition, String what)
            throws Exception {
        try {
            ui.waitFor(seconds, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            Label status = ui.robot.lookup("#feed-status").queryAs(Label.class);
            throw new AssertionError(
                    "waited " + seconds + " s for " + what + "; the indicator says '" + status.getText() + "' ("
                            + status.getTooltip().getText() + "), the panel '"
                            + ui.window.alertPanel().live().message().get() + "', queue "
                            + ui.window.alertPanel().table().getItems(),
                    e);
        }
    }
}
