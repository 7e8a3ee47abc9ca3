package org.khareetaty.app.ui.report;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.khareetaty.app.ui.StoreTasks;
import org.khareetaty.app.ui.drill.DrillViewModel;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.app.ui.map.ColourScale;
import org.khareetaty.app.ui.map.MapConsole;
import org.khareetaty.core.hexgrid.DrillScope;
import org.khareetaty.core.report.KpiCounts;
import org.khareetaty.core.report.KpiPdf;
import org.khareetaty.core.report.MapLayout;
import org.khareetaty.core.report.MapLegend;
import org.khareetaty.geo.basemap.WebMercator;
import org.locationtech.jts.geom.Envelope;

/**
 * File > Export map as layout…: the map as the view shows it (its layers, without the buttons,
 * the info panel or the tool bar) framed as a {@link MapLayout}: a title naming the scope, the
 * period and filters, the legend of the hexagons' colours, a scale bar, a north arrow, the
 * basemap's attribution and the data's source; as PNG or PDF (by the file's extension). The map
 * is taken on the JavaFX thread; the data's source is read and the file written in the background.
 */
public final class MapLayoutExport {
    private final Stage owner;
    private final StoreTasks tasks;
    private final DrillViewModel model;
    private final MapConsole console;
    private final Consumer<String> status;
    private final Consumer<String> error;

    /** Exports the map of {@code console}; {@code status} and {@code error} get the outcome as a sentence. */
    public MapLayoutExport(
            Stage owner,
            StoreTasks tasks,
            DrillViewModel model,
            MapConsole console,
            Consumer<String> status,
            Consumer<String> error) {
        this.owner = owner;
        this.tasks = tasks;
        this.model = model;
        this.console = console;
        this.status = status;
        this.error = error;
    }

    /** Asks for a PNG or PDF file and writes the layout to it. */
    public void ask() {
        FileChooser fc = new FileChooser();
        fc.setTitle(Messages.text("layout.title"));
        fc.setInitialFileName("map-layout.pdf");
        fc.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("PDF (A4 landscape)", "*.pdf"),
                        new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File f = fc.showSaveDialog(owner);
        if (f != null) {
            write(f.toPath(), p -> {});
        }
    }

    /** Writes the layout of the map shown to {@code out} (PDF when it ends in .pdf, else PNG); {@code done} gets the file. */
    public void write(Path out, Consumer<Path> done) {
        boolean pdf = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
        BufferedImage map = snapshot();
        Envelope box = console.viewBox();
        DrillScope scope = model.scope();
        if (box == null || scope == null) {
            error.accept(Messages.text("layout.notDrawn"));
            return;
        }
        double metresPerPixel = metresPerPixel(box, map.getWidth(), console.centreLat());
        String title = "Khareetaty: " + scopeName(scope);
        List<String> lines = lines(scope);
        MapLegend legend = legend();
        String attribution = ((Label) console.lookup("#attribution")).getText();
        tasks.submit(
                "exporting the map layout",
                () -> {
                    MapLayout layout = new MapLayout(
                            title,
                            lines,
                            map,
                            metresPerPixel,
                            legend,
                            attribution,
                            String.join("; ", KpiCounts.sources(tasks.store())),
                            Instant.now());
                    if (pdf) {
                        layout.writePdf(out, KpiPdf.Paper.A4);
                    } else {
                        layout.writePng(out);
                    }
                    return out;
                },
                p -> {
                    status.accept(Messages.text("layout.saved", p));
                    done.accept(p);
                },
                e -> error.accept(Messages.text("layout.cannotWrite", out, e.getMessage())));
    }

    /** The map's layers as drawn, clipped to the view (the layers draw a margin beyond it). */
    private BufferedImage snapshot() {
        var view = console.mapView();
        SnapshotParameters p = new SnapshotParameters();
        p.setViewport(new Rectangle2D(view.getLayoutX(), view.getLayoutY(), view.getWidth(), view.getHeight()));
        p.setFill(Color.WHITE);
        return SwingFXUtils.fromFXImage(view.snapshot(p, null), null);
    }

    /** Ground metres per pixel of a view {@code widthPx} wide showing {@code box}, at latitude {@code lat} (Web Mercator), as the window's scale bar reads it. */
    static double metresPerPixel(Envelope box, int widthPx, double lat) {
        double unitWidth = WebMercator.unitX(box.getMaxX()) - WebMercator.unitX(box.getMinX());
        return unitWidth * WebMercator.EQUATOR_M * Math.cos(Math.toRadians(lat)) / widthPx;
    }

    private String scopeName(DrillScope scope) {
        DrillViewModel.Result r = model.result().get();
        if (scope.parent() == null || r == null || r.drill().breadcrumbs().isEmpty()) {
            return "whole area, r" + scope.res() + " hexagons";
        }
        return r.drill().breadcrumbs().get(r.drill().breadcrumbs().size() - 1).label() + ", r" + scope.res()
                + " hexagons";
    }

    private static List<String> lines(DrillScope scope) {
        List<String> out = new ArrayList<>();
        out.add(String.format(
                Locale.ROOT,
                "Period %s .. %s (%d days)",
                scope.from(),
                scope.to(),
                ChronoUnit.DAYS.between(scope.from(), scope.to()) + 1));
        out.add("Offenses: "
                + (scope.categories().isEmpty()
                        ? "all"
                        : String.join(", ", scope.categories()).replace('_', ' ')));
        return out;
    }

    /** The legend of the hexagons' colours as the window's legend shows it, or null when they are hidden. */
    private MapLegend legend() {
        ColourScale scale = console.hexagons().scale();
        if (!console.hexagons().isVisible() || scale == null) {
            return null;
        }
        List<MapLegend.Swatch> classes = new ArrayList<>();
        for (int i = scale.colours().length - 1; i >= 0; i--) {
            Color c = scale.colours()[i];
            classes.add(new MapLegend.Swatch(
                    new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue()),
                    scale.classLabel(i)));
        }
        return new MapLegend(
                console.legend().titleText(), classes, console.legend().noteText());
    }
}
