package org.khareetaty.app.ui.map;

import java.util.function.Consumer;
import javafx.scene.canvas.GraphicsContext;

/** An empty layer that reports the view transform after each pan or zoom (scale bar, bookmarks). */
final class ViewWatcher extends CanvasLayer {
    private final Consumer<MapTransform> listener;

    ViewWatcher(Consumer<MapTransform> listener) {
        super("view");
        this.listener = listener;
    }

    @Override
    protected void layoutLayer() {
        super.layoutLayer();
        listener.accept(transform());
    }

    @Override
    protected void draw(GraphicsContext g, MapTransform t, double width, double height) {
    }
}
