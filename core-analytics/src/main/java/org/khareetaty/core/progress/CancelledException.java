package org.khareetaty.core.progress;

/** Long work stopped because its {@link ProgressListener} was cancelled. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled by the user");
    }
}
