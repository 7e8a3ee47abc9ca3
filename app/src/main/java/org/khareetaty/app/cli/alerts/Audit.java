package org.khareetaty.app.cli.alerts;

import static org.khareetaty.app.cli.alerts.AlertText.local;
import static org.khareetaty.app.cli.alerts.AlertText.score;
import static org.khareetaty.app.cli.alerts.AlertText.since;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.Json;
import org.khareetaty.app.cli.StoreOption;
import org.khareetaty.app.cli.Terminal;
import org.khareetaty.core.alert.audit.AuditEntry;
import org.khareetaty.core.alert.audit.AuditLog;
import org.khareetaty.core.alert.audit.FairnessCheck;
import org.khareetaty.core.alert.audit.FairnessReport;
import org.khareetaty.core.alert.audit.ZoneShare;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khareetaty alerts audit}: the audit log, or its summary with the fairness check. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = {
            "The audit log: every decision (raised, deduplicated, suppressed and why, fused, late, trend_watch) and every",
            "analyst action (acknowledged, dispatched, closed, noted), with time and actor. --summary: counts and the fairness check.",
            "`audit verify` checks that no entry was edited, inserted or deleted."
        },
        subcommands = AuditVerify.class)
final class Audit implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(
            names = "--since",
            paramLabel = "WHEN",
            description = "From this time: ISO instant, date, or a span back from now (24h, 7d).")
    String since;

    @Option(names = "--action", paramLabel = "A", description = "Only this action (e.g. suppressed).")
    String action;

    @Option(names = "--limit", defaultValue = "100", description = "The latest N entries (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(
            names = "--summary",
            description = "Counts by action, suppressions by gate, and the fairness check by zone.")
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
                    System.out.println(
                            Json.of(entries.stream().map(AlertJson::asMap).toList()));
                } else if (entries.isEmpty()) {
                    System.out.println("no audit entries" + (from == null && action == null ? "" : " matching"));
                } else {
                    for (AuditEntry e : entries) {
                        Terminal.printf(
                                Locale.ROOT,
                                "%s  %-12s %-8s alert %-6s event %-24s %-2s %s  %s%n",
                                local(e.at()),
                                e.action(),
                                AlertText.actor(e),
                                e.alertId() == null ? "-" : e.alertId(),
                                e.eventId() == null ? "-" : e.eventId(),
                                e.priority() == null ? "" : e.priority(),
                                score(e.score()),
                                e.reason() == null ? "" : e.reason());
                    }
                }
                return 0;
            }
            Map<String, Long> counts = log.countsByAction(from);
            Map<String, Long> gates = log.suppressionsByGate(from);
            FairnessReport fair =
                    new FairnessCheck(s, AlertConfig.forStore(s.dir()).fairness()).run(from, null);
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
            counts.forEach((k, v) -> Terminal.printf(Locale.ROOT, "  %-14s %,10d%n", k, v));
            if (!gates.isEmpty()) {
                System.out.println("suppressed, by gate:");
                gates.forEach((k, v) -> Terminal.printf(Locale.ROOT, "  %-30s %,10d%n", k, v));
            }
            printFairness(fair);
        }
        return 0;
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
        m.put(
                "zones",
                r.zones().stream()
                        .map(z -> {
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
                        })
                        .toList());
        return m;
    }

    static void printFairness(FairnessReport r) {
        System.out.println();
        if (r.note() != null) {
            System.out.println("fairness check: " + r.note());
            return;
        }
        Terminal.printf(
                Locale.ROOT,
                "fairness check, %s zones, %s .. %s: %,d alerts against %,d store incidents%n",
                r.layer(),
                local(r.from()),
                local(r.to()),
                r.alerts(),
                r.incidents());
        Terminal.printf(
                Locale.ROOT,
                "(disproportionate: alert share over %.1f x incident share, with at least %d alerts)%n",
                r.ratio(),
                r.minAlerts());
        Terminal.printf(
                Locale.ROOT,
                "  %-10s %-24s %7s %7s %9s %7s %7s%n",
                "zone",
                "name",
                "alerts",
                "share",
                "incidents",
                "share",
                "ratio");
        for (ZoneShare z : r.zones()) {
            Terminal.printf(
                    Locale.ROOT,
                    "  %-10s %-24s %,7d %6.1f%% %,9d %6.1f%% %7s%s%n",
                    z.zone() == null ? "(none)" : z.zone(),
                    z.name() == null ? "" : z.name(),
                    z.alerts(),
                    100 * z.alertShare(),
                    z.incidents(),
                    100 * z.incidentShare(),
                    Double.isInfinite(z.ratio()) ? "inf" : String.format(Locale.ROOT, "%.2f", z.ratio()),
                    z.disproportionate() ? "  DISPROPORTIONATE" : "");
        }
        if (r.flagged().isEmpty()) {
            System.out.println("no zone is disproportionate");
        }
    }
}
