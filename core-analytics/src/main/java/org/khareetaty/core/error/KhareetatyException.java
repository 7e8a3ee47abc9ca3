package org.khareetaty.core.error;

/**
 * The root of every error the program reports to the analyst: a file, a store, a setting or a
 * request that cannot be used, with a message that names it (the file, the line, the key) and says
 * what to do, and the exit code the command line returns for it. Unchecked, as h3-java's
 * {@code H3Exception}: the command line and the window catch it once, at their edge, and show the
 * message without a stack trace.
 *
 * <p>The exit codes are the README's: {@value #INPUT_ERROR} for an input or store error,
 * {@value #USAGE_ERROR} for a usage error (0 is success).
 */
public class KhareetatyException extends RuntimeException {
    /** Exit code of an input or store error: a file, a store or a setting that cannot be used. */
    public static final int INPUT_ERROR = 1;
    /** Exit code of a usage error: an unknown option, a missing or malformed argument. */
    public static final int USAGE_ERROR = 2;

    private final int exitCode;

    /** An input or store error ({@value #INPUT_ERROR}) with a message for the analyst. */
    public KhareetatyException(String message) {
        this(message, null, INPUT_ERROR);
    }

    /** An input or store error ({@value #INPUT_ERROR}) with a message for the analyst and its cause. */
    public KhareetatyException(String message, Throwable cause) {
        this(message, cause, INPUT_ERROR);
    }

    /** An error with a message for the analyst, its cause (or null) and the exit code the command line returns. */
    public KhareetatyException(String message, Throwable cause, int exitCode) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** The exit code the command line returns for this error. */
    public int exitCode() {
        return exitCode;
    }
}
