package org.khareetaty.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import org.khareetaty.core.alert.geofence.GeofenceRule;
import org.khareetaty.core.alert.geofence.Geofences;
import org.khareetaty.core.etl.ImportOptions;
import org.khareetaty.core.etl.ImportResult;
import org.khareetaty.core.etl.Importer;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;
import org.khareetaty.geo.BoundaryLoader;
import org.khareetaty.geo.LayerSpec;

/**
 * One real store for the UI tests, built once per test JVM: Chicago's police beats (primary) and
 * districts, the 25,000-incident 2017-2019 sample from the City of Chicago's portal, and an alert
 * geofence around the Loop.
 */
final class ChicagoStore {
    /** The name of the store's one geofence, a box around the Loop. */
    static final String GEOFENCE = "loop-box";

    private static Path dir;
    private static ImportResult imported;

    private ChicagoStore() {}

    /** The store directory (closed: the window opens it). */
    static synchronized Path dir() throws Exception {
        if (dir == null) {
            Path beats = SharedData.file("chicago/police_beats.geojson");
            Path districts = SharedData.file("chicago/police_districts.geojson");
            Path sample = SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz");
            Path d = Files.createTempDirectory("khareetaty-ui-test");
            try (Store s = Store.open(d)) {
                new BoundaryLoader()
                        .load(
                                s,
                                beats,
                                new LayerSpec("beats", "beat_num", null, "district", true, null),
                                ProgressListener.NONE);
                new BoundaryLoader()
                        .load(
                                s,
                                districts,
                                new LayerSpec("districts", "dist_num", "dist_label", null, false, null),
                                ProgressListener.NONE);
                imported = new Importer(s).importFile(sample, ImportOptions.defaults(), ProgressListener.NONE);
                Path loop = Files.writeString(d.resolve("loop-geofence.geojson"), """
                        {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "Loop"},
                          "geometry": {"type": "Polygon", "coordinates": [[[-87.636, 41.876], [-87.624, 41.876], [-87.624, 41.886],
                          [-87.636, 41.886], [-87.636, 41.876]]]}}]}""");
                new Geofences(s).add(GEOFENCE, loop, GeofenceRule.parse("type:shots_fired"));
            }
            dir = d;
        }
        return dir;
    }

    static ImportResult imported() {
        return imported;
    }
}
