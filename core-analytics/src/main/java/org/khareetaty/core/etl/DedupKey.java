package org.khareetaty.core.etl;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The dedup key of a record: MurmurHash3 (128-bit, low 64 bits) of its source and: the source's
 * own id when it has one; else the case number, time and offense; else the event itself: time to
 * the second, place to the source's precision and offense type. Free text (description, kind of
 * place) is left out on purpose: a record re-keyed by a clerk with a retyped description is still
 * the same event. Two different records collide with probability about n^2 / 2^65, about 2e-6 for
 * 8 million records.
 */
final class DedupKey {
    private DedupKey() {}

    /** The dedup key of an incident of {@code source} occurring at {@code time}. */
    static long of(String source, SourceIncident s, Instant time) {
        Hasher h = Hashing.murmur3_128()
                .newHasher()
                .putString(source, StandardCharsets.UTF_8)
                .putByte((byte) 0);
        if (s.sourceId() != null) {
            h.putByte((byte) 'i').putString(s.sourceId(), StandardCharsets.UTF_8);
        } else if (s.caseNumber() != null) {
            h.putByte((byte) 'c')
                    .putString(s.caseNumber(), StandardCharsets.UTF_8)
                    .putLong(time.getEpochSecond())
                    .putString(s.offenseType(), StandardCharsets.UTF_8);
        } else {
            h.putByte((byte) 'e')
                    .putLong(time.getEpochSecond())
                    .putDouble(s.lon())
                    .putDouble(s.lat())
                    .putString(s.offenseType(), StandardCharsets.UTF_8);
        }
        return h.hash().asLong();
    }
}
