package org.khareetaty.core.store.segment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

/**
 * The H2 table engine that serves the store's incidents from its segments: {@code CREATE TABLE
 * incidents (...) ENGINE "org.khareetaty.core.store.segment.IncidentsEngine"}. H2 keeps the
 * statement in the database and calls the engine at every open; the rows are those of the segments
 * in the {@code segments} folder beside the database file ({@link SegmentSet}), so every reader's SQL,
 * H2GIS functions included, runs on them unchanged through the indexes the engine offers
 * ({@link IncidentsIndex}). The rows are read only: an import writes a segment, and
 * {@link #refresh(Path)} shows the folder's segments as they are now.
 */
public final class IncidentsEngine implements TableEngine {
    private static final Map<Path, IncidentsTable> OPEN = new ConcurrentHashMap<>();

    @Override
    public Table createTable(CreateTableData data) {
        String database = data.session.getDatabase().getDatabasePath();
        if (database == null) {
            throw DbException.getUnsupportedException("incident segments need a database in a file");
        }
        return new IncidentsTable(data, Path.of(database).toAbsolutePath().getParent());
    }

    /** Shows the segments now in the store at {@code storeDir} to its open incidents table, if any. */
    public static void refresh(Path storeDir) {
        IncidentsTable table = OPEN.get(storeDir.toAbsolutePath().normalize());
        if (table != null) {
            table.reload();
        }
    }

    static DbException readOnly() {
        return DbException.getUnsupportedException("incidents in a segment are written by an import only");
    }

    /** The table: its segments (mapped at first use, again at each refresh) and its indexes. */
    static final class IncidentsTable extends TableBase {
        private final Path storeDir;
        private final List<Index> indexes = new ArrayList<>();
        private final IncidentsIndex scan;
        private volatile SegmentSet segments;
        /** When the rows last changed, on the database's clock (H2 reuses a query's last result until then). */
        private volatile long modified;

        IncidentsTable(CreateTableData data, Path storeDir) {
            super(data);
            this.storeDir = storeDir.normalize();
            scan = new IncidentsIndex(
                    this,
                    0,
                    data.tableName + "_DATA",
                    IndexColumn.wrap(getColumns()),
                    IndexType.createScan(false),
                    IncidentsIndex.Order.FILE);
            indexes.add(scan);
            OPEN.put(this.storeDir, this);
        }

        /** The segments, mapped at first use (H2 creates the table while it opens the database). */
        SegmentSet segments() {
            SegmentSet s = segments;
            if (s == null) {
                synchronized (this) {
                    if (segments == null) {
                        segments = SegmentSet.load(SegmentFormat.folder(storeDir), getColumns());
                    }
                    s = segments;
                }
            }
            return s;
        }

        synchronized void reload() {
            segments = SegmentSet.load(SegmentFormat.folder(storeDir), getColumns());
            modified = database.getNextModificationDataId();
            // the set it replaces stays mapped: a query may still be reading it; the maps go with the garbage
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
            String column = cols[0].column.getName().toUpperCase(Locale.ROOT);
            IncidentsIndex.Order order = switch (cols.length == 1 ? column : "") {
                case "H3_R10" -> IncidentsIndex.Order.R10;
                case "LOCAL_DATE" -> IncidentsIndex.Order.DATE;
                case "ID" -> IncidentsIndex.Order.ID;
                default ->
                    throw DbException.getUnsupportedException("the incident segments have no index " + indexName);
            };
            IncidentsIndex index = new IncidentsIndex(this, indexId, indexName, cols, indexType, order);
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
            return modified;
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
            return segments().size();
        }

        @Override
        public long getRowCountApproximation(SessionLocal session) {
            return segments().size();
        }

        @Override
        public void close(SessionLocal session) {
            OPEN.remove(storeDir, this);
            SegmentSet s = segments;
            if (s != null) {
                s.close();
                segments = null;
            }
        }
    }
}
