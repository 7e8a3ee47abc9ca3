package org.khareetaty.core.hexgrid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges cubes of disjoint sets of imports into one in a single pass: the union of their r10
 * cells, then per cell the day-sorted runs of each cube merged by day (ties in list order), the
 * dictionaries united; the cells are shared out between two threads when there are many incidents.
 */
final class CubeMerge {
    private CubeMerge() {}

    /**
     * The cube holding the incidents of all {@code cubes}, whose imports must be disjoint: one pass,
     * each r10 cell's day-sorted runs merged (ties in list order), the dictionaries united.
     */
    static GoldCube of(List<GoldCube> cubes) {
        if (cubes.isEmpty()) {
            return GoldCube.empty();
        }
        if (cubes.size() == 1) {
            return cubes.get(0);
        }
        int k = cubes.size();
        long[] imports = mergeImports(cubes);
        int[][][] maps = new int[k][][];
        String[][] dictionaries = new String[GoldCube.Builder.DICTIONARIES][];
        for (int d = 0; d < dictionaries.length; d++) {
            Dictionary dict = new Dictionary();
            for (int j = 0; j < k; j++) {
                if (maps[j] == null) {
                    maps[j] = new int[dictionaries.length][];
                }
                maps[j][d] = dict.add(cubes.get(j).dictionary(d));
            }
            dictionaries[d] = dict.names.toArray(String[]::new);
            if (dictionaries[d].length > GoldCube.Builder.LIMITS[d]) {
                throw new IllegalStateException("the aggregates hold at most " + GoldCube.Builder.LIMITS[d]
                        + " distinct " + GoldCube.Builder.WHAT[d] + "; these imports have " + dictionaries[d].length);
            }
        }
        long[] cells = unionOfCells(cubes);
        // where each cube's run of each merged cell lies, and so where the merged runs begin
        int[][] from = new int[k][cells.length];
        int[][] to = new int[k][cells.length];
        int[] start = new int[cells.length + 1];
        for (int j = 0; j < k; j++) {
            GoldCube g = cubes.get(j);
            for (int c = 0, ci = 0; c < cells.length; c++) {
                if (ci < g.cells.length && g.cells[ci] == cells[c]) {
                    from[j][c] = g.start[ci];
                    to[j][c] = g.start[++ci];
                    start[c + 1] += to[j][c] - from[j][c];
                }
            }
        }
        for (int c = 0; c < cells.length; c++) {
            start[c + 1] += start[c];
        }
        GoldCube.Columns out = GoldCube.Columns.of(start[cells.length]);
        GoldCube.inHalves(
                start,
                0,
                cells.length,
                (first, end) -> {
                    mergeRuns(cubes, maps, from, to, start, out, first, end);
                    return null;
                },
                (x, y) -> null);
        return new GoldCube(imports, cells, start, out, dictionaries);
    }

    /** Merges, for the merged cells [first, end), the day-sorted runs of each cube into {@code out} (ties in list order). */
    private static void mergeRuns(
            List<GoldCube> cubes,
            int[][][] maps,
            int[][] from,
            int[][] to,
            int[] start,
            GoldCube.Columns out,
            int first,
            int end) {
        int k = cubes.size();
        int[][] days = new int[k][];
        for (int j = 0; j < k; j++) {
            days[j] = cubes.get(j).day;
        }
        int[] at = new int[k];
        int[] stop = new int[k];
        for (int c = first; c < end; c++) {
            for (int j = 0; j < k; j++) {
                at[j] = from[j][c];
                stop[j] = to[j][c];
            }
            int n = start[c];
            while (true) {
                int best = -1;
                int bestDay = 0;
                for (int j = 0; j < k; j++) {
                    if (at[j] < stop[j] && (best < 0 || days[j][at[j]] < bestDay)) {
                        best = j;
                        bestDay = days[j][at[j]];
                    }
                }
                if (best < 0) {
                    break;
                }
                copy(cubes.get(best), at[best]++, out, n++, maps[best]);
            }
        }
    }

    private static long[] unionOfCells(List<GoldCube> cubes) {
        int n = 0;
        for (GoldCube g : cubes) {
            n += g.cells.length;
        }
        long[] all = new long[n];
        int at = 0;
        for (GoldCube g : cubes) {
            System.arraycopy(g.cells, 0, all, at, g.cells.length);
            at += g.cells.length;
        }
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[distinct++] = all[i];
            }
        }
        return Arrays.copyOf(all, distinct);
    }

    private static void copy(GoldCube from, int i, GoldCube.Columns to, int k, int[][] maps) {
        to.day()[k] = from.day[i];
        to.hourOfWeek()[k] = from.hourOfWeek[i];
        to.flags()[k] = from.flags[i];
        to.category()[k] = (byte) maps[0][from.category[i] & 0xFF];
        to.source()[k] = (byte) maps[1][from.source[i] & 0xFF];
        to.offense()[k] = (char) maps[2][from.offense[i]];
        to.block()[k] = from.block[i] == GoldCube.NO_BLOCK ? GoldCube.NO_BLOCK : maps[3][from.block[i]];
        to.place()[k] = maps[4][from.place[i]];
    }

    private static long[] mergeImports(List<GoldCube> cubes) {
        long[] all = new long[0];
        for (GoldCube g : cubes) {
            int at = all.length;
            all = Arrays.copyOf(all, at + g.imports.length);
            System.arraycopy(g.imports, 0, all, at, g.imports.length);
        }
        Arrays.sort(all);
        for (int i = 1; i < all.length; i++) {
            if (all[i] == all[i - 1]) {
                throw new IllegalStateException("import " + all[i] + " is in two aggregate segments being merged");
            }
        }
        return all;
    }

    /** Names united from several dictionaries, in order of first appearance. */
    private static final class Dictionary {
        final List<String> names = new ArrayList<>();
        final Map<String, Integer> ids = new HashMap<>();

        /** Adds the names of {@code dictionary}; returns their ids in the union. */
        int[] add(String[] dictionary) {
            int[] map = new int[dictionary.length];
            for (int i = 0; i < dictionary.length; i++) {
                map[i] = ids.computeIfAbsent(dictionary[i], x -> {
                    names.add(x);
                    return names.size() - 1;
                });
            }
            return map;
        }
    }
}
