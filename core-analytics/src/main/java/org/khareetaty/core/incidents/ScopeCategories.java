package org.khareetaty.core.incidents;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.khareetaty.core.hexgrid.DrillScope;

/** The {@code category IN (...)} filter of a scope's categories (none when the scope takes them all). */
final class ScopeCategories {
    private ScopeCategories() {}

    static void appendFilter(StringBuilder sql, DrillScope scope) {
        if (!scope.categories().isEmpty()) {
            sql.append(" AND category IN (")
                    .append("?, ".repeat(scope.categories().size() - 1))
                    .append("?)");
        }
    }

    /** Binds the categories from parameter {@code i}; returns the next parameter index. */
    static int bind(PreparedStatement ps, int i, DrillScope scope) throws SQLException {
        for (String cat : scope.categories()) {
            ps.setString(i++, cat);
        }
        return i;
    }
}
