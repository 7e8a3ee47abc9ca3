package org.khareetaty.app.cli.alerts;

import java.util.concurrent.Callable;
import org.khareetaty.app.cli.StoreOption;
import org.khareetaty.core.alert.enrich.SensitiveSites;
import org.khareetaty.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khareetaty alerts sites clear}: removes the sites of a kind, or all. */
@Command(name = "clear", mixinStandardHelpOptions = true, description = "Remove the sites of a kind, or all.")
final class SitesClear implements Callable<Integer> {
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
