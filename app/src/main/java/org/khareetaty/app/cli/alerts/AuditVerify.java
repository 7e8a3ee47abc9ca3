package org.khareetaty.app.cli.alerts;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.Json;
import org.khareetaty.app.cli.StoreOption;
import org.khareetaty.app.cli.Terminal;
import org.khareetaty.core.alert.audit.AuditVerification;
import org.khareetaty.core.alert.audit.AuditVerification.AuditVerdict;
import org.khareetaty.core.error.KhareetatyException;
import org.khareetaty.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khareetaty alerts audit verify}: the audit log's hash chains, entry by entry ({@link AuditVerification}). */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Check the audit log's hash chains: lists every entry edited, inserted or deleted since it was written,",
            "and prints each chain's last hash: note it, a later run that shows another was cut short at its end.",
            "Exit 1 when the log was altered."
        })
final class AuditVerify implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() {
        AuditVerdict v;
        try (Store s = store.open()) {
            v = AuditVerification.verify(s);
        }
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("intact", v.intact());
            m.put("entries", v.entries());
            m.put("unchained", v.unchained());
            m.put("chains", v.counts());
            m.put("heads", v.heads());
            m.put("problem_count", v.problemCount());
            m.put(
                    "problems",
                    v.problems().stream()
                            .map(p -> Map.of("id", p.id(), "problem", p.what()))
                            .toList());
            System.out.println(Json.of(m));
        } else {
            Terminal.printf(Locale.ROOT, "%,d audit entries", v.entries());
            if (v.unchained() > 0) {
                Terminal.printf(Locale.ROOT, ", the first %,d written before the chain (not covered)", v.unchained());
            }
            System.out.println();
            v.counts()
                    .forEach((chain, n) -> Terminal.printf(
                            Locale.ROOT,
                            "  %-8s %,10d entries, last hash %s%n",
                            chain,
                            n,
                            v.heads().get(chain)));
            v.problems().forEach(p -> Terminal.printf(Locale.ROOT, "  entry %d %s%n", p.id(), p.what()));
            if (v.problemCount() > v.problems().size()) {
                Terminal.printf(
                        Locale.ROOT,
                        "  ... and %,d more%n",
                        v.problemCount() - v.problems().size());
            }
        }
        if (!v.intact()) {
            throw new KhareetatyException("the audit log of " + store.resolve() + " was altered: "
                    + v.problemCount() + " entr" + (v.problemCount() == 1 ? "y does" : "ies do")
                    + " not fit the hash chain");
        }
        if (!json) {
            System.out.println("intact: no entry was edited, inserted or deleted");
        }
        return 0;
    }
}
