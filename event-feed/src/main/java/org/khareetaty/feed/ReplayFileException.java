package org.khareetaty.feed;

import org.khareetaty.core.error.KhareetatyException;

/** A replay file that cannot be played; the message names the file, the line and the problem. */
public final class ReplayFileException extends KhareetatyException {
    private static final long serialVersionUID = 1L;

    public ReplayFileException(String message) {
        super(message);
    }
}
