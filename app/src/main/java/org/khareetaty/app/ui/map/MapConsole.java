package org.khareetaty.app.ui.map;

import com.gluonhq.maps.MapView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.geo.basemap.WebMercator;
import org.locationtech.jts.geom.Envelope;

/**
 * The map in the centre of the window: the Gluon Maps basemap, the store's streets, the boundary
 * layers, the H3 hexagons, the hotspot layers, incident points at street scale and the selection sketch; over it
 * the legend, the scale bar, and the basemap attribution with its settings button. What a click
 * does depends on the {@link MapTool}.
 */
public final class MapConsole extends StackPane {
    /** A click on the map: the point in lon/lat and the pointer's screen position. */
    public record Click(double lon, double lat, double screenX, double screenY) {}

    private final MapView map = new MapView();
    private final StreetLayer streets = new StreetLayer();
    private final HexagonLayer hexagons = new HexagonLayer();
    private final Map<String, ShapeLayer> boundaries = new LinkedHashMap<>();
    private final ShapeLayer hotspots =
            new ShapeLayer(Messages.text("layer.dbscan"), Color.web("#7a0177"), Color.rgb(174, 1, 126, 0.28), 2);
    private final ShapeLayer giStar = new ShapeLayer(Messages.text("layer.gi"), Color.rgb(90, 90, 90, 0.6), null, 0.5);
    private final ShapeLayer geofences =
            new ShapeLayer(Messages.text("layer.geofences"), Color.web("#c62828"), Color.rgb(198, 40, 40, 0.10), 1.6);
    private final PointLayer points = new PointLayer();
    private final AlertLayer alerts = new AlertLayer();
    private final SketchLayer sketch = new SketchLayer();
    private final ViewWatcher watcher;
    private final Legend legend = new Legend();
    private final ScaleBar scaleBar = new ScaleBar();
    private final Label attribution = new Label("");
    private final Button basemapSettings = new Button(Messages.text("map.basemap.button"));
    private boolean basemapLabelsZones;
    private boolean basemapShown = true;
    private final Label banner = new Label();
    private final ObjectProperty<MapTool> tool = new SimpleObjectProperty<>(this, "tool", MapTool.DRILL);
    private final List<Runnable> layersChanged = new ArrayList<>();
    private final List<CanvasLayer> overlays = new ArrayList<>();
    private MapTransform view;
    private Consumer<Click> onClick = c -> {};
    private Consumer<List<double[]>> onPolygon = p -> {};

    public MapConsole() {
        getStyleClass().add("map-console");
        map.setId("map");
        giStar.setVisible(false);
        giStar.setLabels(false);
        hotspots.setVisible(false);
        watcher = new ViewWatcher(this::viewChanged);
        hexagons.setStreetsUnder(streets::shownUnderHexagons);
        streets.setOnLoaded(hexagons::redraw);
        streets.visibleProperty().addListener((o, a, on) -> hexagons.redraw());
        map.addLayer(streets);
        map.addLayer(hexagons);
        map.addLayer(streets.names());
        map.addLayer(giStar);
        map.addLayer(hotspots);
        map.addLayer(geofences);
        map.addLayer(points);
        map.addLayer(alerts);
        map.addLayer(sketch);
        map.addLayer(watcher);
        map.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);

