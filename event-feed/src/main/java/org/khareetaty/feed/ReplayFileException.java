package org.khareetaty.feed;

/** A replay file that cannot be played; the message names the file, the line and the problem. */
public final class ReplayFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ReplayFileException(String message) {
        super(message);
    }
}
