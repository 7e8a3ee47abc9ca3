package org.khareetaty.app.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.khareetaty.app.map.tiles.BasemapSettings;
import org.khareetaty.app.map.tiles.BasemapTiles;
import org.khareetaty.app.ui.drill.DrillViewModel;
import org.khareetaty.app.ui.map.StreetLayer;
import org.khareetaty.app.ui.map.StreetPiece;
import org.khareetaty.core.hexgrid.DataWarning;
import org.khareetaty.core.hexgrid.DrillScope;
import org.khareetaty.core.hexgrid.StoreAggregates;
import org.khareetaty.core.incidents.IncidentLocations;
import org.khareetaty.core.incidents.IncidentRow;
import org.khareetaty.core.incidents.IncidentRows;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.geo.StoreExtent;
import org.khareetaty.geo.streets.StreetFields;
import org.khareetaty.geo.streets.StreetLines;
import org.khareetaty.geo.streets.StreetLoadResult;
import org.khareetaty.geo.streets.StreetLoader;
import org.khareetaty.geo.streets.StreetSource;
import org.locationtech.jts.geom.Envelope;

/**
 * What the window shows beside the drill-down, and the store work behind it: the store's full
 * extent, the incidents listed at street scale, the points and streets of the map view, the
 * aggregates after an import, the basemap switch and the street layer's loading. Every store call runs in the background through {@link StoreTasks};
 * the results come back on the JavaFX thread.
 */
final class WorkstationViewModel {
    private final StoreTasks tasks;
    private final DrillViewModel drill;
    private final ObjectProperty<Envelope> extent = new SimpleObjectProperty<>(this, "extent");

    WorkstationViewModel(StoreTasks tasks, DrillViewModel drill, Envelope extent) {
        this.tasks = tasks;
        this.drill = drill;
        this.extent.set(extent);
    }

    /** The lon/lat box of the store's primary boundary layer (else of every boundary, else of its incidents), or null. */
    ObjectProperty<Envelope> extent() {
        return extent;
    }

    /** Reads the incidents of {@code scope} (latest first, at most {@link IncidentRows#LIMIT}) for the attribute table. */
    void incidents(DrillScope scope, Consumer<List<IncidentRow>> done) {
        tasks.submit("incidents in scope", () -> new IncidentRows(tasks.store()).latest(scope), done);
    }

    /** Reads the incidents of {@code scope} a data-quality warning counts, latest first. */
    void incidents(DrillScope scope, DataWarning warning, Consumer<List<IncidentRow>> done) {
        tasks.submit("incidents of a warning", () -> new IncidentRows(tasks.store()).latest(scope, warning), done);
    }

    /** Reads the {lon[], lat[]} of the incidents in {@code box} in the current scope's dates and categories. */
    void points(Envelope box, Consumer<double[][]> done) {
        DrillScope scope = drill.scope();
        if (scope == null) {
            return;
        }
        tasks.submit(
                "incident points",
                () -> new IncidentLocations(tasks.store()).inBox(box, scope),
                p -> done.accept(new double[][] {p.lon(), p.lat()}));
    }

    /** Reads the street pieces of a request, simplified and projected for its zoom ({@link StreetPiece#of}). */
    void streets(StreetLayer.Request r, Consumer<List<StreetPiece>> done) {
        tasks.submit(
                "streets", () -> StreetPiece.of(new StreetLines(tasks.store()).in(r.box(), r.zoom()), r.zoom()), done);
    }

    /** Where the store's street layer came from, or null when it has none. */
    void streetSource(Consumer<StreetSource> done) {
        tasks.submit(
                "street layer", () -> new StreetLines(tasks.store()).source().orElse(null), done);
    }

    /** Loads a street file into the store in the background; {@code done} or {@code failed} learns how it went. */
    void loadStreets(Path file, Consumer<StreetLoadResult> done, Consumer<Throwable> failed) {
        tasks.submit(
                "loading streets",
                () -> new StreetLoader().load(tasks.store(), file, StreetFields.found(), ProgressListener.NONE),
                done,
                failed);
    }

    /** After an import: brings the aggregates up to date, reads the extent again and reloads the drill-down; {@code ready} runs after. */
    void imported(Runnable ready) {
        tasks.submit(
                "updating the aggregates",
                () -> {
                    StoreAggregates.catchUp(tasks.store());
                    return StoreExtent.of(tasks.store());
                },
                e -> {
                    extent.set(e);
                    drill.reload(ready);
                });
    }

    /** Makes {@code chosen} the map's basemap; {@code done} learns whether it names the zones itself. */
    void switchBasemap(BasemapSettings chosen, Consumer<Boolean> done) {
        tasks.submit(
                "switching the basemap",
                () -> {
                    BasemapTiles.configure(chosen, tasks.store());
                    return BasemapTiles.labelsZones();
                },
                done);
    }
}
