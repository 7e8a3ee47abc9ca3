package org.khareetaty.app.map.tiles;

import java.time.Instant;

/**
 * A tile kept in the {@link TileCache}, with what HTTP said about it.
 *
 * @param bytes        the image
 * @param expires      until when it may be shown without asking the server again
 * @param etag         the server's entity tag, or null
 * @param lastModified the server's Last-Modified value, or null
 */
public record CachedTile(byte[] bytes, Instant expires, String etag, String lastModified) {

    /** Whether it may be shown at {@code now} without revalidation. */
    public boolean isFresh(Instant now) {
        return now.isBefore(expires);
    }
}
