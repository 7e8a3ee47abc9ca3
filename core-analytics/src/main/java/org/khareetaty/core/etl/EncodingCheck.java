package org.khareetaty.core.etl;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Checks the bytes of a text file against its encoding as they stream past, counting lines, so
 * that a file is never read with replacement characters: the first byte that is not valid UTF-8
 * (a strict decoder: no overlong forms, no surrogates), or that Windows-1252 leaves undefined,
 * stops the import with an {@link ImportException} naming its line and the byte. About a
 * nanosecond a byte.
 */
final class EncodingCheck extends FilterInputStream {
    /** Windows-1252 (a superset of Latin-1's printable characters), the usual encoding of an older export. */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Path file;
    private final boolean utf8;
    private final String declaredBy;
    private long line = 1;
    private final Utf8 state = new Utf8();
    /** The current line's last bytes, for the message. */
    private final byte[] recent = new byte[60];

    private int recentLength;

    /**
     * @param declaredBy how the encoding was chosen, for the message: null when UTF-8 was assumed
     */
    EncodingCheck(InputStream in, Path file, Charset charset, String declaredBy) {
        super(in);
        this.file = file;
        this.utf8 = charset.equals(StandardCharsets.UTF_8);
        this.declaredBy = declaredBy;
    }

    /** True when {@code charset} is one this class checks; others are decoded with errors reported. */
    static boolean checks(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) || charset.equals(WINDOWS_1252);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            check(b);
        } else {
            end();
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n < 0) {
            end();
        }
        for (int i = off; i < off + n; i++) {
            check(buf[i] & 0xFF);
        }
        return n;
    }

    private void check(int b) {
        if (utf8 && !state.accept(b)) {
            // report the character's first byte, and the text before it
            recentLength = Math.max(0, recentLength - state.partial);
            bad(state.partial > 0 ? state.lead : b);
        }
        if (!utf8 && undefinedIn1252(b)) {
            bad(b);
        }
        if (b == '\n') {
            line++;
            recentLength = 0;
            return;
        }
        if (recentLength == recent.length) {
            System.arraycopy(recent, 1, recent, 0, recent.length - 1);
            recentLength--;
        }
        recent[recentLength++] = (byte) b;
    }

    /** A strict UTF-8 decoder's state: continuation bytes still expected, and the range the next one must lie in. */
    static final class Utf8 {
        private int need;
        private int low = 0x80;
        private int high = 0xBF;
        /** The current character's first byte, and its bytes accepted so far. */
        int lead;

        int partial;

        /** Feeds one byte; false when it cannot stand there in UTF-8 ({@link #partial} bytes of a character before it). */
        boolean accept(int b) {
            if (need > 0) {
                if (b < low || b > high) {
                    return false;
                }
                need--;
                partial = need == 0 ? 0 : partial + 1;
                low = 0x80;
                high = 0xBF;
                return true;
            }
            partial = 0;
            if (b < 0x80) {
                return true;
            }
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                low = b == 0xE0 ? 0xA0 : 0x80; // no overlong form
                high = b == 0xED ? 0x9F : 0xBF; // no surrogate
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                low = b == 0xF0 ? 0x90 : 0x80;
                high = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                return false;
            }
            lead = b;
            partial = 1;
            return true;
        }

        /** True inside a character, between its first and last byte. */
        boolean inside() {
            return need > 0;
        }
    }

    /** The five bytes Windows-1252 does not define. */
    static boolean undefinedIn1252(int b) {
        return b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D;
    }

    private void end() {
        if (state.inside()) {
            state.need = 0;
            throw new ImportException(
                    file, line, "the file ends inside a UTF-8 character: it is cut short or not UTF-8" + advice());
        }
    }

    private void bad(int b) {
        String shown = new String(recent, 0, recentLength, WINDOWS_1252);
        String hex = String.format(Locale.ROOT, "0x%02X", b);
        String what;
        if (utf8) {
            boolean cp1252 = !undefinedIn1252(b) && b >= 0x80;
            what = "byte " + hex + " is not UTF-8"
                    + (cp1252
                            ? " (in Windows-1252 or Latin-1 it is '" + new String(new byte[] {(byte) b}, WINDOWS_1252)
                                    + "')"
                            : "");
        } else {
            what = "byte " + hex + " is not a character in windows-1252";
        }
        throw new ImportException(
                file,
                line,
                what + (shown.isBlank() ? "" : ", after \"" + shown.strip() + "\"") + advice()
                        + "; nothing was imported");
    }

    private String advice() {
        if (utf8) {
            return declaredBy == null
                    ? ". The file is in another encoding: give it with --encoding (e.g. --encoding windows-1252)"
                            + " or 'encoding' in the mapping file"
                    : ". The file is not in UTF-8, the encoding " + declaredBy + " names";
        }
        return ". The file is not in windows-1252 either: give its encoding with --encoding";
    }

    /**
     * The index of the first byte of {@code head} (the start of a file) that is not UTF-8, or -1; a
     * character cut by the end of the head is allowed.
     */
    static int firstNonUtf8(byte[] head, int length) {
        Utf8 u = new Utf8();
        for (int i = 0; i < length; i++) {
            if (!u.accept(head[i] & 0xFF)) {
                return i - u.partial;
            }
        }
        return -1;
    }
}
