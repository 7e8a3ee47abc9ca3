package org.khareetaty.core.alert.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.taxonomy.Taxonomy;

/** The score's weights, the priority thresholds, urgency, the corroboration term, severity and the spike model. */
class ScoreTermsTest {
    static final AlertConfig D = AlertConfig.defaults();

    @Test
    void scoreIsTheWeightedSumOfTheFiveTerms() {
        ScoreTerms t = new ScoreTerms(0.9, 0.8, 0.4, 1.0, 0.5);
        // 0.35 x 0.9 + 0.25 x 0.8 + 0.20 x 0.4 + 0.10 x 1.0 + 0.10 x 0.5 = 0.315 + 0.2 + 0.08 + 0.1 + 0.05
        assertEquals(0.745, t.score(D.weights()), 1e-12);
        assertEquals(1.0, new ScoreTerms(1, 1, 1, 1, 1).score(D.weights()), 1e-12);
    }

    @Test
    void prioritiesStartAtEightyFiveSixtyFiveAndForty() {
        AlertConfig.Priorities p = D.priorities();
        assertEquals(Priority.P0, Priority.of(0.85, p));
        assertEquals(Priority.P1, Priority.of(0.8499, p));
        assertEquals(Priority.P1, Priority.of(0.65, p));
        assertEquals(Priority.P2, Priority.of(0.6499, p));
        assertEquals(Priority.P2, Priority.of(0.40, p));
        assertEquals(Priority.P3, Priority.of(0.3999, p));
    }

    @Test
    void urgencyHalvesEveryTenMinutesOfAge() {
        TemporalUrgency u = new TemporalUrgency(D.urgencyHalfLife());
        Instant now = Instant.parse("2025-03-01T18:30:00Z");
        assertEquals(1.0, u.of(now, now), 1e-12);
        assertEquals(0.5, u.of(now.minus(Duration.ofMinutes(10)), now), 1e-12);
        assertEquals(0.25, u.of(now.minus(Duration.ofMinutes(20)), now), 1e-12);
        assertEquals(1.0, u.of(now.plusSeconds(30), now), 1e-12, "an event ahead of stream time is not older than new");
    }

    @Test
    void corroborationAddsFifteenForTheSecondSourceAndTwentyFiveForTheThird() {
        CorroborationTerm c = new CorroborationTerm(D.corroboration().sourceBonus());
        assertEquals(0, c.of(1), 1e-12);
        assertEquals(0.15, c.of(2), 1e-12);
        assertEquals(0.40, c.of(3), 1e-12);
        assertEquals(0.40, c.of(6), 1e-12);
    }

    @Test
    void severityComesFromTheTypesTableThenTheTaxonomyThenTheUnknownClass() {
        ThreatSeverity s = new ThreatSeverity(D.types(), Taxonomy.builtIn());
        assertEquals(new AlertConfig.TypeClass(0.9, "weapons"), s.classify("gunshot"));
        assertEquals(new AlertConfig.TypeClass(0.8, "violent"), s.classify("robbery"));
        assertEquals(new AlertConfig.TypeClass(0.5, "violent"), s.classify("Assault"));
        assertEquals(new AlertConfig.TypeClass(0.5, "property"), s.classify("motor_vehicle_theft"));
        assertEquals(new AlertConfig.TypeClass(0.2, "other"), s.classify("unheard_of"));
    }

    @Test
    void spikeConfidenceIsThePoissonProbabilityOfFewerEvents() {
        // P(X <= 3 | 2) = e^-2 (1 + 2 + 2 + 4/3) = 0.857123
        assertEquals(0.857123, SpikePrediction.poissonCdf(3, 2), 1e-6);
        assertEquals(0.857123, SpikePrediction.of(4, 2).confidence(), 1e-6);
        // P(X <= 4 | 4) = e^-4 (1 + 4 + 8 + 32/3 + 32/3) = 0.628837
        assertEquals(0.628837, SpikePrediction.of(5, 4).confidence(), 1e-6);
        // where e^-lambda underflows (lambda = 1000) the log-space sum still works: P(X < lambda) lies just under
        // one half (the Poisson median is lambda - 1/3 .. lambda)
        double p = SpikePrediction.poissonCdf(999, 1000);
        assertEquals(0.49, p, 0.01, "P(X <= 999 | 1000) = " + p);
    }
}
