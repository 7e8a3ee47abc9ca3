package org.khareetaty.core.alert.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khareetaty.core.alert.score.Priority;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.taxonomy.Taxonomy;

/**
 * Every weight, window and threshold of the alert engine, read from one editable TOML file: the
 * bundled {@code alerts-defaults.toml} overlaid with {@value #FILE_NAME} in the store directory when
 * there is one. docs/alerts.md describes each key. Immutable.
 *
 * @param file the analyst's file that was read, or null when only the defaults apply
 * @param alertRowEvery how long an open alert's rewrite may wait for later updates ({@code writes.alert_row_ms})
 * @param values every effective key and value, dotted ({@code score.weight_severity}), in file order
 */
public record AlertConfig(
        Path file,
        Weights weights,
        Priorities priorities,
        Duration urgencyHalfLife,
        Corroboration corroboration,
        Fusion fusion,
        Gates gates,
        Windows windows,
        Spike spike,
        Risk risk,
        Sites sites,
        Duration geofenceDedupGap,
        Budget budget,
        Priority degradedPriority,
        Fairness fairness,
        Duration alertRowEvery,
        Map<String, TypeClass> types,
        Map<String, Object> values) {

    /** Name of the configuration file in the store directory. */
    public static final String FILE_NAME = "alerts.toml";
    /** Classpath resource of the bundled defaults. */
    public static final String DEFAULTS_RESOURCE = "/org/khareetaty/core/alert/alerts-defaults.toml";

    /** Weights of the five score terms; they sum to 1. */
    public record Weights(
            double severity, double confidence, double corroboration, double urgency, double sensitivity) {}

    /** Lowest score of P0, P1 and P2 (decreasing); below {@code p2} is P3. */
    public record Priorities(double p0, double p1, double p2) {}

    /** Independent sources within {@code radiusM} and {@code window} raise the corroboration term by {@code sourceBonus}. */
    public record Corroboration(double radiusM, Duration window, List<Double> sourceBonus, int maxPerSourceCell) {}

    /** Citizen reports within {@code radiusM} of a group's first report and {@code window} of its latest are fused. */
    public record Fusion(double radiusM, Duration window) {}

    /** Confidence gates per alert type. */
    public record Gates(
            double anomalyMinConfidence,
            double correlatedMinSourceConfidence,
            double correlatedMinCombinedConfidence,
            double spikeMinConfidence) {}

    /** Window sizes and the allowed lateness. */
    public record Windows(
            Duration allowedLateness,
            int cellResolution,
            Duration tumbling,
            Duration sliding,
            Duration slide,
            Duration sessionGap,
            double sessionRadiusM,
            Duration sessionMaxLength,
            int sessionMaxEvents,
            Duration summary) {}

    /**
     * The per-cell spike prediction (of distinct incidents, not events: one incident's many reports are no spike).
     *
     * @param expectation      where the expected count comes from
     * @param historyWeeks     weeks of the store's history the hour-of-week expectation averages
     * @param incidentRadiusM  two crimes' records (CAD calls, records entries) farther apart than this are two
     *                         incidents for the spike count (capped at the session radius)
     */
    public record Spike(
            int minIncidents,
            double minRatio,
            Duration minHistory,
            double baselineFloorPerHour,
            Duration dedupGap,
            SpikeExpectation expectation,
            int historyWeeks,
            double incidentRadiusM) {}

    /** Where a spike prediction's expected count comes from ({@code spike.expectation}). */
    public enum SpikeExpectation {
        /** The cell's hourly rate over the stream's rolling summary (the last 24 hours). */
        SUMMARY,
        /** The cell's mean count in the same hour of the week over the store's last weeks of history. */
        HOUR_OF_WEEK;

        /** The configuration's word for it: {@code summary}, {@code hour_of_week}. */
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Dynamic risk around incidents. */
    public record Risk(
            double radiusM,
            Duration halfLife,
            double saturation,
            double pruneBelow,
            Map<String, Double> categoryWeight) {
        /** The weight of an offense category (0 for a category the file does not list). */
        public double weightOf(String category) {
            return categoryWeight.getOrDefault(category, 0.0);
        }
    }

    /** Sensitive-site proximity. */
    public record Sites(double influenceM, Map<String, Double> kindWeight, double defaultWeight) {
        /** The weight of a site kind, the default for kinds not listed. */
        public double weightOf(String kind) {
            return kind == null ? defaultWeight : kindWeight.getOrDefault(kind.toLowerCase(Locale.ROOT), defaultWeight);
        }
    }

    /** Time budgets: enrichment (beyond it the nearest site and cell risk are left out) and the decision step (logged). */
    public record Budget(Duration enrichment, Duration scoring) {}

    /** The fairness check's definition of a disproportionate zone. */
    public record Fairness(double ratio, int minAlerts) {}

    /** Severity and category of a live event type. */
    public record TypeClass(double severity, String category) {}

    /** The bundled defaults only. */
    public static AlertConfig defaults() {
        return build(readDefaults(), null);
    }

    /** The defaults overlaid with {@code storeDir/alerts.toml} when it exists. */
    public static AlertConfig forStore(Path storeDir) {
        Path f = storeDir.resolve(FILE_NAME);
        return Files.isRegularFile(f) ? read(f) : defaults();
    }

    /**
     * The defaults overlaid with {@code file}.
     *
     * @throws ConfigException naming the file and key of an unknown key, a bad value or a TOML syntax error
     */
    public static AlertConfig read(Path file) {
        ObjectNode user;
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode n = new TomlMapper().readTree(in);
            user = n instanceof ObjectNode o ? o : new TomlMapper().createObjectNode();
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new ConfigException(
                    "The alert configuration " + file + " is not valid TOML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ConfigException("Cannot read the alert configuration " + file + ": " + e.getMessage(), e);
        }
        ObjectNode merged = readDefaults();
        merge(merged, user);
        return build(merged, file, user);
    }

    /** The text of the bundled defaults (what {@code alerts config --init} writes). */
    public static String defaultsText() {
        try (InputStream in = open()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open() {
        InputStream in = AlertConfig.class.getResourceAsStream(DEFAULTS_RESOURCE);
        if (in == null) {
            throw new IllegalStateException(
                    "The bundled resource " + DEFAULTS_RESOURCE + " is missing from the core-analytics jar");
        }
        return in;
    }

    private static ObjectNode readDefaults() {
        try (InputStream in = open()) {
            return (ObjectNode) new TomlMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled " + DEFAULTS_RESOURCE, e);
        }
    }

    private static void merge(ObjectNode into, ObjectNode from) {
        Iterator<Map.Entry<String, JsonNode>> it = from.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode existing = into.get(e.getKey());
            if (existing instanceof ObjectNode o && e.getValue() instanceof ObjectNode f) {
                merge(o, f);
            } else {
                into.set(e.getKey(), e.getValue());
            }
        }
    }

    private static AlertConfig build(ObjectNode tree, Path file) {
        return build(tree, file, null);
    }

    private static AlertConfig build(ObjectNode tree, Path file, ObjectNode user) {
        ConfigTree t = new ConfigTree(tree, file == null ? "(bundled defaults)" : file.toString());
        Weights w = new Weights(
                t.number("score.weight_severity", 0, 1),
                t.number("score.weight_confidence", 0, 1),
                t.number("score.weight_corroboration", 0, 1),
                t.number("score.weight_urgency", 0, 1),
                t.number("score.weight_sensitivity", 0, 1));
        double sum = w.severity() + w.confidence() + w.corroboration() + w.urgency() + w.sensitivity();
        if (Math.abs(sum - 1) > 1e-6) {
            throw t.bad(
                    "score.weight_*",
                    String.format(Locale.ROOT, "must sum to 1 so that scores stay in 0..1; they sum to %.4f", sum));
        }
        Priorities p = new Priorities(
                t.number("priority.p0", 0, 1), t.number("priority.p1", 0, 1), t.number("priority.p2", 0, 1));
        if (!(p.p0() > p.p1() && p.p1() > p.p2())) {
            throw t.bad("priority", "thresholds must decrease: p0 > p1 > p2");
        }
        Duration halfLife = minutes(t, "urgency.half_life_minutes", 0.01, 1440);
        Corroboration corr = new Corroboration(
                t.number("corroboration.radius_m", 1, 50_000),
                minutes(t, "corroboration.window_minutes", 0.01, 1440),
                t.numbers("corroboration.source_bonus", 0, 1),
                t.integer("corroboration.max_per_source_cell", 1, 1_000_000));
        double bonusSum =
                corr.sourceBonus().stream().mapToDouble(Double::doubleValue).sum();
        if (bonusSum > 1 + 1e-9) {
            throw t.bad("corroboration.source_bonus", "must sum to at most 1 (the term is in 0..1)");
        }
        Fusion fusion =
                new Fusion(t.number("fusion.radius_m", 1, 10_000), minutes(t, "fusion.window_minutes", 0.01, 1440));
        Gates gates = new Gates(
                t.number("gates.anomaly_min_confidence", 0, 1),
                t.number("gates.correlated_min_source_confidence", 0, 1),
                t.number("gates.correlated_min_combined_confidence", 0, 1),
                t.number("gates.spike_min_confidence", 0, 1));
        Windows win = new Windows(
                minutes(t, "windows.allowed_lateness_minutes", 0, 1440),
                t.integer("windows.cell_resolution", 0, 15),
                minutes(t, "windows.tumbling_minutes", 0.01, 1440),
                minutes(t, "windows.sliding_minutes", 0.01, 10_080),
                minutes(t, "windows.sliding_slide_minutes", 0.01, 10_080),
                minutes(t, "windows.session_gap_minutes", 0.01, 10_080),
                t.number("windows.session_radius_m", 1, 50_000),
                Duration.ofMillis(Math.round(t.number("windows.session_max_hours", 0.01, 720) * 3_600_000)),
                t.integer("windows.session_max_events", 1, 100_000),
                Duration.ofMillis(Math.round(t.number("windows.summary_hours", 1, 720) * 3_600_000)));
        if (win.sliding().toMillis() % win.slide().toMillis() != 0) {
            throw t.bad("windows.sliding_minutes", "must be a whole multiple of windows.sliding_slide_minutes");
        }
        if (win.summary().toMillis() % 3_600_000 != 0) {
            throw t.bad("windows.summary_hours", "must be a whole number of hours");
        }
        Spike spike = new Spike(
                t.integer("spike.min_incidents", 1, 1_000_000),
                t.number("spike.min_ratio", 1, 1000),
                Duration.ofMillis(Math.round(t.number("spike.min_history_hours", 0, 720) * 3_600_000)),
                t.number("spike.baseline_floor_per_hour", 0.001, 1_000_000),
                minutes(t, "spike.dedup_gap_minutes", 0.01, 10_080),
                spikeExpectation(t),
                t.integer("spike.history_weeks", 1, 520),
                t.number("spike.incident_radius_m", 1, 50_000));
        if (spike.expectation() == SpikeExpectation.HOUR_OF_WEEK
                && (win.cellResolution() < H3Cells.MIN_RES || win.cellResolution() > H3Cells.MAX_RES)) {
            throw t.bad(
                    "spike.expectation",
                    "hour_of_week needs windows.cell_resolution in " + H3Cells.MIN_RES + ".." + H3Cells.MAX_RES
                            + " (the store's aggregates), got " + win.cellResolution());
        }
        if (spike.minHistory().compareTo(win.summary()) > 0) {
            throw t.bad("spike.min_history_hours", "must not exceed windows.summary_hours");
        }
        Map<String, Double> catWeight = new LinkedHashMap<>();
        for (String c : t.names("risk.category_weight")) {
            if (!Taxonomy.CATEGORIES.contains(c)) {
                throw t.bad("risk.category_weight." + c, "is not a category; categories are " + Taxonomy.CATEGORIES);
            }
            catWeight.put(c, t.number("risk.category_weight." + c, 0, 10));
        }
        Risk risk = new Risk(
                t.number("risk.radius_m", 1, 100_000),
                Duration.ofMillis(Math.round(t.number("risk.half_life_hours", 0.01, 8760) * 3_600_000)),
                t.number("risk.saturation", 0.001, 1e6),
                t.number("risk.prune_below", 1e-9, 1),
                Map.copyOf(catWeight));
        Map<String, Double> kinds = new LinkedHashMap<>();
        for (String k : t.names("sites.kind_weight")) {
            kinds.put(k.toLowerCase(Locale.ROOT), t.number("sites.kind_weight." + k, 0, 1));
        }
        Double def = kinds.remove("default");
        Sites sites = new Sites(t.number("sites.influence_m", 1, 100_000), Map.copyOf(kinds), def == null ? 1.0 : def);
        Budget budget = new Budget(
                Duration.ofNanos(Math.round(t.number("budget.enrichment_ms", 0, 60_000) * 1e6)),
                Duration.ofNanos(Math.round(t.number("budget.scoring_ms", 0, 60_000) * 1e6)));
        String deg = t.text("degraded.priority");
        Priority degraded;
        try {
            degraded = Priority.valueOf(deg.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw t.bad("degraded.priority", "must be one of P0, P1, P2, P3, got '" + deg + "'");
        }
        Fairness fairness =
                new Fairness(t.number("fairness.ratio", 1, 1000), t.integer("fairness.min_alerts", 1, 1_000_000));
        Map<String, TypeClass> types = new LinkedHashMap<>();
        for (String type : t.names("types")) {
            String cat = t.text("types." + type + ".category");
            if (!Taxonomy.CATEGORIES.contains(cat)) {
                throw t.bad(
                        "types." + type + ".category", "must be one of " + Taxonomy.CATEGORIES + ", got '" + cat + "'");
            }
            types.put(type.toLowerCase(Locale.ROOT), new TypeClass(t.number("types." + type + ".severity", 0, 1), cat));
        }
        AlertConfig config = new AlertConfig(
                file,
                w,
                p,
                halfLife,
                corr,
                fusion,
                gates,
                win,
                spike,
                risk,
                sites,
                minutes(t, "geofence.dedup_gap_minutes", 0.01, 10_080),
                budget,
                degraded,
                fairness,
                Duration.ofMillis(Math.round(t.number("writes.alert_row_ms", 0, 60_000))),
                Map.copyOf(types),
                java.util.Collections.unmodifiableMap(t.flatten()));
        if (user != null) {
            List<String> unknown = t.unread(user);
            if (!unknown.isEmpty()) {
                throw new ConfigException("The alert configuration " + file + " has unknown key"
                        + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                        + ": check the spelling against docs/alerts.md or `khareetaty alerts config`");
            }
        }
        return config;
    }

    private static SpikeExpectation spikeExpectation(ConfigTree t) {
        String v = t.text("spike.expectation");
        for (SpikeExpectation e : SpikeExpectation.values()) {
            if (e.wire().equals(v)) {
                return e;
            }
        }
        throw t.bad("spike.expectation", "must be \"summary\" or \"hour_of_week\", got \"" + v + "\"");
    }

    private static Duration minutes(ConfigTree t, String key, double min, double max) {
        return Duration.ofMillis(Math.round(t.number(key, min, max) * 60_000));
    }
}
