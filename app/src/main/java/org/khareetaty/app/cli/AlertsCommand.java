package org.khareetaty.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.core.alert.Alert;
import org.khareetaty.core.alert.AlertDecision;
import org.khareetaty.core.alert.AlertEvent;
import org.khareetaty.core.alert.AlertNote;
import org.khareetaty.core.alert.AlertState;
import org.khareetaty.core.alert.Alerts;
import org.khareetaty.core.alert.audit.AuditEntry;
import org.khareetaty.core.alert.audit.AuditLog;
import org.khareetaty.core.alert.audit.FairnessCheck;
import org.khareetaty.core.alert.audit.FairnessReport;
import org.khareetaty.core.alert.audit.ZoneShare;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.alert.enrich.SensitiveSites;
import org.khareetaty.core.alert.explain.ExplanationDocument;
import org.khareetaty.core.alert.geofence.Geofence;
import org.khareetaty.core.alert.geofence.GeofenceRule;
import org.khareetaty.core.alert.geofence.Geofences;
import org.khareetaty.core.alert.score.Priority;
import org.khareetaty.core.alert.score.ScoreTerms;
import org.khareetaty.core.alert.stats.Stage;
import org.khareetaty.core.alert.stats.StageLatencies;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code khareetaty alerts}: the alerts the live-stream engine raised, their workflow (acknowledge,
 * dispatch, close, notes), the audit log with the fairness check, per-stage latencies, geofences,
 * sensitive sites and the engine's configuration. {@code alerts listen URL} (the headless client)
 * is wired where the stream client lives. See docs/alerts.md.
 */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = {"Alerts raised from the live event stream: list, show, acknowledge, dispatch, close, notes; the",
                "audit log and fairness check; per-stage latency; geofences; sensitive sites; configuration. See docs/alerts.md."},
        subcommands = {AlertsCommand.ListAlerts.class, AlertsCommand.Show.class, AlertsCommand.Ack.class, AlertsCommand.Dispatch.class,
                AlertsCommand.Close.class, AlertsCommand.Note.class, AlertsCommand.Audit.class, AlertsCommand.Stats.class,
                AlertsCommand.GeofenceCommand.class, AlertsCommand.SitesCommand.class, AlertsCommand.Config.class, AlertsListenCommand.class})
final class AlertsCommand {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AlertsCommand() {
    }

    static String local(Instant t) {
        return t == null ? "-" : LOCAL.format(t.atZone(ZoneId.systemDefault()));
    }

    static String score(Double s) {
        return s == null ? "  -  " : String.format(Locale.ROOT, "%.3f", s);
    }

    /** An alert as a JSON-ready map. */
    static Map<String, Object> asMap(Alert a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("type", a.type().wire());
        m.put("state", a.state().wire());
        m.put("priority", a.priority().name());
        m.put("score", a.score());
        m.put("terms", a.terms() == null ? null : AlertDecision.termsMap(a.terms()));
        m.put("unverified", a.unverified());
        m.put("unscored", a.unscored());
        m.put("event_type", a.eventType());
        m.put("category", a.category());
        m.put("zone", a.zone());
        m.put("lat", a.lat());
        m.put("lon", a.lon());
        m.put("sources", a.sources().isEmpty() ? List.of() : List.of(a.sources().split(",")));
        m.put("event_count", a.eventCount());
        m.put("reporter_count", a.reporterCount());
        m.put("first_event_at", a.firstEventAt().toString());
        m.put("last_event_at", a.lastEventAt().toString());
        m.put("raised_at", a.raisedAt().toString());
        m.put("updated_at", a.updatedAt().toString());
        m.put("dedup_key", a.dedupKey());
        return m;
    }

    static Map<String, Object> asMap(AuditEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("at", e.at().toString());
        m.put("actor", e.actor());
        m.put("action", e.action());
        m.put("alert", e.alertId());
        m.put("event", e.eventId());
        m.put("priority", e.priority());
        m.put("score", e.score());
        m.put("reason", e.reason());
        return m;
    }

