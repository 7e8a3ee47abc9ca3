package org.khareetaty.core.hexgrid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khareetaty.core.geo.H3Cover;

/**
 * The gold aggregates in memory: every aggregated incident as columns (local day, hour, offense
 * category, arrest, zone mismatch, source, offense type, block, the zones stored on it as a
 * {@link ZoneKey}) sorted by its r10 H3 cell and then by day. Because all r10 descendants of a coarser cell have ids in one contiguous range
 * ({@link H3Cover}), the cells at any resolution r6..r10 are runs of this order, and a day range is
 * a binary search within each r10 cell: counts per cell, day or month and category at every
 * resolution are sums over runs, so the children of a cell always sum to the cell.
 *
 * <p>Incidents are kept one entry each rather than pre-counted: at r10 and per day nearly every
 * (cell, day) group holds a single incident (docs/drilldown.md), so counts would be as many as the
 * incidents while a 14-byte entry per incident also carries the hours, sources and blocks the
 * drill-down's profiles need. Immutable once built; safe for concurrent reads.
 */
public final class GoldCube {
    /** {@link #flags} bits 0-1: the arrest status. */
    static final int ARREST_BITS = 3;
    /** Arrest status: the source does not say. */
    static final int ARREST_UNKNOWN = 0;
    /** Arrest status: no arrest. */
    static final int NO_ARREST = 1;
    /** Arrest status: arrest made. */
    static final int ARRESTED = 2;
    /** {@link #flags} bit: the incident's own zone fields disagree with the map. */
    static final int ZONE_MISMATCH = 4;
    /**
     * {@link #flags} bit: the source gives a date only (time precision {@code day}): the entry's hour
     * is 0 and means nothing; hour profiles leave it out and count it apart.
     */
    static final int DATE_ONLY = 8;
    /** {@link #block} of an incident without a block. */
    static final int NO_BLOCK = -1;

    final long[] imports;
    final long[] cells;
    final int[] start;
    final int[] day;
    /** Local hour of the week, Monday 00:00-00:59 being 0 (read unsigned: up to 167). */
    final byte[] hourOfWeek;

    final byte[] category;
    final byte[] flags;
    final byte[] source;
    final char[] offense;
    final int[] block;
    /** Index into {@link #places}: the incident's stored zones ({@link ZoneKey}). */
    final int[] place;

    final String[] categories;
    final String[] sources;
    final String[] offenses;
    final String[] blocks;
    final String[] places;
    private final int firstDay;
    private final int lastDay;

