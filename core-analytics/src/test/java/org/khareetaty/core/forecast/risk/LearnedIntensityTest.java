package org.khareetaty.core.forecast.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.testing.SharedData;

/** The learned hotspot intensity: its fit on a synthetic Poisson sample, and its training days on the real file. */
class LearnedIntensityTest {
    /**
     * 100,000 cells with two features (uniform 0..4 and 0..1, a fifth of the second zero) and a background
     * of one: counts Poisson with λ = 0.02·x1 + 0.05·x2 + 0.001. The maximum-likelihood weights must lie
     * within sampling error of the truth (about 2,500 counts: a few percent).
     */
    @Test
    void emRecoversTheWeightsOfAKnownPoissonIntensity() {
        double[] truth = {0.02, 0.05, 0.001};
        Random r = new Random(7);
        Well19937c rng = new Well19937c(11);
        double[] sums = new double[3];
        List<double[]> rows = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            double[] x = {4 * r.nextDouble(), r.nextDouble() < 0.2 ? 0 : r.nextDouble(), 1};
            double lambda = truth[0] * x[0] + truth[1] * x[1] + truth[2] * x[2];
            int y = new PoissonDistribution(rng, lambda, 1e-12, 1000).sample();
            for (int j = 0; j < 3; j++) {
                sums[j] += x[j];
            }
            if (y > 0) {
                rows.add(x);
                counts.add((double) y);
            }
        }
        double[] flat = new double[rows.size() * 3];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, flat, 3 * i, 3);
        }
        double[] w = PoissonIntensityFit.fit(
                flat, counts.stream().mapToDouble(Double::doubleValue).toArray(), sums);
        assertEquals(truth[0], w[0], 0.1 * truth[0]);
        assertEquals(truth[1], w[1], 0.15 * truth[1]);
        double expected = 0;
        for (int j = 0; j < 3; j++) {
            expected += w[j] * sums[j];
        }
        // at the maximum of a Poisson likelihood with a constant term the fitted total equals the observed
        assertEquals(counts.stream().mapToDouble(Double::doubleValue).sum(), expected, 1e-6 * expected);
    }

    @Test
    void trainsOnTheDaysBeforeTheFirstDayScoredOnly() throws IOException {
        RiskIncidents in = RiskIncidents.read(SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz"));
        int residences = 0;
        int streets = 0;
        for (byte p : in.place()) {
            residences += p == PlaceKind.RESIDENCE.ordinal() ? 1 : 0;
            streets += p == PlaceKind.STREET.ordinal() ? 1 : 0;
        }
        // zcat ... | cut -d, -f2 | sort | uniq -c: residence 47,254, street 70,713
        assertEquals(47_254, residences);
        assertEquals(70_713, streets);

        RiskGrid grid = RiskGrid.of(in, RiskGrid.CHICAGO_LON, RiskGrid.CHICAGO_LAT, 150);
        LearnedIntensity m = LearnedIntensity.chosen();
        int first = (int) LocalDate.of(2018, 10, 1).toEpochDay();
        double[] scores = m.score(grid, first);
        assertEquals(first - 1, m.trainedThrough());
        assertTrue(
                m.weights().values().stream().allMatch(w -> w >= 0), m.weights().toString());
        assertTrue(m.weights().get("chronic730.street") > 0, m.weights().toString());
        assertTrue(
                m.weekendWeights().get("chronic730.street") > 0,
                m.weekendWeights().toString());
        assertTrue(!m.weights().equals(m.weekendWeights()), "weekends are weighed apart, learned on their own days");
        assertTrue(
                m.weekendWeights().containsKey("own730.sameDayType"),
                m.weekendWeights().toString());
        assertTrue(!m.weights().containsKey("own730.sameDayType"), "weekdays keep the session-9 features");
        m.score(grid, first + 30);
        assertEquals(first - 1, m.trainedThrough(), "a later day reuses the fit");
        m.score(grid, first - 100);
        assertEquals(first - 101, m.trainedThrough(), "an earlier day is never scored by a fit that saw it");
        assertEquals(grid.cells(), scores.length);

        RiskGrid young = RiskGrid.of(
                in.first(in.indexOfDay((int) LocalDate.of(2010, 6, 1).toEpochDay())),
                RiskGrid.CHICAGO_LON,
                RiskGrid.CHICAGO_LAT,
                150);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> LearnedIntensity.chosen().score(young, young.incidents().lastDay()));
        assertTrue(e.getMessage().contains("selfexciting"), e.getMessage());
    }
}
