package org.khareetaty.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.alert.AlertEngine;
import org.khareetaty.core.event.Event;

class PacedEventsTest {
    private static final Instant START = Instant.parse("2026-11-21T18:00:00Z");

    /** Three incidents in Kuwait City (Sharq, Salmiya, Farwaniya): the bench stream's material. */
    private static BenchIncidents incidents() {
        return new BenchIncidents(
                new long[] {1_735_000_000_000L, 1_735_000_600_000L, 1_735_001_200_000L},
                new double[] {29.3759, 29.3339, 29.2770},
                new double[] {47.9774, 48.0761, 47.9590},
                new String[] {"ASSAULT", "THEFT", "ROBBERY"},
                new String[] {"violent", "property", "violent"});
    }

    @Test
    void recordsEventIAtIOverTheRateKeepingItsOccurredToSentLag() {
        BenchEventStream original = new BenchEventStream(incidents(), 7, true, START, 2000);
        PacedEvents paced = new PacedEvents(new BenchEventStream(incidents(), 7, true, START, 2000), START, 2000, 500);
        for (int i = 0; i < 500; i++) {
            Event o = original.next();
            Event p = paced.next();
            assertEquals(o.id(), p.id());
            assertEquals(o.seq(), p.seq());
            assertEquals(
                    START.plusNanos(i * 500_000L), p.sentAt(), "event " + i + " is sent i / 2000 s after the start");
            assertEquals(
                    Duration.between(o.occurredAt(), o.sentAt()),
                    Duration.between(p.occurredAt(), p.sentAt()),
                    "event " + o.id() + " keeps its lag");
        }
        assertNull(paced.next(), "the stream ends after the events asked for");
    }

    @Test
    void refusesARateThatIsNotPositive() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new PacedEvents(List.<Event>of().iterator(), START, 0, 10));
    }

    @Test
    void heapSlopeIsTheLeastSquaresLineInMegabytesPerTenMinutes() {
        AlertEngine.StateSize s = new AlertEngine.StateSize(0, 0, 0, 0, 0, 0, 0, 0, 0);
        // 300 MB, +12 MB per minute, with a sawtooth of +-20 MB that cancels out over whole periods
        List<AlertBench.HeapPoint> points = java.util.stream.IntStream.range(0, 60)
                .mapToObj(k -> new AlertBench.HeapPoint(30.0 * k, 1000L * k, 300 + 6L * k + (k % 2 == 0 ? 20 : -20), s))
                .toList();
        assertEquals(120, StreamBench.slopePer10Minutes(points), 2);
        assertEquals(Double.NaN, StreamBench.slopePer10Minutes(points.subList(0, 1)));
    }
}
