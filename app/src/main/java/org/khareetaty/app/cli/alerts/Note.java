package org.khareetaty.app.cli.alerts;

import java.util.concurrent.Callable;
import org.khareetaty.app.cli.StoreOption;
import org.khareetaty.core.alert.Alerts;
import org.khareetaty.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code khareetaty alerts note ID}: adds an analyst's note to an alert. */
@Command(name = "note", mixinStandardHelpOptions = true, description = "Add an analyst's note to an alert.")
final class Note implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "ID", description = "The alert id.")
    long id;

    @Option(names = "--note", paramLabel = "TEXT", required = true, description = "The note.")
    String note;

    @Option(
            names = "--actor",
            paramLabel = "NAME",
            description = "The name you write as, recorded beside your login name (which is always recorded).")
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
