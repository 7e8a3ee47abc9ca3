package org.khareetaty.app.ui.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.app.ui.map.Legend;
import org.khareetaty.app.ui.map.MapConsole;
import org.khareetaty.app.ui.map.MapShape;
import org.khareetaty.app.ui.map.ShapeLayer;
import org.khareetaty.core.forecast.risk.FlaggedCell;
import org.khareetaty.core.forecast.risk.RiskGrid;
import org.khareetaty.core.geo.H3Cells;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The forecast's map layers: tomorrow's risk per 150 m square or H3 r9 hexagon (the riskiest tenth of the area, darker for
 * riskier), the patrol boxes flagged at the chosen coverage (outlined), and the zones with a spike badge
 * (outlined in red, labelled).
 */
final class ForecastLayers {
    /** Risk classes by rank, as shares of the area, percent: the top 1%, 2%, 5% and 10%. */
    private static final double[] CLASSES = {1, 2, 5, 10};

    private static final Color[] RISK = {
        Color.rgb(189, 0, 38, 0.70),
        Color.rgb(240, 59, 32, 0.60),
        Color.rgb(253, 141, 60, 0.50),
        Color.rgb(254, 204, 92, 0.45)
    };
    private static final GeometryFactory GF = new GeometryFactory();
    private final ShapeLayer risk = new ShapeLayer(Messages.text("forecast.layer.risk"), Color.TRANSPARENT, null, 0.1);
    private final ShapeLayer boxes =
            new ShapeLayer(Messages.text("forecast.layer.boxes"), Color.web("#0d47a1"), null, 1.6);
    private final ShapeLayer spikes = new ShapeLayer(
            Messages.text("forecast.layer.spikes"), Color.web("#b71c1c"), Color.rgb(183, 28, 28, 0.12), 2.5);
    private final MapConsole console;
    private final List<javafx.scene.Node> keys = new ArrayList<>();
    private boolean added;

    ForecastLayers(MapConsole console) {
        this.console = console;
        spikes.setLabels(true);
    }

    /**
     * Puts the layers on the map (and in the Layers list) the first time there is something to draw, so a
     * window whose Forecast tab is not used keeps its list as it was.
     */
    private void addOnce() {
        if (!added) {
            added = true;
            for (ShapeLayer l : List.of(risk, boxes, spikes)) {
                console.addOverlay(l);
            }
        }
    }

    /** Draws {@code p}: the risk of its riskiest cells and its patrol boxes. */
    void show(ForecastViewModel.PatrolForecast p) {
        addOnce();
        List<MapShape> cells = new ArrayList<>();
        List<MapShape> flagged = new ArrayList<>();
        int[] bounds = new int[CLASSES.length];
        for (int k = 0; k < CLASSES.length; k++) {
            bounds[k] = org.khareetaty.core.forecast.risk.CellRanking.flagged(CLASSES[k], p.cells());
        }
        for (int i = 0; i < p.risky().size(); i++) {
            FlaggedCell c = p.risky().get(i);
            int k = 0;
            while (k < bounds.length - 1 && i >= bounds[k]) {
                k++;
            }
            var square = p.hexagons() ? hexagon(c.cell()) : square(c, p.cellMetres(), p.lat0());
            cells.add(MapShape.of(square, null, RISK[k], c));
            if (i < p.boxes().size()) {
                flagged.add(MapShape.of(square, null, null, c));
            }
        }
        risk.setShapes(cells);
        boxes.setShapes(flagged);
        risk.setVisible(true);
        boxes.setVisible(true);
        // the volume hexagons' red ramp would read as risk under the boxes: hidden (Layers shows them again)
        console.hexagons().setVisible(false);
        updateKeys(p);
    }

    /** Marks the zones of {@code layer} whose spike checks alarm, named with their last day's count. */
    void showSpikes(String layer, Map<String, ForecastViewModel.SpikeBadge> badges) {
        List<MapShape> out = new ArrayList<>();
        var zones = console.boundaryLayers().get(layer);
        if (zones != null) {
            for (MapShape z : zones.shapes()) {
                ForecastViewModel.SpikeBadge b = badges.get(String.valueOf(z.data()));
                if (b != null && b.alarm()) {
                    out.add(MapShape.of(
                            z.source(),
                            Messages.text(
                                    "forecast.spike.label",
                                    b.strongest().observed(),
                                    Math.round(b.strongest().expected())),
                            null,
                            String.valueOf(z.data())));
                }
            }
        }
        if (!out.isEmpty()) {
            addOnce();
        }
        spikes.setShapes(out);
    }

    /** An H3 cell's hexagon. */
    private static org.locationtech.jts.geom.Polygon hexagon(long cell) {
        List<Coordinate> ring = new ArrayList<>();
        H3Cells.h3().cellToBoundary(cell).forEach(p -> ring.add(new Coordinate(p.lng, p.lat)));
        ring.add(ring.get(0));
        return GF.createPolygon(ring.toArray(Coordinate[]::new));
    }

    /** A cell of {@code metres} around its centre, as the grid's equirectangular projection at {@code lat0} draws it. */
    private static org.locationtech.jts.geom.Polygon square(FlaggedCell c, double metres, double lat0) {
        double half = metres / 2;
        double dLat = Math.toDegrees(half / RiskGrid.EARTH_RADIUS);
        double dLon = Math.toDegrees(half / (RiskGrid.EARTH_RADIUS * Math.cos(Math.toRadians(lat0))));
        return GF.createPolygon(new Coordinate[] {
            new Coordinate(c.lon() - dLon, c.lat() - dLat),
            new Coordinate(c.lon() + dLon, c.lat() - dLat),
            new Coordinate(c.lon() + dLon, c.lat() + dLat),
            new Coordinate(c.lon() - dLon, c.lat() + dLat),
            new Coordinate(c.lon() - dLon, c.lat() - dLat)
        });
    }

    private void updateKeys(ForecastViewModel.PatrolForecast p) {
        var extra = console.legend().extra().getChildren();
        extra.removeAll(keys);
        keys.clear();
        keys.add(Legend.key(
                Color.TRANSPARENT,
                Color.web("#0d47a1"),
                Messages.text("forecast.key.box", ForecastWords.percent(p.coverage()))));
        String[] names = {Messages.text("forecast.key.riskiest"), "1-2%", "2-5%", "5-10%"};
        for (int k = 0; k < RISK.length; k++) {
            keys.add(Legend.key(RISK[k], Color.TRANSPARENT, Messages.text("forecast.key.risk", names[k])));
        }
        extra.addAll(keys);
    }

    /** The lon/lat box of the patrol boxes, or null. */
    Envelope boxesExtent() {
        Envelope e = new Envelope();
        boxes.shapes().forEach(s -> e.expandToInclude(s.source().getEnvelopeInternal()));
        return e.isNull() ? null : e;
    }

    /** The patrol boxes drawn, riskiest first. */
    List<FlaggedCell> boxes() {
        return boxes.shapes().stream().map(s -> (FlaggedCell) s.data()).toList();
    }

    /** The zone codes marked with a spike. */
    List<String> spikeZones() {
        return spikes.shapes().stream().map(s -> (String) s.data()).toList();
    }
}
