package org.khareetaty.core.event;

/**
 * Thrown when a feed message fails validation. The client logs it with its reason and keeps the
 * connection up.
 */
public final class RejectedMessage extends Exception {
    /** Why a message was rejected. */
    public enum Reason {
        /** Not JSON, or not a JSON object. */
        MALFORMED_JSON,
        /** Longer than the codec's limit. */
        OVERSIZED,
        /** A schema version this client does not know. */
        UNSUPPORTED_VERSION,
        /** A required field is absent or null. */
        MISSING_FIELD,
        /** A field has the wrong type or an impossible value. */
        INVALID_FIELD,
        /** Latitude or longitude outside the WGS84 range. */
        COORDINATES_OUT_OF_RANGE,
        /** Exactly 0, 0: a missing position written as zeros, as the importer rejects it. */
        NULL_ISLAND,
        /** Occurred further in the future than the allowed clock skew. */
        FUTURE_TIME,
        /** Occurred before {@link Event#TIME_FLOOR}, as the importer rejects it by default. */
        BEFORE_TIME_FLOOR,
        /** An id, type or reporter longer than the store keeps ({@link Event#MAX_ID_LENGTH}, ...). */
        TOO_LONG
    }

    private final Reason reason;
    private final String eventId;

    public RejectedMessage(Reason reason, String eventId, String message) {
        super(message);
        this.reason = reason;
        this.eventId = eventId;
    }

    /** Why the message was rejected. */
    public Reason reason() {
        return reason;
    }

    /** The message's event id when it could be read, else null. */
    public String eventId() {
        return eventId;
    }
}
