package org.khareetaty.app.ui.hotspots;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.khareetaty.app.ui.StoreTasks;
import org.khareetaty.app.ui.drill.DrillViewModel;
import org.khareetaty.app.ui.map.Legend;
import org.khareetaty.app.ui.map.MapConsole;
import org.khareetaty.app.ui.map.MapShape;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.gistar.GiBin;
import org.khareetaty.core.gistar.GiStarAnalysis;
import org.khareetaty.core.gistar.GiStarCell;
import org.khareetaty.core.gistar.GiStarResult;
import org.khareetaty.core.gistar.GiStarScope;
import org.khareetaty.core.hexgrid.DrillScope;
import org.khareetaty.core.hotspot.Hotspot;
import org.khareetaty.core.hotspot.HotspotFinder;
import org.khareetaty.core.hotspot.HotspotParameters;
import org.khareetaty.core.hotspot.HotspotRun;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.geo.BoundaryLayers;
import org.khareetaty.geo.LayerInfo;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The hotspot layers' parameters and runs: DBSCAN (radius in metres, minimum points, per zone of a
 * boundary layer) drawn as hulls, and Getis-Ord Gi* (resolution, ring k) drawn as hot and cold
 * cells by confidence. Both use the dates and categories of the current filters and run in the
 * background.
 */
public final class HotspotPanel extends VBox {
    /** Gi* class colours (hot red, cold blue; darker is more confident), as ArcGIS shows them. */
    public static final Map<GiBin, Color> GI_COLOURS = Map.of(
            GiBin.HOT_99,
            Color.web("#d62f27"),
            GiBin.HOT_95,
            Color.web("#ed7551"),
            GiBin.HOT_90,
            Color.web("#fab984"),
            GiBin.COLD_90,
            Color.web("#c0d4e8"),
            GiBin.COLD_95,
            Color.web("#849eba"),
            GiBin.COLD_99,
            Color.web("#4575b5"));

    private static final GeometryFactory GF = new GeometryFactory();
    private final StoreTasks tasks;
    private final MapConsole console;
    private final DrillViewModel model;
    private final Spinner<Integer> eps = new Spinner<>(10, 5000, 150, 10);
    private final Spinner<Integer> minPts = new Spinner<>(2, 1000, 25, 1);
    private final ComboBox<String> perLayer = new ComboBox<>();
    private final Label dbscanResult = new Label();
    private final Spinner<Integer> giRes = new Spinner<>(6, 10, 8, 1);
    private final Spinner<Integer> giK = new Spinner<>(1, 10, 1, 1);
    private final Label giResult = new Label();
    private final Button runDbscan = new Button("Run DBSCAN");
    private final Button runGi = new Button("Run Gi*");
    private Runnable onDbscan = () -> {};

