package org.khareetaty.core.store;

import org.khareetaty.core.error.KhareetatyException;

/** A store could not be opened, migrated or written; the message says what to do. */
public class StoreException extends KhareetatyException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
