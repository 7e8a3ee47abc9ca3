package org.khareetaty.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMilliTZVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.h2.tools.SimpleResultSet;
import org.h2.tools.SimpleRowSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * One import's incidents as an immutable columnar segment (issue 14's second direction): an Apache
 * Arrow IPC file (the "file" format: record batches of {@link #BATCH} rows and a footer that places
 * them) with the rows sorted by H3 r10 (stable, so by time within a cell), written to a temporary
 * name, forced to disk and renamed, so a segment is whole or absent. The footer's metadata keeps
 * each batch's first and last r10, so a cell or a range of cells loads only the batches that hold
 * it. The columns are {@link #COLUMNS}: the narrow rows of {@link WritePaths#NARROW} without
 * {@code import_id} (the segment is the import) and with {@code lon}, {@code lat} in place of the
 * point ({@code geom} is made from them).
 */
public final class IncidentSegment implements AutoCloseable {
    /** Rows a record batch: the unit a reader loads. */
    static final int BATCH = 16_384;

    /** The segment's columns, as indexes into {@link WritePaths#COLUMNS}. */
    static final int[] COLUMNS = {
        1, 2, 3, 4, 5, 6, 7, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 34, 35, 36, 37
    };

    static final String[] NAMES = Arrays.stream(COLUMNS)
            .mapToObj(i -> WritePaths.COLUMNS.split(", ")[i])
            .toArray(String[]::new);

    /** Where {@code h3_r10}, {@code occurred_at}, {@code lon}, {@code lat} are among {@link #COLUMNS}. */
    static final int R10 = 24, OCCURRED = 5, LON = 22, LAT = 23;

    private final BufferAllocator allocator = new RootAllocator();
    private final FileChannel channel;
    private final ArrowFileReader reader;
    private final List<ArrowBlock> blocks;
    private final long[] first;
    private final long[] last;
    private int loaded = -1;

    /** A row the scan has reached: the loaded batch and the row's index in it. */
    @FunctionalInterface
    public interface RowVisitor {
        void visit(VectorSchemaRoot batch, int row);
    }

    private IncidentSegment(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.READ);
        reader = new ArrowFileReader(channel, allocator);
        blocks = reader.getRecordBlocks();
        Map<String, String> meta = reader.getMetaData();
        first = longs(meta.get("h3_r10_first"));
        last = longs(meta.get("h3_r10_last"));
    }

    /** Opens a segment written by {@link #write}. */
    public static IncidentSegment open(Path file) throws IOException {
        return new IncidentSegment(file);
    }

    /** Rows in the segment. */
    public long rows() throws IOException {
        long n = 0;
        for (int b = 0; b < blocks.size(); b++) {
            n += load(b).getRowCount();
        }
        return n;
    }

    /** Visits, in r10 order, every row whose r10 is in {@code [lo, hi]}; returns how many. */
    public long scan(long lo, long hi, RowVisitor visitor) throws IOException {
        long n = 0;
        int b = Math.max(0, lowerBound(last, lo));
        for (; b < blocks.size() && first[b] <= hi; b++) {
            VectorSchemaRoot batch = load(b);
            BigIntVector r10 = (BigIntVector) batch.getVector(R10);
            int rows = batch.getRowCount();
            int i = lowerBound(r10, rows, lo);
            for (; i < rows && r10.get(i) <= hi; i++, n++) {
                visitor.visit(batch, i);
            }
        }
        return n;
    }

    /** Row {@code row} of a loaded batch as values of {@link #COLUMNS} (JDBC's types). */
    public static Object[] row(VectorSchemaRoot batch, int row) {
        Object[] values = new Object[COLUMNS.length];
        for (int k = 0; k < values.length; k++) {
            FieldVector v = batch.getVector(k);
            if (v.isNull(row)) {
                continue;
            }
            if (v instanceof VarCharVector s) {
                values[k] = new String(s.get(row), StandardCharsets.UTF_8);
            } else if (v instanceof TimeStampMilliTZVector t) {
                values[k] = OffsetDateTime.ofInstant(Instant.ofEpochMilli(t.get(row)), ZoneOffset.UTC);
            } else if (v instanceof BitVector b) {
                values[k] = b.get(row) != 0;
            } else {
                values[k] = v.getObject(row);
            }
        }
        return values;
    }

    /**
     * The table function that makes a segment reachable from H2GIS SQL: the rows of {@code file}
     * whose r10 is in {@code [lo, hi]}, streamed, with the point made from lon/lat as {@code geom}
     * (H2 pushes no WHERE into a Java table function, so the cell range is an argument).
     */
    public static ResultSet incidents(Connection c, String file, long lo, long hi) throws SQLException {
        boolean columnsOnly = c.getMetaData().getURL().equals("jdbc:columnlist:connection");
        SimpleResultSet rs = new SimpleResultSet(columnsOnly ? null : new Cursor(Path.of(file), lo, hi));
        for (int k = 0; k < COLUMNS.length; k++) {
            int type = WritePaths.type(COLUMNS[k]);
            rs.addColumn(NAMES[k].toUpperCase(Locale.ROOT), type, null, type == Types.VARCHAR ? 1_000_000 : 0, 0);
        }
        rs.addColumn("GEOM", Types.OTHER, "GEOMETRY", 0, 0);
        return rs;
    }

    /** The rows of one range, batch by batch, for {@link #incidents}. */
    private static final class Cursor implements SimpleRowSource {
        private static final GeometryFactory POINTS = new GeometryFactory(new PrecisionModel(), 4326);
        private final IncidentSegment segment;
        private final long hi;
        private int batch;
        private int row;
        private boolean closed;

        Cursor(Path file, long lo, long hi) {
            try {
                segment = open(file);
                this.hi = hi;
                batch = Math.max(0, lowerBound(segment.last, lo));
                if (batch < segment.blocks.size()) {
                    VectorSchemaRoot b = segment.load(batch);
                    row = lowerBound((BigIntVector) b.getVector(R10), b.getRowCount(), lo);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the segment " + file, e);
            }
        }

        @Override
        public Object[] readRow() {
            try {
                for (; batch < segment.blocks.size() && segment.first[batch] <= hi; batch++, row = 0) {
                    VectorSchemaRoot b = segment.load(batch);
                    if (row < b.getRowCount()) {
                        if (((BigIntVector) b.getVector(R10)).get(row) > hi) {
                            break;
                        }
                        Object[] values = Arrays.copyOf(row(b, row++), COLUMNS.length + 1);
                        values[COLUMNS.length] =
                                POINTS.createPoint(new Coordinate((Double) values[LON], (Double) values[LAT]));
                        return values;
                    }
                }
                close();
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                segment.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void reset() {
            throw new UnsupportedOperationException("the rows are streamed once");
        }
    }

    private VectorSchemaRoot load(int b) throws IOException {
        if (loaded != b) {
            reader.loadRecordBatch(blocks.get(b));
            loaded = b;
        }
        return reader.getVectorSchemaRoot();
    }

    private static int lowerBound(long[] sorted, long key) {
        int i = Arrays.binarySearch(sorted, key);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == key) {
            i--;
        }
        return i;
    }

    private static int lowerBound(BigIntVector sorted, int rows, long key) {
        int lo = 0;
        int hi = rows;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid) < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static long[] longs(String csv) {
        if (csv == null) {
            throw new IllegalStateException("not an incident segment: its footer has no h3_r10_first/h3_r10_last");
        }
        return csv.isEmpty()
                ? new long[0]
                : Arrays.stream(csv.split(",")).mapToLong(Long::parseLong).toArray();
    }

    @Override
    public void close() throws IOException {
        reader.close();
        channel.close();
        allocator.close();
    }

    /** What writing a segment cost. */
    public record Written(long rows, double cpuSeconds, long peakHeapMb, long peakArrowMb, long bytes) {}

    /**
     * Writes the first {@code rows} incidents of {@code csv} (WritePaths' rows) as a segment at
     * {@code file}: the columns are gathered in arrays (strings as codes into a dictionary), the
     * row order is sorted by r10, and the batches are written in that order.
     */
    public static Written write(Path csv, long rows, Path file) throws IOException {
        long start = WritePaths.cpu();
        try (HeapSampler heap = new HeapSampler()) {
            int n = (int) Math.min(rows, Integer.MAX_VALUE - 8);
            Column[] columns = new Column[COLUMNS.length];
            for (int k = 0; k < columns.length; k++) {
                columns[k] = Column.of(WritePaths.type(COLUMNS[k]), n);
            }
            int count = 0;
            try (BufferedReader in = Files.newBufferedReader(csv)) {
                in.readLine();
                for (String s; count < n && (s = in.readLine()) != null; count++) {
                    Object[] incident = WritePaths.incident(count + 1, s.split(",", -1));
                    for (int k = 0; k < columns.length; k++) {
                        columns[k].set(count, incident[COLUMNS[k]]);
                    }
                }
            }
            long[] r10 = ((LongColumn) columns[R10]).values;
            int[] order = sortedBy(r10, count);
            long arrowPeak = writeSorted(columns, order, r10, file);
            return new Written(
                    count, (WritePaths.cpu() - start) / 1e9, heap.peakMb(), arrowPeak >> 20, Files.size(file));
        }
    }

    private static int[] sortedBy(long[] key, int count) {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(key[a], key[b])); // stable: time order kept within a cell
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private static long writeSorted(Column[] columns, int[] order, long[] r10, Path file) throws IOException {
        List<Field> fields = new ArrayList<>();
        for (int k = 0; k < columns.length; k++) {
            fields.add(new Field(NAMES[k], FieldType.nullable(columns[k].arrowType()), null));
        }
        int batches = (order.length + BATCH - 1) / BATCH;
        long[] firsts = new long[batches];
        long[] lasts = new long[batches];
        for (int b = 0; b < batches; b++) {
            firsts[b] = r10[order[b * BATCH]];
            lasts[b] = r10[order[Math.min(order.length, (b + 1) * BATCH) - 1]];
        }
        Map<String, String> meta = Map.of("h3_r10_first", join(firsts), "h3_r10_last", join(lasts));
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (BufferAllocator allocator = new RootAllocator();
                VectorSchemaRoot root = VectorSchemaRoot.create(new Schema(fields), allocator);
                FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                ArrowFileWriter writer = new ArrowFileWriter(root, null, out, meta)) {
            root.getFieldVectors().forEach(v -> v.setInitialCapacity(BATCH));
            writer.start();
            for (int b = 0; b < batches; b++) {
                root.allocateNew();
                int from = b * BATCH;
                int size = Math.min(BATCH, order.length - from);
                for (int k = 0; k < columns.length; k++) {
                    FieldVector v = root.getVector(k);
                    for (int i = 0; i < size; i++) {
                        columns[k].copy(order[from + i], v, i);
                    }
                }
                root.setRowCount(size);
                writer.writeBatch();
            }
            writer.end();
            out.force(true);
            long peak = allocator.getPeakMemoryAllocation();
            root.clear();
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            return peak;
        }
    }

    private static String join(long[] values) {
        return Arrays.stream(values).mapToObj(Long::toString).collect(Collectors.joining(","));
    }

    /** A column gathered in memory before the sort. */
    private abstract static class Column {
        final BitSet nulls = new BitSet();

        static Column of(int sqlType, int n) {
            return switch (sqlType) {
                case Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE -> new LongColumn(n, sqlType);
                case Types.DOUBLE, Types.REAL, Types.BOOLEAN -> new DoubleColumn(n, sqlType);
                case Types.VARCHAR -> new TextColumn(n);
                default -> throw new IllegalArgumentException("no segment column for SQL type " + sqlType);
            };
        }

        void set(int row, Object value) {
            if (value == null) {
                nulls.set(row);
            } else {
                put(row, value);
            }
        }

        void copy(int row, FieldVector to, int at) {
            if (nulls.get(row)) {
                to.setNull(at);
            } else {
                write(row, to, at);
            }
        }

        abstract void put(int row, Object value);

        abstract void write(int row, FieldVector to, int at);

        abstract ArrowType arrowType();
    }

    private static final class LongColumn extends Column {
        final long[] values;
        final boolean time;

        LongColumn(int n, int sqlType) {
            values = new long[n];
            time = sqlType == Types.TIMESTAMP_WITH_TIMEZONE;
        }

        @Override
        void put(int row, Object value) {
            values[row] = time ? ((OffsetDateTime) value).toInstant().toEpochMilli() : (Long) value;
        }

        @Override
        void write(int row, FieldVector to, int at) {
            if (time) {
                ((TimeStampMilliTZVector) to).setSafe(at, values[row]);
            } else {
                ((BigIntVector) to).setSafe(at, values[row]);
            }
        }

        @Override
        ArrowType arrowType() {
            return time ? new ArrowType.Timestamp(TimeUnit.MILLISECOND, "UTC") : new ArrowType.Int(64, true);
        }
    }

    /** Doubles, reals (kept as doubles in memory, written as floats) and booleans (0 or 1). */
    private static final class DoubleColumn extends Column {
        final double[] values;
        final int sqlType;

        DoubleColumn(int n, int sqlType) {
            values = new double[n];
            this.sqlType = sqlType;
        }

        @Override
        void put(int row, Object value) {
            values[row] = value instanceof Boolean b ? (b ? 1 : 0) : ((Number) value).doubleValue();
        }

        @Override
        void write(int row, FieldVector to, int at) {
            if (to instanceof Float8Vector d) {
                d.setSafe(at, values[row]);
            } else if (to instanceof Float4Vector f) {
                f.setSafe(at, (float) values[row]);
            } else {
                ((BitVector) to).setSafe(at, (int) values[row]);
            }
        }

        @Override
        ArrowType arrowType() {
            return switch (sqlType) {
                case Types.REAL -> new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE);
                case Types.BOOLEAN -> ArrowType.Bool.INSTANCE;
                default -> new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
            };
        }
    }

    /** Strings as codes into the column's dictionary of distinct values (their UTF-8 bytes). */
    private static final class TextColumn extends Column {
        final int[] codes;
        final Map<String, Integer> index = new HashMap<>();
        final List<byte[]> values = new ArrayList<>();

        TextColumn(int n) {
            codes = new int[n];
        }

        @Override
        void put(int row, Object value) {
            codes[row] = index.computeIfAbsent((String) value, s -> {
                values.add(s.getBytes(StandardCharsets.UTF_8));
                return values.size() - 1;
            });
        }

        @Override
        void write(int row, FieldVector to, int at) {
            ((VarCharVector) to).setSafe(at, values.get(codes[row]));
        }

        @Override
        ArrowType arrowType() {
            return ArrowType.Utf8.INSTANCE;
        }
    }
}
