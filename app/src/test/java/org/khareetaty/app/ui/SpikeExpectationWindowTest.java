package org.khareetaty.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.uber.h3core.util.LatLng;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.app.ui.settings.WindowLayout;
import org.khareetaty.app.ui.settings.WorkstationSettings;
import org.khareetaty.core.alert.AlertDecision;
import org.khareetaty.core.alert.AlertEngine;
import org.khareetaty.core.alert.AlertType;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.geo.GreatCircle;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;

/**
 * A spike alert's explanation says where its expectation came from (issue 15): on a store holding the
 * real Chicago 25k sample (2017-2019), an engine with {@code spike.expectation = "hour_of_week"} sees four
 * CAD calls 100 m apart in the r8 cell of the sample's first crime on Tuesday 7 January 2020 at night; the
 * Live alerts panel shows the spike's explanation with "Expected from the cell's mean for Tuesday ...",
 * and an Arabic window the same in Arabic with the same day, hours, weeks and dates.
 */
class SpikeExpectationWindowTest {
    private static final String ARABIC_PREFS = "khareetaty-ui-tests-arabic-spike";
    /** 03:10 in Chicago, then every 10 minutes. */
    private static final Instant FIRST = Instant.parse("2020-01-07T09:10:00Z");

    @TempDir
    static Path dir;

    static Path store;
    static long spikeId;
    static String expectation;

    @BeforeAll
    static void aSpikeAgainstTheStoresHistory() throws Exception {
        store = dir.resolve("store");
        try (Store s = SharedData.importedSample(store)) {
            Files.writeString(store.resolve(AlertConfig.FILE_NAME), "[spike]\nexpectation = \"hour_of_week\"\n");
            LatLng centre = centreOfFirstCrimesCell(s);
            List<AlertDecision> spikes = new ArrayList<>();
            try (AlertEngine engine = AlertEngine.open(s)) {
                for (int k = 0; k < 4; k++) {
                    Instant at = FIRST.plusSeconds(600L * k);
                    double lat = centre.lat + 100 * (k / 2) / GreatCircle.METRES_PER_DEGREE;
                    double lon = centre.lng
                            + 100 * (k % 2) / (GreatCircle.METRES_PER_DEGREE * Math.cos(Math.toRadians(centre.lat)));
                    Event e = new Event(
                            "cad-" + k,
                            k + 1,
                            EventSource.CAD,
                            "assault",
                            at,
                            at.plusSeconds(60),
                            lat,
                            lon,
                            0.9,
                            "dispatcher-1",
                            Map.of());
                    engine.process(e, e.sentAt()).stream()
                            .filter(d -> d.type() == AlertType.SPIKE)
                            .forEach(spikes::add);
                }
            }
            assertEquals(1, spikes.size(), "the fourth call makes the cell a spike: " + spikes);
            spikeId = spikes.get(0).alertId();
            expectation = new org.khareetaty.core.alert.Alerts(s)
                    .get(spikeId)
                    .orElseThrow()
                    .explanation()
                    .spike()
                    .expectation();
        }
        assertNotNull(expectation, "the hour-of-week expectation is in the stored explanation");
        // the fourth call at 03:40 is in the sliding hour 02:45-03:45; the sample's history ends in September 2019
        assertTrue(
                expectation.startsWith("the cell's mean for Tuesday 02:45-03:45 (America/Chicago) over the 8 weeks ")
                        && expectation.endsWith(" of the store's history"),
                expectation);
    }

    private static LatLng centreOfFirstCrimesCell(Store s) throws Exception {
        try (var c = s.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT lat, lon FROM incidents ORDER BY occurred_at, id LIMIT 1")) {
            rs.next();
            return H3Cells.h3().cellToLatLng(H3Cells.h3().latLngToCell(rs.getDouble(1), rs.getDouble(2), 8));
        }
    }

    @AfterAll
    static void forgetTheArabicPreferences() {
        System.setProperty("khareetaty.prefs", ARABIC_PREFS);
        try {
            WindowLayout.root().removeNode();
        } catch (java.util.prefs.BackingStoreException e) {
            throw new IllegalStateException(e);
        }
        System.setProperty("khareetaty.prefs", "khareetaty-ui-tests");
    }

    @Test
    void theSpikesExplanationSaysWhereItsExpectationCameFrom() throws Exception {
        String shown = expectationShown("khareetaty-ui-tests");
        assertEquals("Expected from " + expectation, shown);
    }

    @Test
    void anArabicWindowSaysItInArabicWithTheSameDayHoursAndDates() throws Exception {
        System.setProperty("khareetaty.prefs", ARABIC_PREFS);
        new WorkstationSettings("ar", false, WorkstationSettings.DEFAULT_RES).save();
        String shown = expectationShown(ARABIC_PREFS);
        assertTrue(shown.startsWith("المتوقع من متوسط الخلية يوم الثلاثاء من الساعة "), shown);
        assertEquals(
                ArabicWindowTest.digits(expectation),
                ArabicWindowTest.digits(shown),
                "the same hours, weeks and dates: " + shown);
        assertFalse(shown.replace("America/Chicago", "").matches("(?s).*\\p{IsLatin}.*"), "English left in: " + shown);
    }

    /** Opens the window with the preferences {@code prefs}, shows the spike and returns its expectation's line. */
    private static String expectationShown(String prefs) throws Exception {
        WindowDriver ui = WindowDriver.open(store, true, prefs);
        try {
            var panel = ui.window.alertPanel();
            ui.waitFor(30, () -> panel.table().getItems().stream().anyMatch(a -> a.id() == spikeId));
            ui.robot.interact(() -> panel.reveal(spikeId));
            ui.waitFor(
                    30,
                    () -> panel.shown().get() != null
                            && panel.shown().get().alert().id() == spikeId);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            return ui.robot.lookup("#spike-expectation").queryAs(Label.class).getText();
        } finally {
            ui.close();
        }
    }
}
