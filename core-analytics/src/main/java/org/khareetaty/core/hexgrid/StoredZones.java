package org.khareetaty.core.hexgrid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.khareetaty.core.geo.BoundaryIndex;

/**
 * The zones stored on a cell's incidents at import, read from the {@link GoldCube} that keeps them
 * per incident ({@link ZoneKey}): since the r10 descendants of a cell are one run of the cube, the
 * zone votes of a cell at any resolution are a count over that run, with no query of the store.
 */
final class StoredZones implements ZoneVotes {
    private final GoldCube cube;
    /** Per layer, per zone key of the cube, the zone's code, or null. */
    private final String[][] codes;
    /** Per zone key of the cube, whether its incidents were kept at the study area's edge. */
    private final boolean[] edge;

    StoredZones(GoldCube cube, BoundaryIndex boundaries) {
        this.cube = cube;
        List<BoundaryIndex.Layer> layers = boundaries.layers();
        this.codes = new String[layers.size()][cube.places.length];
        this.edge = new boolean[cube.places.length];
        for (int k = 0; k < cube.places.length; k++) {
            edge[k] = ZoneKey.atEdge(cube.places[k]);
            for (int i = 0; i < layers.size(); i++) {
                codes[i][k] = ZoneKey.zone(cube.places[k], layers.get(i).zoneColumn());
            }
        }
    }

    @Override
    public String[] leaders(long cell, boolean[] use, boolean insideOnly) {
        int[] range = cube.cellRange(cell);
        long[] incidents = new long[edge.length];
        for (int e = cube.start[range[0]]; e < cube.start[range[1]]; e++) {
            incidents[cube.place[e]]++;
        }
        List<Map<String, Long>> votes = new ArrayList<>();
        for (int i = 0; i < use.length; i++) {
            votes.add(new TreeMap<>());
            for (int k = 0; k < incidents.length; k++) {
                if (use[i] && incidents[k] > 0 && codes[i][k] != null && !(insideOnly && edge[k])) {
                    votes.get(i).merge(codes[i][k], incidents[k], Long::sum);
                }
            }
        }
        return CellLabels.winners(votes);
    }
}
