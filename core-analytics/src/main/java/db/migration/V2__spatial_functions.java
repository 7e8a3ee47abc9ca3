package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.h2gis.functions.factory.H2GISFunctions;

/**
 * Registers the H2GIS spatial functions ({@code ST_*}, file readers, {@code ST_ClusterDBSCAN}) in
 * the store. They are stored as aliases in the database file, so this costs its ~2 s once per store.
 */
public class V2__spatial_functions extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        H2GISFunctions.load(context.getConnection());
    }
}
