package org.khareetaty.app.cli.alerts;

import static org.khareetaty.app.cli.alerts.AlertText.local;
import static org.khareetaty.app.cli.alerts.AlertText.score;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.Json;
import org.khareetaty.app.cli.StoreOption;
import org.khareetaty.app.cli.Terminal;
import org.khareetaty.core.alert.Alert;
import org.khareetaty.core.alert.AlertState;
import org.khareetaty.core.alert.Alerts;
import org.khareetaty.core.alert.score.Priority;
import org.khareetaty.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khareetaty alerts list}: the alerts, filtered by state and priority. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Alerts, highest priority and most recently updated first.")
final class ListAlerts implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(
            names = "--state",
            paramLabel = "STATE",
            description = "Only alerts in this state: new, acknowledged, dispatched, closed.")
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
            System.out.println(Json.of(alerts.stream().map(AlertJson::asMap).toList()));
            return 0;
        }
        if (alerts.isEmpty()) {
            System.out.println("no alerts" + (st == null && p == null && !open ? "" : " matching"));
            return 0;
        }
        Terminal.printf(
                Locale.ROOT,
                "%6s %-3s %6s %-11s %-12s %-10s %6s  %-19s  %s%n",
                "id",
                "pri",
                "score",
                "type",
                "state",
                "zone",
                "events",
                "last event",
                "what");
        for (Alert a : alerts) {
            Terminal.printf(
                    Locale.ROOT,
                    "%6d %-3s %6s %-11s %-12s %-10s %6d  %-19s  %s (%s)%s%s%n",
                    a.id(),
                    a.priority(),
                    score(a.score()),
                    a.type().wire(),
                    a.state().wire(),
                    a.zone() == null ? "-" : a.zone(),
                    a.eventCount(),
                    local(a.lastEventAt()),
                    a.eventType(),
                    a.sources(),
                    a.unverified() ? " unverified" : "",
                    a.unscored() ? " UNSCORED" : "");
        }
        return 0;
    }

    static Priority parsePriority(String p) {
        try {
            return Priority.valueOf(p.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--priority '" + p + "': priorities are P0, P1, P2, P3");
        }
    }
}
