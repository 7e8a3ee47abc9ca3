package org.khareetaty.app.cli.alerts;

import static org.khareetaty.app.cli.alerts.AlertJson.asMap;
import static org.khareetaty.app.cli.alerts.AlertText.local;
import static org.khareetaty.app.cli.alerts.AlertText.score;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.Json;
import org.khareetaty.app.cli.StoreOption;
import org.khareetaty.app.cli.Terminal;
import org.khareetaty.core.alert.Alert;
import org.khareetaty.core.alert.AlertEvent;
import org.khareetaty.core.alert.AlertNote;
import org.khareetaty.core.alert.Alerts;
import org.khareetaty.core.alert.audit.AuditEntry;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.alert.explain.ExplanationDocument;
import org.khareetaty.core.alert.score.ScoreTerms;
import org.khareetaty.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code khareetaty alerts show ID}: one alert with its explanation, events, notes and history. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description =
                "One alert with its explanation: the five score terms, the gate, the events behind it, notes and history.")
final class Show implements Callable<Integer> {

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
            a = alerts.get(id)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "There is no alert " + id + " in the store; `khareetaty alerts list` shows the alerts"));
            events = alerts.events(id);
            notes = alerts.notes(id);
            history = alerts.history(id);
            w = AlertConfig.forStore(s.dir()).weights();
        }
        if (json) {
            Map<String, Object> m = asMap(a);
            m.put("explanation", a.explanation());
            m.put(
                    "events",
                    events.stream()
                            .map(e -> {
                                Map<String, Object> x = new LinkedHashMap<>();
                                x.put("id", e.eventId());
                                x.put("role", e.role());
                                x.put("source", e.source());
                                x.put("type", e.type());
                                x.put(
                                        "occurred_at",
                                        e.occurredAt() == null
                                                ? null
                                                : e.occurredAt().toString());
                                x.put("confidence", e.confidence());
                                x.put("lat", e.lat());
                                x.put("lon", e.lon());
                                x.put("reporter", e.reporter());
                                return x;
                            })
                            .toList());
            m.put(
                    "notes",
                    notes.stream()
                            .map(n -> Map.of("at", n.at().toString(), "actor", n.actor(), "note", n.note()))
                            .toList());
            m.put("history", history.stream().map(AlertJson::asMap).toList());
            System.out.println(Json.of(m));
            return 0;
        }
        ExplanationDocument ex = a.explanation();
        Terminal.printf(
                Locale.ROOT,
                "alert %d  %s  %s  %s%s%s%n",
                a.id(),
                a.priority(),
                a.type().wire(),
                a.state().wire(),
                a.unverified() ? "  UNVERIFIED" : "",
                a.unscored() ? "  UNSCORED" : "");
        Terminal.printf(
                Locale.ROOT,
                "  %s (%s) in %s at %.5f, %.5f; %d events, %d reporters; %s .. %s%n",
                a.eventType(),
                a.category(),
                a.zone() == null ? "no zone" : a.zone(),
                a.lat(),
                a.lon(),
                a.eventCount(),
                a.reporterCount(),
                local(a.firstEventAt()),
                local(a.lastEventAt()));
        System.out.println("  gate: " + Terminal.safe(ex.gate()));
        if (ex.unscored() != null) {
            System.out.println("  unscored: " + Terminal.safe(String.valueOf(ex.unscored())));
        }
        Terminal.printf(Locale.ROOT, "%n  score %s = sum of weight x term%n", score(a.score()));
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
                Terminal.printf(
                        Locale.ROOT,
                        "    %-15s %-28s %-12s %.2f%s%n",
                        src.source(),
                        src.event(),
                        src.type(),
                        src.confidence(),
                        src.counted() ? "  counted" : "");
            }
        }
        if (ex.citizenReports() != null) {
            var c = ex.citizenReports();
            Terminal.printf(
                    Locale.ROOT,
                    "  citizen reports: %s by %d reporters, votes %s%n",
                    c.type(),
                    c.reporters(),
                    c.votesAsJson());
        }
        if (ex.spike() != null) {
            var sp = ex.spike();
            Terminal.printf(
                    Locale.ROOT,
                    "  spike: %d incidents in %s .. %s against %.2f expected (%.2f per hour), confidence %.2f%n",
                    sp.observedIncidents(),
                    sp.windowStart(),
                    sp.windowEnd(),
                    sp.expected(),
                    sp.baselinePerHour(),
                    sp.confidence());
        }
        var trig = ex.trigger();
        if (trig != null && trig.site() != null) {
            Terminal.printf(
                    Locale.ROOT,
                    "  nearest sensitive site: %s (%s) at %.0f m%n",
                    trig.site().name(),
                    trig.site().kind(),
                    trig.site().distanceM());
        }
        if (trig != null) {
            Terminal.printf(
                    Locale.ROOT,
                    "  cell risk at the last event: %.3f, this incident's own included (the score reads the "
                            + "risk from before the incident began)%n",
                    trig.cellRisk());
        }
        Terminal.printf(Locale.ROOT, "%n  events behind it (%d):%n", events.size());
        for (AlertEvent e : events) {
            Terminal.printf(
                    Locale.ROOT,
                    "    %-13s %-28s %-15s %-14s %.2f  %s%s%n",
                    e.role(),
                    e.eventId(),
                    e.source(),
                    e.type(),
                    e.confidence(),
                    local(e.occurredAt()),
                    e.reporter() == null ? "" : "  " + e.reporter());
        }
        if (!notes.isEmpty()) {
            System.out.println("\n  notes:");
            notes.forEach(n -> Terminal.printf(Locale.ROOT, "    %s  %s: %s%n", local(n.at()), n.actor(), n.note()));
        }
        System.out.println("\n  history:");
        history.forEach(h -> Terminal.printf(
                Locale.ROOT,
                "    %s  %-12s %-8s %s%n",
                local(h.at()),
                h.action(),
                AlertText.actor(h),
                h.reason() == null ? "" : h.reason()));
        return 0;
    }

    private static void row(String name, double term, double weight) {
        Terminal.printf(Locale.ROOT, "    %-20s %.3f x %.2f = %.4f%n", name, term, weight, term * weight);
    }
}
