package org.khareetaty.core.hexgrid;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of a {@link GoldCube} as the store keeps it ({@code gold_segment_parts}): column by
 * column, cells and days as variable-length deltas, the categories, flags, sources, offense types,
 * blocks and zone keys ({@link ZoneKey}) as runs (a file of one offense type with no arrest field
 * costs nothing for them), the hours as bytes. The 148,421 incidents of the real aggravated-assault file take 3.3 bytes each.
 */
final class CubeCodec {
    private static final int MAGIC = 0x4B474332; // "KGC2"

    private CubeCodec() {}

    static byte[] encode(GoldCube cube) {
        Out out = new Out(Math.max(64, cube.day.length * 3));
        out.int32(MAGIC);
        out.varint(cube.imports.length);
        long previous = 0;
        for (long id : cube.imports) {
            out.varlong(id - previous);
            previous = id;
        }
        for (int d = 0; d < GoldCube.Builder.DICTIONARIES; d++) {
            String[] dictionary = cube.dictionary(d);
            out.varint(dictionary.length);
            for (String s : dictionary) {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                out.varint(b.length);
                out.bytes(b, b.length);
            }
        }
        out.varint(cube.cells.length);
        previous = 0;
        for (int ci = 0; ci < cube.cells.length; ci++) {
            out.varlong(cube.cells[ci] - previous);
            previous = cube.cells[ci];
            out.varint(cube.start[ci + 1] - cube.start[ci]);
        }
        for (int ci = 0; ci < cube.cells.length; ci++) {
            int last = 0;
            for (int i = cube.start[ci]; i < cube.start[ci + 1]; i++) {
                out.varint(i == cube.start[ci] ? zigzag(cube.day[i]) : cube.day[i] - last);
                last = cube.day[i];
            }
        }
        byte[] hours = new byte[cube.day.length];
        for (int i = 0; i < hours.length; i++) {
            hours[i] = (byte) ((cube.hourOfWeek[i] & 0xFF) % 24);
        }
        out.bytes(hours, hours.length);
        int n = cube.day.length;
        out.runs(n, i -> cube.category[i] & 0xFF);
        out.runs(n, i -> cube.flags[i]);
        out.runs(n, i -> cube.source[i] & 0xFF);
        out.runs(n, i -> cube.offense[i]);
        out.runs(n, i -> cube.block[i] + 1);
        out.runs(n, i -> cube.place[i]);
        return out.toArray();
    }

    static GoldCube decode(byte[] bytes) {
        In in = new In(bytes);
        if (in.int32() != MAGIC) {
            throw new IllegalStateException(
                    "the stored aggregates are not in a format this version reads; run 'khareetaty aggregates refresh'");
        }
        long[] imports = new long[in.varint()];
        long previous = 0;
        for (int i = 0; i < imports.length; i++) {
            previous += in.varlong();
            imports[i] = previous;
        }
        String[][] dictionaries = new String[GoldCube.Builder.DICTIONARIES][];
        for (int d = 0; d < dictionaries.length; d++) {
            dictionaries[d] = new String[in.varint()];
            for (int i = 0; i < dictionaries[d].length; i++) {
                dictionaries[d][i] = in.string(in.varint());
            }
        }
        long[] cells = new long[in.varint()];
        int[] start = new int[cells.length + 1];
        previous = 0;
        for (int ci = 0; ci < cells.length; ci++) {
            previous += in.varlong();
            cells[ci] = previous;
            start[ci + 1] = start[ci] + in.varint();
        }
        int n = start[cells.length];
        GoldCube.Columns c = GoldCube.Columns.of(n);
        for (int ci = 0; ci < cells.length; ci++) {
            int last = 0;
            for (int i = start[ci]; i < start[ci + 1]; i++) {
                int v = in.varint();
                last = i == start[ci] ? unzigzag(v) : last + v;
                c.day()[i] = last;
            }
        }
        in.bytes(c.hourOfWeek());
        for (int i = 0; i < n; i++) {
            c.hourOfWeek()[i] = (byte) (GoldCube.dayOfWeek(c.day()[i]) * 24 + c.hourOfWeek()[i]);
        }
        int[] values = new int[n];
        in.runs(values);
        for (int i = 0; i < n; i++) {
            c.category()[i] = (byte) values[i];
        }
        in.runs(values);
        for (int i = 0; i < n; i++) {
            c.flags()[i] = (byte) values[i];
        }
        in.runs(values);
        for (int i = 0; i < n; i++) {
            c.source()[i] = (byte) values[i];
        }
        in.runs(values);
        for (int i = 0; i < n; i++) {
            c.offense()[i] = (char) values[i];
        }
        in.runs(values);
        for (int i = 0; i < n; i++) {
            c.block()[i] = values[i] - 1;
        }
        in.runs(c.place());
        return new GoldCube(imports, cells, start, c, dictionaries);
    }

    private static int zigzag(int v) {
        return (v << 1) ^ (v >> 31);
    }

    private static int unzigzag(int v) {
        return (v >>> 1) ^ -(v & 1);
    }

    private static final class Out {
        private byte[] buf;
        private int pos;

        Out(int capacity) {
            buf = new byte[capacity];
        }

        private void ensure(int more) {
            if (pos + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + more));
            }
        }

        void int32(int v) {
            ensure(4);
            for (int s = 24; s >= 0; s -= 8) {
                buf[pos++] = (byte) (v >>> s);
            }
        }

        void varint(int v) {
            varlong(v & 0xFFFFFFFFL);
        }

        void varlong(long v) {
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                buf[pos++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[pos++] = (byte) v;
        }

        void bytes(byte[] b, int n) {
            ensure(n);
            System.arraycopy(b, 0, buf, pos, n);
            pos += n;
        }

        /** {@code n} values as (value, run length) pairs. */
        void runs(int n, java.util.function.IntUnaryOperator value) {
            for (int i = 0; i < n; ) {
                int v = value.applyAsInt(i);
                int j = i + 1;
                while (j < n && value.applyAsInt(j) == v) {
                    j++;
                }
                varint(v);
                varint(j - i);
                i = j;
            }
        }

        byte[] toArray() {
            return Arrays.copyOf(buf, pos);
        }
    }

    private static final class In {
        private final byte[] buf;
        private int pos;

        In(byte[] buf) {
            this.buf = buf;
        }

        int int32() {
            int v = 0;
            for (int i = 0; i < 4; i++) {
                v = (v << 8) | (buf[pos++] & 0xFF);
            }
            return v;
        }

        int varint() {
            return (int) varlong();
        }

        long varlong() {
            long v = 0;
            int shift = 0;
            byte b;
            do {
                b = buf[pos++];
                v |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            return v;
        }

        String string(int length) {
            String s = new String(buf, pos, length, StandardCharsets.UTF_8);
            pos += length;
            return s;
        }

        void bytes(byte[] into) {
            System.arraycopy(buf, pos, into, 0, into.length);
            pos += into.length;
        }

        void runs(int[] into) {
            for (int i = 0; i < into.length; ) {
                int v = varint();
                int run = varint();
                Arrays.fill(into, i, i + run, v);
                i += run;
            }
        }
    }
}
