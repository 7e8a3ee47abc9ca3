package org.khareetaty.core.hexgrid;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Drill-downs over one store that keep what they read: the gold aggregates in memory
 * ({@link GoldCube}) and the cell labels. Before each drill one small query checks the store's
 * completed imports and boundary layers; the aggregates of an import completed since are read and
 * merged in ({@link GoldAggregates#extend}), new boundary layers renew the labels. The last day's spike
 * checks ({@link DrillSpikes}) are kept until the aggregates change. Thread safe:
 * drills take turns.
 */
public final class DrillSession {
    private GoldCube cube;
    private CellLabels labels;
    private final Locale language;
    /** The language of the quick hits and warnings: {@link #language}'s. */
    private final DrillLanguage words;

    private DrillSpikes spikes;
    private State state;

    /** Completed imports and boundary layers, as the store has them. */
    private record State(long imports, long lastImport, long layers, String layersLoaded) {
        static State of(Connection c) throws SQLException {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM imports WHERE status = 'complete'), "
                            + "(SELECT COALESCE(MAX(id), 0) FROM imports WHERE status = 'complete'), (SELECT COUNT(*) FROM boundary_layers), "
                            + "(SELECT CAST(MAX(loaded_at) AS VARCHAR) FROM boundary_layers)")) {
                rs.next();
                return new State(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4));
            }
        }

        boolean sameLayers(State o) {
            return layers == o.layers && java.util.Objects.equals(layersLoaded, o.layersLoaded);
        }
    }

    private DrillSession(GoldCube cube, CellLabels labels, State state, Locale language) {
        this.cube = cube;
        this.labels = labels;
        this.language = language;
        this.words = DrillLanguage.of(language);
        this.spikes = new DrillSpikes(cube, words);
        this.state = state;
    }

    /** Reads the store's aggregates (aggregating any completed import not yet aggregated) and boundary layers. */
    public static DrillSession open(Connection c) throws SQLException {
        return open(c, Locale.ENGLISH);
    }

    /**
     * {@link #open(Connection)} with cells labelled in {@code language} ({@link CellLabels#of(Connection, GoldCube, Locale)})
     * and the quick hits and warnings written in it ({@link DrillLanguage}).
     */
    public static DrillSession open(Connection c, Locale language) throws SQLException {
        State state = State.of(c);
        GoldCube cube = GoldAggregates.load(c);
        return new DrillSession(cube, CellLabels.of(c, cube, language), state, language);
    }

    /** The aggregates, brought up to date with the store. */
    public synchronized GoldCube cube(Connection c) throws SQLException {
        refresh(c);
        return cube;
    }

    /** A full drill-down of {@code scope}: cells, breadcrumbs, KPIs, profiles, quick hits and warnings. */
    public synchronized Drill drill(Connection c, DrillScope scope) throws SQLException {
        refresh(c);
        return Drill.of(cube, labels, scope, spikes);
    }

    /** The map part of a drill-down of {@code scope}: cells, breadcrumbs and KPIs. */
    public synchronized DrillCells cells(Connection c, DrillScope scope) throws SQLException {
        refresh(c);
        return DrillCells.of(cube, labels, scope);
    }

    private void refresh(Connection c) throws SQLException {
        State now = State.of(c);
        if (now.equals(state)) {
            return;
        }
        if (now.imports() != state.imports() || now.lastImport() != state.lastImport()) {
            cube = GoldAggregates.extend(c, cube);
            labels = labels.with(cube);
            spikes = new DrillSpikes(cube, words);
        }
        if (!now.sameLayers(state)) {
            // a layer loaded since has zoned the incidents again and dropped the aggregates holding their zones
            cube = GoldAggregates.load(c);
            labels = CellLabels.of(c, cube, language);
            spikes = new DrillSpikes(cube, words);
        }
        state = now;
    }
}
