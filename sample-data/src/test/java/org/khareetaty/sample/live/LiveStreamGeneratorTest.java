package org.khareetaty.sample.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.etl.ImportOptions;
import org.khareetaty.core.etl.Importer;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventCodec;
import org.khareetaty.core.event.EventFrame;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;
import org.khareetaty.core.testing.StoreQueries;

/**
 * The stream generated from a store holding the real Chicago portal sample (25,000 incidents,
 * 2017-2019): its composition, checked event by event against the stated parameters.
 */
class LiveStreamGeneratorTest {
    @TempDir
    static Path dir;

    static final StoreIncidents.DayRange ALL =
            new StoreIncidents.DayRange(LocalDate.of(2017, 1, 1), LocalDate.of(2019, 12, 31));
    static List<StoreIncident> incidents;
    static Map<Long, StoreIncident> byId = new HashMap<>();
    static LiveStreamSummary summary;
    static List<Event> events = new ArrayList<>();

    @BeforeAll
    static void chicagoStoreAndStream() throws Exception {
        Path csv = SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz");
        try (Store store = Store.open(dir.resolve("store"))) {
            new Importer(store).importFile(csv, ImportOptions.defaults(), ProgressListener.NONE);
            incidents = StoreIncidents.read(store, ALL);
        }
        incidents.forEach(i -> byId.put(i.id(), i));
        summary = new LiveStreamGenerator(LiveStreamSpec.defaults())
                .write(incidents, dir.resolve("chicago-stream.jsonl.gz"));
        EventCodec codec = EventCodec.standard();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(summary.file())), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                events.add(((EventFrame) codec.decode(line)).event());
            }
        }
        System.out.printf(
                "chicago stream: %,d incidents -> %,d events %s %s, gunshot precision %.4f%n",
                incidents.size(), summary.events(), summary.bySource(), summary.byRole(), summary.gunshotPrecision());
    }

    static String role(Event e) {
        return (String) e.attributes().get("sim_role");
    }

    static StoreIncident incident(Event e) {
        return byId.get(Long.parseLong((String) e.attributes().get("sim_incident")));
    }

    static List<Event> withRole(EventRole r) {
        return events.stream().filter(e -> r.wire().equals(role(e))).toList();
    }

    @Test
    void incidentsKnownToTheDayOnlyAreLeftOutOfTheStreamAndCounted() {
        try (Store store = Store.open(dir.resolve("store"))) {
            long dayOnly = StoreIncidents.dayOnly(store, ALL);
            // the sample's placeholder times (00:01, 12:00) are taken down to precision day by the importer
            assertTrue(dayOnly > 500, dayOnly + " incidents known to the day only");
            assertEquals(
                    StoreQueries.number(store, "SELECT COUNT(*) FROM incidents WHERE time_precision = 'day'"), dayOnly);
            assertEquals(StoreQueries.number(store, "SELECT COUNT(*) FROM incidents"), incidents.size() + dayOnly);
            Set<String> dayIds =
                    StoreQueries.rows(store, "SELECT id FROM incidents WHERE time_precision = 'day'").stream()
                            .map(r -> r.get(0))
                            .collect(Collectors.toSet());
            assertTrue(incidents.stream().noneMatch(i -> dayIds.contains(Long.toString(i.id()))));
            assertTrue(
                    events.stream()
                            .noneMatch(e -> dayIds.contains(e.attributes().get("sim_incident"))),
                    "no event is made from an incident known to the day only");
        }
    }

    @Test
    void everyEventIsValidNumberedInSendOrderAndSentAfterItHappened() {
        assertTrue(incidents.size() > 23_000, incidents.size() + " incidents with a time of day");
        assertEquals(summary.events(), events.size(), "every line decoded under EventCodec");
        for (int k = 0; k < events.size(); k++) {
            Event e = events.get(k);
            assertEquals(k + 1, e.seq());
            assertTrue(!e.sentAt().isBefore(e.occurredAt()), e.toString());
            if (k > 0) {
                assertTrue(!e.sentAt().isBefore(events.get(k - 1).sentAt()), "send order at " + e.id());
            }
        }
        assertEquals(events.size(), events.stream().map(Event::id).distinct().count(), "ids are unique");
    }

    @Test
    void everyIncidentBecomesExactlyOneCadCallAtItsPlaceAndTime() {
        List<Event> cad =
                events.stream().filter(e -> e.source() == EventSource.CAD).toList();
        assertEquals(incidents.size(), cad.size());
        Map<Long, Long> perIncident =
                cad.stream().collect(Collectors.groupingBy(e -> incident(e).id(), Collectors.counting()));
        assertEquals(byId.keySet(), perIncident.keySet());
        for (Event e : cad) {
            StoreIncident i = incident(e);
            assertEquals("cad-" + i.id(), e.id());
            assertEquals(i.occurredAt(), e.occurredAt());
            assertEquals(i.lat(), e.lat(), 1e-6);
            assertEquals(i.lon(), e.lon(), 1e-6);
            Duration delay = Duration.between(e.occurredAt(), e.sentAt());
            assertTrue(
                    delay.compareTo(Duration.ofSeconds(30)) >= 0 && delay.compareTo(Duration.ofMinutes(10)) <= 0,
                    delay.toString());
        }
    }

    @Test
    void corroboratingEventsLieWithinTheStatedMetresAndMinutesOfTheirIncident() {
        List<Event> corroborating = new ArrayList<>(withRole(EventRole.CORROBORATION));
        corroborating.addAll(withRole(EventRole.GUNSHOT_TRUE));
        assertTrue(corroborating.size() > 2_000, corroborating.size() + " corroborating events");
        for (Event e : corroborating) {
            StoreIncident i = incident(e);
            double metres = Metres.between(i.lat(), i.lon(), e.lat(), e.lon());
            Duration lead = Duration.between(i.occurredAt(), e.occurredAt());
            assertTrue(metres <= LiveStreamSpec.CORROBORATION_MAX_METRES + 0.2, e.id() + " is " + metres + " m away");
            assertTrue(
                    lead.compareTo(LiveStreamSpec.CORROBORATION_EARLIEST) >= 0
                            && lead.compareTo(LiveStreamSpec.CORROBORATION_LATEST) <= 0,
                    e.id() + " at " + lead);
            if (e.source() == EventSource.GUNSHOT_SENSOR) {
                assertTrue(
                        metres <= LiveStreamSpec.GUNSHOT_MAX_ERROR_METRES + 0.2
                                && lead.abs().compareTo(Duration.ofMinutes(1)) <= 0,
                        e.toString());
            }
        }
        Set<EventSource> sources = corroborating.stream().map(Event::source).collect(Collectors.toSet());
        assertEquals(Set.of(EventSource.CCTV, EventSource.PANIC_SENSOR, EventSource.GUNSHOT_SENSOR), sources);
    }

    @Test
    void citizensReportAnIncidentFromSeveralPhonesCloseTogetherSometimesDisagreeing() {
        Map<Long, List<Event>> clusters = new TreeMap<>();
        for (Event e : withRole(EventRole.CITIZEN)) {
            clusters.computeIfAbsent(incident(e).id(), k -> new ArrayList<>()).add(e);
        }
        assertTrue(clusters.size() > 1_000, clusters.size() + " incidents reported by citizens");
        long reports = 0;
        long disagreeing = 0;
        for (List<Event> phones : clusters.values()) {
            StoreIncident i = incident(phones.get(0));
            assertTrue(phones.size() >= LiveStreamSpec.CITIZEN_MIN_PHONES
                    && phones.size() <= LiveStreamSpec.CITIZEN_MAX_PHONES);
            assertEquals(
                    phones.size(),
                    phones.stream().map(Event::reporter).distinct().count(),
                    "one report per phone");
            Event first = phones.stream()
                    .min((a, b) -> a.occurredAt().compareTo(b.occurredAt()))
                    .orElseThrow();
            Duration firstAfter = Duration.between(i.occurredAt(), first.occurredAt());
            assertTrue(
                    !firstAfter.isNegative() && firstAfter.compareTo(LiveStreamSpec.CITIZEN_FIRST_REPORT_WITHIN) <= 0,
                    firstAfter.toString());
            for (Event a : phones) {
                assertTrue(
                        Metres.between(i.lat(), i.lon(), a.lat(), a.lon())
                                <= LiveStreamSpec.CITIZEN_MAX_FROM_INCIDENT_METRES,
                        a.toString());
                Duration afterFirst = Duration.between(first.occurredAt(), a.occurredAt());
                assertTrue(afterFirst.compareTo(LiveStreamSpec.CITIZEN_SPREAD) <= 0, afterFirst.toString());
                for (Event b : phones) {
                    if (a != b) {
                        double apart = Metres.between(a.lat(), a.lon(), b.lat(), b.lon());
                        assertTrue(
                                apart >= LiveStreamSpec.CITIZEN_MIN_APART_METRES && apart <= 50,
                                a.id() + " and " + b.id() + ": " + apart + " m");
                        assertTrue(Duration.between(a.occurredAt(), b.occurredAt())
                                        .abs()
                                        .compareTo(Duration.ofMinutes(5))
                                <= 0);
                    }
                }
                reports++;
                disagreeing += a.type().equals(StreamEvents.type(i.offenseType())) ? 0 : 1;
            }
        }
        double share = disagreeing / (double) reports;
        assertTrue(share > 0.2 && share < 0.3, "disagreeing classification share " + share);
    }

    @Test
    void gunshotAlertsAreRealAboutAsOftenAsTheChicagoInspectorGeneralFound() {
        long real = withRole(EventRole.GUNSHOT_TRUE).size();
        long falsePositives = withRole(EventRole.GUNSHOT_FALSE).size();
        assertTrue(real > 150, real + " real detections");
        double precision = real / (double) (real + falsePositives);
        assertEquals(
                LiveStreamSpec.CHICAGO_OIG_GUNSHOT_PRECISION,
                precision,
                0.015,
                real + " real of " + (real + falsePositives));
        assertEquals(precision, summary.gunshotPrecision(), 1e-12);
        for (Event e : withRole(EventRole.GUNSHOT_FALSE)) {
            assertEquals(EventSource.GUNSHOT_SENSOR, e.source());
            assertTrue(e.attributes().get("sim_incident") == null);
        }
    }

    @Test
    void backgroundNoiseAndFiledRecordsAreThereInTheStatedProportions() {
        double perIncident = withRole(EventRole.NOISE).size() / (double) incidents.size();
        assertEquals(0.5 + 0.01 + 0.05, perIncident, 0.03, "noise events per incident");
        double filed = withRole(EventRole.RECORD).size() / (double) incidents.size();
        assertEquals(0.5, filed, 0.02);
        for (Event e : withRole(EventRole.RECORD)) {
            Duration later = Duration.between(incident(e).occurredAt(), e.occurredAt());
            assertTrue(
                    later.compareTo(Duration.ofMinutes(20)) >= 0 && later.compareTo(Duration.ofHours(3)) <= 0,
                    later.toString());
        }
    }

    @Test
    void theSameSeedMakesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
        List<StoreIncident> month = incidents.stream()
                .filter(i -> i.occurredAt().toString().startsWith("2018-07"))
                .toList();
        LiveStreamGenerator g =
                new LiveStreamGenerator(LiveStreamSpec.defaults().withSeed(11));
        LiveStreamSummary a = g.write(month, dir.resolve("a.jsonl"));
        LiveStreamSummary b = g.write(month, dir.resolve("b.jsonl"));
        LiveStreamSummary c =
                new LiveStreamGenerator(LiveStreamSpec.defaults().withSeed(12)).write(month, dir.resolve("c.jsonl"));
        assertEquals(a.sha256(), b.sha256());
        assertEquals(-1L, Files.mismatch(a.file(), b.file()));
        assertNotEquals(a.sha256(), c.sha256());
        // an incident's events do not depend on the range read around it
        List<String> alone = new ArrayList<>();
        g.stream(month.subList(0, 1)).forEachRemaining(e -> {
            if (e.attributes().get("sim_incident") != null) {
                alone.add(e.id() + " " + e.occurredAt() + " " + e.lat() + " " + e.type());
            }
        });
        List<String> inMonth = new ArrayList<>();
        g.stream(month).forEachRemaining(e -> {
            if (String.valueOf(month.get(0).id()).equals(e.attributes().get("sim_incident"))) {
                inMonth.add(e.id() + " " + e.occurredAt() + " " + e.lat() + " " + e.type());
            }
        });
        assertEquals(alone, inMonth);
    }
}
