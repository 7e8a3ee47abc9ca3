package org.khareetaty.geo.streets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;

/**
 * Loads a store's street layer ({@code khareetaty streets load}, the basemap dialog's "Load
 * streets..."): a line layer (GeoJSON, Shapefile: {@link LineFileReader}) or an OpenStreetMap extract
 * ({@code .osm.pbf}: {@link OsmPbfReader}), cut into tiles ({@link StreetTiling}) and written in one
 * transaction that replaces the layer before it; a load that fails or is cancelled leaves the store
 * as it was.
 */
public final class StreetLoader {
    private static final int BATCH = 500;

    /** A loader. */
    public StreetLoader() {}

    /**
     * Loads {@code file} into {@code store}.
     *
     * @throws StreetFileException naming the file when it cannot be read or holds no street
     */
    public StreetLoadResult load(Store store, Path file, StreetFields fields, ProgressListener progress) {
        Objects.requireNonNull(store, "store");
        ProgressListener p = progress == null ? ProgressListener.NONE : progress;
        long start = System.nanoTime();
        if (!Files.isRegularFile(file)) {
            throw new StreetFileException("Street file " + file + " does not exist or is not a file");
        }
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        report(p, "read " + file.getFileName(), start);
        StreetsRead read;
        if (n.endsWith(".osm.pbf") || n.endsWith(".pbf")) {
            read = new OsmPbfReader(p).read(file);
        } else if (n.endsWith(".geojson") || n.endsWith(".json")) {
            read = new LineFileReader(fields, p).readGeoJson(file);
        } else if (n.endsWith(".shp")) {
            read = new LineFileReader(fields, p).readShapefile(file);
        } else {
            throw new StreetFileException("Street file " + file + " has an unsupported type: load a line layer "
                    + "(GeoJSON .geojson/.json, Shapefile .shp) or an OpenStreetMap extract (.osm.pbf)");
        }
        if (read.streets.isEmpty()) {
            throw new StreetFileException("No street in " + file + ": " + read.features + " features read, "
                    + read.skipped
                    + (read.examples.isEmpty()
                            ? ""
                            : "; e.g. " + read.examples.values().iterator().next())
                    + ". The store was not changed.");
        }
        StreetSource source = write(store, file, read, p, start);
        return new StreetLoadResult(
                source, read.features, read.skipped, read.examples, (System.nanoTime() - start) / 1e9);
    }

    private static StreetSource write(Store store, Path file, StreetsRead read, ProgressListener p, long start) {
        StreetTiling tiling = new StreetTiling();
        long named = read.streets.stream().filter(s -> s.name() != null).count();
        try (Connection c = store.connect()) {
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM street_lines");
                    s.executeUpdate("DELETE FROM street_sources");
                }
                long pieces = 0;
                try (PreparedStatement ps =
                        c.prepareStatement("INSERT INTO street_lines (tile, name, class, geom) VALUES (?, ?, ?, ?)")) {
                    int done = 0;
                    for (SourceStreet street : read.streets) {
                        for (StreetLine piece : tiling.cut(street)) {
                            ps.setLong(1, piece.tile());
                            if (piece.name() == null) {
                                ps.setNull(2, Types.VARCHAR);
                            } else {
                                ps.setString(
                                        2,
                                        piece.name().length() > 256
                                                ? piece.name().substring(0, 256)
                                                : piece.name());
                            }
                            ps.setString(3, piece.streetClass().name());
                            ps.setObject(4, piece.line());
                            ps.addBatch();
                            if (++pieces % BATCH == 0) {
                                ps.executeBatch();
                            }
                        }
                        if (++done % 5_000 == 0) {
                            p.checkCancelled();
                            report(p, "write streets", start);
                        }
                    }
                    ps.executeBatch();
                }
                p.checkCancelled();
                StreetSource source = new StreetSource(
                        file.toString(),
                        read.format,
                        OffsetDateTime.now(ZoneOffset.UTC),
                        read.streets.size(),
                        named,
                        pieces);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO street_sources (source_file, format, "
                        + "loaded_at, line_count, named_count, piece_count) VALUES (?, ?, ?, ?, ?, ?)")) {
                    ps.setString(
                            1, source.file().length() > 1024 ? source.file().substring(0, 1024) : source.file());
                    ps.setString(2, source.format());
                    ps.setObject(3, source.loadedAt());
                    ps.setLong(4, source.lines());
                    ps.setLong(5, source.named());
                    ps.setLong(6, source.pieces());
                    ps.executeUpdate();
                }
                c.commit();
                return source;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(
                    "Cannot write the street layer from " + file + " to the store at " + store.dir() + ": "
                            + e.getMessage(),
                    e);
        }
    }

    private static void report(ProgressListener p, String task, long start) {
        p.update(new Progress(task, 0, -1, 0, java.time.Duration.ofNanos(System.nanoTime() - start)));
    }
}
