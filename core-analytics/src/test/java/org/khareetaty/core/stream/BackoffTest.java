package org.khareetaty.core.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The reconnect waits, checked by hand against min(cap, base * 2^(n-1)) * (1 - jitter * u). */
class BackoffTest {
    @Test
    void doublesFromTheBaseUpToTheCapWithUpToHalfTakenOffAtRandom() {
        Backoff b = Backoff.DEFAULT;
        assertEquals(Duration.ofMillis(500), b.delay(1, 0.0));
        assertEquals(Duration.ofMillis(250), b.delay(1, 1.0));
        assertEquals(Duration.ofMillis(375), b.delay(1, 0.5));
        assertEquals(Duration.ofSeconds(1), b.delay(2, 0.0));
        assertEquals(Duration.ofSeconds(8), b.delay(5, 0.0));
        assertEquals(Duration.ofSeconds(16), b.delay(6, 0.0));
        // 0.5 s * 2^6 = 32 s is over the 30 s cap
        assertEquals(Duration.ofSeconds(30), b.delay(7, 0.0));
        assertEquals(Duration.ofSeconds(15), b.delay(7, 1.0));
        assertEquals(Duration.ofSeconds(30), b.delay(1_000, 0.0), "no overflow after many attempts");
    }

    @Test
    void withoutJitterTheWaitIsExact() {
        Backoff b = new Backoff(Duration.ofMillis(50), Duration.ofMillis(400), 0);
        assertEquals(Duration.ofMillis(50), b.delay(1, 0.99));
        assertEquals(Duration.ofMillis(200), b.delay(3, 0.99));
        assertEquals(Duration.ofMillis(400), b.delay(4, 0.99));
        assertEquals(Duration.ofMillis(400), b.delay(9, 0.99));
    }

    @Test
    void refusesImpossibleSettings() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 0.5));
        assertThrows(
                IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 0.5));
        assertThrows(
                IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 1.5));
        assertThrows(IllegalArgumentException.class, () -> Backoff.DEFAULT.delay(0, 0.5));
    }
}
