package org.khareetaty.core.etl;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * The records already in the store, as 64-bit keys in an open-addressing set kept at most half
 * full: 16 to 32 bytes of heap per record (2 million records: 32 to 64 MB).
 *
 * <p>A record's key is MurmurHash3 (128-bit, low 64 bits) of its source and: the source's own id
 * when it has one; else the case number, time and offense; else the whole record (time, place,
 * offense, description). Two different records collide with probability about n^2 / 2^65, about
 * 2e-6 for 8 million records.
 */
final class DedupKeys {
    private static final long EMPTY = 0L;
    private long[] table;
    private int size;
    private boolean hasZero;

    DedupKeys(int expected) {
        table = new long[Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1];
    }

    /** Adds a key; false when it was already present. */
    boolean add(long key) {
        if (key == EMPTY) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if ((size + 1) * 2 > table.length) {
            grow();
        }
        int mask = table.length - 1;
        int i = (int) mix(key) & mask;
        while (table[i] != EMPTY) {
            if (table[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = key;
        size++;
        return true;
    }

    /** Adds every key packed in {@code bytes} (big-endian longs, as {@link #pack} writes them). */
    void addAll(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.remaining() >= Long.BYTES) {
            add(b.getLong());
        }
    }

    /** Packs keys for the journal. */
    static byte[] pack(long[] keys, int count) {
        ByteBuffer b = ByteBuffer.allocate(count * Long.BYTES);
        for (int i = 0; i < count; i++) {
            b.putLong(keys[i]);
        }
        return b.array();
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        size = 0;
        for (long k : old) {
            if (k != EMPTY) {
                add(k);
            }
        }
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return k;
    }

    /** The dedup key of an incident of {@code source} occurring at {@code time}. */
    static long keyOf(String source, SourceIncident s, Instant time) {
        Hasher h = Hashing.murmur3_128().newHasher().putString(source, StandardCharsets.UTF_8).putByte((byte) 0);
        if (s.sourceId() != null) {
            h.putByte((byte) 'i').putString(s.sourceId(), StandardCharsets.UTF_8);
        } else if (s.caseNumber() != null) {
            h.putByte((byte) 'c').putString(s.caseNumber(), StandardCharsets.UTF_8).putLong(time.getEpochSecond())
                    .putString(s.offenseType(), StandardCharsets.UTF_8);
        } else {
            h.putByte((byte) 'r').putLong(time.getEpochSecond()).putDouble(s.lon()).putDouble(s.lat());
            for (String part : Arrays.asList(s.offenseType(), s.offenseDescription(), s.locationDescription(), s.block())) {
                h.putByte((byte) 0).putString(part == null ? "" : part, StandardCharsets.UTF_8);
            }
        }
        return h.hash().asLong();
    }
}
