package org.khareetaty.app.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.khareetaty.core.hexgrid.GoldAggregates;
import org.khareetaty.core.hexgrid.StoreAggregates;
import org.khareetaty.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code khareetaty aggregates refresh}: rebuilds the H3 gold aggregates from the incidents. */
@Command(
        name = "aggregates",
        mixinStandardHelpOptions = true,
        description = "The H3 aggregates behind drill-down.",
        subcommands = AggregatesCommand.Refresh.class)
final class AggregatesCommand {

    @Command(
            name = "refresh",
            mixinStandardHelpOptions = true,
            description =
                    "Rebuild every aggregate from the incidents (imports keep them current; this is for repairs).")
    static final class Refresh implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Override
        public Integer call() {
            long started = System.nanoTime();
            try (Store s = store.open()) {
                GoldAggregates.Stats st = StoreAggregates.rebuild(s);
                System.out.printf(
                        Locale.ROOT,
                        "%,d incidents of %,d imports aggregated (%,.1f MB) in %.1f s%n",
                        st.incidents(),
                        st.imports(),
                        st.bytes() / 1e6,
                        (System.nanoTime() - started) / 1e9);
            }
            return 0;
        }
    }
}
