package org.khareetaty.core.forecast;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.khareetaty.core.store.Store;

/**
 * The query class of the holiday calendar: the store's incidents carry their source's time zone, and
 * the zone most of them carry picks the calendar ({@link HolidayCalendar#forZone}: America/Chicago the
 * U.S. federal holidays, Asia/Kuwait Kuwait's).
 */
public final class StoreCalendar {
    private StoreCalendar() {}

    /** The calendar of the time zone most of the store's incidents come from ({@code NONE} when empty). */
    public static HolidayCalendar holidays(Store store) {
        return store.read("read the time zones of the incidents in", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT source_zone FROM incidents GROUP BY source_zone ORDER BY COUNT(*) DESC LIMIT 1");
                    ResultSet rs = ps.executeQuery()) {
                return HolidayCalendar.forZone(rs.next() ? rs.getString(1) : null);
            }
        });
    }
}
