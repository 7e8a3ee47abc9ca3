package org.khareetaty.core.etl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.khareetaty.core.error.KhareetatyException;
import org.khareetaty.core.hexgrid.GoldAggregates;
import org.khareetaty.core.store.ImportLog;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;
import org.khareetaty.core.store.Transactions;

/**
 * Undoes a complete import ({@code khareetaty import undo ID}): its incidents, rejected rows, dedup
 * keys and aggregates go, the import log keeps it as {@code undone} with who and when. The
 * aggregate segment that held it is dropped with the status change, in one transaction, and the
 * other imports it held are aggregated again, so the drill-down counts nothing twice and nothing
 * that is gone; the rows go in committed chunks, finished at the next open if the process dies
 * ({@link ImportLog#finishUndo}).
 */
public final class ImportUndo {
    /**
     * An import undone.
     *
     * @param importId  the import
     * @param file      its file name
     * @param incidents the incidents it had loaded, now removed
     * @param actor     who undid it
     */
    public record Undone(long importId, String file, long incidents, String actor) {}

    private ImportUndo() {}

    /** The incidents a count column added beyond one per row, from {@code imports.flagged} ({@link Flag#COUNT_EXTRA}). */
    static long extraIncidents(String flagged) {
        if (flagged != null) {
            for (String part : flagged.split(";")) {
                if (part.startsWith(Flag.COUNT_EXTRA + "=")) {
                    return Long.parseLong(part.substring(Flag.COUNT_EXTRA.length() + 1));
                }
            }
        }
        return 0;
    }

    /**
     * Undoes import {@code importId} for {@code actor}.
     *
     * @throws KhareetatyException when there is no such import or it is not complete
     */
    public static Undone undo(Store store, long importId, String actor) {
        return store.exclusively(() -> {
            try (Connection c = store.connect()) {
                String file;
                String status;
                long loaded;
                try (PreparedStatement ps =
                        c.prepareStatement("SELECT file_name, status, loaded, flagged FROM imports WHERE id = ?")) {
                    ps.setLong(1, importId);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            throw new KhareetatyException("There is no import #" + importId + " in the store at "
                                    + store.dir() + ": 'khareetaty stats' lists its imports.");
                        }
                        file = rs.getString(1);
                        status = rs.getString(2);
                        // a row of a count column may have loaded several incidents (OffenceCount)
                        loaded = rs.getLong(3) + extraIncidents(rs.getString(4));
                    }
                }
                if (!"complete".equals(status)) {
                    throw new KhareetatyException("Import #" + importId + " (" + file + ") is " + status
                            + ": only a complete import can be undone.");
                }
                Transactions.inOne(c, tx -> {
                    ImportLog.startUndo(tx, importId, actor);
                    GoldAggregates.forget(tx, importId);
                });
                ImportLog.finishUndo(c, importId, false);
                GoldAggregates.catchUp(c);
                return new Undone(importId, file, loaded, actor);
            } catch (SQLException e) {
                throw new StoreException(
                        "The store failed while undoing import #" + importId + ": " + e.getMessage()
                                + ". Open the store again to finish the undo.",
                        e);
            }
        });
    }
}
