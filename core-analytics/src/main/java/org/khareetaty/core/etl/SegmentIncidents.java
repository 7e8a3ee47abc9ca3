package org.khareetaty.core.etl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.types.pojo.Schema;
import org.khareetaty.core.geo.BoundaryIndex;
import org.khareetaty.core.store.ImportLog;
import org.khareetaty.core.store.segment.MappedSegment;
import org.khareetaty.core.store.segment.SegmentFormat;

/**
 * An import's incidents as one columnar segment, {@code <store>/segments/import-<id>.arrow}
 * ({@link SegmentFormat}), written without holding the import in memory: the rows go to an
 * unsorted spill file as they arrive ({@link SegmentSpill}), only each row's r10 cell stays in memory
 * ({@link SegmentOrder}), the importer's later changes are kept aside ({@link SegmentOverrides}),
 * and {@link #complete()} copies the mapped spill in r10 order into the segment under a temporary
 * name, forces it to disk, renames it and deletes the spill. The ids are consecutive from the
 * import's {@code first_incident_id}.
 */
final class SegmentIncidents implements IncidentSink {
    private final BufferAllocator allocator = new RootAllocator();
    private final Schema schema;
    private final long firstId;
    private final Path spillFile;
    private final Path partFile;
    private final Path segmentFile;
    private final SegmentSpill spill;
    private final SegmentOrder order = new SegmentOrder();
    private final SegmentOverrides overrides = new SegmentOverrides();
    private MappedSegment spilled;
    private long added;

    SegmentIncidents(Connection c, long importId, String source, BoundaryIndex boundaries, Path dir)
            throws SQLException, IOException {
        this.schema = SegmentFormat.schema(c);
        this.firstId = ImportLog.firstIncidentId(c, importId);
        Files.createDirectories(dir);
        this.segmentFile = file(dir, importId);
        this.partFile = segmentFile.resolveSibling(segmentFile.getFileName() + ".part");
        this.spillFile = dir.resolve("import-" + importId + ".spill");
        List<String> zoneColumns = boundaries.layers().stream()
                .map(BoundaryIndex.Layer::zoneColumn)
                .toList();
        this.spill = new SegmentSpill(
                spillFile, schema, SegmentColumns.of(schema, importId, source, zoneColumns), allocator);
    }

    /** The segment an import writes in {@code dir}. */
    static Path file(Path dir, long importId) {
        return SegmentFormat.file(dir, importId);
    }

    @Override
    public void add(LoadedIncident row) throws IOException {
        order.add(row.r10());
        spill.append(firstId + added++, row);
    }

    @Override
    public void flush() {
        // the spill writes a batch when it is full; the segment is made durable by complete()
    }

    @Override
    public void takeDown(PlaceholderTimes.Found found) {
        overrides.takeDown(found);
    }

    @Override
    public void markFallback(GeocodeFallbacks.Stack stack, String flag) {
        overrides.fallback(stack.lon(), stack.lat(), flag);
    }

    /** Reads the spill, as {@link TableIncidents} reads the table: block, else claimed zones, upper-cased. */
    @Override
    public void readAddressed(GeocodeFallbacks.Row row) throws IOException {
        MappedSegment m = spilled();
        int lon = m.column("LON");
        int lat = m.column("LAT");
        int block = m.column("BLOCK");
        int claimed = m.column("CLAIMED_ZONES");
        for (int b = 0; b < m.batchCount(); b++) {
            Float8Vector x = (Float8Vector) m.vector(b, lon);
            Float8Vector y = (Float8Vector) m.vector(b, lat);
            VarCharVector blocks = (VarCharVector) m.vector(b, block);
            VarCharVector claims = (VarCharVector) m.vector(b, claimed);
            for (int i = 0; i < x.getValueCount(); i++) {
                String address = text(blocks, i);
                if (address == null) {
                    address = text(claims, i);
                }
                if (address != null) {
                    row.accept(x.get(i), y.get(i), address.toUpperCase(Locale.ROOT));
                }
            }
        }
    }

    static String text(VarCharVector v, int i) {
        return v.isNull(i) ? null : new String(v.get(i), StandardCharsets.UTF_8);
    }

    /** The spill, ended and mapped. */
    private MappedSegment spilled() throws IOException {
        if (spilled == null) {
            spill.end();
            spilled = MappedSegment.open(spillFile);
        }
        return spilled;
    }

    @Override
    public void complete() throws IOException {
        MappedSegment m = spilled();
        SegmentCopy.write(m, order, overrides, partFile, allocator);
        Files.move(partFile, segmentFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        m.close();
        spilled = null;
        Files.delete(spillFile);
    }

    @Override
    public void discard() {
        close();
        for (Path p : new Path[] {spillFile, partFile, segmentFile}) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + p + " of an import that did not complete", e);
            }
        }
    }

    @Override
    public void close() {
        spill.close();
        if (spilled != null) {
            spilled.close();
            spilled = null;
        }
        allocator.close();
    }
}
