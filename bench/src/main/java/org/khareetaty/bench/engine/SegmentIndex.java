package org.khareetaty.bench.engine;

import org.h2.command.query.AllColumnsForPlan;
import org.h2.engine.SessionLocal;
import org.h2.index.Cursor;
import org.h2.index.Index;
import org.h2.index.IndexType;
import org.h2.message.DbException;
import org.h2.result.Row;
import org.h2.result.SearchRow;
import org.h2.result.SortOrder;
import org.h2.table.IndexColumn;
import org.h2.table.TableFilter;
import org.h2.util.DateTimeUtils;
import org.h2.value.Value;
import org.h2.value.ValueDate;
import org.h2.value.ValueNull;
import org.khareetaty.core.store.segment.MappedSegment;

/**
 * An index of a {@link SegmentEngine.SegmentTable}: the file's own order (the scan, and
 * {@code h3_r10}, which the file is sorted by, so a range of cells is a range of rows found by a
 * binary search), or an order made in memory ({@code local_date}, {@code id}). A range is answered
 * by two binary searches; the rows come in the index's order, as H2 expects of an index.
 */
final class SegmentIndex extends Index {
    /** Which order the index keeps. */
    enum Order {
        FILE,
        R10,
        DATE,
        ID
    }

    private final SegmentEngine.SegmentTable segmentTable;
    private final Order order;

    SegmentIndex(
            SegmentEngine.SegmentTable table, int id, String name, IndexColumn[] columns, IndexType type, Order order) {
        super(table, id, name, columns, type.isUnique() ? 1 : 0, type);
        this.segmentTable = table;
        this.order = order;
    }

    @Override
    public Cursor find(SessionLocal session, SearchRow first, SearchRow last, boolean reverse) {
        SegmentRows rows = segmentTable.rows();
        MappedSegment segment = rows.segment();
        return switch (order) {
            case FILE -> new RowCursor(rows, null, 0, rows.size(), reverse);
            case R10 -> {
                int r10 = segment.column("H3_R10");
                long lo = bound(first, Long.MIN_VALUE);
                long hi = bound(last, Long.MAX_VALUE);
                long to = hi == Long.MAX_VALUE ? rows.size() : segment.lowerBound(r10, hi + 1);
                yield new RowCursor(rows, null, segment.lowerBound(r10, lo), to, reverse);
            }
            case DATE -> {
                int[][] byDate = rows.dateOrder();
                long lo = bound(first, Integer.MIN_VALUE);
                long hi = bound(last, Integer.MAX_VALUE - 1);
                yield new RowCursor(rows, byDate[0], lowerBound(byDate[1], lo), lowerBound(byDate[1], hi + 1), reverse);
            }
            case ID -> {
                int[] byId = rows.idOrder();
                long[] ids = rows.sortedIds();
                long lo = bound(first, Long.MIN_VALUE);
                long hi = bound(last, Long.MAX_VALUE);
                long to = hi == Long.MAX_VALUE ? ids.length : lowerBound(ids, hi + 1);
                yield new RowCursor(rows, byId, lowerBound(ids, lo), to, reverse);
            }
        };
    }

    /** The search row's value of the index column as a long (a date as its epoch day), or {@code none}. */
    private long bound(SearchRow row, long none) {
        if (row == null) {
            return none;
        }
        Value v = row.getValue(columnIds[0]);
        if (v == null || v == ValueNull.INSTANCE) {
            return none;
        }
        if (order == Order.DATE) {
            // H2 hands the bound in the column's type; anything else reads the whole range (H2 checks the condition
            // again)
            return v instanceof ValueDate d ? DateTimeUtils.absoluteDayFromDateValue(d.getDateValue()) : none;
        }
        return v.getLong();
    }

    private static long lowerBound(int[] sorted, long key) {
        return lowerBound(sorted.length, i -> sorted[i], key);
    }

    private static long lowerBound(long[] sorted, long key) {
        return lowerBound(sorted.length, i -> sorted[i], key);
    }

    /** The first index in {@code [0, length)} whose value is at least {@code key}. */
    static int lowerBound(int length, java.util.function.IntToLongFunction valueAt, long key) {
        int lo = 0;
        int hi = length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (valueAt.applyAsLong(mid) < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public double getCost(
            SessionLocal session,
            int[] masks,
            TableFilter[] filters,
            int filter,
            SortOrder sortOrder,
            AllColumnsForPlan allColumnsSet,
            boolean isSelectCommand) {
        return 10.0
                * getCostRangeIndex(
                        masks,
                        segmentTable.getRowCountApproximation(session),
                        filters,
                        filter,
                        sortOrder,
                        order == Order.FILE,
                        allColumnsSet,
                        isSelectCommand);
    }

    @Override
    public void close(SessionLocal session) {}

    @Override
    public void add(SessionLocal session, Row row) {
        throw DbException.getUnsupportedException("incidents in a segment are written by an import only");
    }

    @Override
    public void remove(SessionLocal session, Row row) {
        throw DbException.getUnsupportedException("incidents in a segment are written by an import only");
    }

    @Override
    public void remove(SessionLocal session) {}

    @Override
    public void truncate(SessionLocal session) {
        throw DbException.getUnsupportedException("incidents in a segment are written by an import only");
    }

    @Override
    public boolean needRebuild() {
        return false;
    }

    @Override
    public long getRowCount(SessionLocal session) {
        return segmentTable.rows().size();
    }

    @Override
    public long getRowCountApproximation(SessionLocal session) {
        return segmentTable.rows().size();
    }

    /** Rows {@code [from, to)} of an order (the file's, where {@code order} is null). */
    private static final class RowCursor implements Cursor {
        private final SegmentRows rows;
        private final int[] order;
        private final long from;
        private final long to;
        private final boolean reverse;
        private long at;
        private Row current;

        RowCursor(SegmentRows rows, int[] order, long from, long to, boolean reverse) {
            this.rows = rows;
            this.order = order;
            this.from = from;
            this.to = to;
            this.reverse = reverse;
            at = reverse ? to : from - 1;
        }

        @Override
        public Row get() {
            if (current == null) {
                current = rows.row(order == null ? at : order[(int) at]);
            }
            return current;
        }

        @Override
        public SearchRow getSearchRow() {
            return get();
        }

        @Override
        public boolean next() {
            current = null;
            at += reverse ? -1 : 1;
            return reverse ? at >= from : at < to;
        }

        @Override
        public boolean previous() {
            throw DbException.getUnsupportedException("a segment cursor goes one way");
        }
    }
}
