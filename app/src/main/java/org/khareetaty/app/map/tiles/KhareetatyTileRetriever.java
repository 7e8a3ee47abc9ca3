package org.khareetaty.app.map.tiles;

import com.gluonhq.maps.tile.TileRetriever;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.image.Image;
import org.khareetaty.geo.basemap.TileId;
import org.khareetaty.geo.basemap.TileSource;
import org.khareetaty.geo.basemap.TileSourceException;

/**
 * Gluon Maps' tile source: implements {@link TileRetriever#loadTile(int, long, long)}, found by
 * {@code TileRetrieverProvider} through {@link java.util.ServiceLoader} (registered in
 * {@code META-INF/services/com.gluonhq.maps.tile.TileRetriever}); without it Gluon Maps would fetch
 * OpenStreetMap tiles itself. Serves the tiles of {@link BasemapTiles#active()}: nothing before a
 * source is set, so the network is never touched unless the analyst turns the online basemap on.
 * Tiles are read and decoded on two background threads, never on the JavaFX thread.
 */
public final class KhareetatyTileRetriever implements TileRetriever {
    private static final ExecutorService LOADERS = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "basemap-tiles");
        t.setDaemon(true);
        return t;
    });

    /** The instance {@link java.util.ServiceLoader} creates. */
    public KhareetatyTileRetriever() {}

    /**
     * The tile at {@code zoom}, column {@code i}, row {@code j} from the north; completes with null
     * when the basemap has no such tile, exceptionally when it cannot be read.
     */
    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        TileSource source = BasemapTiles.active();
        if (source == null || !TileId.isValid(zoom, i, j)) {
            return CompletableFuture.completedFuture(null);
        }
        TileId tile = new TileId(zoom, i, j);
        return CompletableFuture.supplyAsync(() -> image(source, tile), LOADERS);
    }

    /** The tile decoded as a JavaFX image, or null when the source has none. */
    static Image image(TileSource source, TileId tile) {
        Optional<byte[]> bytes = source.tile(tile);
        if (bytes.isEmpty()) {
            return null;
        }
        Image img = new Image(new ByteArrayInputStream(bytes.get()));
        if (img.isError()) {
            throw new CompletionException(new TileSourceException(
                    "Tile " + tile + " of " + source.info().name() + " is not a readable image: " + img.getException(),
                    img.getException()));
        }
        return img;
    }
}
