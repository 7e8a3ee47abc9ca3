package org.khareetaty.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khareetaty.core.testing.StoreQueries.rows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.etl.ImportOptions;
import org.khareetaty.core.etl.Importer;
import org.khareetaty.core.geo.ZoneLabel;
import org.khareetaty.core.hexgrid.CellStats;
import org.khareetaty.core.hexgrid.DrillScope;
import org.khareetaty.core.hexgrid.StoreDrillSession;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;
import org.khareetaty.core.testing.StoreQueries;

/**
 * The drill-down names cells by the zones stored on their incidents, which its aggregates keep per
 * incident: a layer loaded after the incidents zones them again, and an open drill-down session
 * then names its coarse cells by that layer's zones holding most of their incidents, as the
 * incidents' stored zones say (an SQL count per cell, ties to the lower code), "Edge of" only where
 * every incident of the cell was kept at the study area's edge.
 */
class CellNamesAfterLayerLoadTest {
    private static final String RES = "h3_r7";

    @TempDir
    Path dir;

    @Test
    void coarseCellsTakeTheDistrictsOfALayerLoadedAfterTheirIncidents() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            BoundaryLoader loader = new BoundaryLoader();
            loader.load(
                    store,
                    SharedData.file("chicago/police_beats.geojson"),
                    new LayerSpec("beats", "beat_num", null, "district", true),
                    ProgressListener.NONE);
            new Importer(store)
                    .importFile(
                            SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz"),
                            ImportOptions.defaults(),
                            ProgressListener.NONE);
            StoreDrillSession session = StoreDrillSession.open(store);
            DrillScope r7 =
                    new DrillScope(7, null, LocalDate.of(2000, 1, 1), LocalDate.of(2030, 1, 1), List.of(), true);
            for (CellStats cell : session.drill(r7).cells()) {
                assertTrue(cell.label().contains("Beat "), "only beats name a cell yet: " + cell.label());
            }

            loader.load(
                    store,
                    SharedData.file("chicago/police_districts.geojson"),
                    new LayerSpec("districts", "dist_num", "dist_label", null, false),
                    ProgressListener.NONE);

            Map<String, String> names = new HashMap<>();
            for (List<String> row : rows(store, "SELECT code, name FROM boundaries WHERE layer = 'districts'")) {
                names.put(row.get(0), row.get(1));
            }
            Map<Long, String> leaders = StoreQueries.zoneLeaders(store, RES, "zone_districts");
            List<String> edgeOnly = new ArrayList<>();
            for (List<String> row : rows(
                    store,
                    "SELECT " + RES + " FROM incidents GROUP BY " + RES + " HAVING COUNT(*) FILTER (WHERE "
                            + "place_flag IS NULL OR place_flag NOT LIKE '% m outside the study area%') = 0")) {
                edgeOnly.add(row.get(0));
            }
            List<String> differ = new ArrayList<>();
            List<CellStats> cells = session.drill(r7).cells();
            for (CellStats cell : cells) {
                String code = leaders.get(cell.cell());
                if (code == null) {
                    continue; // none of its incidents lies in a district: named by its corners
                }
                String expected = (edgeOnly.contains(Long.toString(cell.cell())) ? "Edge of " : "")
                        + ZoneLabel.of("districts", code, names.get(code));
                if (!cell.label().equals(expected)) {
                    differ.add(Long.toHexString(cell.cell()) + ": " + cell.label() + ", expected " + expected);
                }
            }
            assertTrue(cells.size() >= 20, cells.size() + " r7 cells");
            assertEquals(List.of(), differ, "r7 cells named otherwise than by the districts of their incidents");
        }
    }
}
