package org.khareetaty.geo.basemap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes an MBTiles 1.3 file (an SQLite database: {@code metadata} name/value rows and a
 * {@code tiles} table keyed by zoom, column and TMS row, counted from the south). Identical tiles
 * (all sea, all land) are stored once: {@code tiles} is a view over {@code map} and {@code images},
 * the de-duplicated layout of mbutil, which readers of the spec see as the plain table. The file
 * is written beside the target as {@code NAME.part} and moved into place by {@link #finish()}.
 */
public final class MBTilesWriter implements TileSink {
    private static final int BATCH = 500;

    private final Path target;
    private final Path part;
    private Connection db;
    private PreparedStatement mapInsert;
    private PreparedStatement imageInsert;
    private final Set<String> imageIds = new HashSet<>();
    private int pending;
    private boolean finished;

    /** A writer of {@code target} (created or replaced). */
    public MBTilesWriter(Path target) {
        this.target = target.toAbsolutePath().normalize();
        this.part = this.target.resolveSibling(this.target.getFileName() + ".part");
    }

    @Override
    public void begin(TilesetInfo info) {
        try {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(part);
            db = DriverManager.getConnection("jdbc:sqlite:" + part);
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode = OFF");
                s.execute("PRAGMA synchronous = OFF");
                s.execute("PRAGMA page_size = 4096");
                s.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
                s.execute("CREATE UNIQUE INDEX metadata_name ON metadata (name)");
                s.execute("CREATE TABLE map (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_id TEXT)");
                s.execute("CREATE UNIQUE INDEX map_index ON map (zoom_level, tile_column, tile_row)");
                s.execute("CREATE TABLE images (tile_data BLOB, tile_id TEXT)");
                s.execute("CREATE UNIQUE INDEX images_id ON images (tile_id)");
                s.execute(
                        "CREATE VIEW tiles AS SELECT map.zoom_level AS zoom_level, map.tile_column AS tile_column, "
                                + "map.tile_row AS tile_row, images.tile_data AS tile_data FROM map JOIN images ON images.tile_id = map.tile_id");
            }
            db.setAutoCommit(false);
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO metadata (name, value) VALUES (?, ?)")) {
                for (Map.Entry<String, String> e : metadata(info).entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setString(2, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            mapInsert = db.prepareStatement(
                    "INSERT INTO map (zoom_level, tile_column, tile_row, tile_id) VALUES (?, ?, ?, ?)");
            imageInsert = db.prepareStatement("INSERT INTO images (tile_data, tile_id) VALUES (?, ?)");
        } catch (SQLException | IOException e) {
            abort();
            throw new TileSourceException("Cannot write the basemap file " + part + ": " + e.getMessage(), e);
        }
    }

    /** The metadata rows of the MBTiles 1.3 spec, plus the generator's fingerprint. */
    static Map<String, String> metadata(TilesetInfo info) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", info.name());
        m.put("format", info.format());
        m.put("bounds", info.boundsText());
        m.put("center", info.centreText());
        m.put("minzoom", Integer.toString(info.minZoom()));
        m.put("maxzoom", Integer.toString(info.maxZoom()));
        m.put("attribution", info.attribution());
        m.put("description", info.description());
        m.put("type", "baselayer");
        m.put("version", "1");
        m.put("generator", "Khareetaty Workstation basemap");
        m.put(MBTilesSource.FINGERPRINT_KEY, info.fingerprint());
        return m;
    }

    @Override
    public void put(TileId tile, byte[] png) {
        try {
            String id = imageId(png);
            if (imageIds.add(id)) {
                imageInsert.setBytes(1, png);
                imageInsert.setString(2, id);
                imageInsert.addBatch();
            }
            mapInsert.setInt(1, tile.z());
            mapInsert.setLong(2, tile.x());
            mapInsert.setLong(3, tile.tmsRow());
            mapInsert.setString(4, id);
            mapInsert.addBatch();
            if (++pending >= BATCH) {
                flush();
            }
        } catch (SQLException e) {
            throw new TileSourceException(
                    "Cannot write tile " + tile + " to the basemap file " + part + ": " + e.getMessage(), e);
        }
    }

    private void flush() throws SQLException {
        imageInsert.executeBatch();
        mapInsert.executeBatch();
        pending = 0;
    }

    @Override
    public void finish() {
        try {
            flush();
            db.commit();
            db.close();
            db = null;
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            finished = true;
        } catch (SQLException | IOException e) {
            abort();
            throw new TileSourceException("Cannot complete the basemap file " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void abort() {
        try {
            if (db != null) {
                db.close();
                db = null;
            }
        } catch (SQLException e) {
            // the part file is deleted anyway
        }
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            // left behind; the next run deletes it before writing
        }
    }

    @Override
    public void close() {
        if (!finished) {
            abort();
        }
    }

    /** The file written. */
    public Path file() {
        return target;
    }

    private static String imageId(byte[] png) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
