package org.khareetaty.core.forecast.spike;

import java.util.function.Predicate;

/** A reading of the spike check, alone or the combined verdict, as the backtest scores each. */
public enum Reading {
    /** The Poisson test, the day's or the week's {@code z > 3}. */
    POISSON("poisson", SpikeVerdict::poisson),
    /** The day's count above its 95% interval. */
    ABOVE95("above95", SpikeVerdict::above95),
    /** The isolation forest's score above its threshold, the count above the forecast. */
    FOREST("forest", SpikeVerdict::forest),
    /** The verdict ({@link SpikeVerdict#spike}). */
    COMBINED("combined", SpikeVerdict::spike);

    private final String label;
    private final Predicate<SpikeVerdict> fires;

    Reading(String label, Predicate<SpikeVerdict> fires) {
        this.label = label;
        this.fires = fires;
    }

    /** Its name in the command's output. */
    public String label() {
        return label;
    }

    /** Whether it fires on {@code v}. */
    public boolean firesOn(SpikeVerdict v) {
        return fires.test(v);
    }
}
