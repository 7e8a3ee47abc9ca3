package org.khareetaty.core.store.segment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.h2.table.Column;

/**
 * The segments of a store's incidents: every {@code import-<id>.arrow} in its {@code segments}
 * folder (a segment under any other name, such as one still being written, is not one of them),
 * mapped, in the order of their incident ids (an import's ids are one range, and imports take
 * turns, so the ranges do not overlap).
 */
final class SegmentSet implements AutoCloseable {
    /** The name of a finished segment: the import's id. */
    static final Pattern NAME = Pattern.compile("import-(\\d+)\\.arrow");

    private final List<SegmentRows> parts;
    private final long size;

    private SegmentSet(List<SegmentRows> parts) {
        this.parts = List.copyOf(parts);
        size = parts.stream().mapToLong(SegmentRows::size).sum();
    }

    /** Maps the segments in {@code dir} (none when it does not exist) as rows of a table of {@code columns}. */
    static SegmentSet load(Path dir, Column[] columns) {
        List<SegmentRows> parts = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(
                                f -> NAME.matcher(f.getFileName().toString()).matches())
                        .toList()) {
                    parts.add(new SegmentRows(MappedSegment.open(f), columns));
                }
            } catch (IOException e) {
                parts.forEach(SegmentRows::close);
                throw new UncheckedIOException("cannot map the incident segments in " + dir, e);
            }
        }
        parts.sort(Comparator.comparingLong(SegmentRows::firstId));
        return new SegmentSet(parts);
    }

    List<SegmentRows> parts() {
        return parts;
    }

    long size() {
        return size;
    }

    @Override
    public void close() {
        parts.forEach(SegmentRows::close);
    }
}
