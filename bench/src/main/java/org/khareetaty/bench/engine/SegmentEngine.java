package org.khareetaty.bench.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.h2.api.TableEngine;
import org.h2.command.ddl.CreateTableData;
import org.h2.engine.SessionLocal;
import org.h2.index.Index;
import org.h2.index.IndexType;
import org.h2.message.DbException;
import org.h2.result.Row;
import org.h2.table.IndexColumn;
import org.h2.table.Table;
import org.h2.table.TableBase;
import org.h2.table.TableType;
import org.khareetaty.core.store.segment.MappedSegment;

/**
 * An H2 table engine that serves a table's rows from a {@link MappedSegment}: {@code CREATE TABLE
 * incidents (...) ENGINE "org.khareetaty.bench.engine.SegmentEngine" WITH "/path/segment.arrow"}.
 * H2 keeps the statement in the database and calls the engine again at every open, so the table
 * stays a table of the store: every reader's SQL (H2GIS functions included) runs on it unchanged,
 * through the indexes the engine offers ({@link SegmentIndex}: the file order, {@code h3_r10},
 * {@code local_date}, {@code id}). The rows are read only: an import writes a segment, it does not
 * insert rows.
 */
public final class SegmentEngine implements TableEngine {
    @Override
    public Table createTable(CreateTableData data) {
        if (data.tableEngineParams == null || data.tableEngineParams.size() != 1) {
            throw DbException.getUnsupportedException("a segment table names its segment file: WITH \"file\"");
        }
        return new SegmentTable(data, Path.of(data.tableEngineParams.get(0)));
    }

    /** The table: its segment (mapped at first use) and its indexes. */
    static final class SegmentTable extends TableBase {
        private final Path file;
        private final List<Index> indexes = new ArrayList<>();
        private final SegmentIndex scan;
        private volatile SegmentRows rows;

        SegmentTable(CreateTableData data, Path file) {
            super(data);
            this.file = file;
            scan = new SegmentIndex(
                    this,
                    0,
                    data.tableName + "_DATA",
                    IndexColumn.wrap(getColumns()),
                    IndexType.createScan(false),
                    SegmentIndex.Order.FILE);
            indexes.add(scan);
        }

        /** The rows, mapped at first use (H2 creates the table while it opens the database). */
        SegmentRows rows() {
            SegmentRows r = rows;
            if (r == null) {
                synchronized (this) {
                    if (rows == null) {
                        try {
                            rows = new SegmentRows(MappedSegment.open(file), getColumns());
                        } catch (IOException e) {
                            throw new UncheckedIOException("cannot map the segment " + file, e);
                        }
                    }
                    r = rows;
                }
            }
            return r;
        }

        @Override
        public Index addIndex(
                SessionLocal session,
                String indexName,
                int indexId,
                IndexColumn[] cols,
                int uniqueColumnCount,
                IndexType indexType,
                boolean create,
                String indexComment) {
            if (cols.length != 1) {
                throw DbException.getUnsupportedException("a segment index is on one column: " + indexName);
            }
            SegmentIndex.Order order = switch (cols[0].column.getName().toUpperCase(java.util.Locale.ROOT)) {
                case "H3_R10" -> SegmentIndex.Order.R10;
                case "LOCAL_DATE" -> SegmentIndex.Order.DATE;
                case "ID" -> SegmentIndex.Order.ID;
                default -> throw DbException.getUnsupportedException("no segment index on " + cols[0].column.getName());
            };
            SegmentIndex index = new SegmentIndex(this, indexId, indexName, cols, indexType, order);
            indexes.add(index);
            return index;
        }

        @Override
        public void removeRow(SessionLocal session, Row row) {
            throw readOnly();
        }

        @Override
        public long truncate(SessionLocal session) {
            throw readOnly();
        }

        @Override
        public void addRow(SessionLocal session, Row row) {
            throw readOnly();
        }

        private static DbException readOnly() {
            return DbException.getUnsupportedException("incidents in a segment are written by an import only");
        }

        @Override
        public void checkSupportAlter() {
            throw readOnly();
        }

        @Override
        public TableType getTableType() {
            return TableType.EXTERNAL_TABLE_ENGINE;
        }

        @Override
        public Index getScanIndex(SessionLocal session) {
            return scan;
        }

        @Override
        public List<Index> getIndexes() {
            return indexes;
        }

        @Override
        public long getMaxDataModificationId() {
            return 0;
        }

        @Override
        public boolean isDeterministic() {
            return true;
        }

        @Override
        public boolean canGetRowCount(SessionLocal session) {
            return true;
        }

        @Override
        public boolean canDrop() {
            return true;
        }

        @Override
        public long getRowCount(SessionLocal session) {
            return rows().size();
        }

        @Override
        public long getRowCountApproximation(SessionLocal session) {
            return rows().size();
        }

        @Override
        public void close(SessionLocal session) {
            SegmentRows r = rows;
            if (r != null) {
                r.close();
                rows = null;
            }
        }
    }
}
