package org.khareetaty.core.etl;

/** A CSV record that cannot be split into fields (broken quoting). */
public final class MalformedRowException extends Exception {
    private final long line;
    private final String raw;

    public MalformedRowException(long line, String raw, String message) {
        super(message);
        this.line = line;
        this.raw = raw;
    }

    /** Physical line number of the broken record. */
    public long line() {
        return line;
    }

    /** The text of the broken line. */
    public String raw() {
        return raw;
    }
}
