package org.khareetaty.core.etl;

/** A row that cannot be loaded: the reason and a message naming the offending value. */
public final class RowRejection extends Exception {
    private final RejectReason reason;

    public RowRejection(RejectReason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public RejectReason reason() {
        return reason;
    }
}
