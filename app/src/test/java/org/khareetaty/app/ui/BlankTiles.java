package org.khareetaty.app.ui;

import com.gluonhq.maps.tile.TileRetriever;
import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;

/**
 * The tile source of the UI tests: an empty tile for every request, so no test reaches for the
 * network (registered in the test class path's {@code META-INF/services}, which comes first).
 */
public final class BlankTiles implements TileRetriever {
    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        return CompletableFuture.completedFuture(new WritableImage(256, 256));
    }
}
