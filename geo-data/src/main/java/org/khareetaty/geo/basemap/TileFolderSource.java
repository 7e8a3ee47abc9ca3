package org.khareetaty.geo.basemap;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.khareetaty.core.json.JsonMapping;

/**
 * Reads tiles from a z/x/y folder ({@code DIR/z/x/y.png}, rows from the north, as written by
 * {@link TileFolderWriter}, gdal2tiles with {@code --xyz}, or a tile download tool). An optional
 * {@code metadata.json} gives name, attribution and zooms; without it the zooms are the folder's
 * numeric sub-folders.
 */
public final class TileFolderSource implements TileSource {

    private final Path dir;
    private final TilesetInfo info;
    private volatile boolean closed;

    private TileFolderSource(Path dir, TilesetInfo info) {
        this.dir = dir;
        this.info = info;
    }

    /**
     * Opens a tile folder.
     *
     * @throws TileSourceException when it is missing, not a folder, holds no zoom folder, or its
     *                             metadata.json is malformed; the message names it
     */
    public static TileFolderSource open(Path folder) {
        Path d = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(d)) {
            throw new TileSourceException(
                    "The basemap folder " + d + (Files.exists(d) ? " is not a folder" : " does not exist")
                            + ": choose a z/x/y tile folder or an MBTiles file in the basemap settings");
        }
        int min = Integer.MAX_VALUE;
        int max = -1;
        try (Stream<Path> s = Files.list(d)) {
            for (Path p : s.filter(Files::isDirectory).toList()) {
                String n = p.getFileName().toString();
                if (n.matches("\\d{1,2}")) {
                    min = Math.min(min, Integer.parseInt(n));
                    max = Math.max(max, Integer.parseInt(n));
                }
            }
        } catch (IOException e) {
            throw new TileSourceException("The basemap folder " + d + " cannot be listed: " + e.getMessage(), e);
        }
        if (max < 0) {
            throw new TileSourceException(
                    "The basemap folder " + d + " holds no zoom folders (0, 1, ... with x/y.png inside)");
        }
        String name = d.getFileName().toString();
        String attribution = "";
        String description = "";
        String fingerprint = "";
        var bounds = (org.locationtech.jts.geom.Envelope) null;
        Path meta = d.resolve(TileFolderWriter.METADATA);
        if (Files.isRegularFile(meta)) {
            try {
                JsonNode m = JsonMapping.reader().readTree(Files.newInputStream(meta));
                name = m.path("name").asText(name);
                attribution = m.path("attribution").asText("");
                description = m.path("description").asText("");
                fingerprint = m.path(MBTilesSource.FINGERPRINT_KEY).asText("");
                bounds = TilesetInfo.parseBounds(m.path("bounds").asText(""));
            } catch (IOException e) {
                throw new TileSourceException(
                        "The basemap folder's " + meta + " is not valid JSON: " + e.getMessage(), e);
            }
        }
        return new TileFolderSource(
                d, new TilesetInfo(name, description, attribution, "png", min, max, bounds, fingerprint));
    }

    @Override
    public Optional<byte[]> tile(TileId tile) {
        if (closed) {
            throw new TileSourceException("The basemap folder " + dir + " was closed");
        }
        Path file = dir.resolve(Integer.toString(tile.z()))
                .resolve(Long.toString(tile.x()))
                .resolve(tile.y() + ".png");
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new TileSourceException("Cannot read the tile " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public TilesetInfo info() {
        return info;
    }

    /** The folder. */
    public Path folder() {
        return dir;
    }

    @Override
    public void close() {
        closed = true;
    }
}
