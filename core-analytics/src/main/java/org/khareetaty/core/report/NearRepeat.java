package org.khareetaty.core.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.khareetaty.core.geo.GreatCircle;

/**
 * Two incidents of the same category close in place and time: the near-repeat pattern (a burglary
 * raises the risk of another nearby for some days; Townsley, Homel and Chaseling 2003).
 *
 * @param earlier the earlier incident
 * @param later   the later one
 * @param metres  the distance between them
 * @param hours   the time between them
 */
public record NearRepeat(BriefingIncident earlier, BriefingIncident later, double metres, double hours) {
    /** Within this many metres. */
    public static final double METRES = 400;

    /** Within this many days. */
    public static final int DAYS = 3;

    /**
     * The pairs of {@code incidents} (oldest first) of one category within {@link #METRES} and {@link #DAYS}, latest
     * first. Incidents known to the day only are left out: their hours apart are unknown ({@link #leftOut}).
     */
    static List<NearRepeat> of(List<BriefingIncident> all) {
        List<BriefingIncident> incidents =
                all.stream().filter(i -> !i.dateOnly()).toList();
        List<NearRepeat> out = new ArrayList<>();
        for (int i = 0; i < incidents.size(); i++) {
            BriefingIncident a = incidents.get(i);
            for (int j = i + 1; j < incidents.size(); j++) {
                BriefingIncident b = incidents.get(j);
                double hours = Duration.between(a.local(), b.local()).toMinutes() / 60.0;
                if (hours > DAYS * 24) {
                    break;
                }
                if (!a.category().equals(b.category())) {
                    continue;
                }
                double metres = GreatCircle.metres(a.lat(), a.lon(), b.lat(), b.lon());
                if (metres <= METRES) {
                    out.add(new NearRepeat(a, b, metres, hours));
                }
            }
        }
        out.sort((x, y) -> y.later().local().compareTo(x.later().local()));
        return out;
    }

    /** How many of {@code incidents} the near repeats leave out: those known to the day only. */
    public static long leftOut(List<BriefingIncident> incidents) {
        return incidents.stream().filter(BriefingIncident::dateOnly).count();
    }
}
