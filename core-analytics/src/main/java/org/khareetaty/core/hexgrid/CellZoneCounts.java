package org.khareetaty.core.hexgrid;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.khareetaty.core.geo.BoundaryIndex;
import org.khareetaty.core.geo.H3Cover;
import org.khareetaty.core.incidents.PlaceFlags;

/**
 * The incidents of each r10 cell by the zones stored on them at import ({@code incidents.zone_*},
 * each incident's own point in polygon, or the nearest zone for a point kept at the study area's
 * edge), read in one grouped query. Since the r10 descendants of a cell form one contiguous id range
 * ({@link H3Cover}), the zone votes of a cell at any resolution are a sum over a run of rows: the
 * {@link CellLabels} name a cell by them.
 */
final class CellZoneCounts {
    /** r10 cell of each row, ascending. */
    private final long[] r10;
    /** Per layer, per row, the zone's index in {@link #codes} of that layer, or -1 for none. */
    private final int[][] zone;
    /** Per layer, its zone codes. */
    private final String[][] codes;
    /** Whether the row's incidents were kept just outside the study area's edge. */
    private final boolean[] edge;

    private final long[] count;

    private CellZoneCounts(long[] r10, int[][] zone, String[][] codes, boolean[] edge, long[] count) {
        this.r10 = r10;
        this.zone = zone;
        this.codes = codes;
        this.edge = edge;
        this.count = count;
    }

    /**
     * Reads the incidents of {@code imports} (the {@link GoldCube}'s) per r10 cell, zone of every layer
     * of {@code boundaries} and whether they were kept at the edge.
     */
    static CellZoneCounts load(Connection c, BoundaryIndex boundaries, long[] imports) throws SQLException {
        int layers = boundaries.layers().size();
        if (imports.length == 0) {
            return new CellZoneCounts(
                    new long[0], new int[layers][0], new String[layers][0], new boolean[0], new long[0]);
        }
        StringJoiner columns = new StringJoiner(", ");
        boundaries.layers().forEach(l -> columns.add(l.zoneColumn()));
        StringJoiner in = new StringJoiner(", ", "(", ")");
        for (long id : imports) {
            in.add(Long.toString(id));
        }
        String keys = "h3_r10, " + (layers == 0 ? "" : columns + ", ") + PlaceFlags.AT_EDGE;
        String sql = "SELECT " + keys + ", COUNT(*) FROM incidents WHERE import_id IN " + in + " GROUP BY " + keys
                + " ORDER BY h3_r10";
        List<Map<String, Integer>> index = new ArrayList<>();
        List<List<String>> names = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            index.add(new HashMap<>());
            names.add(new ArrayList<>());
        }
        Rows rows = new Rows(layers);
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                int[] zones = new int[layers];
                for (int i = 0; i < layers; i++) {
                    String code = rs.getString(2 + i);
                    List<String> layerNames = names.get(i);
                    zones[i] = code == null
                            ? -1
                            : index.get(i).computeIfAbsent(code, k -> {
                                layerNames.add(k);
                                return layerNames.size() - 1;
                            });
                }
                rows.add(rs.getLong(1), zones, rs.getBoolean(2 + layers), rs.getLong(3 + layers));
            }
        }
        String[][] codes = new String[layers][];
        for (int i = 0; i < layers; i++) {
            codes[i] = names.get(i).toArray(String[]::new);
        }
        return rows.counts(codes);
    }

    /**
     * Per layer used, the zone holding most of {@code cell}'s incidents (any resolution; ties to the
     * lower code), or null where none of them lies in one; with {@code insideOnly}, only incidents
     * inside the study area count (not those kept at its edge).
     */
    String[] leaders(long cell, boolean[] use, boolean insideOnly) {
        List<TreeMap<String, Long>> votes = new ArrayList<>();
        for (int i = 0; i < use.length; i++) {
            votes.add(new TreeMap<>());
        }
        H3Cover.Range range = H3Cover.descendants(cell);
        for (int row = GoldCube.lowerBound(r10, range.lo()); row < r10.length && r10[row] <= range.hi(); row++) {
            if (insideOnly && edge[row]) {
                continue;
            }
            for (int i = 0; i < use.length; i++) {
                if (use[i] && zone[i][row] >= 0) {
                    votes.get(i).merge(codes[i][zone[i][row]], count[row], Long::sum);
                }
            }
        }
        String[] leaders = new String[use.length];
        for (int i = 0; i < use.length; i++) {
            long best = 0;
            for (Map.Entry<String, Long> e : votes.get(i).entrySet()) {
                if (e.getValue() > best) {
                    best = e.getValue();
                    leaders[i] = e.getKey();
                }
            }
        }
        return leaders;
    }

    /** The rows as they are read, in growing arrays. */
    private static final class Rows {
        private long[] r10 = new long[1024];
        private int[][] zone;
        private boolean[] edge = new boolean[1024];
        private long[] count = new long[1024];
        private int n;

        Rows(int layers) {
            zone = new int[layers][1024];
        }

        void add(long cell, int[] zones, boolean atEdge, long incidents) {
            if (n == r10.length) {
                int size = n * 2;
                r10 = java.util.Arrays.copyOf(r10, size);
                edge = java.util.Arrays.copyOf(edge, size);
                count = java.util.Arrays.copyOf(count, size);
                for (int i = 0; i < zone.length; i++) {
                    zone[i] = java.util.Arrays.copyOf(zone[i], size);
                }
            }
            r10[n] = cell;
            for (int i = 0; i < zone.length; i++) {
                zone[i][n] = zones[i];
            }
            edge[n] = atEdge;
            count[n] = incidents;
            n++;
        }

        CellZoneCounts counts(String[][] codes) {
            int[][] zones = new int[zone.length][];
            for (int i = 0; i < zone.length; i++) {
                zones[i] = java.util.Arrays.copyOf(zone[i], n);
            }
            return new CellZoneCounts(
                    java.util.Arrays.copyOf(r10, n),
                    zones,
                    codes,
                    java.util.Arrays.copyOf(edge, n),
                    java.util.Arrays.copyOf(count, n));
        }
    }
}
