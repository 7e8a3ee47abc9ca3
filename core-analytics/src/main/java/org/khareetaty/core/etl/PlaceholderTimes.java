package org.khareetaty.core.etl;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finds placeholder times in an import: a records system that does not know when an incident
 * happened often writes a fixed time of day, and then that minute holds far more incidents than the
 * same minute of the hours around it. The minutes looked at are 00:00, 00:01 (the Chicago Police
 * Department's "time unknown") and 12:00; a minute is a placeholder when its incidents are at least
 * {@link #RATIO} times the mean of the same minute an hour before and after, and the excess is
 * beyond chance: at least {@link #MIN_Z} standard deviations of a Poisson count with that mean
 * (docs/import.md says how these were chosen on the real Chicago files).
 *
 * <p>Counted as rows are written ({@link #add}); the entries at each candidate minute are kept
 * (their order of adding), so that those of a placeholder minute can be taken down to
 * {@link TimePrecision#DAY}.
 */
final class PlaceholderTimes {
    /** Hour and minute of the candidates. */
    static final int[][] CANDIDATES = {{0, 0}, {0, 1}, {12, 0}};
    /** A placeholder minute holds at least this many times the mean of its neighbours. */
    static final double RATIO = 1.5;
    /** ... and exceeds it by at least this many Poisson standard deviations. */
    static final double MIN_Z = 4;

    /** Rows at second 0 of minute m of hour h, by {@code h * 60 + m}. */
    private final long[] atMinute = new long[24 * 60];

    private final int[][] entries = new int[CANDIDATES.length][];
    private final int[] counts = new int[CANDIDATES.length];

    PlaceholderTimes() {
        Arrays.setAll(entries, k -> new int[64]);
    }

    /** Counts one written incident (entry: its index in the order of writing). */
    void add(ZonedDateTime t, TimePrecision p, int entry) {
        if (p == TimePrecision.DAY || t.getSecond() != 0 || t.getNano() != 0) {
            return;
        }
        int h = t.getHour();
        int m = t.getMinute();
        atMinute[h * 60 + m]++;
        for (int k = 0; k < CANDIDATES.length; k++) {
            if (CANDIDATES[k][0] == h && CANDIDATES[k][1] == m) {
                if (counts[k] == entries[k].length) {
                    entries[k] = Arrays.copyOf(entries[k], counts[k] * 2);
                }
                entries[k][counts[k]++] = entry;
            }
        }
    }

    /** A placeholder minute found: its hour and minute, its rows, and the mean of its neighbours. */
    record Found(int hour, int minute, int rows, double neighbours, int[] entries) {
        /** {@code 12:00}. */
        String time() {
            return String.format(Locale.ROOT, "%02d:%02d", hour, minute);
        }

        /** The flag written on each of its rows. */
        String flag() {
            return String.format(
                    Locale.ROOT,
                    "placeholder time %s: %,d rows at %s against %.0f at that minute of the hours around it",
                    time(),
                    rows,
                    time(),
                    neighbours);
        }
    }

    /** The placeholder minutes of the rows counted. */
    List<Found> found() {
        List<Found> out = new ArrayList<>();
        for (int k = 0; k < CANDIDATES.length; k++) {
            int h = CANDIDATES[k][0];
            int m = CANDIDATES[k][1];
            double mean = (atMinute[((h + 23) % 24) * 60 + m] + atMinute[((h + 1) % 24) * 60 + m]) / 2.0;
            long n = atMinute[h * 60 + m];
            double z = (n - mean) / Math.sqrt(Math.max(mean, 1));
            if (n >= RATIO * mean && z >= MIN_Z) {
                out.add(new Found(h, m, counts[k], mean, Arrays.copyOf(entries[k], counts[k])));
            }
        }
        return out;
    }
}
