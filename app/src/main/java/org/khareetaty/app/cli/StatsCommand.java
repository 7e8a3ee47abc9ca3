package org.khareetaty.app.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khareetaty stats}: what the store holds. */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description = "Incidents per zone of each boundary layer, date range, rejections by reason, import log.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        StoreStats st;
        try (Store s = store.open()) {
            st = StoreStats.of(s);
        }
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("incidents", st.incidents());
            m.put("first", st.first() == null ? null : st.first().toString());
            m.put("last", st.last() == null ? null : st.last().toString());
            m.put("by_layer", st.byLayer());
            m.put("rejected_by_reason", st.rejectedByReason());
            m.put(
                    "imports",
                    st.imports().stream()
                            .map(i -> {
                                Map<String, Object> r = new LinkedHashMap<>();
                                r.put("id", i.id());
                                r.put("file", i.file());
                                r.put("profile", i.profile());
                                r.put("status", i.status());
                                r.put("started", i.started().toString());
                                r.put("read", i.read());
                                r.put("loaded", i.loaded());
                                r.put("rejected", i.rejected());
                                r.put("duplicates", i.duplicates());
                                r.put("message", i.message());
                                return r;
                            })
                            .toList());
            System.out.println(Json.of(m));
            return 0;
        }
        System.out.printf(
                Locale.ROOT,
                "%,d incidents%s%n",
                st.incidents(),
                st.first() == null ? "" : ", " + st.first() + " .. " + st.last() + " (UTC)");
        st.byLayer().forEach((layer, zones) -> {
            System.out.printf(Locale.ROOT, "%nlayer %s: %d zones with incidents%n", layer, zones.size());
            zones.forEach((code, n) -> System.out.printf(Locale.ROOT, "  %-16s %,10d%n", code, n));
        });
        if (!st.rejectedByReason().isEmpty()) {
            System.out.println("\nrejected rows by reason:");
            st.rejectedByReason().forEach((r, n) -> System.out.printf(Locale.ROOT, "  %-24s %,10d%n", r, n));
        }
        System.out.println("\nimports:");
        for (var i : st.imports()) {
            System.out.printf(
                    Locale.ROOT,
                    "  #%-4d %-9s %-16s read %,d loaded %,d rejected %,d duplicates %,d  %s%s%n",
                    i.id(),
                    i.status(),
                    i.profile(),
                    i.read(),
                    i.loaded(),
                    i.rejected(),
                    i.duplicates(),
                    i.file(),
                    i.message() == null ? "" : "  (" + i.message() + ")");
        }
        return 0;
    }
}
