package org.khareetaty.app.cli.alerts;

import static org.khareetaty.app.cli.alerts.AlertJson.asMap;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.Json;
import org.khareetaty.app.cli.StoreOption;
import org.khareetaty.app.cli.Terminal;
import org.khareetaty.core.alert.Alert;
import org.khareetaty.core.alert.AlertState;
import org.khareetaty.core.alert.Alerts;
import org.khareetaty.core.store.Store;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The workflow moves: acknowledge, dispatch, close. */
abstract class Move implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "ID", description = "The alert id.")
    long id;

    @Option(names = "--note", paramLabel = "TEXT", description = "An analyst's note to keep with the alert.")
    String note;

    @Option(
            names = "--actor",
            paramLabel = "NAME",
            description = "The name you act as, recorded beside your login name (which is always recorded).")
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
            Terminal.printf(
                    Locale.ROOT, "alert %d is %s%s%n", a.id(), a.state().wire(), note == null ? "" : " (note kept)");
        }
        return 0;
    }
}
