package org.khareetaty.bench;

import com.google.common.hash.Hashing;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.khareetaty.core.geo.BoundaryIndex;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.hexgrid.GoldAggregates;
import org.khareetaty.core.hexgrid.GoldCube;
import org.khareetaty.core.store.ImportCounts;
import org.khareetaty.core.store.ImportLog;
import org.khareetaty.core.store.SecondaryIndexes;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * A bench-only way to grow a store to millions of incidents faster than importing a file: the
 * incidents of one real import are copied, each copy moved as {@link JitteredCopy} moves it (up to
 * ~50 m and ±30 minutes), with its local date and hour, H3 cells and zones computed again for the
 * new time and place, and written as a completed import of its own (its {@code imports} row, dedup
 * keys and journal, then {@code complete} with its drill-down aggregates, as the importer stores
 * them) by JDBC batches with the incidents' {@code h3_r10} and {@code local_date} indexes dropped and rebuilt at the end. The result is an ordinary store with the normal schema. Differences from
 * importing a jittered file: the dedup key of a copy is always the event key (time, place, offense
 * type; the real file's rows have no source id), and the claimed zones and the zone-mismatch flag
 * are the real row's. A jittered point that falls outside the study area is moved again (up to ten
 * times, then left at the real point).
 */
public final class JitteredStore {
    private static final int BATCH = 5_000;
    /** Columns recomputed for each copy; every other column is the real row's. */
    private static final List<String> MOVED = List.of(
            "ID",
            "IMPORT_ID",
            "LINE_NUMBER",
            "DEDUP_KEY",
            "OCCURRED_AT",
            "LOCAL_DATE",
            "LOCAL_HOUR",
            "DAY_OF_WEEK",
            "LOCAL_MONTH",
            "LON",
            "LAT",
            "GEOM",
            "H3_R6",
            "H3_R7",
            "H3_R8",
            "H3_R9",
            "H3_R10");

    private final Connection c;
    private final BoundaryIndex boundaries;
    private final List<String> kept = new ArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();
    private final GeometryFactory geometry = new GeometryFactory(new PrecisionModel(), 4326);
    private int lon;
    private int lat;
    private int occurred;
    private int zone;
    private int offenseType;
    private int source;
    private int category;
    private int arrest;
    private int mismatch;
    private int block;
    private int precision;

    private JitteredStore(Connection c) throws SQLException {
        this.c = c;
        this.boundaries = BoundaryIndex.load(c).gridded();
    }

