package org.khareetaty.core.hexgrid;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
final class CellZoneCounts implements ZoneVotes {
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
     * Reads the incidents of {@code imports} (the {@link GoldCube}'s; null: of every completed import)
     * per r10 cell, zone of every layer of {@code boundaries} and whether they were kept at the edge.
     * One plain scan grouped here: H2's GROUP BY over the same columns took twice the CPU.
     */
    static CellZoneCounts load(Connection c, BoundaryIndex boundaries, long[] imports) throws SQLException {
        java.util.Set<Long> wanted = new java.util.HashSet<>();
        if (imports == null) {
            wanted.addAll(completeImports(c));
        } else {
            java.util.Arrays.stream(imports).forEach(wanted::add);
        }
        Scan scan = new Scan(boundaries.layers().size(), wanted);
        if (!wanted.isEmpty()) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(select(boundaries))) {
                scan.read(rs);
            }
        }
        return scan.counts();
    }

    /**
     * The zone votes of every completed import read cell by cell, when a label first needs a cell's
     * (a fine cell whose centre lies in every layer's zone needs none): only the incidents of that
     * cell's r10 range, on the {@code h3_r10} index. For a caller naming a few cells (a KPI report's
     * top cells): the whole scan of {@link #load} took about 60 s on 8,000,000 incidents. The votes
     * are those {@link #load} gives, a cell's being the rows of its range; {@code c} must stay open
     * while the labels are made.
     */
    static ZoneVotes under(Connection c, BoundaryIndex boundaries) {
        Map<Long, CellZoneCounts> read = new HashMap<>();
        return (cell, use, insideOnly) -> read.computeIfAbsent(cell, k -> {
                    try {
                        return loadUnder(c, boundaries, k);
                    } catch (SQLException e) {
                        throw new org.khareetaty.core.store.StoreException(
                                "Cannot read the zones of the incidents of cell " + Long.toHexString(k) + ": "
                                        + e.getMessage(),
                                e);
                    }
                })
                .leaders(cell, use, insideOnly);
    }

    /** The counts of {@link #load} of every completed import, but only of the incidents under {@code cell}. */
    private static CellZoneCounts loadUnder(Connection c, BoundaryIndex boundaries, long cell) throws SQLException {
        Scan scan = new Scan(boundaries.layers().size(), completeImports(c));
        H3Cover.Range r = H3Cover.descendants(cell);
        try (var ps = c.prepareStatement(select(boundaries) + " WHERE h3_r10 BETWEEN ? AND ?")) {
            ps.setLong(1, r.lo());
            ps.setLong(2, r.hi());
            try (ResultSet rs = ps.executeQuery()) {
                scan.read(rs);
            }
        }
        return scan.counts();
    }

    private static java.util.Set<Long> completeImports(Connection c) throws SQLException {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM imports WHERE status = 'complete'")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static String select(BoundaryIndex boundaries) {
        StringBuilder sql = new StringBuilder("SELECT import_id, h3_r10");
        boundaries.layers().forEach(l -> sql.append(", ").append(l.zoneColumn()));
        return sql.append(", place_flag FROM incidents").toString();
    }

    /** Rows of incidents grouped, as they are read, per r10 cell by their zones and edge flag. */
    private static final class Scan {
        private final int layers;
        private final java.util.Set<Long> wanted;
        private final List<Map<String, Integer>> index = new ArrayList<>();
        private final List<List<String>> names = new ArrayList<>();
        // per r10 cell, its distinct {zone index per layer..., at edge (0/1), incidents}
        private final Map<Long, List<int[]>> cells = new HashMap<>();

        Scan(int layers, java.util.Set<Long> wanted) {
            this.layers = layers;
            this.wanted = wanted;
            for (int i = 0; i < layers; i++) {
                index.add(new HashMap<>());
                names.add(new ArrayList<>());
            }
        }

        void read(ResultSet rs) throws SQLException {
            while (rs.next()) {
                if (!wanted.contains(rs.getLong(1))) {
                    continue;
                }
                int[] key = new int[layers + 2];
                for (int i = 0; i < layers; i++) {
                    String code = rs.getString(3 + i);
                    List<String> layerNames = names.get(i);
                    key[i] = code == null
                            ? -1
                            : index.get(i).computeIfAbsent(code, k -> {
                                layerNames.add(k);
                                return layerNames.size() - 1;
                            });
                }
                String flag = rs.getString(3 + layers);
                key[layers] = flag != null && flag.contains(PlaceFlags.OUTSIDE_STUDY_AREA) ? 1 : 0;
                count(cells.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>(1)), key);
            }
        }

        CellZoneCounts counts() {
            Rows rows = new Rows(layers);
            long[] sorted =
                    cells.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
            for (long cell : sorted) {
                for (int[] k : cells.get(cell)) {
                    rows.add(cell, java.util.Arrays.copyOf(k, layers), k[layers] == 1, k[layers + 1]);
                }
            }
            String[][] codes = new String[layers][];
            for (int i = 0; i < layers; i++) {
                codes[i] = names.get(i).toArray(String[]::new);
            }
            return rows.counts(codes);
        }
    }

    /** Adds one incident of zones and edge {@code key} (its last place, the count, unset) to a cell's groups. */
    private static void count(List<int[]> groups, int[] key) {
        for (int[] g : groups) {
            if (java.util.Arrays.equals(g, 0, key.length - 1, key, 0, key.length - 1)) {
                g[key.length - 1]++;
                return;
            }
        }
        key[key.length - 1] = 1;
        groups.add(key);
    }

    /**
     * Per layer used, the zone holding most of {@code cell}'s incidents (any resolution; ties to the
     * lower code), or null where none of them lies in one; with {@code insideOnly}, only incidents
     * inside the study area count (not those kept at its edge).
     */
    @Override
    public String[] leaders(long cell, boolean[] use, boolean insideOnly) {
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
