package org.khareetaty.geo;

import org.khareetaty.core.error.KhareetatyException;

/**
 * A boundary file cannot be loaded as a whole: unreadable, unsupported format, a field that no
 * feature has, an unknown CRS, or no feature usable. The message names the file and what to do.
 */
public class BoundaryFileException extends KhareetatyException {
    /** An error with a message for the analyst. */
    public BoundaryFileException(String message) {
        super(message);
    }

    /** An error with a message for the analyst and its cause. */
    public BoundaryFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
