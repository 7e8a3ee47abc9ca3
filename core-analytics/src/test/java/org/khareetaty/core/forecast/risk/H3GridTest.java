package org.khareetaty.core.forecast.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.uber.h3core.AreaUnit;
import com.uber.h3core.H3Core;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.testing.SharedData;

/**
 * Hotspot forecasts on H3 r9 hexagons over the real Chicago file, checked against H3 itself: every incident's
 * cell is ranked, the flagged cells make up the coverage as a share of the hexagons' area, and a flagged cell's
 * hits are the day's incidents that H3 places in it.
 */
class H3GridTest {
    static final LocalDate DAY = LocalDate.of(2019, 11, 15);
    static H3Grid grid;
    static H3Core h3 = H3Cells.h3();

    @BeforeAll
    static void read() throws IOException {
        grid = RiskGrid.h3(RiskIncidents.read(SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz")), 9);
    }

    @Test
    void universeHoldsEveryIncidentsCellAndTheHullsHexagons() {
        RiskIncidents in = grid.incidents();
        Set<Long> ids = new HashSet<>();
        for (int u = 0; u < grid.cells(); u++) {
            ids.add(grid.cellId(u));
            assertEquals(9, h3.getResolution(grid.cellId(u)));
            assertTrue(u == 0 || grid.cellId(u - 1) < grid.cellId(u), "ascending H3 index: the tie order");
        }
        for (int k = 0; k < in.size(); k += 97) {
            long cell = h3.latLngToCell(in.lat()[k], in.lon()[k], 9);
            assertEquals(cell, grid.cellId(grid.cellOf(k)), "incident " + k);
        }
        // the square universe is 836.48 km² of hull-covered cells; r9 hexagons (about 0.105 km²) cover the same hull
        double area = 0;
        for (long id : ids) {
            area += h3.cellArea(id, AreaUnit.km2);
        }
        assertEquals(area, grid.areaKm2(), 1e-9);
        assertEquals(836.2, grid.areaKm2(), 10, "the hull's 836.16 km² give or take the edge cells");
        assertTrue(grid.spacing() > 330 && grid.spacing() < 370, "r9 centres about 350 m apart: " + grid.spacing());
    }

    @Test
    void flaggedCellsMakeUpTheCoverageAsAShareOfArea() {
        int day = (int) DAY.toEpochDay();
        for (double coverage : HotspotBacktest.COVERAGES) {
            List<FlaggedCell> flagged = NextDayHotspots.flag(grid, WindowCount.naive(), day, coverage);
            double area = 0;
            for (FlaggedCell c : flagged) {
                area += h3.cellArea(c.cell(), AreaUnit.km2);
            }
            double last = h3.cellArea(flagged.get(flagged.size() - 1).cell(), AreaUnit.km2);
            double target = coverage / 100 * grid.areaKm2();
            assertTrue(area >= target - 1e-9 && area - last < target, coverage + "%: " + area + " of " + target);
        }
    }

    /**
     * The naive one-year count recomputed here from H3 alone (counts per r9 cell, descending, ties by ascending
     * index, cells taken until 5% of the area): the backtest's hits, flagged share and PAI on three days.
     */
    @Test
    void naiveHitsAreTheDaysIncidentsInTheFlaggedHexagons() {
        RiskIncidents in = grid.incidents();
        for (LocalDate day : List.of(LocalDate.of(2019, 10, 1), DAY, LocalDate.of(2019, 12, 31))) {
            int d = (int) day.toEpochDay();
            Map<Long, Integer> year = new HashMap<>();
            List<Long> today = new ArrayList<>();
            for (int k = 0; k < in.size(); k++) {
                long cell = h3.latLngToCell(in.lat()[k], in.lon()[k], 9);
                if (in.day()[k] >= d - 365 && in.day()[k] < d) {
                    year.merge(cell, 1, Integer::sum);
                } else if (in.day()[k] == d) {
                    today.add(cell);
                }
            }
            List<Long> ranked = new ArrayList<>();
            for (int u = 0; u < grid.cells(); u++) {
                ranked.add(grid.cellId(u));
            }
            ranked.sort(
                    Comparator.<Long>comparingInt(c -> -year.getOrDefault(c, 0)).thenComparing(c -> c));
            Set<Long> flagged = new HashSet<>();
            double area = 0;
            for (int i = 0; area < 0.05 * grid.areaKm2() * (1 - 1e-12); i++) {
                flagged.add(ranked.get(i));
                area += h3.cellArea(ranked.get(i), AreaUnit.km2);
            }
            long hits = today.stream().filter(flagged::contains).count();
            HotspotBacktestResult r = HotspotBacktest.run(grid, List.of(WindowCount.naive()), day, day, List.of(5.0));
            assertEquals(hits, r.dailyHits().get("naive")[0][0], "hits on " + day);
            assertEquals(flagged.size(), r.rate("naive", 5).flagged(), "cells on " + day);
            double rate = (double) hits / today.size();
            assertEquals(rate, r.rate("naive", 5).hitRateMean(), 1e-12);
            assertEquals(rate / (area / grid.areaKm2()), r.rate("naive", 5).paiMean(), 1e-9);
        }
    }

    @Test
    void neighboursAreTheFirstRingOfSixHexagons() {
        double[] one = new double[grid.cells()];
        long pilsen = h3.latLngToCell(41.85, -87.66, 9);
        int centre = java.util.stream.IntStream.range(0, grid.cells())
                .filter(u -> grid.cellId(u) == pilsen)
                .findFirst()
                .orElseThrow();
        one[centre] = 1;
        double[] ring = grid.ringSum(one);
        Set<Long> expected = new HashSet<>(h3.gridRing(grid.cellId(centre), 1));
        int around = 0;
        for (int u = 0; u < ring.length; u++) {
            if (ring[u] != 0) {
                around++;
                assertTrue(expected.contains(grid.cellId(u)));
            }
        }
        assertEquals(0, ring[centre], "a cell is not its own neighbour");
        assertEquals(6, around, "an inner cell's six neighbours");
    }
}
