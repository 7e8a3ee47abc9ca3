package org.khareetaty.core.store.segment;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
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
import org.h2.result.DefaultRow;
import org.h2.result.Row;
import org.h2.result.SearchRow;
import org.h2.table.Column;
import org.h2.util.DateTimeUtils;
import org.h2.value.Value;
import org.h2.value.ValueBigint;
import org.h2.value.ValueBoolean;
import org.h2.value.ValueDate;
import org.h2.value.ValueDouble;
import org.h2.value.ValueGeometry;
import org.h2.value.ValueInteger;
import org.h2.value.ValueNull;
import org.h2.value.ValueReal;
import org.h2.value.ValueTimestampTimeZone;
import org.h2.value.ValueTinyint;
import org.h2.value.ValueVarchar;

/**
 * A segment's rows as H2 rows: each table column read from the segment column of its name, and
 * {@code geom} made from {@code lon}, {@code lat} (a POINT in SRID 4326, as the importer stores
 * it), and a column the segment was written without (a zone layer loaded later) null; the row key
 * is {@code id}. The orders a date or id index needs (the file is in r10 order) are made in memory
 * at their first use: an int per row.
 */
final class SegmentRows implements AutoCloseable {
    private static final int SRID = 4326;
    private static final int GEOM = -1;
    /** A column the segment does not have (written before the column existed): null. */
    private static final int ABSENT = -2;

    private final MappedSegment segment;
    /** For each table column its segment column, {@link #GEOM} or {@link #ABSENT}. */
    private final int[] source;

    private final int id;
    private final int lon;
    private final int lat;
    private final int r10;
    private final long firstId;
    private final long lastId;
    private DateOrder byDate;
    private int[] byId;

    SegmentRows(MappedSegment segment, Column[] columns) {
        this.segment = segment;
        source = new int[columns.length];
        for (int j = 0; j < columns.length; j++) {
            String name = columns[j].getName().toUpperCase(Locale.ROOT);
            source[j] = name.equals("GEOM") ? GEOM : Math.max(ABSENT, segment.column(name));
        }
        id = require("ID");
        lon = require("LON");
        lat = require("LAT");
        r10 = require("H3_R10");
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (long v : segment.longs(id)) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        firstId = lo;
        lastId = hi;
    }

    private int require(String name) {
        int k = segment.column(name);
        if (k < 0) {
            throw new IllegalStateException("the segment has no column " + name);
        }
        return k;
    }

    long size() {
        return segment.rows();
    }

    MappedSegment segment() {
        return segment;
    }

    /** The smallest and the largest incident id in the segment (an import's ids are one range). */
    long firstId() {
        return firstId;
    }

    long lastId() {
        return lastId;
    }

    /** Row {@code p}'s H3 r10 cell (the file's order). */
    long r10(long p) {
        return ((BigIntVector) segment.vector(MappedSegment.batchOf(p), r10)).get(MappedSegment.indexOf(p));
    }

    /** Row {@code p}'s incident id. */
    long id(long p) {
        return ((BigIntVector) segment.vector(MappedSegment.batchOf(p), id)).get(MappedSegment.indexOf(p));
    }

    /** The first row whose r10 cell is at least {@code cell}. */
    long firstAtOrAfter(long cell) {
        return IncidentsIndex.lowerBound((int) size(), this::r10, cell);
    }

    /** Row {@code p} of the file: its values are read from the segment when H2 first asks for each. */
    Row row(long p) {
        int b = MappedSegment.batchOf(p);
        int i = MappedSegment.indexOf(p);
        LazyRow row = new LazyRow(b, i);
        row.setKey(((BigIntVector) segment.vector(b, id)).get(i));
        return row;
    }

    private Value value(int column, int b, int i) {
        return switch (source[column]) {
            case GEOM -> point(b, i);
            case ABSENT -> ValueNull.INSTANCE;
            default -> value(segment.vector(b, source[column]), i);
        };
    }

    /**
     * A row whose values are read when H2 asks for them: a query that reads three columns of a
     * forty-column row makes three values, not forty (H2 asks through {@code getValue}; anything
     * that wants the whole row gets it from {@code getValueList}).
     */
    private final class LazyRow extends DefaultRow {
        private final int batch;
        private final int index;
        private boolean whole;

        LazyRow(int batch, int index) {
            super(new Value[source.length], 64 + 16 * source.length);
            this.batch = batch;
            this.index = index;
        }

        @Override
        public Value getValue(int column) {
            if (column == ROWID_INDEX) {
                return ValueBigint.get(key);
            }
            Value v = data[column];
            if (v == null) {
                v = value(column, batch, index);
                data[column] = v;
            }
            return v;
        }

