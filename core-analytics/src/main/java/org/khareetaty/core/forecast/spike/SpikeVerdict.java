package org.khareetaty.core.forecast.spike;

import java.time.LocalDate;

/**
 * The three readings of a zone's day and the verdict they make together. The rule: a day is a spike when the
 * Poisson test alarms (the day's or the week's {@code z > 3}), or when the two looser readings agree (the
 * count above its 95% interval and the isolation forest's score above its threshold); its severity is the
 * number of readings that fire: one is {@link Severity#LOW} (the Poisson test alone), two
 * {@link Severity#MEDIUM}, all three {@link Severity#HIGH}. The Poisson test is the only reading calibrated
 * on its own ({@code z > 3} is the standard normal's upper 0.13%); the 95% interval alone alarms about twice
 * its nominal rate on real districts, so it counts only with the forest (docs/forecast.md, "Spikes":
 * measured on 2018).
 *
 * @param day the day's count against its one-day-ahead forecast
 * @param week the 7 days ending on the day against their forecast
 * @param forestScore the isolation forest's score of the day ({@link SpikeForest})
 * @param forestThreshold the score above which the forest alarms
 */
public record SpikeVerdict(Spike day, Spike week, double forestScore, double forestThreshold) {
    /** How strongly the readings agree. */
    public enum Severity {
        /** No spike. */
        NONE,
        /** The Poisson test alone. */
        LOW,
        /** Two readings. */
        MEDIUM,
        /** All three readings. */
        HIGH
    }

    /** The same readings with the forest alarming above {@code threshold}. */
    public SpikeVerdict withForestThreshold(double threshold) {
        return new SpikeVerdict(day, week, forestScore, threshold);
    }

    /** The zone, cell or whole area. */
    public String zone() {
        return day.zone();
    }

    /** The day checked. */
    public LocalDate date() {
        return day.day();
    }

    /** The Poisson test: the day's or the week's {@code 2(√x − √λ) > 3}. */
    public boolean poisson() {
        return day.alarm() || week.alarm();
    }

    /** Interval exceedance: the day's count above its 95% interval. */
    public boolean above95() {
        return day.exceeds95();
    }

    /** The isolation forest: a score above its threshold on a day above its forecast. */
    public boolean forest() {
        return forestScore > forestThreshold && day.observed() > day.expected();
    }

    /** The verdict: the Poisson test, or interval exceedance and the forest together. */
    public boolean spike() {
        return poisson() || (above95() && forest());
    }

    /** The readings that fire, when the verdict is a spike. */
    public Severity severity() {
        if (!spike()) {
            return Severity.NONE;
        }
        int readings = (poisson() ? 1 : 0) + (above95() ? 1 : 0) + (forest() ? 1 : 0);
        return Severity.values()[readings];
    }
}
