package org.khareetaty.app.cli.alerts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.Json;
import org.khareetaty.app.cli.StoreOption;
import org.khareetaty.app.cli.Terminal;
import org.khareetaty.core.alert.enrich.SensitiveSites;
import org.khareetaty.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khareetaty alerts sites list}: the sites by kind. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Sites by kind.")
final class SitesList implements Callable<Integer> {
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
            System.out.println(Json.of(kinds.stream()
                    .map(k -> Map.of("kind", k.kind(), "sites", k.sites()))
                    .toList()));
        } else if (kinds.isEmpty()) {
            System.out.println("no sensitive sites: load some with `khareetaty alerts sites load FILE --kind K`");
        } else {
            kinds.forEach(k -> Terminal.printf(Locale.ROOT, "%-20s %,6d%n", k.kind(), k.sites()));
        }
        return 0;
    }
}