        @Override
        public Value[] getValueList() {
            if (!whole) {
                for (int j = 0; j < data.length; j++) {
                    getValue(j);
                }
                whole = true;
            }
            return data;
        }

        @Override
        public void copyFrom(SearchRow other) {
            getValueList();
            super.copyFrom(other);
        }

        @Override
        public String toString() {
            getValueList();
            return super.toString();
        }
    }

    private Value point(int b, int i) {
        ByteBuffer ewkb = ByteBuffer.allocate(25).order(ByteOrder.LITTLE_ENDIAN);
        ewkb.put((byte) 1).putInt(1 | 0x20000000).putInt(SRID);
        ewkb.putDouble(((Float8Vector) segment.vector(b, lon)).get(i));
        ewkb.putDouble(((Float8Vector) segment.vector(b, lat)).get(i));
        return ValueGeometry.getFromEWKB(ewkb.array());
    }

    private static Value value(FieldVector v, int i) {
        if (v.isNull(i)) {
            return ValueNull.INSTANCE;
        }
        if (v instanceof BigIntVector b) {
            return ValueBigint.get(b.get(i));
        } else if (v instanceof VarCharVector s) {
            return ValueVarchar.get(new String(s.get(i), StandardCharsets.UTF_8));
        } else if (v instanceof TimeStampMicroTZVector t) {
            long micros = t.get(i);
            long day = Math.floorDiv(micros, 86_400_000_000L);
            long nanos = Math.floorMod(micros, 86_400_000_000L) * 1000;
            return ValueTimestampTimeZone.fromDateValueAndNanos(DateTimeUtils.dateValueFromAbsoluteDay(day), nanos, 0);
        } else if (v instanceof DateDayVector d) {
            return ValueDate.fromDateValue(DateTimeUtils.dateValueFromAbsoluteDay(d.get(i)));
        } else if (v instanceof TinyIntVector t) {
            return ValueTinyint.get(t.get(i));
        } else if (v instanceof IntVector n) {
            return ValueInteger.get(n.get(i));
        } else if (v instanceof Float4Vector f) {
            return ValueReal.get(f.get(i));
        } else if (v instanceof Float8Vector d) {
            return ValueDouble.get(d.get(i));
        } else if (v instanceof BitVector b) {
            return ValueBoolean.get(b.get(i) != 0);
        }
        throw new IllegalStateException("no value for " + v.getClass().getSimpleName());
    }

    /** The file's rows in (local_date, id) order, and their dates in that order (epoch days). */
    record DateOrder(int[] rows, int[] days) {}

    /** The file's rows in (local_date, id) order, made at first use. */
    synchronized DateOrder dateOrder() {
        if (byDate == null) {
            int[] day = segment.ints(segment.column("LOCAL_DATE"));
            int[] rows = sortedRows(day, segment.longs(id));
            int[] days = new int[day.length];
            for (int k = 0; k < day.length; k++) {
                days[k] = day[rows[k]];
            }
            byDate = new DateOrder(rows, days);
        }
        return byDate;
    }

    /** The file's rows in id order, made at first use. */
    synchronized int[] idOrder() {
        if (byId == null) {
            byId = sortedRows(null, segment.longs(id));
        }
        return byId;
    }

    /**
     * Rows sorted by (key, id), or by id where {@code key} is null. Sorted as primitives: each row's
     * rank in id order (the ids' offsets from the smallest are packed above the row numbers and
     * sorted), then the key packed above the rank; a boxed sort of the rows took seconds over the
     * 8,000,000 store's 54 segments at first use.
     */
    private int[] sortedRows(int[] key, long[] id) {
        int n = id.length;
        if (lastId - firstId >= 1L << 32) {
            throw new IllegalStateException("the segment's ids span more than 2^32 (" + firstId + ".." + lastId + ")");
        }
        long[] packed = new long[n];
        for (int p = 0; p < n; p++) {
            packed[p] = (id[p] - firstId) << 31 | p;
        }
        Arrays.sort(packed);
        int[] byRank = new int[n];
        for (int r = 0; r < n; r++) {
            byRank[r] = (int) (packed[r] & Integer.MAX_VALUE);
        }
        if (key == null) {
            return byRank;
        }
        int least = Arrays.stream(key).min().orElse(0);
        for (int r = 0; r < n; r++) {
            packed[r] = (long) (key[byRank[r]] - least) << 32 | r;
        }
        Arrays.sort(packed);
        int[] rows = new int[n];
        for (int k = 0; k < n; k++) {
            rows[k] = byRank[(int) (packed[k] & 0xFFFF_FFFFL)];
        }
        return rows;
    }

    @Override
    public void close() {
        segment.close();
    }
}