        legend.setId("legend");
        hexagons.visibleProperty().addListener((o, a, on) -> legend.showClasses(on));
        legend.extra().getChildren().addListener((javafx.collections.ListChangeListener<javafx.scene.Node>)
                c -> legend.showClasses(hexagons.isVisible()));
        StackPane.setAlignment(legend, Pos.TOP_RIGHT);
        StackPane.setMargin(legend, new Insets(10));
        StackPane.setAlignment(scaleBar, Pos.BOTTOM_LEFT);
        StackPane.setMargin(scaleBar, new Insets(10));
        attribution.setId("attribution");
        attribution.getStyleClass().add("attribution");
        basemapSettings.getStyleClass().add("small-button");
        basemapSettings.setTooltip(new Tooltip(Messages.text("map.basemap.tip")));
        HBox credits = new HBox(6, attribution, basemapSettings);
        credits.setAlignment(Pos.CENTER_RIGHT);
        credits.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        credits.getStyleClass().add("credits");
        StackPane.setAlignment(credits, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(credits, new Insets(6));
        banner.setId("map-banner");
        banner.getStyleClass().add("map-banner");
        banner.setVisible(false);
        // bottom centre, between the scale bar and the credits: the legend (top right) stays uncovered
        StackPane.setAlignment(banner, Pos.BOTTOM_CENTER);
        StackPane.setMargin(banner, new Insets(10, 10, 34, 10));
        VBox legendBox = new VBox(legend);
        legendBox.setPickOnBounds(false);
        legendBox.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        StackPane.setAlignment(legendBox, Pos.TOP_RIGHT);
        StackPane.setMargin(legendBox, new Insets(10));
        getChildren().addAll(map, legendBox, scaleBar, credits, banner);
        setMinSize(200, 200);
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || view == null) {
            return;
        }
        double lon = WebMercator.lonOfUnitX(view.x(e.getX()));
        double lat = WebMercator.latOfUnitY(view.y(e.getY()));
        if (tool.get() == MapTool.SELECT) {
            if (e.getClickCount() >= 2) {
                List<double[]> polygon = sketch.close();
                if (polygon != null) {
                    onPolygon.accept(polygon);
                }
            } else {
                sketch.add(lon, lat);
            }
            return;
        }
        if (e.getClickCount() == 1) {
            onClick.accept(new Click(lon, lat, e.getScreenX(), e.getScreenY()));
        }
    }

    private void viewChanged(MapTransform t) {
        view = t;
        double lat = WebMercator.latOfUnitY(t.y(getHeight() / 2));
        scaleBar.update(t.metresPerPixel(lat));
    }

    /** Called with every single click in the drill and identify tools. */
    public void setOnClick(Consumer<Click> onClick) {
        this.onClick = onClick;
    }

    /** Called with each polygon closed by the select tool (lon/lat vertices). */
    public void setOnPolygon(Consumer<List<double[]>> onPolygon) {
        this.onPolygon = onPolygon;
    }

    /** Shows the store's boundary layers, each outlined in its own colour. */
    public void setBoundaries(Map<String, List<MapShape>> layers) {
        boundaries.values().forEach(map::removeLayer);
        boundaries.clear();
        Color[] colours = {Color.web("#37474f"), Color.web("#6a1b9a"), Color.web("#00695c"), Color.web("#ad1457")};
        int i = 0;
        for (Map.Entry<String, List<MapShape>> e : layers.entrySet()) {
            ShapeLayer l = new ShapeLayer(
                    Messages.text("layer.boundaries", e.getKey()),
                    colours[i % colours.length],
                    null,
                    i == 0 ? 2.0 : 1.2);
            l.setShapes(e.getValue());
            boundaries.put(e.getKey(), l);
            i++;
        }
        relabel();
        // boundaries go just above the hexagons, so their outlines stay visible over the fills; the
        // street names above them
        boundaries.values().forEach(map::addLayer);
        frontLayers();
        layersChanged.forEach(Runnable::run);
    }

    /** Keeps the analysis layers over the boundaries, and the points, alerts and sketch on top. */
    private void frontLayers() {
        streets.names().toFront();
        giStar.toFront();
        hotspots.toFront();
        overlays.forEach(com.gluonhq.maps.MapLayer::toFront);
        for (com.gluonhq.maps.MapLayer top :
                new com.gluonhq.maps.MapLayer[] {geofences, points, alerts, sketch, watcher}) {
            top.toFront();
        }
    }

    /** Adds a layer of another panel (the forecast's) over the hotspot layers; the layers panel lists it. */
    public void addOverlay(CanvasLayer layer) {
        overlays.add(layer);
        map.addLayer(layer);
        frontLayers();
        layersChanged.forEach(Runnable::run);
    }

    /** Shows the alert engine's geofences (outlined in red, named), or none. */
    public void setGeofences(List<MapShape> shapes) {
        geofences.setShapes(shapes);
    }

    /** The geofence layer. */
    public ShapeLayer geofences() {
        return geofences;
    }

    /** Runs when the list of layers changes (the layers panel rebuilds). */
    public void onLayersChanged(Runnable r) {
        layersChanged.add(r);
    }

    /** Every layer, top-most last, for the layers panel. */
    public List<CanvasLayer> layers() {
        List<CanvasLayer> out = new ArrayList<>();
        out.add(streets);
        out.add(hexagons);
        out.addAll(boundaries.values());
        out.add(giStar);
        out.add(hotspots);
        out.addAll(overlays);
        out.add(geofences);
        out.add(points);
        out.add(alerts);
        return out;
    }

    /** Zooms and centres the map on a lon/lat box (a cell drilled into, the rows opened). */
    public void fit(Envelope box) {
        fit(box, false);
    }

    /**
     * Zooms the map to a lon/lat box in the part of the view left of the legend, so the legend does
     * not cover the data it explains (the full extent, the hotspots).
     */
    public void fitClearOfLegend(Envelope box) {
        fit(box, true);
    }

    private void fit(Envelope box, boolean clearOfLegend) {
        if (box == null || box.isNull()) {
            return;
        }
        double w = getWidth() > 0 ? getWidth() : 1000;
        double h = getHeight() > 0 ? getHeight() : 700;
        // the legend's column (its width and both margins) kept clear while 150 pixels are left for the data
        double keep =
                clearOfLegend && legend.isVisible() ? Math.max(legend.getMinWidth(), legend.prefWidth(-1)) + 20 : 0;
        if (w - keep < 150) {
            keep = 0;
        }
        double dx = Math.max(1e-9, WebMercator.unitX(box.getMaxX()) - WebMercator.unitX(box.getMinX()));
        double dy = Math.max(1e-9, WebMercator.unitY(box.getMinY()) - WebMercator.unitY(box.getMaxY()));
        double zoom = Math.log(Math.min((w - keep) / (dx * 256), h / (dy * 256))) / Math.log(2);
        zoom = Math.max(1, Math.min(19, Math.floor((zoom - 0.15) * 10) / 10));
        double cy = (WebMercator.unitY(box.getMinY()) + WebMercator.unitY(box.getMaxY())) / 2;
        double cx = (WebMercator.unitX(box.getMinX()) + WebMercator.unitX(box.getMaxX())) / 2;
        // the box's centre at the centre of the part left of the legend: the view's centre half the legend's column
        // east
        double shift = keep / 2 / (256 * Math.pow(2, zoom));
        map.setZoom(zoom);
        map.setCenter(WebMercator.latOfUnitY(cy), WebMercator.lonOfUnitX(cx + shift));
    }

    /** Centres on a point at a zoom (bookmarks). */
    public void goTo(double lat, double lon, double zoom) {
        if (zoom != map.getZoom()) {
            map.setZoom(zoom);
            // the layers are laid out again when the centre moves, not on a zoom alone: a zoom about
            // the same centre moves it a hair and back (as MapView does on a resize)
            map.setCenter(lat + 1e-5, lon + 1e-5);
        }
        map.setCenter(lat, lon);
    }

    /** Where a lon/lat point is on the screen, or null before the first layout. */
    public javafx.geometry.Point2D screenPoint(double lon, double lat) {
        if (view == null) {
            return null;
        }
        return map.localToScreen(view.px(WebMercator.unitX(lon)), view.py(WebMercator.unitY(lat)));
    }

    /** The centre latitude of the view. */
    public double centreLat() {
        return view == null ? map.getCenter().getLatitude() : WebMercator.latOfUnitY(view.y(getHeight() / 2));
    }

    /** The centre longitude of the view. */
    public double centreLon() {
        return view == null ? map.getCenter().getLongitude() : WebMercator.lonOfUnitX(view.x(getWidth() / 2));
    }

    public double zoom() {
        return map.getZoom();
    }

    /** The lon/lat box of the view. */
    public Envelope viewBox() {
        if (view == null) {
            return null;
        }
        return new Envelope(
                WebMercator.lonOfUnitX(view.x(0)),
                WebMercator.lonOfUnitX(view.x(getWidth())),
                WebMercator.latOfUnitY(view.y(getHeight())),
                WebMercator.latOfUnitY(view.y(0)));
    }

    /** Shows or hides a message over the top of the map (the day being played). */
    /** The banner's text, or null when no banner shows. */
    public String bannerText() {
        return banner.isVisible() ? banner.getText() : null;
    }

    public void setBanner(String text) {
        banner.setText(text == null ? "" : text);
        banner.setVisible(text != null && !text.isEmpty());
    }

    /**
     * Describes the basemap: its attribution, shown in the corner (e.g. "© OpenStreetMap
     * contributors"), and whether it names the boundary zones itself, in which case the primary
     * boundary layer draws no labels of its own while the basemap is shown (one label per zone).
     */
    public void setBasemap(String attributionText, boolean labelsZones) {
        attribution.setText(attributionText == null ? "" : attributionText);
        attribution.setVisible(attributionText != null && !attributionText.isEmpty());
        basemapLabelsZones = labelsZones;
        relabel();
    }

    /** Shows or hides the basemap tiles. */
    public void setBasemapShown(boolean shown) {
        map.getChildrenUnmodifiable().get(0).setVisible(shown);
        basemapShown = shown;
        relabel();
    }

    /** True when the primary boundary layer draws its zone labels (no labelling basemap under it). */
    public boolean boundaryLabelsShown() {
        return !boundaries.isEmpty() && boundaries.values().iterator().next().labels();
    }

    private void relabel() {
        boolean basemapNames = basemapLabelsZones && basemapShown;
        int i = 0;
        for (ShapeLayer l : boundaries.values()) {
            l.setLabels(i++ == 0 && !basemapNames);
        }
    }

    /** The button that opens the basemap settings. */
    public Button basemapSettingsButton() {
        return basemapSettings;
    }

    /** The street layer (under the hexagons; its names above them). */
    public StreetLayer streets() {
        return streets;
    }

    public HexagonLayer hexagons() {
        return hexagons;
    }

    public ShapeLayer hotspots() {
        return hotspots;
    }

    public ShapeLayer giStar() {
        return giStar;
    }

    /** The open live alerts. */
    public AlertLayer alerts() {
        return alerts;
    }

    public PointLayer points() {
        return points;
    }

    public SketchLayer sketch() {
        return sketch;
    }

    public Legend legend() {
        return legend;
    }

    public ScaleBar scaleBar() {
        return scaleBar;
    }

    public ObjectProperty<MapTool> tool() {
        return tool;
    }

    /** The Gluon map view. */
    public MapView mapView() {
        return map;
    }

    /** The boundary layers by name. */
    public Map<String, ShapeLayer> boundaryLayers() {
        return boundaries;
    }
}
