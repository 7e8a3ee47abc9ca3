package org.khareetaty.core.progress;

import org.khareetaty.core.error.KhareetatyException;

/** Long work stopped because its {@link ProgressListener} was cancelled. */
public final class CancelledException extends KhareetatyException {
    public CancelledException() {
        super("cancelled by the user");
    }
}
