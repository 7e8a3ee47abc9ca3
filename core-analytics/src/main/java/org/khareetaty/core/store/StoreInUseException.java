package org.khareetaty.core.store;

import java.nio.file.Path;

/** The store's database file is locked by another process (another window or command). */
public final class StoreInUseException extends StoreException {
    public StoreInUseException(Path dir, Throwable cause) {
        super(
                "The store at " + dir + " is in use by another Khareetaty process. Close the other "
                        + "window or command that has it open, or choose another store with --store DIR.",
                cause);
    }
}
