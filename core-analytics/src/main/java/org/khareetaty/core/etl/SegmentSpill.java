package org.khareetaty.core.etl;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.types.pojo.Schema;
import org.khareetaty.core.store.segment.SegmentFormat;

/**
 * An import's incidents in the order they arrive, appended to an Arrow IPC file of the segment's
 * schema in record batches of {@link SegmentFormat#BATCH} rows: only one batch is ever in memory
 * (a few MB off the heap), whatever the import's size. {@link SegmentIncidents} maps it again to
 * copy it in r10 order.
 */
final class SegmentSpill implements AutoCloseable {
    private final VectorSchemaRoot root;
    private final FileChannel out;
    private final ArrowFileWriter writer;
    private final SegmentColumns.Column[] columns;
    private int row;
    private boolean ended;

    SegmentSpill(Path file, Schema schema, SegmentColumns.Column[] columns, BufferAllocator allocator)
            throws IOException {
        this.columns = columns;
        this.root = VectorSchemaRoot.create(schema, allocator);
        this.out = FileChannel.open(
                file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        this.writer = new ArrowFileWriter(root, null, out);
        writer.start();
        root.allocateNew();
    }

    /** Appends incident {@code id}. */
    void append(long id, LoadedIncident r) throws IOException {
        for (int k = 0; k < columns.length; k++) {
            columns[k].set(root.getVector(k), row, id, r);
        }
        if (++row == SegmentFormat.BATCH) {
            writeBatch();
        }
    }

    private void writeBatch() throws IOException {
        root.setRowCount(row);
        writer.writeBatch();
        root.allocateNew();
        row = 0;
    }

    /** Writes the last batch and the footer; the file can then be mapped. */
    void end() throws IOException {
        if (ended) {
            return;
        }
        if (row > 0) {
            writeBatch();
        }
        writer.end();
        ended = true;
        close();
    }

    @Override
    public void close() {
        writer.close();
        root.close();
    }
}
