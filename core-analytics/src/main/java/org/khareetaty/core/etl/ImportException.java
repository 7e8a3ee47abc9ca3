package org.khareetaty.core.etl;

import java.nio.file.Path;
import org.khareetaty.core.error.KhareetatyException;

/**
 * An import that cannot proceed at all (unreadable file, unknown header, truncated gzip). The
 * message names the file and, where known, the line; the store is left as it was.
 */
public final class ImportException extends KhareetatyException {
    private final Path file;
    private final long line;

    public ImportException(Path file, long line, String problem, Throwable cause) {
        super(file + (line > 0 ? ": line " + line : "") + ": " + problem, cause);
        this.file = file;
        this.line = line;
    }

    public ImportException(Path file, long line, String problem) {
        this(file, line, problem, null);
    }

    public Path file() {
        return file;
    }

    /** The line the problem was found at, or 0 when it concerns the whole file. */
    public long line() {
        return line;
    }
}