    /**
     * Adds copies of import {@code realImport}'s incidents, one import per copy, until the store holds
     * at least {@code target} incidents; {@code afterCopy} hears of each once it is complete. Returns the
     * number of copies.
     */
    public static int grow(Connection c, long realImport, long target, long seed, CopyListener afterCopy)
            throws SQLException {
        JitteredStore s = new JitteredStore(c);
        s.readReal(realImport);
        if (s.rows.isEmpty()) {
            throw new IllegalArgumentException("import " + realImport + " has no incidents to copy");
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            SecondaryIndexes.dropForBulkLoad(c);
            c.commit();
            int copies = 0;
            for (long have = s.incidents(); have < target; have += s.rows.size()) {
                long[] aggregating = new long[1];
                long id = s.copy(
                        ++copies,
                        new SplittableRandom(seed + copies),
                        (int) Math.min(s.rows.size(), target - have),
                        aggregating);
                afterCopy.copied(id, aggregating[0] / 1e9);
            }
            SecondaryIndexes.ensure(c);
            c.commit();
            return copies;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private long incidents() throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM incidents")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void readReal(long realImport) throws SQLException {
        Map<Object, Object> shared = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM incidents WHERE import_id = ? ORDER BY id")) {
            ps.setLong(1, realImport);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<Integer> columns = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String name = md.getColumnName(i).toUpperCase(java.util.Locale.ROOT);
                    if (!MOVED.contains(name)
                            || List.of("OCCURRED_AT", "LON", "LAT").contains(name)) {
                        kept.add(name);
                        columns.add(i);
                    }
                }
                lon = kept.indexOf("LON");
                lat = kept.indexOf("LAT");
                occurred = kept.indexOf("OCCURRED_AT");
                zone = kept.indexOf("SOURCE_ZONE");
                offenseType = kept.indexOf("OFFENSE_TYPE");
                source = kept.indexOf("SOURCE");
                category = kept.indexOf("CATEGORY");
                arrest = kept.indexOf("ARREST");
                mismatch = kept.indexOf("ZONE_MISMATCH");
                block = kept.indexOf("BLOCK");
                precision = kept.indexOf("TIME_PRECISION");
                while (rs.next()) {
                    Object[] row = new Object[kept.size()];
                    for (int k = 0; k < row.length; k++) {
                        Object v = k == occurred
                                ? rs.getObject(columns.get(k), OffsetDateTime.class)
                                : rs.getObject(columns.get(k));
                        row[k] = v instanceof String ? shared.computeIfAbsent(v, x -> x) : v;
                    }
                    rows.add(row);
                }
            }
        }
    }

    /** Hears of each copy written. */
    @FunctionalInterface
    public interface CopyListener {
        /** Copy {@code importId} is complete; storing its aggregates took {@code aggregateSeconds}. */
        void copied(long importId, double aggregateSeconds);
    }

    /** Writes one copy of {@code count} rows as a completed import; {@code aggregateNanos[0]} gets the time its aggregates took to store. */
    private long copy(int number, SplittableRandom random, int count, long[] aggregateNanos) throws SQLException {
        long importId =
                ImportLog.start(c, "jittered copy " + number + " (bench)", "codb", (String) rows.get(0)[source]);
        List<String> zoneColumns = boundaries.layers().stream()
                .map(BoundaryIndex.Layer::zoneColumn)
                .toList();
        List<String> columns = new ArrayList<>(List.of(
                "IMPORT_ID",
                "LINE_NUMBER",
                "DEDUP_KEY",
                "LOCAL_DATE",
                "LOCAL_HOUR",
                "DAY_OF_WEEK",
                "LOCAL_MONTH",
                "GEOM",
                "H3_R6",
                "H3_R7",
                "H3_R8",
                "H3_R9",
                "H3_R10"));
        for (String k : kept) {
            if (!zoneColumns.contains(k.toLowerCase(java.util.Locale.ROOT))) {
                columns.add(k);
            }
        }
        int fixed = columns.size();
        zoneColumns.forEach(z -> columns.add(z.toUpperCase(java.util.Locale.ROOT)));
        String sql = "INSERT INTO incidents(" + String.join(", ", columns) + ") VALUES ("
                + "?, ".repeat(columns.size() - 1) + "?)";
        long[] keys = new long[BATCH];
        GoldCube.Builder aggregates = new GoldCube.Builder();
        int pending = 0;
        int batch = 0;
        try (PreparedStatement ps = c.prepareStatement(sql);
                PreparedStatement journal =
                        c.prepareStatement("INSERT INTO dedup_journal(import_id, batch, keys) VALUES (?, ?, ?)")) {
            for (int r = 0; r < count; r++) {
                Object[] real = rows.get(r);
                double[] point = place((Double) real[lon], (Double) real[lat], random);
                String[] zones = boundaries.zonesOf(point[0], point[1]);
                OffsetDateTime at = ((OffsetDateTime) real[occurred]).plusMinutes(random.nextInt(-30, 31));
                ZonedDateTime local = at.atZoneSameInstant(ZoneId.of((String) real[zone]));
                long key = eventKey(
                        (String) real[source], at.toEpochSecond(), point[0], point[1], (String) real[offenseType]);
                long[] cells = H3Cells.cells(point[1], point[0]);
                int i = 1;
                ps.setLong(i++, importId);
                ps.setLong(i++, r + 2);
                ps.setLong(i++, key);
                ps.setObject(i++, local.toLocalDate());
                ps.setInt(i++, local.getHour());
                ps.setInt(i++, local.getDayOfWeek().getValue());
                ps.setInt(i++, local.getMonthValue());
                ps.setObject(i++, geometry.createPoint(new Coordinate(point[0], point[1])));
                for (long cell : cells) {
                    ps.setLong(i++, cell);
                }
                for (int k = 0; k < kept.size(); k++) {
                    String name = kept.get(k);
                    if (zoneColumns.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                        continue;
                    }
                    Object v = k == lon
                            ? point[0]
                            : k == lat ? point[1] : k == occurred ? at.withOffsetSameInstant(ZoneOffset.UTC) : real[k];
                    ps.setObject(i++, v);
                }
                for (int z = 0; z < zones.length; z++) {
                    ps.setString(fixed + z + 1, zones[z]);
                }
                ps.addBatch();
                keys[pending++] = key;
                aggregates.add(
                        cells[cells.length - 1],
                        local.toLocalDate(),
                        local.getHour(),
                        "day".equals(real[precision]),
                        (String) real[category],
                        (Boolean) real[arrest],
                        real[mismatch] != null,
                        (String) real[source],
                        (String) real[offenseType],
                        (String) real[block],
                        org.khareetaty.core.hexgrid.ZoneKey.of(zoneColumns, zones, null));
                if (pending == BATCH || r == count - 1) {
                    ps.executeBatch();
                    ByteBuffer b = ByteBuffer.allocate(pending * Long.BYTES);
                    for (int k = 0; k < pending; k++) {
                        b.putLong(keys[k]);
                    }
                    journal.setLong(1, importId);
                    journal.setInt(2, batch++);
                    journal.setBytes(3, b.array());
                    journal.executeUpdate();
                    c.commit();
                    pending = 0;
                }
            }
        }
        ImportLog.complete(c, importId, null, new ImportCounts(count, count, 0, 0, 0));
        long t = System.nanoTime();
        GoldAggregates.addImport(c, importId, aggregates);
        c.commit();
        aggregateNanos[0] = System.nanoTime() - t;
        return importId;
    }

    /** The real point moved by up to ~50 m, staying in the study area (the primary layer) when there is one. */
    private double[] place(double x, double y, SplittableRandom random) {
        int primary = boundaries.primaryIndex();
        for (int attempt = 0; attempt < 10; attempt++) {
            double px = x + random.nextDouble(-0.0006, 0.0006);
            double py = y + random.nextDouble(-0.00045, 0.00045);
            if (primary < 0 || boundaries.zonesOf(px, py)[primary] != null) {
                return new double[] {px, py};
            }
        }
        return new double[] {x, y};
    }

    /** The importer's dedup key of a record without source id or case number: source, time, place and offense type. */
    private static long eventKey(String source, long epochSecond, double x, double y, String offenseType) {
        return Hashing.murmur3_128()
                .newHasher()
                .putString(source, StandardCharsets.UTF_8)
                .putByte((byte) 0)
                .putByte((byte) 'e')
                .putLong(epochSecond)
                .putDouble(x)
                .putDouble(y)
                .putString(offenseType, StandardCharsets.UTF_8)
                .hash()
                .asLong();
    }
}
