package org.khareetaty.app.map.tiles;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.khareetaty.geo.basemap.TileId;
import org.khareetaty.geo.basemap.TileSourceException;

/**
 * Online tiles kept on disk as {@code DIR/z/x/y.png} with a {@code y.meta} beside each holding the
 * expiry and the validators (ETag, Last-Modified) for a conditional request. Tiles are kept after
 * they expire: a stale tile is revalidated when next viewed, and shown as it is when the server
 * cannot be reached. Each file is written to a temporary name and moved into place, so a reader
 * never sees half a tile.
 */
public final class TileCache {
    private final Path dir;

    /** A cache in {@code dir} (created when the first tile is stored). */
    public TileCache(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** The cache folder. */
    public Path dir() {
        return dir;
    }

    /** The cached tile, fresh or stale, or empty. A damaged entry counts as absent. */
    public Optional<CachedTile> get(TileId tile) {
        Path png = png(tile);
        Path meta = meta(tile);
        try {
            byte[] bytes = Files.readAllBytes(png);
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            Instant expires = Instant.ofEpochMilli(Long.parseLong(p.getProperty("expires", "0")));
            return Optional.of(new CachedTile(bytes, expires, p.getProperty("etag"), p.getProperty("last_modified")));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Stores a tile (replacing an older copy). */
    public void put(TileId tile, CachedTile t) {
        try {
            Files.createDirectories(png(tile).getParent());
            write(png(tile), t.bytes());
            writeMeta(tile, t);
        } catch (IOException e) {
            throw new TileSourceException("Cannot write the tile cache " + png(tile) + ": " + e.getMessage(), e);
        }
    }

    /** Records that the server confirmed a cached tile unchanged, fresh until {@code expires}. */
    public void refresh(TileId tile, CachedTile t, Instant expires) {
        try {
            writeMeta(tile, new CachedTile(t.bytes(), expires, t.etag(), t.lastModified()));
        } catch (IOException e) {
            throw new TileSourceException("Cannot write the tile cache " + meta(tile) + ": " + e.getMessage(), e);
        }
    }

    private void writeMeta(TileId tile, CachedTile t) throws IOException {
        Properties p = new Properties();
        p.setProperty("expires", Long.toString(t.expires().toEpochMilli()));
        if (t.etag() != null) {
            p.setProperty("etag", t.etag());
        }
        if (t.lastModified() != null) {
            p.setProperty("last_modified", t.lastModified());
        }
        Path tmp = meta(tile)
                .resolveSibling(
                        meta(tile).getFileName() + "." + Thread.currentThread().getId() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, null);
        }
        Files.move(tmp, meta(tile), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(
                target.getFileName() + "." + Thread.currentThread().getId() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Path png(TileId t) {
        return dir.resolve(Integer.toString(t.z()))
                .resolve(Long.toString(t.x()))
                .resolve(t.y() + ".png");
    }

    private Path meta(TileId t) {
        return dir.resolve(Integer.toString(t.z()))
                .resolve(Long.toString(t.x()))
                .resolve(t.y() + ".meta");
    }
}
