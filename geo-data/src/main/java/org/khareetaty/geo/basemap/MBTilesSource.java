package org.khareetaty.geo.basemap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * Reads tiles from an MBTiles file (MBTiles 1.3: SQLite, {@code tiles} keyed by zoom, column and
 * TMS row). Raster formats only (png, jpg): a vector tile set ({@code pbf}) is refused with a clear
 * message. Opened read-only; one connection, reads serialised.
 */
public final class MBTilesSource implements TileSource {
    /** Metadata row holding what the file was generated from. */
    public static final String FINGERPRINT_KEY = "khareetaty_fingerprint";

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Connection db;
    private final PreparedStatement select;
    private final TilesetInfo info;

    private MBTilesSource(Path file, Connection db, PreparedStatement select, TilesetInfo info) {
        this.file = file;
        this.db = db;
        this.select = select;
        this.info = info;
    }

    /**
     * Opens an MBTiles file.
     *
     * @throws TileSourceException when the file is missing, not SQLite, not MBTiles, holds vector
     *                             tiles or cannot be read; the message names the file
     */
    public static MBTilesSource open(Path file) {
        Path f = file.toAbsolutePath().normalize();
        checkHeader(f);
        Connection db = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            db = config.createConnection("jdbc:sqlite:" + f);
            Map<String, String> meta = metadata(db, f);
            TilesetInfo info = info(db, f, meta);
            PreparedStatement select = db.prepareStatement(
                    "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
            return new MBTilesSource(f, db, select, info);
        } catch (SQLException e) {
            closeQuietly(db);
            throw new TileSourceException(
                    "The basemap file " + f + " cannot be read as MBTiles (" + e.getMessage()
                            + "); it may be damaged: generate it again (khareetaty basemap generate) or choose another file",
                    e);
        } catch (RuntimeException e) {
            closeQuietly(db);
            throw e;
        }
    }

    private static void checkHeader(Path f) {
        if (!Files.exists(f)) {
            throw new TileSourceException("The basemap file " + f + " does not exist: generate it with "
                    + "'khareetaty basemap generate' or choose another file in the basemap settings");
        }
        if (!Files.isRegularFile(f)) {
            throw new TileSourceException("The basemap file " + f + " is not a file (an MBTiles file is expected; "
                    + "a z/x/y tile folder is opened as a folder source)");
        }
        byte[] head = new byte[SQLITE_HEADER.length];
        int n;
        try (InputStream in = Files.newInputStream(f)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new TileSourceException("The basemap file " + f + " cannot be read: " + e.getMessage(), e);
        }
        if (n < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
            throw new TileSourceException("The basemap file " + f + " is not an MBTiles file (it is not an SQLite "
                    + "database" + (n == 0 ? ": it is empty" : "") + "); generate it again or choose another file");
        }
    }

    private static Map<String, String> metadata(Connection db, Path f) throws SQLException {
        Map<String, String> m = new HashMap<>();
        if (!hasTable(db, "metadata") || !hasTable(db, "tiles")) {
            throw new TileSourceException("The basemap file " + f + " is an SQLite database but not an MBTiles file "
                    + "(no 'tiles' and 'metadata' tables)");
        }
        try (var s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT name, value FROM metadata")) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getString(2));
            }
        }
        return m;
    }

    private static boolean hasTable(Connection db, String name) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT COUNT(*) FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }

    private static TilesetInfo info(Connection db, Path f, Map<String, String> m) throws SQLException {
        String format = m.getOrDefault("format", "png").toLowerCase(Locale.ROOT);
        if (format.equals("jpeg")) {
            format = "jpg";
        }
        if (!format.equals("png") && !format.equals("jpg")) {
            throw new TileSourceException(
                    "The basemap file " + f + " holds '" + format + "' tiles; the map shows raster "
                            + "tiles only (png or jpg). Vector MBTiles need rendering to raster first.");
        }
        int min;
        int max;
        if (m.containsKey("minzoom") && m.containsKey("maxzoom")) {
            min = parseZoom(m.get("minzoom"), f);
            max = parseZoom(m.get("maxzoom"), f);
        } else {
            try (var s = db.createStatement();
                    ResultSet rs = s.executeQuery("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles")) {
                rs.next();
                min = rs.getInt(1);
                max = rs.getInt(2);
            }
        }
        String name = m.getOrDefault("name", f.getFileName().toString());
        return new TilesetInfo(
                name,
                m.getOrDefault("description", ""),
                m.getOrDefault("attribution", ""),
                format,
                min,
                max,
                TilesetInfo.parseBounds(m.get("bounds")),
                m.getOrDefault(FINGERPRINT_KEY, ""));
    }

    private static int parseZoom(String v, Path f) {
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new TileSourceException(
                    "The basemap file " + f + " has a malformed zoom in its metadata: '" + v + "'");
        }
    }

    @Override
    public synchronized Optional<byte[]> tile(TileId tile) {
        try {
            select.setInt(1, tile.z());
            select.setLong(2, tile.x());
            select.setLong(3, tile.tmsRow());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new TileSourceException(
                    "Cannot read tile " + tile + " from the basemap file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public TilesetInfo info() {
        return info;
    }

    /** The file. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        closeQuietly(db);
    }

    private static void closeQuietly(Connection db) {
        if (db != null) {
            try {
                db.close();
            } catch (SQLException e) {
                // nothing more to release
            }
        }
    }
}
