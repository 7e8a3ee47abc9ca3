package org.khareetaty.core.store.segment;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The contract between a segment's writers and its readers (the table engine probed in issue 14):
 * an Apache Arrow IPC file, uncompressed, in record batches of {@link #BATCH} rows (every batch full
 * but the last), rows in (H3 r10, id) order, one nullable field per column of the store's
 * {@code incidents} table but {@code geom} (made from {@code lon}, {@code lat} when read), named as H2
 * names the column and typed by {@link #arrowType}; times are epoch microseconds in UTC.
 */
public final class SegmentFormat {
    /** Rows a record batch. */
    public static final int BATCH = 16_384;

    private SegmentFormat() {}

    /** The folder of the segments of the store at {@code storeDir}, beside its database file. */
    public static Path folder(Path storeDir) {
        return storeDir.resolve("segments");
    }

    /** The finished segment of import {@code importId} in {@code folder} (the name {@link SegmentSet} serves). */
    public static Path file(Path folder, long importId) {
        return folder.resolve("import-" + importId + ".arrow");
    }

    /** The fields of a segment of {@code c}'s store, in the order of its {@code incidents} columns. */
    public static Schema schema(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM incidents WHERE FALSE")) {
            ResultSetMetaData md = rs.getMetaData();
            List<Field> fields = new ArrayList<>();
            for (int k = 1; k <= md.getColumnCount(); k++) {
                ArrowType type = arrowType(md.getColumnType(k), md.getColumnTypeName(k));
                if (type != null) {
                    fields.add(new Field(md.getColumnLabel(k), FieldType.nullable(type), null));
                }
            }
            return new Schema(fields);
        }
    }

    /** The Arrow type of a column of JDBC type {@code sqlType}, or null for the geometry (not stored). */
    public static ArrowType arrowType(int sqlType, String typeName) {
        return switch (sqlType) {
            case Types.BIGINT -> new ArrowType.Int(64, true);
            case Types.INTEGER -> new ArrowType.Int(32, true);
            case Types.TINYINT -> new ArrowType.Int(8, true);
            case Types.VARCHAR -> ArrowType.Utf8.INSTANCE;
            case Types.DATE -> new ArrowType.Date(DateUnit.DAY);
            case Types.TIMESTAMP_WITH_TIMEZONE -> new ArrowType.Timestamp(TimeUnit.MICROSECOND, "UTC");
            case Types.REAL -> new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE);
            case Types.DOUBLE, Types.FLOAT -> new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
            case Types.BOOLEAN -> ArrowType.Bool.INSTANCE;
            default -> {
                if (typeName.startsWith("GEOMETRY")) {
                    yield null; // made from lon, lat
                }
                throw new IllegalArgumentException("no segment column for " + typeName);
            }
        };
    }
}