    /**
     * Reads {@code --since}: an ISO instant (2025-03-01T18:00:00Z), a local date (2025-03-01, from
     * midnight in the analyst's zone), or a span back from now (30m, 24h, 7d).
     */
    static Instant since(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        try {
            if (s.matches("\\d+[smhd]")) {
                long n = Long.parseLong(s.substring(0, s.length() - 1));
                Duration d = switch (s.charAt(s.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
                return Instant.now().minus(d);
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(s).atStartOfDay(ZoneId.systemDefault()).toInstant();
            }
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("--since '" + text + "' is not a time: give an ISO instant (2025-03-01T18:00:00Z), "
                    + "a date (2025-03-01) or a span back from now (30m, 24h, 7d)");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Alerts, highest priority and most recently updated first.")
    static final class ListAlerts implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Option(names = "--state", paramLabel = "STATE", description = "Only alerts in this state: new, acknowledged, dispatched, closed.")
        String state;

        @Option(names = "--open", description = "Only alerts not closed.")
        boolean open;

        @Option(names = "--priority", paramLabel = "P", description = "Only this priority: P0, P1, P2, P3.")
        String priority;

        @Option(names = "--limit", defaultValue = "50", description = "At most this many (default ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--json", description = "Print as JSON.")
        boolean json;

        @Override
        public Integer call() {
            AlertState st = state == null ? null : AlertState.fromWire(state);
            Priority p = priority == null ? null : parsePriority(priority);
            List<Alert> alerts;
            try (Store s = store.open()) {
                alerts = new Alerts(s).list(st, open, p, limit);
            }
            if (json) {
                System.out.println(Json.of(alerts.stream().map(AlertsCommand::asMap).toList()));
                return 0;
            }
            if (alerts.isEmpty()) {
                System.out.println("no alerts" + (st == null && p == null && !open ? "" : " matching"));
                return 0;
            }
            System.out.printf(Locale.ROOT, "%6s %-3s %6s %-11s %-12s %-10s %6s  %-19s  %s%n", "id", "pri", "score", "type", "state", "zone",
                    "events", "last event", "what");
            for (Alert a : alerts) {
                System.out.printf(Locale.ROOT, "%6d %-3s %6s %-11s %-12s %-10s %6d  %-19s  %s (%s)%s%s%n", a.id(), a.priority(), score(a.score()),
                        a.type().wire(), a.state().wire(), a.zone() == null ? "-" : a.zone(), a.eventCount(), local(a.lastEventAt()),
                        a.eventType(), a.sources(), a.unverified() ? " unverified" : "", a.unscored() ? " UNSCORED" : "");
            }
            return 0;
        }
    }

    static Priority parsePriority(String p) {
        try {
            return Priority.valueOf(p.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--priority '" + p + "': priorities are P0, P1, P2, P3");
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "One alert with its explanation: the five score terms, the gate, the events behind it, notes and history.")
    static final class Show implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Parameters(paramLabel = "ID", description = "The alert id.")
        long id;

        @Option(names = "--json", description = "Print as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            Alert a;
            List<AlertEvent> events;
            List<AlertNote> notes;
            List<AuditEntry> history;
            AlertConfig.Weights w;
            try (Store s = store.open()) {
                Alerts alerts = new Alerts(s);
                a = alerts.get(id).orElseThrow(() -> new IllegalArgumentException("There is no alert " + id
                        + " in the store; `khareetaty alerts list` shows the alerts"));
                events = alerts.events(id);
                notes = alerts.notes(id);
                history = alerts.history(id);
                w = AlertConfig.forStore(s.dir()).weights();
            }
            if (json) {
                Map<String, Object> m = asMap(a);
                m.put("explanation", a.explanation());
                m.put("events", events.stream().map(e -> {
                    Map<String, Object> x = new LinkedHashMap<>();
                    x.put("id", e.eventId());
                    x.put("role", e.role());
                    x.put("source", e.source());
                    x.put("type", e.type());
                    x.put("occurred_at", e.occurredAt() == null ? null : e.occurredAt().toString());
                    x.put("confidence", e.confidence());
                    x.put("lat", e.lat());
                    x.put("lon", e.lon());
                    x.put("reporter", e.reporter());
                    return x;
                }).toList());
                m.put("notes", notes.stream().map(n -> Map.of("at", n.at().toString(), "actor", n.actor(), "note", n.note())).toList());
                m.put("history", history.stream().map(AlertsCommand::asMap).toList());
                System.out.println(Json.of(m));
                return 0;
            }
            ExplanationDocument ex = a.explanation();
            System.out.printf(Locale.ROOT, "alert %d  %s  %s  %s%s%s%n", a.id(), a.priority(), a.type().wire(), a.state().wire(),
                    a.unverified() ? "  UNVERIFIED" : "", a.unscored() ? "  UNSCORED" : "");
            System.out.printf(Locale.ROOT, "  %s (%s) in %s at %.5f, %.5f; %d events, %d reporters; %s .. %s%n", a.eventType(), a.category(),
                    a.zone() == null ? "no zone" : a.zone(), a.lat(), a.lon(), a.eventCount(), a.reporterCount(), local(a.firstEventAt()),
                    local(a.lastEventAt()));
            System.out.println("  gate: " + ex.gate());
            if (ex.unscored() != null) {
                System.out.println("  unscored: " + ex.unscored());
            }
            System.out.printf(Locale.ROOT, "%n  score %s = sum of weight x term%n", score(a.score()));
            if (a.terms() != null) {
                ScoreTerms t = a.terms();
                row("threat severity", t.severity(), w.severity());
                row("model confidence", t.confidence(), w.confidence());
                row("corroboration", t.corroboration(), w.corroboration());
                row("temporal urgency", t.urgency(), w.urgency());
                row("spatial sensitivity", t.sensitivity(), w.sensitivity());
            }
            if (ex.sources() != null) {
                System.out.println("\n  sources (best event of each; counted when at or above the per-source gate):");
                for (var src : ex.sources()) {
                    System.out.printf(Locale.ROOT, "    %-15s %-28s %-12s %.2f%s%n", src.source(), src.event(), src.type(), src.confidence(),
                            src.counted() ? "  counted" : "");
                }
            }
            if (ex.citizenReports() != null) {
                var c = ex.citizenReports();
                System.out.printf(Locale.ROOT, "  citizen reports: %s by %d reporters, votes %s%n", c.type(), c.reporters(), c.votesAsJson());
            }
            if (ex.spike() != null) {
                var sp = ex.spike();
                System.out.printf(Locale.ROOT, "  spike: %d incidents in %s .. %s against %.2f expected (%.2f per hour), confidence %.2f%n",
                        sp.observedIncidents(), sp.windowStart(), sp.windowEnd(), sp.expected(), sp.baselinePerHour(), sp.confidence());
            }
            var trig = ex.trigger();
            if (trig != null && trig.site() != null) {
                System.out.printf(Locale.ROOT, "  nearest sensitive site: %s (%s) at %.0f m%n", trig.site().name(), trig.site().kind(),
                        trig.site().distanceM());
            }
            if (trig != null) {
                System.out.printf(Locale.ROOT, "  cell risk at the last event: %.3f, this incident's own included (the score reads the "
                        + "risk from before the incident began)%n", trig.cellRisk());
            }
            System.out.printf(Locale.ROOT, "%n  events behind it (%d):%n", events.size());
            for (AlertEvent e : events) {
                System.out.printf(Locale.ROOT, "    %-13s %-28s %-15s %-14s %.2f  %s%s%n", e.role(), e.eventId(), e.source(), e.type(),
                        e.confidence(), local(e.occurredAt()), e.reporter() == null ? "" : "  " + e.reporter());
            }
            if (!notes.isEmpty()) {
                System.out.println("\n  notes:");
                notes.forEach(n -> System.out.printf(Locale.ROOT, "    %s  %s: %s%n", local(n.at()), n.actor(), n.note()));
            }
            System.out.println("\n  history:");
            history.forEach(h -> System.out.printf(Locale.ROOT, "    %s  %-12s %-8s %s%n", local(h.at()), h.action(), h.actor(),
                    h.reason() == null ? "" : h.reason()));
            return 0;
        }

        private static void row(String name, double term, double weight) {
            System.out.printf(Locale.ROOT, "    %-20s %.3f x %.2f = %.4f%n", name, term, weight, term * weight);
        }
    }

    /** The workflow moves: acknowledge, dispatch, close. */
    abstract static class Move implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Parameters(paramLabel = "ID", description = "The alert id.")
        long id;

        @Option(names = "--note", paramLabel = "TEXT", description = "An analyst's note to keep with the alert.")
        String note;

        @Option(names = "--actor", paramLabel = "NAME", description = "Who acts (default: the login name).")
        String actor;

        @Option(names = "--json", description = "Print the alert as JSON.")
        boolean json;

        abstract AlertState to();

        @Override
        public Integer call() {
            Alert a;
            try (Store s = store.open()) {
                a = new Alerts(s).transition(id, to(), note, actor);
            }
            if (json) {
                System.out.println(Json.of(asMap(a)));
            } else {
                System.out.printf(Locale.ROOT, "alert %d is %s%s%n", a.id(), a.state().wire(), note == null ? "" : " (note kept)");
            }
            return 0;
        }
    }

    @Command(name = "ack", mixinStandardHelpOptions = true, description = "Acknowledge an alert.")
    static final class Ack extends Move {
        @Override
        AlertState to() {
            return AlertState.ACKNOWLEDGED;
        }
    }

    @Command(name = "dispatch", mixinStandardHelpOptions = true, description = "Mark an alert dispatched.")
    static final class Dispatch extends Move {
        @Override
        AlertState to() {
            return AlertState.DISPATCHED;
        }
    }

    @Command(name = "close", mixinStandardHelpOptions = true, description = "Close an alert (final: later events of its incident raise a new one).")
    static final class Close extends Move {
        @Override
        AlertState to() {
            return AlertState.CLOSED;
        }
    }

    @Command(name = "note", mixinStandardHelpOptions = true, description = "Add an analyst's note to an alert.")
    static final class Note implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Parameters(paramLabel = "ID", description = "The alert id.")
        long id;

        @Option(names = "--note", paramLabel = "TEXT", required = true, description = "The note.")
        String note;

        @Option(names = "--actor", paramLabel = "NAME", description = "Who writes it (default: the login name).")
        String actor;

        @Override
        public Integer call() {
            try (Store s = store.open()) {
                new Alerts(s).note(id, note, actor);
            }
            System.out.println("note added to alert " + id);
            return 0;
        }
    }

    @Command(name = "audit", mixinStandardHelpOptions = true,
            description = {"The audit log: every decision (raised, deduplicated, suppressed and why, fused, late, trend_watch) and every",
                    "analyst action (acknowledged, dispatched, closed, noted), with time and actor. --summary: counts and the fairness check."})
    static final class Audit implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Option(names = "--since", paramLabel = "WHEN", description = "From this time: ISO instant, date, or a span back from now (24h, 7d).")
        String since;

        @Option(names = "--action", paramLabel = "A", description = "Only this action (e.g. suppressed).")
        String action;

        @Option(names = "--limit", defaultValue = "100", description = "The latest N entries (default ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--summary", description = "Counts by action, suppressions by gate, and the fairness check by zone.")
        boolean summary;

        @Option(names = "--json", description = "Print as JSON.")
        boolean json;

        @Override
        public Integer call() {
            Instant from = since(since);
            try (Store s = store.open()) {
                AuditLog log = new AuditLog(s);
                if (!summary) {
                    List<AuditEntry> entries = log.list(from, action, limit);
                    if (json) {
                        System.out.println(Json.of(entries.stream().map(AlertsCommand::asMap).toList()));
                    } else if (entries.isEmpty()) {
                        System.out.println("no audit entries" + (from == null && action == null ? "" : " matching"));
                    } else {
                        for (AuditEntry e : entries) {
                            System.out.printf(Locale.ROOT, "%s  %-12s %-8s alert %-6s event %-24s %-2s %s  %s%n", local(e.at()), e.action(), e.actor(),
                                    e.alertId() == null ? "-" : e.alertId(), e.eventId() == null ? "-" : e.eventId(),
                                    e.priority() == null ? "" : e.priority(), score(e.score()), e.reason() == null ? "" : e.reason());
                        }
                    }
                    return 0;
                }
                Map<String, Long> counts = log.countsByAction(from);
                Map<String, Long> gates = log.suppressionsByGate(from);
                FairnessReport fair = new FairnessCheck(s, AlertConfig.forStore(s.dir()).fairness()).run(from, null);
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("since", from == null ? null : from.toString());
                    m.put("by_action", counts);
                    m.put("suppressed_by_gate", gates);
                    m.put("fairness", fairness(fair));
                    System.out.println(Json.of(m));
                    return 0;
                }
                System.out.println("audit log" + (from == null ? "" : " since " + local(from)) + ":");
                counts.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-14s %,10d%n", k, v));
                if (!gates.isEmpty()) {
                    System.out.println("suppressed, by gate:");
                    gates.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-30s %,10d%n", k, v));
                }
                printFairness(fair);
            }
            return 0;
        }
    }

