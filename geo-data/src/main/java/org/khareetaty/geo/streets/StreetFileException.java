package org.khareetaty.geo.streets;

import org.khareetaty.core.error.KhareetatyException;

/**
 * A street file cannot be loaded as a whole: missing, of an unsupported type, unreadable, a field
 * that no feature has, an unknown CRS, or no line in it. The message names the file and what to do.
 */
public class StreetFileException extends KhareetatyException {
    /** An error with a message for the analyst. */
    public StreetFileException(String message) {
        super(message);
    }

    /** An error with a message for the analyst and its cause. */
    public StreetFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
