package org.khareetaty.core.store.segment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.function.IntToLongFunction;
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

/**
 * An index of the {@link IncidentsEngine} table: the segments' own order (the scan; and
 * {@code h3_r10}, which each segment is sorted by, so a range of cells is a range of rows found by
 * two binary searches), or an order made in memory ({@code local_date}, {@code id}). Over several
 * segments a range is the merge of each segment's range ({@code h3_r10}, {@code local_date}; ties by
 * id) or their succession ({@code id}: the segments' id ranges follow each other); the rows come in
 * the index's order, as H2 expects of an index.
 */
final class IncidentsIndex extends Index {
    /** Which order the index keeps. */
    enum Order {
        FILE,
        R10,
        DATE,
        ID
    }

    private final IncidentsEngine.IncidentsTable incidents;
    private final Order order;

    IncidentsIndex(
            IncidentsEngine.IncidentsTable table,
            int id,
            String name,
            IndexColumn[] columns,
            IndexType type,
            Order order) {
        super(table, id, name, columns, type.isUnique() ? 1 : 0, type);
        this.incidents = table;
        this.order = order;
    }

    @Override
    public Cursor find(SessionLocal session, SearchRow first, SearchRow last, boolean reverse) {
        List<Run> runs = new ArrayList<>();
        for (SegmentRows rows : incidents.segments().parts()) {
            Run run = run(rows, first, last, reverse);
            if (run != null) {
                runs.add(run);
            }
        }
        return order == Order.R10 || order == Order.DATE ? new MergeCursor(runs, reverse) : new SuccessionCursor(runs);
    }

    /** The segment's rows in the searched range, in this index's order; null when there are none. */
    private Run run(SegmentRows rows, SearchRow first, SearchRow last, boolean reverse) {
        return switch (order) {
            case FILE -> new Run(rows, null, null, 0, rows.size(), reverse);
            case R10 -> {
                long lo = bound(first, Long.MIN_VALUE);
                long hi = bound(last, Long.MAX_VALUE);
                long to = hi == Long.MAX_VALUE ? rows.size() : rows.firstAtOrAfter(hi + 1);
                yield new Run(rows, null, null, rows.firstAtOrAfter(lo), to, reverse);
            }
            case DATE -> {
                SegmentRows.DateOrder byDate = rows.dateOrder();
                int[] days = byDate.days();
                long lo = bound(first, Integer.MIN_VALUE);
                long hi = bound(last, Integer.MAX_VALUE - 1L);
                yield new Run(
                        rows,
                        byDate.rows(),
                        days,
                        lowerBound(days.length, i -> days[i], lo),
                        lowerBound(days.length, i -> days[i], hi + 1),
                        reverse);
            }
            case ID -> {
                long lo = bound(first, Long.MIN_VALUE);
                long hi = bound(last, Long.MAX_VALUE);
                if (lo > rows.lastId() || hi < rows.firstId()) {
                    yield null;
                }
                int[] byId = rows.idOrder();
                IntToLongFunction idAt = i -> rows.id(byId[i]);
                long to = hi == Long.MAX_VALUE ? byId.length : lowerBound(byId.length, idAt, hi + 1);
                yield new Run(rows, byId, null, lowerBound(byId.length, idAt, lo), to, reverse);
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

    /** The first index in {@code [0, length)} whose value is at least {@code key}. */
    static int lowerBound(int length, IntToLongFunction valueAt, long key) {
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
                        incidents.getRowCountApproximation(session),
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
        throw IncidentsEngine.readOnly();
    }

    @Override
    public void remove(SessionLocal session, Row row) {
        throw IncidentsEngine.readOnly();
    }

    @Override
    public void remove(SessionLocal session) {}

    @Override
    public void truncate(SessionLocal session) {
        throw IncidentsEngine.readOnly();
    }

    @Override
    public boolean needRebuild() {
        return false;
    }

    @Override
    public long getRowCount(SessionLocal session) {
        return incidents.segments().size();
    }

    @Override
    public long getRowCountApproximation(SessionLocal session) {
        return incidents.segments().size();
    }

    /**
     * One segment's rows {@code [from, to)} of an order ({@code order} maps an index of the order to
     * a row of the file; null: the file's own), with the current row's merge key: its r10 cell, or
     * its date ({@code dates} in the order), and its id.
     */
    private static final class Run {
        final SegmentRows rows;
        final int[] order;
        final int[] dates;
        final long from;
        final long to;
        final boolean reverse;
        long at;
        long key;
        long id;

        Run(SegmentRows rows, int[] order, int[] dates, long from, long to, boolean reverse) {
            this.rows = rows;
            this.order = order;
            this.dates = dates;
            this.from = from;
            this.to = to;
            this.reverse = reverse;
            at = reverse ? to : from - 1;
        }

        boolean advance(boolean keyed) {
            at += reverse ? -1 : 1;
            boolean more = reverse ? at >= from : at < to;
            if (more && keyed) {
                long p = position();
                key = dates != null ? dates[(int) at] : rows.r10(p);
                id = rows.id(p);
            }
            return more;
        }

        long position() {
            return order == null ? at : order[(int) at];
        }

        Row row() {
            return rows.row(position());
        }
    }

    /** A cursor whose current row is the current row of one of its runs, made when H2 asks for it. */
    private abstract static class RunCursor implements Cursor {
        private Row current;

        /** The run whose row is current. */
        abstract Run run();

        /** Moves to the next row; false at the end. */
        abstract boolean advance();

        @Override
        public final Row get() {
            if (current == null) {
                current = run().row();
            }
            return current;
        }

        @Override
        public final SearchRow getSearchRow() {
            return get();
        }

        @Override
        public final boolean next() {
            current = null;
            return advance();
        }

        @Override
        public final boolean previous() {
            throw DbException.getUnsupportedException("an incident segment cursor goes one way");
        }
    }

    /** The runs one after another (the scan, the id order). */
    private static final class SuccessionCursor extends RunCursor {
        private final Queue<Run> runs;

        SuccessionCursor(List<Run> runs) {
            this.runs = new ArrayDeque<>(runs);
        }

        @Override
        Run run() {
            return runs.peek();
        }

        @Override
        boolean advance() {
            while (!runs.isEmpty()) {
                if (runs.peek().advance(false)) {
                    return true;
                }
                runs.poll();
            }
            return false;
        }
    }

    /** The runs merged by their keys, ties by id (the r10 and date orders). */
    private static final class MergeCursor extends RunCursor {
        private final List<Run> fresh;
        private final PriorityQueue<Run> heap;
        private Run top;
        private boolean started;

        MergeCursor(List<Run> runs, boolean reverse) {
            Comparator<Run> byKey = Comparator.<Run>comparingLong(r -> r.key).thenComparingLong(r -> r.id);
            fresh = runs;
            heap = new PriorityQueue<>(Math.max(1, runs.size()), reverse ? byKey.reversed() : byKey);
        }

        @Override
        Run run() {
            return top;
        }

        @Override
        boolean advance() {
            if (!started) {
                started = true;
                for (Run r : fresh) {
                    if (r.advance(true)) {
                        heap.add(r);
                    }
                }
            } else if (top.advance(true)) {
                heap.add(top);
            }
            top = heap.poll();
            return top != null;
        }
    }
}
