package org.khareetaty.core.hexgrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Wilson score interval (Wilson 1927) against published values and its edge cases. */
class WilsonIntervalTest {
    @Test
    void matchesThePublishedInterval() {
        // Newcombe (1998), Table I, example 1: 81 of 263 -> 0.2553 .. 0.3662 (Wilson, no continuity correction)
        WilsonInterval w = WilsonInterval.of(81, 263);
        assertEquals(0.2553, w.low(), 5e-5);
        assertEquals(0.3662, w.high(), 5e-5);
    }

    @Test
    void holdsTheRateAndStaysInTheUnitIntervalAtTheEdges() {
        for (long n = 1; n <= 200; n++) {
            for (long x = 0; x <= n; x += Math.max(1, n / 7)) {
                WilsonInterval w = WilsonInterval.of(x, n);
                double p = (double) x / n;
                assertTrue(0 <= w.low() && w.low() <= p && p <= w.high() && w.high() <= 1, x + "/" + n + " " + w);
            }
        }
        assertEquals(0.0, WilsonInterval.of(0, 50).low());
        assertEquals(1.0, WilsonInterval.of(50, 50).high());
        assertEquals(new WilsonInterval(0, 1), WilsonInterval.of(0, 0));
    }

    @Test
    void narrowsAsTheCountGrows() {
        assertTrue(
                WilsonInterval.of(10, 40).width() > WilsonInterval.of(100, 400).width());
    }
}
