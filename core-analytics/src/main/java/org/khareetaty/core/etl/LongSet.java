package org.khareetaty.core.etl;

import java.nio.ByteBuffer;

/**
 * A set of 64-bit keys in open addressing (linear probing), kept at most half full: 16 to 32
 * bytes of heap per key (2 million keys: 32 to 64 MB). Not thread safe.
 */
final class LongSet {
    private static final long EMPTY = 0L;
    private long[] table;
    private int size;
    private boolean hasZero;

    LongSet(int expected) {
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

    /** Packs the first {@code count} keys as big-endian longs. */
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
}
