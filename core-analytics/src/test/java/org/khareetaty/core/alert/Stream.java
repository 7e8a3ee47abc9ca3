package org.khareetaty.core.alert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.geo.GreatCircle;
import org.khareetaty.core.store.Store;

/**
 * Builds live events for the alert tests around a fixed place and time: Kuwait City's Safat
 * (29.3759 N, 47.9774 E, in the Capital governorate) at 2025-03-01 18:00 UTC, with offsets in
 * metres and minutes, numbering them as a feed does.
 */
final class Stream {
    static final Instant T0 = Instant.parse("2025-03-01T18:00:00Z");
    static final double LAT = 29.3759;
    static final double LON = 47.9774;
    private long seq;

    /** An event {@code minutes} after T0, {@code northM} and {@code eastM} metres from Safat. */
    Event event(
            String id,
            EventSource source,
            String type,
            double minutes,
            double northM,
            double eastM,
            double confidence) {
        return event(id, source, type, minutes, northM, eastM, confidence, null);
    }

    Event event(
            String id,
            EventSource source,
            String type,
            double minutes,
            double northM,
            double eastM,
            double confidence,
            String reporter) {
        Instant at = T0.plusMillis(Math.round(minutes * 60_000));
        return new Event(
                id,
                ++seq,
                source,
                type,
                at,
                at.plusSeconds(2),
                lat(northM),
                lon(northM, eastM),
                confidence,
                reporter,
                Map.of());
    }

    static double lat(double northM) {
        return LAT + northM / GreatCircle.METRES_PER_DEGREE;
    }

    static double lon(double northM, double eastM) {
        return LON + eastM / (GreatCircle.METRES_PER_DEGREE * Math.cos(Math.toRadians(lat(northM))));
    }

    /** Processes {@code e} received 2 s after it occurred. */
    static List<AlertDecision> feed(AlertEngine engine, Event e) {
        return engine.process(e, e.occurredAt().plus(Duration.ofSeconds(2)));
    }

    /** The store's configuration after writing {@code toml} (overrides of the defaults) as its alerts.toml. */
    static AlertConfig config(Store store, String toml) {
        try {
            Files.writeString(store.dir().resolve(AlertConfig.FILE_NAME), toml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AlertConfig.forStore(store.dir());
    }

    /**
     * Generous stage budgets for tests that check scores: on a loaded build machine a stage can
     * overrun the default 20 ms and let the event through unscored (tested on its own).
     */
    static final String TEST_BUDGETS = "[budget]\nenrichment_ms = 60000.0\nscoring_ms = 60000.0\n";

    /** An engine with the defaults but {@link #TEST_BUDGETS} and {@code toml}. */
    static AlertEngine engine(Store store, String toml) {
        return AlertEngine.open(store, config(store, TEST_BUDGETS + toml));
    }

    /** The single decision of kind {@code kind} in {@code ds}. */
    static AlertDecision only(List<AlertDecision> ds, DecisionKind kind) {
        List<AlertDecision> of = ds.stream().filter(d -> d.kind() == kind).toList();
        if (of.size() != 1) {
            throw new AssertionError("expected one " + kind + " decision in " + ds);
        }
        return of.get(0);
    }

    /** Empties the alert tables (and removes alerts.toml), so one store serves a test class. */
    static void reset(Store store) {
        try (java.sql.Connection c = store.connect();
                java.sql.Statement st = c.createStatement()) {
            for (String t : List.of(
                    "alert_stream_events",
                    "alerts",
                    "alert_explanations",
                    "alert_events",
                    "alert_notes",
                    "alert_audit",
                    "alert_latency",
                    "alert_sites",
                    "alert_geofences")) {
                st.execute("DELETE FROM " + t);
            }
            Files.deleteIfExists(store.dir().resolve(AlertConfig.FILE_NAME));
        } catch (java.sql.SQLException | IOException e) {
            throw new AssertionError(e);
        }
    }
}
