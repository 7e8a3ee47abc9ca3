package org.khareetaty.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.geo.GreatCircle;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.testing.SharedData;
import org.khareetaty.core.testing.StoreQueries;

/**
 * The spike term at the bundled defaults (issue 15), on Chicago's real aggravated assaults of November
 * 2019, each one CAD call at its own time (as {@code bench spikes} replays them). A spike of four separate
 * assaults, at four real assault addresses of one r8 cell 250 m or more apart, 15 minutes apart, fires;
 * counted by the session's 500 m, as before the spike had its own rule, the same four are one incident
 * and nothing fires. One incident reported by CAD, a gunshot sensor 250 m off, a camera 120 m off, three
 * phones and a records entry stays one correlated alert and makes no spike.
 */
class SpikeAtDefaultsTest extends StoreFixture {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** The planted spike's first assault: a Wednesday morning, two weeks into the month. */
    private static final Instant PLANT = Instant.parse("2019-11-20T15:00:00Z");
    /** The multi-source incident: a Tuesday evening. */
    private static final Instant MULTI = Instant.parse("2019-11-12T01:00:00Z");

    private static List<Event> november;
    private static List<double[]> assaults2019;

    @BeforeAll
    static void readTheAssaultsOf2019() throws IOException {
        november = new ArrayList<>();
        assaults2019 = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(
                        Files.newInputStream(SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz"))),
                StandardCharsets.UTF_8))) {
            in.readLine(); // date,loc_cat,longitude,latitude,district
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.startsWith("2019-")) {
                    continue;
                }
                String[] f = line.split(",");
                double lat = Double.parseDouble(f[3]);
                double lon = Double.parseDouble(f[2]);
                assaults2019.add(new double[] {lat, lon});
                if (line.startsWith("2019-11-")) {
                    Instant at = LocalDateTime.parse(f[0], WHEN).atZone(CHICAGO).toInstant();
                    november.add(cad("r" + november.size(), at, lat, lon));
                }
            }
        }
    }

    @BeforeEach
    void emptyTables() {
        Stream.reset(store);
    }

    @Test
    void aSpikeOfSeparateAssaultsInOneCellFiresAtTheDefaults() {
        List<double[]> spots = fourSpotsOfOneCell();
        long cell = H3Cells.h3().latLngToCell(spots.get(0)[0], spots.get(0)[1], 8);
        List<Event> planted = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            planted.add(cad("plant-" + k, PLANT.plusSeconds(900L * k), spots.get(k)[0], spots.get(k)[1]));
        }
        List<AlertDecision> spikes = spikesOf(replay(planted, ""));
        // the 4th incident: 4 in the cell's hour against the floor of 0.5 (the cell's rate over the day before is
        // far under it), P(X < 4 | 0.5) = 0.998 >= 0.65
        assertEquals(1, spikes.size(), "one spike alert in the month, the planted one: " + spikes);
        AlertDecision spike = spikes.get(0);
        assertEquals(DecisionKind.RAISED, spike.kind());
        assertEquals("plant-3", spike.eventId());
        assertTrue(
                spike.reason().contains("window of cell " + Long.toHexString(cell) + " against 0.50 expected"),
                spike.reason());
        assertEquals(0.998, spike.terms().confidence(), 1e-3);

        // counted as the sessions group them (500 m, all four within 450 m of the first), the four are one
        // incident: the spike could not fire
        assertEquals(List.of(), spikesOf(replay(planted, "[spike]\nincident_radius_m = 500.0\n")));
    }

    @Test
    void oneIncidentReportedByCadSensorCameraPhonesAndRecordsStaysOneAlert() {
        // at the address of the month's first assault, eleven days later
        double[] at = {november.get(0).lat(), november.get(0).lon()};
        List<Event> reports = List.of(
                report("multi-cad", EventSource.CAD, "assault", 0, at, 0, 0, 0.80, "dispatcher-3"),
                report("multi-gs", EventSource.GUNSHOT_SENSOR, "gunshot", 20, at, 0, 250, 0.72, "gs-array-2"),
                report("multi-cctv", EventSource.CCTV, "fight", 40, at, 120, 0, 0.86, "cam-181"),
                report("multi-cr-0", EventSource.CITIZEN_REPORT, "assault", 60, at, 20, -20, 0.65, "phone-1"),
                report("multi-cr-1", EventSource.CITIZEN_REPORT, "assault", 90, at, -30, 10, 0.60, "phone-2"),
                report("multi-cr-2", EventSource.CITIZEN_REPORT, "fight", 120, at, 10, 35, 0.55, "phone-3"),
                report("multi-rec", EventSource.RECORDS, "assault", 0, at, 0, 0, 0.95, "rms"));
        List<AlertDecision> ds = replay(reports, "");
        Set<Long> alerts = new HashSet<>();
        for (AlertDecision d : ds) {
            if (d.eventId().startsWith("multi-") && d.alertId() != null) {
                alerts.add(d.alertId());
            }
        }
        assertEquals(1, alerts.size(), "one incident, one alert: " + alerts);
        long id = alerts.iterator().next();
        assertEquals("correlated", StoreQueries.text(store, "SELECT alert_type FROM alerts WHERE id = ?", id));
        assertEquals(
                7,
                StoreQueries.number(store, "SELECT COUNT(*) FROM alert_events WHERE alert_id = ?", id),
                "every report of it behind the one alert");
        assertEquals(List.of(), spikesOf(ds), "and one incident is no spike");
    }

    /** The month's real assaults and {@code extra}, in time order, through an engine at the defaults and {@code toml}. */
    private static List<AlertDecision> replay(List<Event> extra, String toml) {
        Stream.reset(store);
        List<Event> events = new ArrayList<>(november);
        events.addAll(extra);
        events.sort(Comparator.comparing(Event::sentAt).thenComparing(Event::id));
        List<AlertDecision> out = new ArrayList<>();
        try (AlertEngine engine = Stream.engine(store, toml)) {
            long seq = 0;
            for (Event e : events) {
                Event s = e.withSeq(++seq);
                out.addAll(engine.process(s, s.sentAt()));
            }
        }
        return out;
    }

    private static List<AlertDecision> spikesOf(List<AlertDecision> ds) {
        return ds.stream()
                .filter(d -> d.type() == AlertType.SPIKE || d.type() == AlertType.TREND_WATCH)
                .toList();
    }

    /**
     * Four real assault addresses of 2019 in one r8 cell, each 250 m or more from the others and at most
     * 450 m from the first: the first such four in the file's order.
     */
    private static List<double[]> fourSpotsOfOneCell() {
        Map<Long, List<double[]>> byCell = new java.util.LinkedHashMap<>();
        for (double[] a : assaults2019) {
            List<double[]> spots =
                    byCell.computeIfAbsent(H3Cells.h3().latLngToCell(a[0], a[1], 8), k -> new ArrayList<>());
            boolean apart = spots.stream().allMatch(s -> GreatCircle.metres(s[0], s[1], a[0], a[1]) >= 250);
            // within 450 m of the first, so that the session's 500 m would hold all four in one incident
            if (apart && (spots.isEmpty() || GreatCircle.metres(spots.get(0)[0], spots.get(0)[1], a[0], a[1]) <= 450)) {
                spots.add(a);
                if (spots.size() == 4) {
                    return spots;
                }
            }
        }
        throw new AssertionError("no r8 cell holds four assaults of 2019 250 m apart");
    }

    private static Event cad(String id, Instant at, double lat, double lon) {
        return new Event(id, 0, EventSource.CAD, "assault", at, at.plusSeconds(60), lat, lon, 0.9, null, Map.of());
    }

    /** A report of the incident at {@code at}, {@code seconds} after MULTI, {@code northM} and {@code eastM} off. */
    private static Event report(
            String id,
            EventSource source,
            String type,
            long seconds,
            double[] at,
            double northM,
            double eastM,
            double confidence,
            String reporter) {
        Instant t = MULTI.plusSeconds(seconds);
        double lat = at[0] + northM / GreatCircle.METRES_PER_DEGREE;
        double lon = at[1] + eastM / (GreatCircle.METRES_PER_DEGREE * Math.cos(Math.toRadians(at[0])));
        return new Event(id, 0, source, type, t, t.plusSeconds(30), lat, lon, confidence, reporter, Map.of());
    }
}
