package org.khareetaty.core.hexgrid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The temporal profile of a drill-down scope, for its charts: the offense mix per day (per month
 * when the range is longer than {@link #DAILY_UP_TO_DAYS} days), arrest against no arrest, day of
 * week, hour of day overall and per day of week, the signature blocks with their dominant offense,
 * and the sources and zone disagreements the data-quality warnings use. Read from the
 * {@link GoldCube}: one pass over the scope's incidents (under a parent cell: one run of its r10
 * cells), a second one over the signature blocks' incidents when the source gives blocks.
 *
 * @param mixPeriod      "day" or "month": the unit of {@code mix}
 * @param mix            incidents per period and category
 * @param arrests        incidents with an arrest, without one, and whose source does not say
 * @param dayOfWeek      incidents per day of week, Monday first (date-only ones included)
 * @param hourOfDay      incidents per local hour 0..23, without the date-only ones
 * @param hourByDay      incidents per day of week (Monday first) and hour, without the date-only ones
 * @param dateOnlyByDay  per day of week (Monday first), incidents whose source gives a date only
 *                       (time precision {@code day}, or a placeholder time): left out of the hour profiles
 * @param blocks         the busiest blocks or streets, busiest first
 * @param sources        incidents per source
 * @param zoneMismatches incidents whose own zone fields disagree with the map
 */
public record ScopeProfiles(
        String mixPeriod,
        Map<LocalDate, Map<String, Long>> mix,
        Arrests arrests,
        long[] dayOfWeek,
        long[] hourOfDay,
        long[][] hourByDay,
        long[] dateOnlyByDay,
        List<Block> blocks,
        Map<String, Long> sources,
        long zoneMismatches) {

    /** Ranges up to this many days are profiled per day, longer ones per month. */
    public static final int DAILY_UP_TO_DAYS = 366;
    /** Signature blocks listed. */
    public static final int TOP_BLOCKS = 5;
    /** The bits of {@link GoldCube#flags}: arrest status, zone mismatch, date only. */
    private static final int KIND_FLAGS = 15;

    /** Incidents whose source gives a date only, left out of the hour profiles. */
    public long dateOnly() {
        return java.util.Arrays.stream(dateOnlyByDay).sum();
    }

    /** Arrest against no arrest. */
    public record Arrests(long arrest, long noArrest, long unknown) {}

    /** A block or street with its incidents and its most frequent offense type. */
    public record Block(String block, long incidents, String dominantOffense, long dominantCount) {}

    /** The profiles of the incidents of {@code cube} in {@code scope}. */
    public static ScopeProfiles of(GoldCube cube, DrillScope scope) {
        boolean daily = java.time.temporal.ChronoUnit.DAYS.between(scope.from(), scope.to()) < DAILY_UP_TO_DAYS;
        int from = (int) scope.from().toEpochDay();
        int to = (int) scope.to().toEpochDay();
        List<LocalDate> periods = new ArrayList<>();
        int[] periodOf = new int[to - from + 1];
        for (int d = 0; d < periodOf.length; d++) {
            LocalDate date = LocalDate.ofEpochDay(from + d);
            LocalDate period = daily ? date : date.withDayOfMonth(1);
            if (periods.isEmpty() || !periods.get(periods.size() - 1).equals(period)) {
                periods.add(period);
            }
            periodOf[d] = periods.size() - 1;
        }
        int[] range = cube.cellRange(scope.parent());
        boolean[] mask = cube.categoryMask(scope.categories());
        Tally t = cube.inHalves(
                range[0],
                range[1],
                (a, b) -> Tally.of(cube, a, b, from, to, periodOf, periods.size(), mask),
                Tally::add);
        int categories = cube.categories.length;
        Map<LocalDate, Map<String, Long>> byPeriod = new TreeMap<>();
        for (int p = 0; p < periods.size(); p++) {
            for (int k = 0; k < categories; k++) {
                if (t.mix[p * categories + k] > 0) {
                    byPeriod.computeIfAbsent(periods.get(p), x -> new TreeMap<>())
                            .put(cube.categories[k], (long) t.mix[p * categories + k]);
                }
            }
        }
        long[] dow = new long[7];
        long[] hour = new long[24];
        long[][] hourByDay = new long[7][24];
        long[] dateOnly = new long[7];
        for (int w = 0; w < 7; w++) {
            for (int h = 0; h < 24; h++) {
                long n = t.hourOfWeek[w * 24 + h];
                hourByDay[w][h] = n;
                dow[w] += n;
                hour[h] += n;
            }
            dow[w] += t.dateOnly[w];
            dateOnly[w] = t.dateOnly[w];
        }
        int sourceCount = cube.sources.length;
        long[] arrests = new long[4];
        long[] sources = new long[sourceCount];
        long mismatches = 0;
        for (int x = 0; x < t.kinds.length; x++) {
            int flags = x & KIND_FLAGS;
            arrests[flags & GoldCube.ARREST_BITS] += t.kinds[x];
            mismatches += (flags & GoldCube.ZONE_MISMATCH) == 0 ? 0 : t.kinds[x];
            sources[(x >> 4) % sourceCount] += t.kinds[x];
        }
        Map<String, Long> bySource = new TreeMap<>();
        for (int k = 0; k < sourceCount; k++) {
            if (sources[k] > 0) {
                bySource.put(cube.sources[k], sources[k]);
            }
        }
        return new ScopeProfiles(
                daily ? "day" : "month",
                byPeriod,
                new Arrests(arrests[GoldCube.ARRESTED], arrests[GoldCube.NO_ARREST], arrests[GoldCube.ARREST_UNKNOWN]),
                dow,
                hour,
                hourByDay,
                dateOnly,
                signatureBlocks(cube, scope, t.blocks, range, mask),
                bySource,
                mismatches);
    }

    /** The counts of one run of r10 cells: per period and category, hour of the week, kind (category, source, flags), block. */
    private static final class Tally {
        final int[] mix;
        final int[] hourOfWeek = new int[7 * 24];
        /** Date-only incidents per day of week. */
        final int[] dateOnly = new int[7];

        final int[] kinds;
        final int[] blocks;

        private Tally(int mix, int kinds, int blocks) {
            this.mix = new int[mix];
            this.kinds = new int[kinds];
            this.blocks = new int[blocks];
        }

        static Tally of(
                GoldCube cube,
                int fromCell,
                int toCell,
                int from,
                int to,
                int[] periodOf,
                int periods,
                boolean[] mask) {
            int categories = cube.categories.length;
            int sourceCount = cube.sources.length;
            Tally t = new Tally(periods * categories, categories * sourceCount * (KIND_FLAGS + 1), cube.blocks.length);
            // the mix cell and the kind repeat from one incident to the next (days are sorted within a cell, and a
            // source's
            // categories and flags vary little): count runs of them rather than one increment each
            int mixAt = 0;
            int mixRun = 0;
            int kindAt = 0;
            int kindRun = 0;
            for (int ci = fromCell; ci < toCell; ci++) {
                int a = GoldCube.lowerBound(cube.day, cube.start[ci], cube.start[ci + 1], from);
                int b = GoldCube.lowerBound(cube.day, a, cube.start[ci + 1], to + 1);
                for (int i = a; i < b; i++) {
                    int category = cube.category[i] & 0xFF;
                    if (mask != null && !mask[category]) {
                        continue;
                    }
                    int m = periodOf[cube.day[i] - from] * categories + category;
                    if (m != mixAt) {
                        t.mix[mixAt] += mixRun;
                        mixAt = m;
                        mixRun = 0;
                    }
                    mixRun++;
                    if ((cube.flags[i] & GoldCube.DATE_ONLY) == 0) {
                        t.hourOfWeek[cube.hourOfWeek[i] & 0xFF]++;
                    } else {
                        t.dateOnly[(cube.hourOfWeek[i] & 0xFF) / 24]++;
                    }
                    int kind = (category * sourceCount + (cube.source[i] & 0xFF)) * (KIND_FLAGS + 1) + cube.flags[i];
                    if (kind != kindAt) {
                        t.kinds[kindAt] += kindRun;
                        kindAt = kind;
                        kindRun = 0;
                    }
                    kindRun++;
                    int block = cube.block[i];
                    if (block != GoldCube.NO_BLOCK) {
                        t.blocks[block]++;
                    }
                }
            }
            if (mixRun > 0) {
                t.mix[mixAt] += mixRun;
                t.kinds[kindAt] += kindRun;
            }
            return t;
        }

        Tally add(Tally o) {
            addTo(mix, o.mix);
            addTo(hourOfWeek, o.hourOfWeek);
            addTo(dateOnly, o.dateOnly);
            addTo(kinds, o.kinds);
            addTo(blocks, o.blocks);
            return this;
        }

        private static void addTo(int[] a, int[] b) {
            for (int i = 0; i < a.length; i++) {
                a[i] += b[i];
            }
        }
    }

    /**
     * The {@link #TOP_BLOCKS} blocks with the most incidents in scope (ties alphabetical), each with its
     * most frequent offense type there (ties alphabetical); {@code counts} are the incidents per block.
     */
    private static List<Block> signatureBlocks(
            GoldCube cube, DrillScope scope, int[] counts, int[] range, boolean[] mask) {
        int[] top = new int[TOP_BLOCKS];
        int found = 0;
        for (int b = 0; b < counts.length; b++) {
            if (counts[b] == 0) {
                continue;
            }
            int at = found;
            while (at > 0 && before(cube, counts, b, top[at - 1])) {
                at--;
            }
            if (at < TOP_BLOCKS) {
                System.arraycopy(top, at, top, at + 1, Math.min(found, TOP_BLOCKS - 1) - at);
                top[at] = b;
                found = Math.min(found + 1, TOP_BLOCKS);
            }
        }
        if (found == 0) {
            return List.of();
        }
        int[] rank = new int[counts.length];
        for (int r = 0; r < found; r++) {
            rank[top[r]] = r + 1;
        }
        int from = (int) scope.from().toEpochDay();
        int to = (int) scope.to().toEpochDay();
        int ranked = found;
        List<Map<Integer, Long>> offenses = cube.inHalves(
                range[0],
                range[1],
                (fromCell, toCell) -> {
                    List<Map<Integer, Long>> byRank = new ArrayList<>();
                    for (int r = 0; r < ranked; r++) {
                        byRank.add(new java.util.HashMap<>());
                    }
                    for (int ci = fromCell; ci < toCell; ci++) {
                        int a = GoldCube.lowerBound(cube.day, cube.start[ci], cube.start[ci + 1], from);
                        int b = GoldCube.lowerBound(cube.day, a, cube.start[ci + 1], to + 1);
                        for (int i = a; i < b; i++) {
                            int block = cube.block[i];
                            if (block != GoldCube.NO_BLOCK
                                    && rank[block] > 0
                                    && (mask == null || mask[cube.category[i] & 0xFF])) {
                                byRank.get(rank[block] - 1).merge((int) cube.offense[i], 1L, Long::sum);
                            }
                        }
                    }
                    return byRank;
                },
                (x, y) -> {
                    for (int r = 0; r < x.size(); r++) {
                        Map<Integer, Long> into = x.get(r);
                        y.get(r).forEach((k, v) -> into.merge(k, v, Long::sum));
                    }
                    return x;
                });
        List<Block> out = new ArrayList<>();
        for (int r = 0; r < found; r++) {
            String dominant = null;
            long most = 0;
            for (var e : offenses.get(r).entrySet()) {
                String type = cube.offenses[e.getKey()];
                if (e.getValue() > most || (e.getValue() == most && type.compareTo(dominant) < 0)) {
                    most = e.getValue();
                    dominant = type;
                }
            }
            out.add(new Block(cube.blocks[top[r]], counts[top[r]], dominant, most));
        }
        return out;
    }

    /** Block {@code a} ranks before block {@code b}: more incidents, or as many and first alphabetically. */
    private static boolean before(GoldCube cube, int[] counts, int a, int b) {
        return counts[a] > counts[b] || (counts[a] == counts[b] && cube.blocks[a].compareTo(cube.blocks[b]) < 0);
    }
}