    static Map<String, Object> fairness(FairnessReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("layer", r.layer());
        m.put("from", r.from() == null ? null : r.from().toString());
        m.put("to", r.to() == null ? null : r.to().toString());
        m.put("alerts", r.alerts());
        m.put("incidents", r.incidents());
        m.put("ratio_bound", r.ratio());
        m.put("min_alerts", r.minAlerts());
        m.put("note", r.note());
        m.put("disproportionate", r.flagged().stream().map(ZoneShare::zone).toList());
        m.put("zones", r.zones().stream().map(z -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("zone", z.zone());
            x.put("name", z.name());
            x.put("alerts", z.alerts());
            x.put("alert_share", z.alertShare());
            x.put("incidents", z.incidents());
            x.put("incident_share", z.incidentShare());
            x.put("ratio", Double.isInfinite(z.ratio()) ? null : z.ratio());
            x.put("disproportionate", z.disproportionate());
            return x;
        }).toList());
        return m;
    }

    static void printFairness(FairnessReport r) {
        System.out.println();
        if (r.note() != null) {
            System.out.println("fairness check: " + r.note());
            return;
        }
        System.out.printf(Locale.ROOT, "fairness check, %s zones, %s .. %s: %,d alerts against %,d store incidents%n", r.layer(),
                local(r.from()), local(r.to()), r.alerts(), r.incidents());
        System.out.printf(Locale.ROOT, "(disproportionate: alert share over %.1f x incident share, with at least %d alerts)%n", r.ratio(),
                r.minAlerts());
        System.out.printf(Locale.ROOT, "  %-10s %-24s %7s %7s %9s %7s %7s%n", "zone", "name", "alerts", "share", "incidents", "share", "ratio");
        for (ZoneShare z : r.zones()) {
            System.out.printf(Locale.ROOT, "  %-10s %-24s %,7d %6.1f%% %,9d %6.1f%% %7s%s%n", z.zone() == null ? "(none)" : z.zone(),
                    z.name() == null ? "" : z.name(), z.alerts(), 100 * z.alertShare(), z.incidents(), 100 * z.incidentShare(),
                    Double.isInfinite(z.ratio()) ? "inf" : String.format(Locale.ROOT, "%.2f", z.ratio()),
                    z.disproportionate() ? "  DISPROPORTIONATE" : "");
        }
        if (r.flagged().isEmpty()) {
            System.out.println("no zone is disproportionate");
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = "Per-stage latency p50/p95/p99 over every engine run since the last reset, decisions by kind, alerts by state and priority.")
    static final class Stats implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Option(names = "--reset", description = "Clear the stored latency histograms.")
        boolean reset;

        @Option(names = "--json", description = "Print as JSON.")
        boolean json;

        @Override
        public Integer call() {
            try (Store s = store.open(); Connection c = s.connect()) {
                if (reset) {
                    StageLatencies.reset(c);
                    System.out.println("latency histograms cleared");
                    return 0;
                }
                Map<Stage, StageLatencies.Percentiles> lat = StageLatencies.stored(c);
                Map<String, Long> decisions = new AuditLog(s).countsByAction(null);
                Map<String, Long> byState = group(c, "SELECT state, COUNT(*) FROM alerts GROUP BY state ORDER BY 1");
                Map<String, Long> byPriority = group(c, "SELECT priority, COUNT(*) FROM alerts GROUP BY priority ORDER BY 1");
                Map<String, Long> bySource = group(c, "SELECT source, COUNT(*) FROM alert_stream_events WHERE occurred_at >= "
                        + "(SELECT MAX(occurred_at) FROM alert_stream_events) - INTERVAL '24' HOUR GROUP BY source ORDER BY 1");
                Object[] stream = stream(c);
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    Map<String, Object> st = new LinkedHashMap<>();
                    lat.forEach((k, v) -> st.put(k.wire(), Map.of("count", v.count(), "p50_ms", nan(v.p50()), "p95_ms", nan(v.p95()),
                            "p99_ms", nan(v.p99()))));
                    m.put("events", stream[0]);
                    m.put("last_seq", stream[1]);
                    m.put("first_occurred_at", stream[2]);
                    m.put("last_occurred_at", stream[3]);
                    m.put("latency", st);
                    m.put("decisions", decisions);
                    m.put("alerts_by_state", byState);
                    m.put("alerts_by_priority", byPriority);
                    m.put("last_24h_by_source", bySource);
                    System.out.println(Json.of(m));
                    return 0;
                }
                System.out.printf(Locale.ROOT, "%,d events processed, last seq %s, occurred %s .. %s%n", (Long) stream[0],
                        stream[1] == null ? "-" : stream[1], stream[2] == null ? "-" : local(Instant.parse((String) stream[2])),
                        stream[3] == null ? "-" : local(Instant.parse((String) stream[3])));
                System.out.printf(Locale.ROOT, "%n  %-20s %10s %9s %9s %9s%n", "stage", "events", "p50 ms", "p95 ms", "p99 ms");
                for (Stage st : Stage.values()) {
                    StageLatencies.Percentiles p = lat.get(st);
                    System.out.printf(Locale.ROOT, "  %-20s %,10d %9s %9s %9s%n", st.wire(), p.count(), ms(p.p50()), ms(p.p95()), ms(p.p99()));
                }
                System.out.println("\ndecisions and actions: " + decisions);
                System.out.println("alerts by state: " + byState);
                System.out.println("alerts by priority: " + byPriority);
                System.out.println("events in the last 24 h of stream time, by source: " + bySource);
            } catch (SQLException e) {
                throw new StoreException("Cannot read the alert statistics: " + e.getMessage(), e);
            }
            return 0;
        }

        private static Object nan(double v) {
            return Double.isNaN(v) ? null : v;
        }

        private static String ms(double v) {
            return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
        }

        private static Map<String, Long> group(Connection c, String sql) throws SQLException {
            Map<String, Long> m = new LinkedHashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    m.put(rs.getString(1).trim(), rs.getLong(2));
                }
            }
            return m;
        }

        private static Object[] stream(Connection c) throws SQLException {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(seq), MIN(occurred_at), "
                    + "MAX(occurred_at) FROM alert_stream_events")) {
                rs.next();
                OffsetDateTime a = rs.getObject(3, OffsetDateTime.class);
                OffsetDateTime b = rs.getObject(4, OffsetDateTime.class);
                return new Object[] {rs.getLong(1), rs.getObject(2) == null ? null : rs.getLong(2),
                        a == null ? null : a.toInstant().toString(), b == null ? null : b.toInstant().toString()};
            }
        }
    }

    @Command(name = "geofence", mixinStandardHelpOptions = true, description = "Geofences: polygons whose rule raises alerts.",
            subcommands = {GeofenceCommand.Add.class, GeofenceCommand.ListFences.class, GeofenceCommand.Remove.class})
    static final class GeofenceCommand {
        @Command(name = "add", mixinStandardHelpOptions = true,
                description = {"Add (or replace) a geofence from the polygons of a GeoJSON file (WGS84), with its rule:",
                        "any | type:TYPE | count:N/WINDOW[:TYPE] (e.g. count:5/30m:gunshot). A running engine reads it at its next start."})
        static final class Add implements Callable<Integer> {
            @Mixin
            StoreOption store;

            @Parameters(paramLabel = "NAME", description = "Geofence name (letters, digits, _ - .).")
            String name;

            @Option(names = "--file", paramLabel = "GEOJSON", required = true, description = "Polygon or MultiPolygon features.")
            Path file;

            @Option(names = "--rule", paramLabel = "RULE", required = true, description = "any, type:T, count:N/W or count:N/W:T.")
            String rule;

            @Override
            public Integer call() {
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException("The geofence file " + file + " does not exist");
                }
                GeofenceRule r = GeofenceRule.parse(rule);
                Geofence g;
                try (Store s = store.open()) {
                    g = new Geofences(s).add(name, file, r);
                }
                System.out.printf(Locale.ROOT, "geofence %s (%s): %s, %.2f km2%n", g.name(), g.rule(), g.polygon().getGeometryType(),
                        areaKm2(g));
                return 0;
            }
        }

        static double areaKm2(Geofence g) {
            double lat = g.polygon().getCentroid().getY();
            double m = org.khareetaty.core.geo.GreatCircle.METRES_PER_DEGREE;
            return g.polygon().getArea() * m * m * Math.cos(Math.toRadians(lat)) / 1e6;
        }

        @Command(name = "list", mixinStandardHelpOptions = true, description = "List the geofences.")
        static final class ListFences implements Callable<Integer> {
            @Mixin
            StoreOption store;

            @Option(names = "--json", description = "Print as JSON.")
            boolean json;

            @Override
            public Integer call() {
                List<Geofence> fences;
                try (Store s = store.open()) {
                    fences = new Geofences(s).list();
                }
                if (json) {
                    System.out.println(Json.of(fences.stream().map(g -> Map.of("name", g.name(), "rule", g.rule().toString(),
                            "area_km2", areaKm2(g), "source_file", String.valueOf(g.sourceFile()))).toList()));
                } else if (fences.isEmpty()) {
                    System.out.println("no geofences");
                } else {
                    fences.forEach(g -> System.out.printf(Locale.ROOT, "%-24s %-24s %8.2f km2  %s%n", g.name(), g.rule(), areaKm2(g),
                            g.sourceFile()));
                }
                return 0;
            }
        }

        @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a geofence.")
        static final class Remove implements Callable<Integer> {
            @Mixin
            StoreOption store;

            @Parameters(paramLabel = "NAME", description = "Geofence name.")
            String name;

            @Override
            public Integer call() {
                boolean removed;
                try (Store s = store.open()) {
                    removed = new Geofences(s).remove(name);
                }
                if (!removed) {
                    throw new IllegalArgumentException("There is no geofence '" + name + "'; `khareetaty alerts geofence list` shows them");
                }
                System.out.println("geofence " + name + " removed");
                return 0;
            }
        }
    }

    @Command(name = "sites", mixinStandardHelpOptions = true,
            description = "Sensitive sites (schools, hospitals, government buildings) whose nearness raises an alert's spatial sensitivity.",
            subcommands = {SitesCommand.Load.class, SitesCommand.ListSites.class, SitesCommand.Clear.class})
    static final class SitesCommand {
        @Command(name = "load", mixinStandardHelpOptions = true,
                description = "Add the points and polygons of a GeoJSON file (WGS84) as sensitive sites.")
        static final class Load implements Callable<Integer> {
            @Mixin
            StoreOption store;

            @Parameters(paramLabel = "FILE", description = "GeoJSON of Point, Polygon or MultiPolygon features.")
            Path file;

            @Option(names = "--kind", paramLabel = "K", description = "Kind of every site (school, hospital, government, ...).")
            String kind;

            @Option(names = "--kind-field", paramLabel = "F", description = "Property holding each site's kind (overrides --kind where set).")
            String kindField;

            @Option(names = "--name-field", paramLabel = "F", description = "Property holding each site's name.")
            String nameField;

            @Override
            public Integer call() {
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException("The site file " + file + " does not exist");
                }
                if (kind == null && kindField == null) {
                    throw new IllegalArgumentException("Give the sites' kind with --kind K or --kind-field F");
                }
                SensitiveSites.Loaded r;
                try (Store s = store.open()) {
                    r = new SensitiveSites(s).load(file, kindField, nameField, kind);
                }
                System.out.printf(Locale.ROOT, "%d sites from %s: %s%n", r.added(), r.file(), r.byKind());
                return 0;
            }
        }

        @Command(name = "list", mixinStandardHelpOptions = true, description = "Sites by kind.")
        static final class ListSites implements Callable<Integer> {
            @Mixin
            StoreOption store;

            @Option(names = "--json", description = "Print as JSON.")
            boolean json;

            @Override
            public Integer call() {
                List<SensitiveSites.KindCount> kinds;
                try (Store s = store.open()) {
                    kinds = new SensitiveSites(s).kinds();
                }
                if (json) {
                    System.out.println(Json.of(kinds.stream().map(k -> Map.of("kind", k.kind(), "sites", k.sites())).toList()));
                } else if (kinds.isEmpty()) {
                    System.out.println("no sensitive sites: load some with `khareetaty alerts sites load FILE --kind K`");
                } else {
                    kinds.forEach(k -> System.out.printf(Locale.ROOT, "%-20s %,6d%n", k.kind(), k.sites()));
                }
                return 0;
            }
        }

        @Command(name = "clear", mixinStandardHelpOptions = true, description = "Remove the sites of a kind, or all.")
        static final class Clear implements Callable<Integer> {
            @Mixin
            StoreOption store;

            @Option(names = "--kind", paramLabel = "K", description = "Only this kind (default: all sites).")
            String kind;

            @Override
            public Integer call() {
                int n;
                try (Store s = store.open()) {
                    n = new SensitiveSites(s).clear(kind);
                }
                System.out.println(n + " sites removed");
                return 0;
            }
        }
    }

    @Command(name = "config", mixinStandardHelpOptions = true,
            description = {"The alert engine's effective configuration: the file in force and every key with its value.",
                    "--init writes the bundled defaults as STORE/alerts.toml to edit."})
    static final class Config implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Option(names = "--init", description = "Write the defaults to STORE/alerts.toml (refuses to overwrite one).")
        boolean init;

        @Option(names = "--json", description = "Print as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            Path dir = store.resolve();
            Path file = dir.resolve(AlertConfig.FILE_NAME);
            if (init) {
                if (Files.exists(file)) {
                    throw new IllegalArgumentException(file + " exists already: edit it, or remove it to start again from the defaults");
                }
                Files.createDirectories(dir);
                Files.writeString(file, AlertConfig.defaultsText());
                System.out.println("wrote " + file);
                return 0;
            }
            AlertConfig c = AlertConfig.forStore(dir);
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", c.file() == null ? null : c.file().toString());
                m.put("values", c.values());
                System.out.println(Json.of(m));
                return 0;
            }
            System.out.println(c.file() == null ? "bundled defaults (no " + file + "; `khareetaty alerts config --init` writes one to edit)"
                    : "configuration file " + c.file() + " over the bundled defaults");
            List<String> lines = new ArrayList<>();
            c.values().forEach((k, v) -> lines.add(String.format(Locale.ROOT, "  %-44s = %s", k, v)));
            lines.forEach(System.out::println);
            return 0;
        }
    }
}
