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
 * category, arrest, zone mismatch, source, offense type, block) sorted by its r10 H3 cell and then by
 * day. Because all r10 descendants of a coarser cell have ids in one contiguous range
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
    /** {@link #block} of an incident without a block. */
    static final int NO_BLOCK = -1;

    final long[] imports;
    final long[] cells;
    final int[] start;
    final int[] day;
    final byte[] hour;
    final byte[] category;
    final byte[] flags;
    final byte[] source;
    final char[] offense;
    final int[] block;
    final String[] categories;
    final String[] sources;
    final String[] offenses;
    final String[] blocks;
    private final int firstDay;
    private final int lastDay;

    GoldCube(long[] imports, long[] cells, int[] start, Columns c, String[][] dictionaries) {
        this.imports = imports;
        this.cells = cells;
        this.start = start;
        this.day = c.day;
        this.hour = c.hour;
        this.category = c.category;
        this.flags = c.flags;
        this.source = c.source;
        this.offense = c.offense;
        this.block = c.block;
        this.categories = dictionaries[0];
        this.sources = dictionaries[1];
        this.offenses = dictionaries[2];
        this.blocks = dictionaries[3];
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
    record Columns(int[] day, byte[] hour, byte[] category, byte[] flags, byte[] source, char[] offense, int[] block) {
        static Columns of(int n) {
            return new Columns(new int[n], new byte[n], new byte[n], new byte[n], new byte[n], new char[n], new int[n]);
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
        return 14L * day.length + 12L * cells.length;
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
        for (int i = 0; i < n;) {
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

    /** Merges the cubes of disjoint sets of imports, pairwise so that each incident is copied about log2(k) times. */
    static GoldCube mergeAll(List<GoldCube> cubes) {
        if (cubes.isEmpty()) {
            return empty();
        }
        List<GoldCube> level = new ArrayList<>(cubes);
        while (level.size() > 1) {
            List<GoldCube> next = new ArrayList<>();
            for (int i = 0; i + 1 < level.size(); i += 2) {
                next.add(merge(level.get(i), level.get(i + 1)));
            }
            if (level.size() % 2 == 1) {
                next.add(level.get(level.size() - 1));
            }
            level = next;
        }
        return level.get(0);
    }

    /** The cube holding the incidents of both {@code a} and {@code b}, whose imports must be disjoint. */
    static GoldCube merge(GoldCube a, GoldCube b) {
        long[] imports = mergeImports(a.imports, b.imports);
        Dictionary cat = new Dictionary(a.categories, b.categories);
        Dictionary src = new Dictionary(a.sources, b.sources);
        Dictionary off = new Dictionary(a.offenses, b.offenses);
        Dictionary blk = new Dictionary(a.blocks, b.blocks);
        long[] cells = new long[a.cells.length + b.cells.length];
        int[] start = new int[cells.length + 1];
        Columns out = Columns.of(a.day.length + b.day.length);
        int[][] maps = {cat.map, src.map, off.map, blk.map};
        int ia = 0;
        int ib = 0;
        int nc = 0;
        int k = 0;
        while (ia < a.cells.length || ib < b.cells.length) {
            long cell = ib == b.cells.length || (ia < a.cells.length && a.cells[ia] <= b.cells[ib]) ? a.cells[ia] : b.cells[ib];
            int i = 0;
            int iEnd = 0;
            int j = 0;
            int jEnd = 0;
            if (ia < a.cells.length && a.cells[ia] == cell) {
                i = a.start[ia];
                iEnd = a.start[++ia];
            }
            if (ib < b.cells.length && b.cells[ib] == cell) {
                j = b.start[ib];
                jEnd = b.start[++ib];
            }
            cells[nc] = cell;
            start[nc++] = k;
            while (i < iEnd || j < jEnd) {
                if (j == jEnd || (i < iEnd && a.day[i] <= b.day[j])) {
                    copy(a, i++, out, k++, null);
                } else {
                    copy(b, j++, out, k++, maps);
                }
            }
        }
        start[nc] = k;
        return new GoldCube(imports, Arrays.copyOf(cells, nc), Arrays.copyOf(start, nc + 1), out,
                new String[][] {cat.names(), src.names(), off.names(), blk.names()});
    }

    private static void copy(GoldCube from, int i, Columns to, int k, int[][] maps) {
        to.day[k] = from.day[i];
        to.hour[k] = from.hour[i];
        to.flags[k] = from.flags[i];
        if (maps == null) {
            to.category[k] = from.category[i];
            to.source[k] = from.source[i];
            to.offense[k] = from.offense[i];
            to.block[k] = from.block[i];
        } else {
            to.category[k] = (byte) maps[0][from.category[i] & 0xFF];
            to.source[k] = (byte) maps[1][from.source[i] & 0xFF];
            to.offense[k] = (char) maps[2][from.offense[i]];
            to.block[k] = from.block[i] == NO_BLOCK ? NO_BLOCK : maps[3][from.block[i]];
        }
    }

    private static long[] mergeImports(long[] a, long[] b) {
        long[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        Arrays.sort(all);
        for (int i = 1; i < all.length; i++) {
            if (all[i] == all[i - 1]) {
                throw new IllegalStateException("import " + all[i] + " is in both aggregate segments being merged");
            }
        }
        return all;
    }

    /** The names of a merged dictionary: the first one's, then the second one's new ones; {@code map} takes the second's ids to the merged ids. */
    private static final class Dictionary {
        final List<String> names;
        final int[] map;

        Dictionary(String[] first, String[] second) {
            names = new ArrayList<>(Arrays.asList(first));
            Map<String, Integer> ids = new HashMap<>();
            for (int i = 0; i < first.length; i++) {
                ids.put(first[i], i);
            }
            map = new int[second.length];
            for (int i = 0; i < second.length; i++) {
                Integer id = ids.get(second[i]);
                if (id == null) {
                    id = names.size();
                    names.add(second[i]);
                    ids.put(second[i], id);
                }
                map[i] = id;
            }
        }

        String[] names() {
            return names.toArray(String[]::new);
        }
    }

    /**
     * Collects incidents in any order and builds the cube: the entries sorted by day and then, stably,
     * by cell (two counting sorts). About 22 bytes an incident until built. Not thread safe.
     */
    public static final class Builder {
        private static final int[] LIMITS = {256, 256, 65_536, Integer.MAX_VALUE};
        private static final String[] WHAT = {"offense categories", "sources", "offense types", "blocks"};
        private long[] cell = new long[1024];
        private Columns cols = Columns.of(1024);
        private int n;
        private final List<Map<String, Integer>> ids = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        private final List<List<String>> names = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());

        /**
         * Adds one incident: its r10 cell, local date and hour, offense category, arrest (null when the
         * source does not say), whether its own zone fields disagree with the map, source, offense
         * type and block (or null).
         */
        public void add(long r10, LocalDate localDate, int localHour, String categoryName, Boolean arrest, boolean zoneMismatch,
                String sourceName, String offenseType, String blockName) {
            int status = arrest == null ? ARREST_UNKNOWN : arrest ? ARRESTED : NO_ARREST;
            add(r10, (int) localDate.toEpochDay(), localHour, categoryName, status | (zoneMismatch ? ZONE_MISMATCH : 0), sourceName,
                    offenseType, blockName);
        }

        /** Incidents added. */
        public int size() {
            return n;
        }

        /** Adds one incident; {@code arrestAndMismatch} is the arrest status plus {@link #ZONE_MISMATCH}; block may be null. */
        void add(long r10, int epochDay, int localHour, String categoryName, int arrestAndMismatch, String sourceName,
                String offenseType, String blockName) {
            if (n == cell.length) {
                grow();
            }
            cell[n] = r10;
            cols.day[n] = epochDay;
            cols.hour[n] = (byte) localHour;
            cols.category[n] = (byte) id(0, categoryName);
            cols.flags[n] = (byte) arrestAndMismatch;
            cols.source[n] = (byte) id(1, sourceName);
            cols.offense[n] = (char) id(2, offenseType);
            cols.block[n] = blockName == null ? NO_BLOCK : id(3, blockName);
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
            cols = new Columns(Arrays.copyOf(cols.day, size), Arrays.copyOf(cols.hour, size), Arrays.copyOf(cols.category, size),
                    Arrays.copyOf(cols.flags, size), Arrays.copyOf(cols.source, size), Arrays.copyOf(cols.offense, size),
                    Arrays.copyOf(cols.block, size));
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
                out.hour[k] = cols.hour[i];
                out.category[k] = cols.category[i];
                out.flags[k] = cols.flags[i];
                out.source[k] = cols.source[i];
                out.offense[k] = cols.offense[i];
                out.block[k] = cols.block[i];
            }
            for (int c = 0; c < nc; c++) {
                start[c + 1] += start[c];
            }
            long[] imports = importIds.clone();
            Arrays.sort(imports);
            String[][] dictionaries = new String[4][];
            for (int d = 0; d < 4; d++) {
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
