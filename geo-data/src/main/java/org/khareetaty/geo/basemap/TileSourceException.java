package org.khareetaty.geo.basemap;

/** A basemap file or folder cannot be read or written; the message names it and says what to do. */
public final class TileSourceException extends RuntimeException {
    public TileSourceException(String message) {
        super(message);
    }

    public TileSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
