package org.khareetaty.core.etl;

import java.util.Arrays;

/**
 * The order of an import's incidents in its segment, (H3 r10, id), kept as one {@code long} a row
 * (16 MB for 2,000,000 rows) and sorted as primitives: an r10 cell's 64 bits hold only 37 that
 * vary (the base cell and ten digits; mode, resolution and the five unused digits are the same for
 * every r10 cell), so the cell's 37 bits, above the row's place in the import (26 bits), sort as
 * the cell then the id, since ids follow the rows' order.
 */
final class SegmentOrder {
    private static final int ROW_BITS = 26;
    private static final long ROW_MASK = (1L << ROW_BITS) - 1;
    private static final long CELL_MASK = (1L << 37) - 1;
    /** Mode 1 (a cell), reserved 0, resolution 10: the top 12 bits of every r10 cell. */
    private static final long R10_TOP = 0x8AL;

    private long[] keys = new long[1 << 16];
    private int size;
    private boolean sorted;

    /** Adds the next row, in cell {@code r10}. */
    void add(long r10) {
        if (r10 >>> 52 != R10_TOP || (r10 & 0x7FFF) != 0x7FFF) {
            throw new IllegalArgumentException("not an H3 resolution-10 cell: " + Long.toHexString(r10));
        }
        if (size == 1 << ROW_BITS) {
            throw new IllegalStateException("an import of more than " + (1 << ROW_BITS)
                    + " incidents does not fit one segment: split the file");
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, keys.length * 2);
        }
        keys[size] = ((r10 >>> 15) & CELL_MASK) << ROW_BITS | size;
        size++;
        sorted = false;
    }

    int size() {
        return size;
    }

    /** The place in the import of the row at {@code position} of the sorted order. */
    int row(int position) {
        if (!sorted) {
            Arrays.sort(keys, 0, size);
            sorted = true;
        }
        return (int) (keys[position] & ROW_MASK);
    }
}
