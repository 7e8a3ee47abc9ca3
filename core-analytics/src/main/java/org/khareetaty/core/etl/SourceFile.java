package org.khareetaty.core.etl;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * An input file opened for streaming: plain or gzip (recognised by its magic bytes, whatever its
 * name), UTF-8 with an optional byte-order mark, or the encoding declared. Counts the raw bytes
 * read for progress and computes the file's SHA-256 on the way. Rejects binary content up front.
 *
 * <p>Never reads with replacement characters: with no encoding declared, a file whose first
 * {@value #SNIFF} bytes are not UTF-8 but fit Windows-1252 is read as Windows-1252 (said in
 * {@link #encoding()}), one that fits neither is refused naming the first bad byte's line, and a
 * byte that is not UTF-8 further on stops the import the same way ({@link EncodingCheck}).
 */
final class SourceFile implements AutoCloseable {
    private static final int SNIFF = 1 << 16;
    private final long size;
    private final Counting counting;
    private final MessageDigest digest;
    private final Reader reader;
    private final String encoding;
    private final long estimatedLines;

    private SourceFile(
            long size, Counting counting, MessageDigest digest, Reader reader, String encoding, long estimatedLines) {
        this.size = size;
        this.estimatedLines = estimatedLines;
        this.counting = counting;
        this.digest = digest;
        this.reader = reader;
        this.encoding = encoding;
    }

    /**
     * Opens {@code path} in the encoding {@code options} declare ({@code --encoding}, else the
     * mapping's), else UTF-8 or a detected Windows-1252.
     */
    static SourceFile open(Path path, ImportOptions options) {
        if (options.encoding() != null) {
            return open(path, options.encoding(), "--encoding");
        }
        if (options.mapping() != null && options.mapping().encoding() != null) {
            return open(path, options.mapping().encoding(), "the mapping's 'encoding'");
        }
        return open(path, null, null);
    }

    /**
     * Opens {@code path} in {@code declared} (named so by {@code declaredBy}), or with null, in
     * UTF-8 or a detected Windows-1252.
     */
    static SourceFile open(Path path, Charset declared, String declaredBy) {
        try {
            long size = Files.size(path);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Counting counting = new Counting(Files.newInputStream(path));
            BufferedInputStream raw = new BufferedInputStream(new DigestInputStream(counting, digest), 1 << 16);
            raw.mark(2);
            boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            InputStream text = gzip ? new BufferedInputStream(gzipOf(path, raw), 1 << 16) : raw;
            byte[] head = sniff(path, text, gzip);
            Charset charset = declared;
            String encoding = declared == null ? null : declared.name() + " (" + declaredBy + ")";
            if (declared == null) {
                charset = detect(path, head);
                encoding = charset.equals(StandardCharsets.UTF_8)
                        ? "UTF-8"
                        : charset.name() + " (detected: line "
                                + lineOf(head, EncodingCheck.firstNonUtf8(head, head.length))
                                + " holds a byte that is not UTF-8)";
            }
            InputStream checked =
                    EncodingCheck.checks(charset) ? new EncodingCheck(text, path, charset, declaredBy) : text;
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            Reader reader = withoutByteOrderMark(new InputStreamReader(checked, decoder));
            return new SourceFile(size, counting, digest, reader, encoding, estimateLines(size, gzip, head));
        } catch (NoSuchFileException e) {
            throw new ImportException(path, 0, "no such file");
        } catch (IOException e) {
            throw new ImportException(path, 0, "cannot read the file: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream gzipOf(Path path, InputStream raw) throws IOException {
        try {
            return new GZIPInputStream(raw, 1 << 16);
        } catch (ZipException | java.io.EOFException e) {
            throw new ImportException(path, 0, "the gzip header is corrupt or truncated: " + e.getMessage(), e);
        }
    }

    /** Skips a leading byte-order mark, which would otherwise hide the quote opening the header's first name. */
    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        BufferedReader r = new BufferedReader(reader, 1 << 16);
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset();
        }
        return r;
    }

    /**
     * UTF-8 when the head of the file is; else Windows-1252 when every byte fits it; else refuses
     * the file naming the first bad byte's line.
     */
    private static Charset detect(Path path, byte[] head) {
        int bad = EncodingCheck.firstNonUtf8(head, head.length);
        if (bad < 0) {
            return StandardCharsets.UTF_8;
        }
        for (int i = 0; i < head.length; i++) {
            if (EncodingCheck.undefinedIn1252(head[i] & 0xFF)) {
                throw new ImportException(
                        path,
                        lineOf(head, i),
                        String.format(
                                java.util.Locale.ROOT,
                                "byte 0x%02X is neither UTF-8 nor windows-1252 (the first byte that is not UTF-8 is on "
                                        + "line %d): give the file's encoding with --encoding",
                                head[i] & 0xFF,
                                lineOf(head, bad)));
            }
        }
        return EncodingCheck.WINDOWS_1252;
    }

    /** The line (1 the first) of byte {@code index} of the head. */
    private static long lineOf(byte[] head, int index) {
        long line = 1;
        for (int i = 0; i < index; i++) {
            if (head[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * The lines a file of {@code size} bytes holds, judged by its first bytes {@code head}: exact
     * when the head is the whole text, else the file's size over the head's bytes per line, with a
     * gzip file taken as 4 times its size (CSV text compresses 4-10 times, so this rather
     * underestimates).
     */
    static long estimateLines(long size, boolean gzip, byte[] head) {
        long lines = 0;
        for (byte b : head) {
            if (b == '\n') {
                lines++;
            }
        }
        if (head.length < SNIFF) {
            return lines + 1;
        }
        return (gzip ? 4 * size : size) * Math.max(lines, 1) / head.length;
    }

    /** Refuses files whose first bytes hold NUL bytes: binary data, not CSV text; returns those bytes. */
    private static byte[] sniff(Path path, InputStream text, boolean gzip) throws IOException {
        text.mark(SNIFF);
        byte[] head;
        try {
            head = text.readNBytes(SNIFF);
        } catch (ZipException | java.io.EOFException e) {
            // a gzip cut short within its first block: say so, as the importer does for a later cut
            throw new ImportException(
                    path,
                    0,
                    "the gzip stream ends early or is corrupt (" + e.getMessage()
                            + "): the file is truncated; nothing was imported",
                    e);
        }
        text.reset();
        for (int i = 0; i < head.length; i++) {
            if (head[i] == 0) {
                throw new ImportException(
                        path,
                        0,
                        "binary content (a NUL byte at offset " + i + (gzip ? " after decompression" : "")
                                + "): this is not a CSV text file");
            }
        }
        return head;
    }

    /** The SHA-256 of a file's bytes, as {@link #sha256()} gives it once the file is read. */
    static String sha256Of(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                digest.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchFileException e) {
            throw new ImportException(path, 0, "no such file");
        } catch (IOException e) {
            throw new ImportException(path, 0, "cannot read the file: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Reader reader() {
        return reader;
    }

    /** The encoding the file is read in, and how it was chosen: {@code UTF-8}, {@code windows-1252 (--encoding)}. */
    String encoding() {
        return encoding;
    }

    /** Size of the file on disk in bytes. */
    long size() {
        return size;
    }

    /** About how many lines the file holds ({@link #estimateLines}), known before it is read. */
    long estimatedLines() {
        return estimatedLines;
    }

    /** Raw (compressed) bytes read so far. */
    long bytesRead() {
        return counting.count;
    }

    /** SHA-256 of the bytes read; the whole file's once it has been read to the end. */
    String sha256() throws IOException {
        // read any trailing bytes (e.g. after the last gzip member) so the hash covers the file
        byte[] rest = new byte[8192];
        int n;
        while ((n = counting.read(rest, 0, rest.length)) > 0) {
            digest.update(rest, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
