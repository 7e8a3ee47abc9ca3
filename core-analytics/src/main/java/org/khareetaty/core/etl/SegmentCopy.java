package org.khareetaty.core.etl;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.khareetaty.core.store.segment.MappedSegment;
import org.khareetaty.core.store.segment.SegmentFormat;

/**
 * Writes the segment: the spill's rows copied in (r10, id) order, value by value from the mapped
 * spill (no row is read whole onto the heap), with the importer's {@link SegmentOverrides} applied
 * to {@code time_precision}, {@code time_flag} and {@code place_flag}; then forced to disk.
 */
final class SegmentCopy {
    private final MappedSegment spill;
    private final SegmentOverrides overrides;
    private final int timePrecision;
    private final int timeFlag;
    private final int placeFlag;
    private final int lon;
    private final int lat;

    private SegmentCopy(MappedSegment spill, SegmentOverrides overrides) {
        this.spill = spill;
        this.overrides = overrides;
        this.timePrecision = spill.column("TIME_PRECISION");
        this.timeFlag = spill.column("TIME_FLAG");
        this.placeFlag = spill.column("PLACE_FLAG");
        this.lon = spill.column("LON");
        this.lat = spill.column("LAT");
    }

    /** Writes {@code spill}'s rows in {@code order} to {@code file}, forced to disk. */
    static void write(
            MappedSegment spill, SegmentOrder order, SegmentOverrides overrides, Path file, BufferAllocator allocator)
            throws IOException {
        SegmentCopy copy = new SegmentCopy(spill, overrides);
        try (VectorSchemaRoot root = VectorSchemaRoot.create(spill.schema(), allocator);
                FileChannel out = FileChannel.open(
                        file,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
                ArrowFileWriter writer = new ArrowFileWriter(root, null, out)) {
            writer.start();
            root.allocateNew();
            int at = 0;
            for (int p = 0; p < order.size(); p++) {
                copy.row(root, at, order.row(p));
                if (++at == SegmentFormat.BATCH) {
                    root.setRowCount(at);
                    writer.writeBatch();
                    root.allocateNew();
                    at = 0;
                }
            }
            if (at > 0) {
                root.setRowCount(at);
                writer.writeBatch();
            }
            writer.end();
            out.force(true);
        }
    }

    private void row(VectorSchemaRoot root, int at, int row) {
        int batch = MappedSegment.batchOf(row);
        int index = MappedSegment.indexOf(row);
        for (int k = 0; k < root.getFieldVectors().size(); k++) {
            FieldVector to = root.getVector(k);
            FieldVector from = spill.vector(batch, k);
            if (k == timePrecision) {
                String changed = overrides.timePrecision(row);
                if (changed != null) {
                    SegmentColumns.put((VarCharVector) to, at, changed);
                    continue;
                }
            } else if (k == timeFlag) {
                SegmentColumns.put(
                        (VarCharVector) to,
                        at,
                        overrides.timeFlag(row, SegmentIncidents.text((VarCharVector) from, index)));
                continue;
            } else if (k == placeFlag && !overrides.noFallbacks()) {
                double x = ((Float8Vector) spill.vector(batch, lon)).get(index);
                double y = ((Float8Vector) spill.vector(batch, lat)).get(index);
                SegmentColumns.put(
                        (VarCharVector) to,
                        at,
                        overrides.placeFlag(x, y, SegmentIncidents.text((VarCharVector) from, index)));
                continue;
            }
            to.copyFromSafe(index, at, from);
        }
    }
}
