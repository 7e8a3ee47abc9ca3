package org.khareetaty.core.etl;

/**
 * Incidents per exact point, counted under a 64-bit hash of the point in open addressing: 12 bytes
 * a slot, no object per point (an import of 2,000,000 jittered rows has as many points, and H2's
 * {@code GROUP BY} of them ran out of a 1 GB heap). Two points sharing a hash are counted together,
 * so a count is never below the true one; {@link GeocodeFallbacks} counts its candidates exactly.
 * Not thread-safe: one writer fills it, and it is read after that writer has finished.
 */
final class PointCounts {
    private long[] keys = new long[1 << 12];
    private int[] counts = new int[1 << 12];
    private int size;
    private int max;

    /** Counts one incident at ({@code lon}, {@code lat}). */
    void add(double lon, double lat) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        long key = key(lon, lat);
        int i = slot(keys, key);
        if (keys[i] == 0) {
            keys[i] = key;
            size++;
        }
        max = Math.max(max, ++counts[i]);
    }

    /** The incidents counted at ({@code lon}, {@code lat}), with those of any point sharing its hash. */
    int get(double lon, double lat) {
        return counts[slot(keys, key(lon, lat))];
    }

    /** The largest count of one slot: no point holds more incidents. */
    int max() {
        return max;
    }

    /** The distinct hashes counted (the points, but for the rare collision). */
    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = slot(keys, oldKeys[j]);
                keys[i] = oldKeys[j];
                counts[i] = oldCounts[j];
            }
        }
    }

    /** The slot of {@code key} in {@code keys}: where it is, or the empty one where it would go. */
    private static int slot(long[] keys, long key) {
        int mask = keys.length - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** A 64-bit hash of the point, never 0 (the empty slot). */
    private static long key(double lon, double lat) {
        long h = Double.doubleToLongBits(lon) * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(lat);
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
