package org.khareetaty.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.uber.h3core.util.LatLng;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.MenuBar;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryLabelEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khareetaty.app.ui.map.HexCell;
import org.khareetaty.core.geo.H3Cells;

/**
 * Legibility on the real Chicago store: the legend never covers the hexagons at the full extent;
 * the legend lists only the layers shown (the Gi* key goes with its layer); the day-of-week
 * chart's labels, drawn at the chart's size in the window, never run into one another.
 */
class MapLegibilityWindowTest {
    static WindowDriver ui;

    @BeforeAll
    static void open() throws Exception {
        ui = WindowDriver.open(ChicagoStore.dir(), true);
    }

    @AfterAll
    static void close() throws Exception {
        if (ui != null) {
            // the size every window test opens at: the window saves its layout in the tests' preferences as it closes
            ui.robot.interact(() -> {
                ui.window.stage().setWidth(1600);
                ui.window.stage().setHeight(1000);
            });
            ui.close();
        }
    }

    @Test
    void theLegendCoversNoHexagonAtTheFullExtent() throws Exception {
        // as the window opened, and after View > Zoom to full extent in a smaller window, where the
        // whole city fills the map's width
        assertNoHexagonUnderTheLegend();
        MenuBar bar = ui.robot.lookup("#menu-bar").queryAs(MenuBar.class);
        ui.robot.interact(() -> {
            ui.window.stage().setWidth(1200);
            ui.window.stage().setHeight(800);
        });
        ui.robot.interact(() -> bar.getMenus().get(1).getItems().get(0).fire());
        ui.waitFor(10, () -> ui.window.console().legend().isVisible());
        assertNoHexagonUnderTheLegend();
    }

    private static void assertNoHexagonUnderTheLegend() {
        Bounds legend = ui.window
                .console()
                .legend()
                .localToScreen(ui.window.console().legend().getBoundsInLocal());
        List<HexCell> cells = ui.window.console().hexagons().cells();
        assertFalse(cells.isEmpty());
        List<String> covered = new ArrayList<>();
        for (HexCell c : cells) {
            for (LatLng corner : H3Cells.h3().cellToBoundary(c.cell())) {
                Point2D p = ui.window.console().screenPoint(corner.lng, corner.lat);
                if (legend.contains(p)) {
                    covered.add(Long.toHexString(c.cell()));
                    break;
                }
            }
        }
        assertTrue(covered.isEmpty(), "cells under the legend " + legend + ": " + covered);
    }

    @Test
    void theGiStarKeyGoesWhenItsLayerIsSwitchedOff() throws Exception {
        var panel = ui.window.hotspotPanel();
        ui.robot.interact(panel::runGiStar);
        ui.waitFor(180, () -> !panel.analysisRunning());
        assertFalse(ui.window.console().giStar().shapes().isEmpty(), "Gi* found hot or cold cells");
        assertFalse(ui.window.console().legend().extra().getChildren().isEmpty(), "the Gi* keys");
        ui.robot.interact(() -> ui.window.console().giStar().setVisible(false));
        assertTrue(ui.window.console().legend().extra().getChildren().isEmpty(), "no key for a layer not shown");
        ui.robot.interact(() -> ui.window.console().giStar().setVisible(true));
        assertFalse(ui.window.console().legend().extra().getChildren().isEmpty(), "the keys again");
    }

    @Test
    void dayOfWeekLabelsDoNotRunTogetherAtTheChartsSizeNorInANarrowPanel() throws Exception {
        ChartViewer week = ui.robot.lookup("#chart-day-of-week").queryAs(ChartViewer.class);
        int w = (int) week.getWidth();
        int h = (int) week.getHeight();
        assertTrue(w > 0 && h > 0, w + "x" + h);
        assertLabelsApart(week.getChart(), w, h);
        // the width the Kuwait demo's chart had in the screenshot where "MonTueWedThu" ran together
        assertLabelsApart(week.getChart(), 200, 190);
    }

    /** Every day's label whole (not wrapped) and at least 2 pixels from the next, drawn at {@code w} x {@code h}. */
    private static void assertLabelsApart(JFreeChart chart, int w, int h) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, w, h), info);
        FontMetrics font = g.getFontMetrics(
                ((CategoryPlot) chart.getPlot()).getDomainAxis().getTickLabelFont());
        g.dispose();
        List<Rectangle2D> labels = new ArrayList<>();
        for (Object e : info.getEntityCollection().getEntities()) {
            if (e instanceof CategoryLabelEntity l) {
                Rectangle2D b = l.getArea().getBounds2D();
                assertTrue(
                        Math.max(b.getWidth(), b.getHeight())
                                >= font.stringWidth(l.getKey().toString()) - 1,
                        l.getKey() + " is drawn whole at " + w + "x" + h + ": " + b);
                labels.add(b);
            }
        }
        assertEquals(7, labels.size(), "seven day labels");
        labels.sort(java.util.Comparator.comparingDouble(Rectangle2D::getMinX));
        for (int i = 1; i < labels.size(); i++) {
            double gap = labels.get(i).getMinX() - labels.get(i - 1).getMaxX();
            assertTrue(gap >= 2, "labels " + (i - 1) + " and " + i + " " + gap + " px apart at " + w + "x" + h);
        }
    }
}
