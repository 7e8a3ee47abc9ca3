package org.khareetaty.core.alert.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.alert.score.Priority;

/** The one configuration file: bundled defaults from the design, the analyst's overrides, and clear errors. */
class AlertConfigTest {
    @TempDir
    Path dir;

    @Test
    void theDefaultsAreTheOriginalDesignsNumbers() {
        AlertConfig c = AlertConfig.defaults();
        assertNull(c.file());
        assertEquals(new AlertConfig.Weights(0.35, 0.25, 0.20, 0.10, 0.10), c.weights());
        assertEquals(new AlertConfig.Priorities(0.85, 0.65, 0.40), c.priorities());
        assertEquals(500, c.corroboration().radiusM());
        assertEquals(Duration.ofMinutes(15), c.corroboration().window());
        assertEquals(List.of(0.15, 0.25), c.corroboration().sourceBonus());
        assertEquals(new AlertConfig.Fusion(50, Duration.ofMinutes(5)), c.fusion());
        assertEquals(new AlertConfig.Gates(0.70, 0.60, 0.70, 0.65), c.gates());
        assertEquals(Duration.ofMinutes(5), c.windows().allowedLateness());
        assertEquals(Duration.ofMinutes(5), c.windows().tumbling());
        assertEquals(Duration.ofHours(1), c.windows().sliding());
        assertEquals(Duration.ofMinutes(15), c.windows().slide());
        assertEquals(Duration.ofMinutes(30), c.windows().sessionGap());
        assertEquals(Duration.ofHours(24), c.windows().summary());
        assertEquals(2000, c.risk().radiusM());
        assertEquals(1.0, c.risk().weightOf("violent"));
        assertEquals(Priority.P2, c.degradedPriority());
        assertEquals(new AlertConfig.Fairness(2.0, 10), c.fairness());
        assertEquals(0.35, c.values().get("score.weight_severity"));
        assertEquals(0.9, c.types().get("gunshot").severity());
    }

    @Test
    void theStoresFileOverridesOnlyWhatItNames() throws Exception {
        Files.writeString(
                dir.resolve("alerts.toml"),
                "[gates]\nanomaly_min_confidence = 0.8\n\n[types.drone_sighting]\n"
                        + "severity = 0.4\ncategory = \"public_order\"\n");
        AlertConfig c = AlertConfig.forStore(dir);
        assertEquals(dir.resolve("alerts.toml"), c.file());
        assertEquals(0.8, c.gates().anomalyMinConfidence());
        assertEquals(0.6, c.gates().correlatedMinSourceConfidence());
        assertEquals(new AlertConfig.TypeClass(0.4, "public_order"), c.types().get("drone_sighting"));
        assertEquals(0.9, c.types().get("gunshot").severity());
    }

    @Test
    void anUnknownKeyIsAnErrorNamingItAndTheFile() throws Exception {
        Path f = Files.writeString(dir.resolve("alerts.toml"), "[gates]\nanomaly_min_confidance = 0.8\n");
        ConfigException e = assertThrows(ConfigException.class, () -> AlertConfig.forStore(dir));
        assertEquals(
                "The alert configuration " + f
                        + " has unknown key gates.anomaly_min_confidance: check the spelling against "
                        + "docs/alerts.md or `khareetaty alerts config`",
                e.getMessage());
    }

    @Test
    void aValueOutOfRangeOrWeightsNotSummingToOneAreErrors() throws Exception {
        Path f = Files.writeString(dir.resolve("alerts.toml"), "[gates]\nanomaly_min_confidence = 1.7\n");
        ConfigException e = assertThrows(ConfigException.class, () -> AlertConfig.read(f));
        assertEquals(
                "The alert configuration " + f + ": key 'gates.anomaly_min_confidence' must be in 0..1, got 1.7",
                e.getMessage());
        Files.writeString(f, "[score]\nweight_severity = 0.5\n");
        e = assertThrows(ConfigException.class, () -> AlertConfig.read(f));
        assertTrue(
                e.getMessage().contains("must sum to 1 so that scores stay in 0..1; they sum to 1.1500"),
                e.getMessage());
        Files.writeString(f, "[gates\n");
        e = assertThrows(ConfigException.class, () -> AlertConfig.read(f));
        assertTrue(e.getMessage().startsWith("The alert configuration " + f + " is not valid TOML"), e.getMessage());
    }

    @Test
    void theSpikeExpectationIsTheSummaryUnlessTheFileAsksForTheHoursOfTheWeekAtAnAggregatedResolution()
            throws Exception {
        assertEquals(
                AlertConfig.SpikeExpectation.SUMMARY,
                AlertConfig.defaults().spike().expectation());
        assertEquals(8, AlertConfig.defaults().spike().historyWeeks());
        Path f = Files.writeString(dir.resolve("alerts.toml"), "[spike]\nexpectation = \"hour_of_week\"\n");
        assertEquals(
                AlertConfig.SpikeExpectation.HOUR_OF_WEEK,
                AlertConfig.read(f).spike().expectation());
        Files.writeString(f, "[spike]\nexpectation = \"weekly\"\n");
        ConfigException e = assertThrows(ConfigException.class, () -> AlertConfig.read(f));
        assertEquals(
                "The alert configuration " + f
                        + ": key 'spike.expectation' must be \"summary\" or \"hour_of_week\", got \"weekly\"",
                e.getMessage());
        Files.writeString(f, "[spike]\nexpectation = \"hour_of_week\"\n[windows]\ncell_resolution = 11\n");
        e = assertThrows(ConfigException.class, () -> AlertConfig.read(f));
        assertTrue(e.getMessage().contains("hour_of_week needs windows.cell_resolution in 6..10"), e.getMessage());
    }

    @Test
    void theDefaultsTextIsTheFileInitWrites() throws Exception {
        Path f = Files.writeString(dir.resolve("alerts.toml"), AlertConfig.defaultsText());
        assertEquals(AlertConfig.defaults().values(), AlertConfig.read(f).values());
    }
}