    public HotspotPanel(StoreTasks tasks, MapConsole console, DrillViewModel model) {
        this.tasks = tasks;
        this.console = console;
        this.model = model;
        setSpacing(6);
        setPadding(new Insets(8));
        for (Spinner<Integer> s : List.of(eps, minPts, giRes, giK)) {
            s.setEditable(true);
            s.setPrefWidth(95);
        }
        eps.setId("dbscan-eps");
        minPts.setId("dbscan-min-pts");
        runDbscan.setId("run-dbscan");
        runGi.setId("run-gistar");
        dbscanResult.setId("dbscan-result");
        giResult.setId("gistar-result");
        dbscanResult.setWrapText(true);
        giResult.setWrapText(true);
        perLayer.getItems().add("(whole area)");
        perLayer.setValue("(whole area)");
        tasks.submit(
                "boundary layers",
                () -> new BoundaryLayers(tasks.store())
                        .list().stream().map(LayerInfo::layer).sorted().toList(),
                names -> perLayer.getItems().addAll(names));
        GridPane db = new GridPane();
        db.setHgap(6);
        db.setVgap(4);
        db.addRow(0, new Label("Radius (m)"), eps);
        db.addRow(1, new Label("Min. incidents"), minPts);
        db.addRow(2, new Label("Per zone of"), perLayer);
        GridPane gi = new GridPane();
        gi.setHgap(6);
        gi.setVgap(4);
        gi.addRow(0, new Label("Resolution"), giRes);
        gi.addRow(1, new Label("Ring k"), giK);
        runDbscan.setOnAction(e -> runDbscan());
        runGi.setOnAction(e -> runGiStar());
        Label note = new Label("Both use the dates and categories of the filters.");
        note.getStyleClass().add("hint");
        note.setWrapText(true);
        getChildren()
                .addAll(
                        title("DBSCAN hotspots"),
                        db,
                        runDbscan,
                        dbscanResult,
                        title("Getis-Ord Gi*"),
                        gi,
                        runGi,
                        giResult,
                        note);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    /** Runs DBSCAN with the form's parameters on the current filters and shows the hulls. */
    public void runDbscan() {
        DrillScope scope = model.scope();
        if (scope == null) {
            return;
        }
        String layer = "(whole area)".equals(perLayer.getValue()) ? null : perLayer.getValue();
        HotspotParameters p = new HotspotParameters(
                eps.getValue(), minPts.getValue(), layer, scope.categories(), scope.from(), scope.to());
        runDbscan.setDisable(true);
        dbscanResult.setText("Running…");
        tasks.submit(
                "DBSCAN",
                () -> new HotspotFinder(tasks.store()).find(p, ProgressListener.NONE),
                run -> {
                    runDbscan.setDisable(false);
                    show(run);
                },
                e -> {
                    runDbscan.setDisable(false);
                    dbscanResult.setText("DBSCAN failed: " + e.getMessage());
                });
    }

    private void show(HotspotRun run) {
        List<MapShape> shapes = new ArrayList<>();
        for (Hotspot h : run.hotspots()) {
            String about = String.format(
                    Locale.ROOT,
                    "%,d incidents, mostly %s, %.0f per km²%s",
                    h.count(),
                    h.dominantOffense(),
                    h.densityPerKm2(),
                    h.zone() == null ? "" : ", zone " + h.zone());
            shapes.add(MapShape.of(h.hull(), "Hotspot " + h.id(), null, about));
        }
        console.hotspots().setShapes(shapes);
        console.hotspots().setLabels(false);
        console.hotspots().setVisible(true);
        var s = run.summary();
        dbscanResult.setText(String.format(
                Locale.ROOT,
                "Run #%d: %,d hotspots; %,d of %,d incidents are noise (%.1f s).",
                s.id(),
                s.clusters(),
                s.noise(),
                s.points(),
                s.seconds()));
        updateKeys();
        onDbscan.run();
    }

    /** Runs after each DBSCAN run is drawn. */
    public void setOnDbscan(Runnable r) {
        onDbscan = r;
    }

    /** The lon/lat box of the hotspots drawn, or null. */
    public org.locationtech.jts.geom.Envelope hotspotsExtent() {
        org.locationtech.jts.geom.Envelope e = new org.locationtech.jts.geom.Envelope();
        console.hotspots().shapes().forEach(s -> e.expandToInclude(s.source().getEnvelopeInternal()));
        return e.isNull() ? null : e;
    }

    /** Runs Gi* with the form's parameters on the current filters and shows the hot and cold cells. */
    public void runGiStar() {
        DrillScope scope = model.scope();
        if (scope == null) {
            return;
        }
        GiStarScope g = new GiStarScope(giRes.getValue(), giK.getValue(), scope.from(), scope.to(), scope.categories());
        runGi.setDisable(true);
        giResult.setText("Running…");
        tasks.submit(
                "Gi*",
                () -> GiStarAnalysis.run(tasks.store(), g, ProgressListener.NONE),
                r -> {
                    runGi.setDisable(false);
                    show(r);
                },
                e -> {
                    runGi.setDisable(false);
                    giResult.setText("Gi* failed: " + e.getMessage());
                });
    }

    private void show(GiStarResult r) {
        List<MapShape> shapes = new ArrayList<>();
        for (GiStarCell c : r.cells()) {
            if (c.bin() == GiBin.NOT_SIGNIFICANT) {
                continue;
            }
            List<com.uber.h3core.util.LatLng> b = H3Cells.h3().cellToBoundary(c.cell());
            Coordinate[] ring = new Coordinate[b.size() + 1];
            for (int i = 0; i < b.size(); i++) {
                ring[i] = new Coordinate(b.get(i).lng, b.get(i).lat);
            }
            ring[b.size()] = ring[0];
            String about = String.format(
                    Locale.ROOT,
                    "%s, z = %.2f, FDR p = %.4f, %,d incidents",
                    c.bin().label(),
                    c.z(),
                    c.pFdr(),
                    c.count());
            shapes.add(MapShape.of(
                    GF.createPolygon(ring), null, GI_COLOURS.get(c.bin()).deriveColor(0, 1, 1, 0.75), about));
        }
        console.giStar().setShapes(shapes);
        console.giStar().setVisible(true);
        // the volume hexagons use the same red ramp as the hot spots: hidden so the classes read clearly
        console.hexagons().setVisible(false);
        giResult.setText(String.format(
                Locale.ROOT,
                "r%d, ring %d: %,d hot and %,d cold cells of %,d (FDR-corrected). The volume "
                        + "hexagons are hidden (Layers shows them again).",
                r.scope().resolution(),
                r.scope().k(),
                r.hot(),
                r.cold(),
                r.cells().size()));
        updateKeys();
    }

    private void updateKeys() {
        Legend legend = console.legend();
        legend.extra().getChildren().clear();
        if (console.hotspots().isVisible() && !console.hotspots().shapes().isEmpty()) {
            legend.extra()
                    .getChildren()
                    .add(Legend.key(Color.rgb(174, 1, 126, 0.28), Color.web("#7a0177"), "DBSCAN hotspot hull"));
        }
        if (console.giStar().isVisible() && !console.giStar().shapes().isEmpty()) {
            for (GiBin b :
                    List.of(GiBin.HOT_99, GiBin.HOT_95, GiBin.HOT_90, GiBin.COLD_90, GiBin.COLD_95, GiBin.COLD_99)) {
                legend.extra().getChildren().add(Legend.key(GI_COLOURS.get(b), Color.GREY, "Gi* " + b.label()));
            }
        }
    }
}
