package org.khareetaty.geo.basemap;

import org.khareetaty.core.error.KhareetatyException;

/** A basemap file or folder cannot be read or written; the message names it and says what to do. */
public final class TileSourceException extends KhareetatyException {
    public TileSourceException(String message) {
        super(message);
    }

    public TileSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
