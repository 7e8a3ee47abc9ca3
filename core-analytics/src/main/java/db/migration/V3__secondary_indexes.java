package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.khareetaty.core.store.SecondaryIndexes;

/** Creates the secondary indexes defined in {@link SecondaryIndexes}. */
public class V3__secondary_indexes extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        SecondaryIndexes.ensure(context.getConnection());
    }
}
