package org.khareetaty.app.ui.map;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import org.khareetaty.app.ui.i18n.Messages;

/**
 * The names of the primary boundary layer's zones, drawn above every fill (hexagons, Gi* cells,
 * hotspots, forecast zones) so no fill hides them. The layer below draws the zones' outlines
 * only; the store's basemap carries no names ({@code StoreBasemap.OPTIONS}), so each zone is named
 * once. A basemap that names the zones itself (an MBTiles file generated with names) turns this
 * layer off instead.
 */
public final class ZoneLabels extends CanvasLayer {
    private ShapeLayer zones;
    private boolean shown = true;
    private List<String> drawn = List.of();

    ZoneLabels() {
        super(Messages.text("layer.zoneNames"));
    }

    /** Names the zones of {@code layer} (the primary boundary layer), or nothing when null. */
    void setZones(ShapeLayer layer) {
        zones = layer;
        if (layer != null) {
            layer.visibleProperty().addListener(o -> redraw());
        }
        redraw();
    }

    /** Whether the names are drawn (false under a basemap that names the zones itself). */
    void setShown(boolean on) {
        if (shown != on) {
            shown = on;
            redraw();
        }
    }

    /** True when this layer names the zones (their layer is shown and no basemap names them). */
    public boolean shown() {
        return zones != null && shown && zones.isVisible();
    }

    /** The names drawn at the last draw. */
    public List<String> drawn() {
        return drawn;
    }

    @Override
    protected boolean draw(GraphicsContext g, MapTransform t, double width, double height) {
        drawn = shown() ? List.copyOf(zones.drawLabels(g, t)) : List.of();
        return !drawn.isEmpty();
    }
}