    GoldCube(long[] imports, long[] cells, int[] start, Columns c, String[][] dictionaries) {
        this.imports = imports;
        this.cells = cells;
        this.start = start;
        this.day = c.day;
        this.hourOfWeek = c.hourOfWeek;
        this.category = c.category;
        this.flags = c.flags;
        this.source = c.source;
        this.offense = c.offense;
        this.block = c.block;
        this.place = c.place;
        this.categories = dictionaries[0];
        this.sources = dictionaries[1];
        this.offenses = dictionaries[2];
        this.blocks = dictionaries[3];
        this.places = dictionaries[4];
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int ci = 0; ci < cells.length; ci++) {
            if (start[ci] < start[ci + 1]) {
                min = Math.min(min, day[start[ci]]);
                max = Math.max(max, day[start[ci + 1] - 1]);
            }
        }
        this.firstDay = min;
        this.lastDay = max;
    }

    /** The per-entry columns of a cube, all of one length. */
    record Columns(
            int[] day,
            byte[] hourOfWeek,
            byte[] category,
            byte[] flags,
            byte[] source,
            char[] offense,
            int[] block,
            int[] place) {
        static Columns of(int n) {
            return new Columns(
                    new int[n],
                    new byte[n],
                    new byte[n],
                    new byte[n],
                    new byte[n],
                    new char[n],
                    new int[n],
                    new int[n]);
        }
    }

    /** A cube with no incidents. */
    public static GoldCube empty() {
        return new Builder().build(new long[0]);
    }

    /** Incidents in the cube. */
    public long incidents() {
        return day.length;
    }

    /** Distinct r10 cells holding incidents. */
    public int r10Cells() {
        return cells.length;
    }

    /** The imports whose incidents the cube holds, ascending. */
    public long[] imports() {
        return imports.clone();
    }

    /** The first local date with an incident, or null when the cube is empty. */
    public LocalDate firstDay() {
        return day.length == 0 ? null : LocalDate.ofEpochDay(firstDay);
    }

    /** The last local date with an incident, or null when the cube is empty. */
    public LocalDate lastDay() {
        return day.length == 0 ? null : LocalDate.ofEpochDay(lastDay);
    }

    /** Approximate heap held by the cube, in bytes. */
    public long heapBytes() {
        return 18L * day.length + 12L * cells.length;
    }

    /** {first, end} indexes into {@link #cells} of the r10 cells under {@code parent} (any resolution), or of all when null. */
    int[] cellRange(Long parent) {
        if (parent == null) {
            return new int[] {0, cells.length};
        }
        H3Cover.Range r = H3Cover.descendants(parent);
        int lo = lowerBound(cells, r.lo());
        int hi = lowerBound(cells, r.hi() + 1);
        return new int[] {lo, hi};
    }

    /** Per category index, whether it is in {@code names} (null when names is empty: every category). */
    boolean[] categoryMask(List<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        boolean[] mask = new boolean[categories.length];
        for (int i = 0; i < categories.length; i++) {
            mask[i] = names.contains(categories[i]);
        }
        return mask;
    }

    /**
     * The incidents of {@code cell} (any resolution; the whole cube when null) in the categories of
     * {@code mask} (null: all) on each epoch day {@code from..to}, index 0 being {@code from}.
     */
    int[] dailyCounts(Long cell, boolean[] mask, int from, int to) {
        int[] out = new int[to - from + 1];
        int[] range = cellRange(cell);
        for (int ci = range[0]; ci < range[1]; ci++) {
            int end = start[ci + 1];
            for (int i = lowerBound(day, start[ci], end, from); i < end && day[i] <= to; i++) {
                if (mask == null || mask[category[i] & 0xFF]) {
                    out[day[i] - from]++;
                }
            }
        }
        return out;
    }

    /** Day of the week of an epoch day, Monday 0 (1970-01-01 was a Thursday). */
    static int dayOfWeek(int epochDay) {
        return Math.floorMod(epochDay + 3, 7);
    }

    /** Incidents in a run of r10 cells above which {@link #inHalves} works on two threads. */
    static final int TWO_THREADS_FROM = 500_000;

    /** Work over the r10 cells with indexes [from, to). */
    @FunctionalInterface
    interface CellWork<T> {
        T run(int from, int to);
    }

    /**
     * Runs {@code work} over the r10 cells [from, to): when they hold many incidents, in two halves at
     * once (one on the common fork-join pool, whose parallelism is one less than the processors, the
     * other on this thread) combined with {@code combine}, first half first.
     */
    <T> T inHalves(int from, int to, CellWork<T> work, java.util.function.BinaryOperator<T> combine) {
        return inHalves(start, from, to, work, combine);
    }

    /** {@link #inHalves(int, int, CellWork, java.util.function.BinaryOperator)} over cells whose entries begin at {@code start}. */
    static <T> T inHalves(
            int[] start, int from, int to, CellWork<T> work, java.util.function.BinaryOperator<T> combine) {
        int lo = start[from];
        int hi = start[to];
        if (hi - lo < TWO_THREADS_FROM || Runtime.getRuntime().availableProcessors() < 2) {
            return work.run(from, to);
        }
        int mid = lowerBound(start, from, to, lo + (hi - lo) / 2);
        java.util.concurrent.ForkJoinTask<T> first =
                java.util.concurrent.ForkJoinPool.commonPool().submit(() -> work.run(from, mid));
        T second = work.run(mid, to);
        return combine.apply(first.join(), second);
    }

    /** First index in [from, to) of {@code a} (ascending) whose value is at least {@code key}. */
    static int lowerBound(int[] a, int from, int to, int key) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static int lowerBound(long[] a, long key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The block most incidents of {@code cell} (any resolution) give, over every date and category,
     * ties to the first in alphabetical order; null when none gives one.
     */
    String dominantBlock(long cell) {
        int[] range = cellRange(cell);
        int from = start[range[0]];
        int to = start[range[1]];
        int[] ids = new int[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            if (block[i] != NO_BLOCK) {
                ids[n++] = block[i];
            }
        }
        Arrays.sort(ids, 0, n);
        String best = null;
        int bestCount = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && ids[j] == ids[i]) {
                j++;
            }
            String name = blocks[ids[i]];
            if (j - i > bestCount || (j - i == bestCount && name.compareTo(best) < 0)) {
                best = name;
                bestCount = j - i;
            }
            i = j;
        }
        return best;
    }

    /** The cube holding the incidents of all {@code cubes}, whose imports must be disjoint ({@link CubeMerge}). */
    static GoldCube mergeAll(List<GoldCube> cubes) {
        return CubeMerge.of(cubes);
    }

    /** Dictionary {@code d}: 0 categories, 1 sources, 2 offense types, 3 blocks, 4 zone keys. */
    String[] dictionary(int d) {
        return d == 0 ? categories : d == 1 ? sources : d == 2 ? offenses : d == 3 ? blocks : places;
    }

    /**
     * Collects incidents in any order and builds the cube: the entries sorted by day and then, stably,
     * by cell (two counting sorts). About 22 bytes an incident until built. Not thread safe.
     */
    public static final class Builder {
        /** Dictionaries a cube keeps. */
        static final int DICTIONARIES = 5;

        static final int[] LIMITS = {256, 256, 65_536, Integer.MAX_VALUE, Integer.MAX_VALUE};
        static final String[] WHAT = {"offense categories", "sources", "offense types", "blocks", "zone combinations"};
        private long[] cell = new long[1024];
        private Columns cols = Columns.of(1024);
        private int n;
        private final List<Map<String, Integer>> ids =
                List.of(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        private final List<List<String>> names =
                List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());

        /**
         * Adds one incident: its r10 cell, local date and hour, whether the source gives a date only
         * (the hour then means nothing), offense category, arrest (null when the source does not
         * say), whether its own zone fields disagree with the map, source, offense type, block
         * (or null) and the zones stored on it ({@link ZoneKey#of}).
         */
        public void add(
                long r10,
                LocalDate localDate,
                int localHour,
                boolean dateOnly,
                String categoryName,
                Boolean arrest,
                boolean zoneMismatch,
                String sourceName,
                String offenseType,
                String blockName,
                String zoneKey) {
            int status = arrest == null ? ARREST_UNKNOWN : arrest ? ARRESTED : NO_ARREST;
            add(
                    r10,
                    (int) localDate.toEpochDay(),
                    dateOnly ? 0 : localHour,
                    categoryName,
                    status | (zoneMismatch ? ZONE_MISMATCH : 0) | (dateOnly ? DATE_ONLY : 0),
                    sourceName,
                    offenseType,
                    blockName,
                    zoneKey);
        }

        /** Incidents added. */
        public int size() {
            return n;
        }

        /**
         * Marks the incidents added at {@code entries} (indices in the order of adding) as date-only:
         * their hour (a placeholder) is dropped.
         */
        public void markDateOnly(int[] entries, int count) {
            for (int k = 0; k < count; k++) {
                int i = entries[k];
                cols.flags[i] |= DATE_ONLY;
                cols.hourOfWeek[i] = (byte) (dayOfWeek(cols.day[i]) * 24);
            }
        }

        /**
         * Adds one incident; {@code arrestAndMismatch} is the arrest status plus {@link #ZONE_MISMATCH}
         * and {@link #DATE_ONLY}; block may be null; {@code zoneKey} is a {@link ZoneKey}.
         */
        void add(
                long r10,
                int epochDay,
                int localHour,
                String categoryName,
                int arrestAndMismatch,
                String sourceName,
                String offenseType,
                String blockName,
                String zoneKey) {
            if (n == cell.length) {
                grow();
            }
            cell[n] = r10;
            cols.day[n] = epochDay;
            int hour = (arrestAndMismatch & DATE_ONLY) == 0 ? localHour : 0;
            cols.hourOfWeek[n] = (byte) (dayOfWeek(epochDay) * 24 + hour);
            cols.category[n] = (byte) id(0, categoryName);
            cols.flags[n] = (byte) arrestAndMismatch;
            cols.source[n] = (byte) id(1, sourceName);
            cols.offense[n] = (char) id(2, offenseType);
            cols.block[n] = blockName == null ? NO_BLOCK : id(3, blockName);
            cols.place[n] = id(4, zoneKey);
            n++;
        }

        private int id(int dictionary, String name) {
            Integer id = ids.get(dictionary).get(name);
            if (id == null) {
                id = names.get(dictionary).size();
                if (id == LIMITS[dictionary]) {
                    throw new IllegalStateException("the aggregates hold at most " + LIMITS[dictionary] + " distinct "
                            + WHAT[dictionary] + "; \"" + name + "\" is one more");
                }
                ids.get(dictionary).put(name, id);
                names.get(dictionary).add(name);
            }
            return id;
        }

        private void grow() {
            int size = cell.length * 2;
            cell = Arrays.copyOf(cell, size);
            cols = new Columns(
                    Arrays.copyOf(cols.day, size),
                    Arrays.copyOf(cols.hourOfWeek, size),
                    Arrays.copyOf(cols.category, size),
                    Arrays.copyOf(cols.flags, size),
                    Arrays.copyOf(cols.source, size),
                    Arrays.copyOf(cols.offense, size),
                    Arrays.copyOf(cols.block, size),
                    Arrays.copyOf(cols.place, size));
        }

        /** The cube of the incidents added, holding {@code importIds}. */
        GoldCube build(long[] importIds) {
            long[] distinct = Arrays.copyOf(cell, n);
            Arrays.sort(distinct);
            int nc = 0;
            for (int i = 0; i < n; i++) {
                if (i == 0 || distinct[i] != distinct[i - 1]) {
                    distinct[nc++] = distinct[i];
                }
            }
            distinct = Arrays.copyOf(distinct, nc);
            int[] cellIndex = new int[n];
            for (int i = 0; i < n; i++) {
                cellIndex[i] = Arrays.binarySearch(distinct, cell[i]);
            }
            int[] order = byDayThenCell(cellIndex, nc);
            Columns out = Columns.of(n);
            int[] start = new int[nc + 1];
            for (int k = 0; k < n; k++) {
                int i = order[k];
                start[cellIndex[i] + 1]++;
                out.day[k] = cols.day[i];
                out.hourOfWeek[k] = cols.hourOfWeek[i];
                out.category[k] = cols.category[i];
                out.flags[k] = cols.flags[i];
                out.source[k] = cols.source[i];
                out.offense[k] = cols.offense[i];
                out.block[k] = cols.block[i];
                out.place[k] = cols.place[i];
            }
            for (int c = 0; c < nc; c++) {
                start[c + 1] += start[c];
            }
            long[] imports = importIds.clone();
            Arrays.sort(imports);
            String[][] dictionaries = new String[DICTIONARIES][];
            for (int d = 0; d < DICTIONARIES; d++) {
                dictionaries[d] = names.get(d).toArray(String[]::new);
            }
            return new GoldCube(imports, distinct, start, out, dictionaries);
        }

        /** The entry order by cell, and by day within a cell: a counting sort by day, then a stable one by cell. */
        private int[] byDayThenCell(int[] cellIndex, int nc) {
            int[] byDay = new int[n];
            if (n > 0) {
                int min = Integer.MAX_VALUE;
                int max = Integer.MIN_VALUE;
                for (int i = 0; i < n; i++) {
                    min = Math.min(min, cols.day[i]);
                    max = Math.max(max, cols.day[i]);
                }
                int[] next = new int[max - min + 2];
                for (int i = 0; i < n; i++) {
                    next[cols.day[i] - min + 1]++;
                }
                for (int d = 1; d < next.length; d++) {
                    next[d] += next[d - 1];
                }
                for (int i = 0; i < n; i++) {
                    byDay[next[cols.day[i] - min]++] = i;
                }
            }
            int[] next = new int[nc + 1];
            for (int i = 0; i < n; i++) {
                next[cellIndex[i] + 1]++;
            }
            for (int c = 1; c <= nc; c++) {
                next[c] += next[c - 1];
            }
            int[] order = new int[n];
            for (int i : byDay) {
                order[next[cellIndex[i]]++] = i;
            }
            return order;
        }
    }
}
