package org.khareetaty.core.store.segment;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorLoader;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.ReadChannel;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.ipc.message.MessageMetadataResult;
import org.apache.arrow.vector.ipc.message.MessageSerializer;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * An incident segment (an Apache Arrow IPC file in the {@link SegmentFormat}) mapped into
 * memory: each record batch's body is a read-only memory map of its part of the file, and its
 * vectors point into the map (no copy), so any value of any row is one read, served by the
 * operating system's page cache, and opening a segment reads only its footer and its batches'
 * headers. Rows are numbered 0..{@link #rows()}-1 in file order (H3 r10, then id); every batch
 * but the last holds {@link SegmentFormat#BATCH} rows.
 */
public final class MappedSegment implements AutoCloseable {
    private final BufferAllocator allocator = new RootAllocator();
    private final Schema schema;
    private final List<VectorSchemaRoot> batches = new ArrayList<>();
    private final List<MappedByteBuffer> maps = new ArrayList<>();
    private final long rows;

    private MappedSegment(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            List<ArrowBlock> blocks;
            try (ArrowFileReader footer = new ArrowFileReader(channel, allocator)) {
                schema = footer.getVectorSchemaRoot().getSchema();
                blocks = footer.getRecordBlocks();
                long n = 0;
                ReadChannel in = new ReadChannel(channel);
                for (ArrowBlock block : blocks) {
                    channel.position(block.getOffset());
                    MessageMetadataResult header = MessageSerializer.readMessage(in);
                    long bodyAt = block.getOffset() + block.getMetadataLength();
                    MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, bodyAt, block.getBodyLength());
                    ArrowBuf body =
                            MappedMemory.buffer(allocator, MemoryUtil.getByteBufferAddress(map), block.getBodyLength());
                    VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator);
                    try (ArrowRecordBatch batch = MessageSerializer.deserializeRecordBatch(header, body)) {
                        new VectorLoader(root).load(batch);
                    }
                    maps.add(map);
                    batches.add(root);
                    n += root.getRowCount();
                }
                rows = n;
            }
        }
    }

    /** Maps the segment at {@code file}. */
    public static MappedSegment open(Path file) throws IOException {
        return new MappedSegment(file);
    }

    public Schema schema() {
        return schema;
    }

    public long rows() {
        return rows;
    }

    public int batchCount() {
        return batches.size();
    }

    /** Column {@code column} of batch {@code batch}. */
    public FieldVector vector(int batch, int column) {
        return batches.get(batch).getVector(column);
    }

    /** The column's index in the schema, or -1. */
    public int column(String name) {
        List<org.apache.arrow.vector.types.pojo.Field> fields = schema.getFields();
        for (int k = 0; k < fields.size(); k++) {
            if (fields.get(k).getName().equalsIgnoreCase(name)) {
                return k;
            }
        }
        return -1;
    }

    /** The batch that holds row {@code row}. */
    public static int batchOf(long row) {
        return (int) (row / SegmentFormat.BATCH);
    }

    /** Row {@code row}'s index in its batch. */
    public static int indexOf(long row) {
        return (int) (row % SegmentFormat.BATCH);
    }

    /** A long column's values, gathered (for building an in-memory order over them). */
    public long[] longs(int column) {
        long[] values = new long[(int) rows];
        int at = 0;
        for (VectorSchemaRoot b : batches) {
            org.apache.arrow.vector.BigIntVector v = (org.apache.arrow.vector.BigIntVector) b.getVector(column);
            for (int i = 0; i < b.getRowCount(); i++) {
                values[at++] = v.get(i);
            }
        }
        return values;
    }

    /** An int column's values (dates as epoch days), gathered. */
    public int[] ints(int column) {
        int[] values = new int[(int) rows];
        int at = 0;
        for (VectorSchemaRoot b : batches) {
            org.apache.arrow.vector.BaseFixedWidthVector v =
                    (org.apache.arrow.vector.BaseFixedWidthVector) b.getVector(column);
            for (int i = 0; i < b.getRowCount(); i++) {
                values[at++] = v.getDataBuffer().getInt(4L * i);
            }
        }
        return values;
    }

    @Override
    public void close() {
        batches.forEach(VectorSchemaRoot::close);
        batches.clear();
        maps.clear();
        allocator.close();
    }

    @Override
    public String toString() {
        return "segment of " + rows + " rows in " + batches.size() + " batches";
    }
}
