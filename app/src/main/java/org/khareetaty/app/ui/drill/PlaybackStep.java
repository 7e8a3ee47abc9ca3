package org.khareetaty.app.ui.drill;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.khareetaty.app.ui.i18n.Messages;

/** How far one frame of the playback reaches: a day, a week (Monday to Sunday) or a calendar month. */
public enum PlaybackStep {
    DAY("day"),
    WEEK("week"),
    MONTH("month");

    private final String noun;

    PlaybackStep(String noun) {
        this.noun = noun;
    }

    /** "day", "week" or "month". */
    public String noun() {
        return noun;
    }

    /** The first day of the frame that holds {@code d}. */
    public LocalDate start(LocalDate d) {
        return switch (this) {
            case DAY -> d;
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> d.withDayOfMonth(1);
        };
    }

    /** The last day of the frame that starts on {@code start}. */
    public LocalDate end(LocalDate start) {
        return next(start).minusDays(1);
    }

    /** The first day of the frame after the one that holds {@code d}. */
    public LocalDate next(LocalDate d) {
        LocalDate s = start(d);
        return switch (this) {
            case DAY -> s.plusDays(1);
            case WEEK -> s.plusWeeks(1);
            case MONTH -> s.plusMonths(1);
        };
    }

    /**
     * The frames of the period {@code from .. to}, each clipped to the period: their first days
     * (the first is {@code from} itself, the others the starts of a day, week or month).
     */
    public List<LocalDate> frames(LocalDate from, LocalDate to) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = next(d)) {
            out.add(d);
        }
        return out;
    }

    @Override
    public String toString() {
        return Messages.text("playback.by." + noun);
    }
}
