package org.khareetaty.app.ui.map;

import com.gluonhq.maps.MapLayer;
import java.util.function.Consumer;

/** An empty layer (no canvas) that reports the view transform after each pan or zoom (scale bar, clicks, bookmarks). */
final class ViewWatcher extends MapLayer {
    private final Consumer<MapTransform> listener;

    ViewWatcher(Consumer<MapTransform> listener) {
        this.listener = listener;
        setMouseTransparent(true);
    }

    @Override
    protected void layoutLayer() {
        listener.accept(CanvasLayer.transform(this::getMapPoint));
    }
}
