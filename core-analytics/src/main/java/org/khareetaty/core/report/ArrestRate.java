package org.khareetaty.core.report;

import org.khareetaty.core.hexgrid.WilsonInterval;

/**
 * Arrests among the incidents whose source records whether there was one, with the Wilson 95%
 * interval ({@link WilsonInterval}, as the drill-down computes it).
 *
 * @param known    incidents whose source records the arrest status
 * @param arrests  of which with an arrest
 * @param rate     arrests / known, or null when no source records arrests ("not recorded")
 * @param interval the Wilson 95% interval of the rate, or null when not recorded
 */
public record ArrestRate(long known, long arrests, Double rate, WilsonInterval interval) {
    /** The rate of {@code arrests} among {@code known}. */
    public static ArrestRate of(long known, long arrests) {
        return known == 0
                ? new ArrestRate(0, 0, null, null)
                : new ArrestRate(known, arrests, (double) arrests / known, WilsonInterval.of(arrests, known));
    }

    /** Whether the sources record arrests for any of these incidents. */
    public boolean recorded() {
        return known > 0;
    }
}
