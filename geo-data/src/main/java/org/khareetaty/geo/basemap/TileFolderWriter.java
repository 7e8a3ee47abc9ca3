package org.khareetaty.geo.basemap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.khareetaty.core.json.JsonMapping;

/**
 * Writes tiles as {@code DIR/z/x/y.png} (XYZ rows, from the north: what a web server or QGIS's "XYZ
 * Tiles" reads) with a {@code metadata.json} holding the MBTiles metadata. Written to
 * {@code DIR.part} and moved into place by {@link #finish()}. Refuses to replace a folder that holds
 * anything but a tile folder it wrote.
 */
public final class TileFolderWriter implements TileSink {
    /** The metadata file in the folder. */
    public static final String METADATA = "metadata.json";

    private final Path target;
    private final Path part;
    private boolean finished;

    /** A writer of the folder {@code target}. */
    public TileFolderWriter(Path target) {
        this.target = target.toAbsolutePath().normalize();
        this.part = this.target.resolveSibling(this.target.getFileName() + ".part");
    }

    @Override
    public void begin(TilesetInfo info) {
        try {
            if (Files.exists(target) && !isReplaceable(target)) {
                throw new TileSourceException(target + " exists and is not a basemap tile folder written by Khareetaty "
                        + "(no " + METADATA + "); choose another --out");
            }
            deleteTree(part);
            Files.createDirectories(part);
            Map<String, String> m = new LinkedHashMap<>(MBTilesWriter.metadata(info));
            m.put("scheme", "xyz");
            Files.writeString(part.resolve(METADATA), JsonMapping.indented().writeValueAsString(m) + "\n");
        } catch (IOException e) {
            throw new TileSourceException("Cannot write the basemap folder " + part + ": " + e.getMessage(), e);
        }
    }

    private static boolean isReplaceable(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        if (Files.isRegularFile(dir.resolve(METADATA))) {
            return true;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    @Override
    public void put(TileId tile, byte[] png) {
        Path file = part.resolve(Integer.toString(tile.z()))
                .resolve(Long.toString(tile.x()))
                .resolve(tile.y() + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, png);
        } catch (IOException e) {
            throw new TileSourceException("Cannot write the tile " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void finish() {
        Path old = target.resolveSibling(target.getFileName() + ".old");
        try {
            deleteTree(old);
            if (Files.exists(target)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
            finished = true;
        } catch (IOException e) {
            throw new TileSourceException(
                    "Cannot put the basemap folder in place at " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void abort() {
        try {
            deleteTree(part);
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

    /** The folder written. */
    public Path folder() {
        return target;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
