package org.khareetaty.bench.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.khareetaty.core.store.segment.SegmentFormat;

/**
 * Writes an import's incidents as one {@link org.khareetaty.core.store.segment.MappedSegment}: every column but
 * {@code geom} (made again from {@code lon}, {@code lat} when read), the rows in H3 r10 order (then
 * by id), record batches of {@link #BATCH} rows, under a temporary name, forced to disk and
 * renamed. The probe's writer reads the rows back through JDBC: what it costs is not the question
 * (docs/store.md "Columnar segments" measured writing); what reading them through H2 costs is.
 */
public final class SegmentWriter {
    /** Rows a record batch. */
    public static final int BATCH = SegmentFormat.BATCH;

    private SegmentWriter() {}

    /**
     * Writes the incidents of import {@code importId}, whose ids lie in {@code [firstId, lastId]} (the
     * primary key's range: no index on {@code import_id}), to {@code file}; returns how many.
     */
    public static long write(Connection c, long importId, long firstId, long lastId, Path file)
            throws SQLException, IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        long n = 0;
        try (PreparedStatement st = c.prepareStatement(
                        "SELECT * FROM incidents WHERE id BETWEEN ? AND ? AND import_id = ? ORDER BY h3_r10, id");
                BufferAllocator allocator = new RootAllocator()) {
            st.setLong(1, firstId);
            st.setLong(2, lastId);
            st.setLong(3, importId);
            ResultSet rs = st.executeQuery();
            ResultSetMetaData md = rs.getMetaData();
            List<Integer> from = new ArrayList<>();
            List<Field> fields = new ArrayList<>();
            for (int k = 1; k <= md.getColumnCount(); k++) {
                ArrowType type = SegmentFormat.arrowType(md.getColumnType(k), md.getColumnTypeName(k));
                if (type != null) {
                    from.add(k);
                    fields.add(new Field(md.getColumnLabel(k), FieldType.nullable(type), null));
                }
            }
            try (VectorSchemaRoot root = VectorSchemaRoot.create(new Schema(fields), allocator);
                    FileChannel out = FileChannel.open(
                            tmp,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE,
                            StandardOpenOption.TRUNCATE_EXISTING);
                    ArrowFileWriter writer = new ArrowFileWriter(root, null, out)) {
                writer.start();
                root.allocateNew();
                int row = 0;
                while (rs.next()) {
                    for (int k = 0; k < from.size(); k++) {
                        set(root.getVector(k), row, rs, from.get(k));
                    }
                    n++;
                    if (++row == BATCH) {
                        root.setRowCount(row);
                        writer.writeBatch();
                        root.allocateNew();
                        row = 0;
                    }
                }
                if (row > 0) {
                    root.setRowCount(row);
                    writer.writeBatch();
                }
                writer.end();
                out.force(true);
            }
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return n;
    }

    private static void set(FieldVector v, int row, ResultSet rs, int k) throws SQLException {
        Object value = rs.getObject(k);
        if (value == null) {
            v.setNull(row);
            return;
        }
        if (v instanceof BigIntVector b) {
            b.setSafe(row, rs.getLong(k));
        } else if (v instanceof IntVector i) {
            i.setSafe(row, rs.getInt(k));
        } else if (v instanceof TinyIntVector t) {
            t.setSafe(row, rs.getByte(k));
        } else if (v instanceof VarCharVector s) {
            s.setSafe(row, rs.getString(k).getBytes(StandardCharsets.UTF_8));
        } else if (v instanceof DateDayVector d) {
            d.setSafe(row, (int) rs.getObject(k, LocalDate.class).toEpochDay());
        } else if (v instanceof TimeStampMicroTZVector t) {
            OffsetDateTime at = rs.getObject(k, OffsetDateTime.class);
            if (at.getOffset().getTotalSeconds() != 0) {
                throw new IllegalStateException("a time not in UTC: " + at);
            }
            Instant i = at.toInstant();
            t.setSafe(row, Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1000));
        } else if (v instanceof Float4Vector f) {
            f.setSafe(row, rs.getFloat(k));
        } else if (v instanceof Float8Vector d) {
            d.setSafe(row, rs.getDouble(k));
        } else if (v instanceof BitVector b) {
            b.setSafe(row, rs.getBoolean(k) ? 1 : 0);
        } else {
            throw new IllegalArgumentException("no writer for " + v.getClass().getSimpleName());
        }
    }
}
