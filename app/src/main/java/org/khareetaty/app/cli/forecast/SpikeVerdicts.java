package org.khareetaty.app.cli.forecast;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khareetaty.app.cli.Json;
import org.khareetaty.core.forecast.spike.Reading;
import org.khareetaty.core.forecast.spike.SpikeVerdict;

/** {@code forecast spikes --readings}: each zone's verdict with its three readings, spikes first. */
final class SpikeVerdicts {
    private SpikeVerdicts() {}

    static void print(String layer, String model, List<SpikeVerdict> verdicts, boolean json) {
        List<SpikeVerdict> sorted = verdicts.stream()
                .sorted((a, b) -> b.severity() != a.severity()
                        ? b.severity().compareTo(a.severity())
                        : Double.compare(b.day().score(), a.day().score()))
                .toList();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", verdicts.get(0).date().toString());
            m.put("layer", layer);
            m.put("model", model);
            m.put("forest_threshold", verdicts.get(0).forestThreshold());
            m.put("zones", sorted.stream().map(SpikeVerdicts::json).toList());
            System.out.println(Json.of(m));
            return;
        }
        System.out.printf(
                Locale.ROOT,
                "%s on %s: %d spikes of %d series (%s expectation; forest threshold %.3f)%n",
                layer,
                verdicts.get(0).date(),
                verdicts.stream().filter(SpikeVerdict::spike).count(),
                verdicts.size(),
                model,
                verdicts.get(0).forestThreshold());
        System.out.printf(
                Locale.ROOT,
                "%-18s %8s %9s %6s %7s %7s %7s  %s%n",
                "zone",
                "observed",
                "expected",
                "hi95",
                "z day",
                "z week",
                "forest",
                "verdict");
        for (SpikeVerdict v : sorted) {
            System.out.printf(
                    Locale.ROOT,
                    "%-18s %8d %9.2f %6.0f %7.2f %7.2f %7.3f  %s%n",
                    v.zone(),
                    v.day().observed(),
                    v.day().expected(),
                    v.day().hi95(),
                    v.day().score(),
                    v.week().score(),
                    v.forestScore(),
                    v.spike()
                            ? "SPIKE (" + v.severity().name().toLowerCase(Locale.ROOT) + ": "
                                    + String.join(", ", fired(v)) + ")"
                            : "");
        }
    }

    private static Map<String, Object> json(SpikeVerdict v) {
        Map<String, Object> z = new LinkedHashMap<>();
        z.put("zone", v.zone());
        z.put("observed", v.day().observed());
        z.put("expected", v.day().expected());
        z.put("hi95", v.day().hi95());
        z.put("score", v.day().score());
        z.put("week_observed", v.week().observed());
        z.put("week_expected", v.week().expected());
        z.put("week_score", v.week().score());
        z.put("forest_score", v.forestScore());
        z.put("readings", fired(v));
        z.put("spike", v.spike());
        z.put("severity", v.severity().name().toLowerCase(Locale.ROOT));
        return z;
    }

    private static List<String> fired(SpikeVerdict v) {
        return java.util.Arrays.stream(Reading.values())
                .filter(r -> r != Reading.COMBINED && r.firesOn(v))
                .map(Reading::label)
                .toList();
    }
}
