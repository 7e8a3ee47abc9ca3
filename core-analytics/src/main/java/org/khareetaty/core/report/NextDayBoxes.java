package org.khareetaty.core.report;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;

/**
 * Tomorrow's forecast boxes made after an import, beside the stored forecasts' refresh, so that the next
 * report or briefing reads them ({@link StoredForecastBoxes}) instead of scoring the whole history: on
 * 8,000,000 incidents making them took 243 s, reading them back under a second (docs/benchmarks.md,
 * "Reports"). Made for every choice of categories and coverage the store keeps boxes of (a report or a
 * briefing asked for them once), for the day after the last incident of those categories, exactly as
 * {@link ForecastBoxes#of} makes them on first use.
 */
public final class NextDayBoxes {
    private NextDayBoxes() {}

    /** Boxes of {@code day} at {@code coverage}% of the area from the incidents of {@code categories} (empty: all). */
    public record Made(LocalDate day, List<String> categories, double coverage, int cells) {}

    /** A choice of categories and coverage the store keeps boxes of. */
    record Choice(List<String> categories, double coverage) {}

    /** True when a kept choice has no current boxes of its next day (an import completed since). */
    public static boolean needed(Store store) {
        return StoredForecastBoxes.choices(store).stream()
                .anyMatch(ch -> StoredForecastBoxes.find(store, ch.categories(), nextDay(store, ch), ch.coverage())
                        .isEmpty());
    }

    /**
     * Makes and keeps the next day's boxes of every kept choice that has no current ones, reporting to
     * {@code progress} and stopping at the next choice when it is cancelled; returns those made.
     */
    public static List<Made> make(Store store, ProgressListener progress) {
        List<Choice> choices = StoredForecastBoxes.choices(store);
        List<Made> made = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < choices.size(); i++) {
            progress.checkCancelled();
            Choice ch = choices.get(i);
            LocalDate day = nextDay(store, ch);
            progress.update(new Progress(
                    "forecast boxes of " + day, i, choices.size(), i, Duration.ofNanos(System.nanoTime() - start)));
            if (StoredForecastBoxes.find(store, ch.categories(), day, ch.coverage())
                    .isEmpty()) {
                ForecastBoxes boxes = ForecastBoxes.of(store, ch.categories(), day, ch.coverage());
                made.add(new Made(
                        day,
                        ch.categories(),
                        ch.coverage(),
                        boxes.plan().cells().size()));
            }
        }
        return made;
    }

    /**
     * The day after the last incident of the choice's categories (of completed imports): the newest row on the
     * date index that passes the filter, since H2 answers {@code MAX(local_date)} under a condition by reading
     * every row (210 s on 8,000,000 incidents, this 0.2 s).
     */
    private static LocalDate nextDay(Store store, Choice ch) {
        KpiCounts.Filter filter = new KpiCounts.Filter("", List.of(), ch.categories());
        LocalDate last = store.read("read the last incident day of", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT local_date FROM incidents WHERE TRUE" + filter.sql()
                    + " ORDER BY local_date DESC LIMIT 1")) {
                filter.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getObject(1, LocalDate.class) : null;
                }
            }
        });
        return last == null ? LocalDate.now() : last.plusDays(1);
    }
}
