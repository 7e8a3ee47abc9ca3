package org.khareetaty.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.khareetaty.core.testing.SharedData;

/**
 * The City of Chicago's boundary layers as the command-line tests load them, through
 * {@code khareetaty boundaries load} itself: police beats (with their district as parent), police
 * districts and community areas, from the real files in ../shared/data.
 */
enum ChicagoLayers {
    /** The police beats, the store's primary layer. */
    BEATS_PRIMARY("beats", "police_beats.geojson", "beat_num", "--parent-field", "district", "--primary"),
    /** The police beats. */
    BEATS("beats", "police_beats.geojson", "beat_num", "--parent-field", "district"),
    /** The police districts, named by their label ("1ST"). */
    DISTRICTS("districts", "police_districts.geojson", "dist_num", "--name-field", "dist_label"),
    /** The police districts by number alone. */
    DISTRICT_CODES("districts", "police_districts.geojson", "dist_num"),
    /** The 77 community areas, named. */
    COMMUNITY_AREAS("community_areas", "community_areas.geojson", "area_numbe", "--name-field", "community");

    private final String layer;
    private final String file;
    private final String codeField;
    private final List<String> options;

    ChicagoLayers(String layer, String file, String codeField, String... options) {
        this.layer = layer;
        this.file = file;
        this.codeField = codeField;
        this.options = List.of(options);
    }

    /** Loads {@code layers}, in this order, into the store at {@code store}; a failed load fails the test. */
    static void load(String store, ChicagoLayers... layers) {
        for (ChicagoLayers l : layers) {
            Path path = SharedData.file("chicago/" + l.file);
            List<String> args = new ArrayList<>(
                    List.of("boundaries", "load", "--store", store, "--layer", l.layer, "--code-field", l.codeField));
            args.addAll(l.options);
            args.add(path.toString());
            Cli.Run r = Cli.run(args.toArray(String[]::new));
            assertEquals(0, r.exit(), () -> String.join(" ", args) + "\n" + r.out() + r.err());
        }
    }
}
