package org.khareetaty.geo.basemap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.khareetaty.core.progress.ProgressListener;

/**
 * A store's own offline basemap: {@value #FILE_NAME} in the store directory, drawn from its boundary
 * layers and drawn again whenever a layer is loaded or replaced. What the workstation calls at launch.
 */
public final class Basemap {
    /** The basemap's file name in the store directory. */
    public static final String FILE_NAME = "basemap.mbtiles";

    private static final Object LOCK = new Object();

    private Basemap() {}

    /** The basemap file of the store in {@code storeDir} (it may not exist yet). */
    public static Path file(Path storeDir) {
        return storeDir.toAbsolutePath().normalize().resolve(FILE_NAME);
    }

    /**
     * The store's basemap file, generated first (default options: zooms 5..12) if it is missing or
     * older than the boundary layers. Takes a few seconds for a city (see docs/basemap.md): call it
     * off the JavaFX thread, with a progress bar.
     *
     * @param storeDir the store directory
     * @param c        a connection to that store
     * @param progress progress and cancellation
     * @return the MBTiles file
     * @throws IllegalStateException when the store has no boundary layer
     * @throws TileSourceException   when the file cannot be written
     */
    public static Path ensure(Path storeDir, Connection c, ProgressListener progress) {
        return ensure(storeDir, c, BasemapOptions.defaults(), progress);
    }

    /** {@link #ensure(Path, Connection, ProgressListener)} with other options. */
    public static Path ensure(Path storeDir, Connection c, BasemapOptions options, ProgressListener progress) {
        synchronized (LOCK) {
            Path file = file(storeDir);
            if (isCurrent(file, c, options)) {
                return file;
            }
            BasemapContent content = BasemapContent.read(c, options.layers());
            generate(content, options, file, null, progress);
            return file;
        }
    }

    /**
     * Whether {@code file} exists, is readable, was drawn from the store's current layers in the
     * style, language and layers of {@code options}, and holds at least the zooms of {@code options}
     * (a file generated with more zooms will do).
     */
    public static boolean isCurrent(Path file, Connection c, BasemapOptions options) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        String wanted = new BasemapGenerator(options).fingerprint(BasemapContent.layersFingerprint(c));
        try (MBTilesSource s = MBTilesSource.open(file)) {
            TilesetInfo info = s.info();
            return wanted.equals(info.fingerprint())
                    && info.minZoom() <= options.minZoom()
                    && info.maxZoom() >= options.maxZoom();
        } catch (TileSourceException e) {
            return false;
        }
    }

    /**
     * Generates a basemap of {@code content} into an MBTiles file and/or a z/x/y folder (either may be null).
     */
    public static GenerationResult generate(
            BasemapContent content, BasemapOptions options, Path mbtiles, Path folder, ProgressListener progress) {
        List<TileSink> sinks = new ArrayList<>();
        if (mbtiles != null) {
            sinks.add(new MBTilesWriter(mbtiles));
        }
        if (folder != null) {
            sinks.add(new TileFolderWriter(folder));
        }
        if (sinks.isEmpty()) {
            throw new IllegalArgumentException("Nowhere to write the basemap: give an MBTiles file or a folder");
        }
        return new BasemapGenerator(options).generate(content, sinks, progress);
    }

    /**
     * The store's basemap for the map, at once: the generated file when it is current, with tiles it
     * lacks (deeper zooms, beyond its area) drawn on demand; when the file is missing or stale, every
     * tile drawn on demand (a few milliseconds each) until {@link #ensure} has written it. Never
     * writes the file itself. The caller closes the source.
     *
     * @throws IllegalStateException when the store has no boundary layer
     */
    public static TileSource open(Path storeDir, Connection c) {
        return open(storeDir, c, BasemapOptions.defaults());
    }

    /** {@link #open(Path, Connection)} for a basemap generated with other options. */
    public static TileSource open(Path storeDir, Connection c, BasemapOptions options) {
        BasemapContent content = BasemapContent.read(c, options.layers());
        RenderedTileSource drawn = new RenderedTileSource(content, options);
        Path file = file(storeDir);
        if (isCurrent(file, c, options)) {
            return MBTilesSource.open(file).orElse(drawn);
        }
        return drawn;
    }
}
