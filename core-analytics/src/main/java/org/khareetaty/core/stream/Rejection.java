package org.khareetaty.core.stream;

import java.time.Instant;
import org.khareetaty.core.event.RejectedMessage;

/**
 * A feed message the client refused, with the codec's reason; the connection stays up.
 *
 * @param reason     why ({@link RejectedMessage.Reason})
 * @param eventId    the message's event id when it could be read, else null
 * @param message    what was wrong, for the log and the analyst
 * @param excerpt    the start of the message text (at most {@link #EXCERPT_CHARS} characters)
 * @param length     the message length in characters
 * @param receivedAt when it arrived
 */
public record Rejection(
        RejectedMessage.Reason reason,
        String eventId,
        String message,
        String excerpt,
        long length,
        Instant receivedAt) {
    /** Longest excerpt of a rejected message kept for the log. */
    public static final int EXCERPT_CHARS = 200;

    static Rejection of(RejectedMessage r, String text, Instant receivedAt) {
        String excerpt = text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS) + "...";
        return new Rejection(r.reason(), r.eventId(), r.getMessage(), excerpt, text.length(), receivedAt);
    }
}
