package org.khareetaty.core.etl;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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
 * name), UTF-8 with an optional byte-order mark. Counts the raw bytes read for progress and
 * computes the file's SHA-256 on the way. Rejects binary content up front.
 */
final class SourceFile implements AutoCloseable {
    private static final int SNIFF = 8192;
    private final long size;
    private final Counting counting;
    private final MessageDigest digest;
    private final Reader reader;

    private SourceFile(long size, Counting counting, MessageDigest digest, Reader reader) {
        this.size = size;
        this.counting = counting;
        this.digest = digest;
        this.reader = reader;
    }

    static SourceFile open(Path path) {
        try {
            long size = Files.size(path);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Counting counting = new Counting(Files.newInputStream(path));
            BufferedInputStream raw = new BufferedInputStream(new DigestInputStream(counting, digest), 1 << 16);
            raw.mark(2);
            boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            InputStream text = gzip ? new BufferedInputStream(gzipOf(path, raw), 1 << 16) : raw;
            sniff(path, text, gzip);
            Reader reader = withoutByteOrderMark(new InputStreamReader(text, StandardCharsets.UTF_8));
            return new SourceFile(size, counting, digest, reader);
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

    /** Refuses files whose first bytes hold NUL bytes: binary data, not CSV text. */
    private static void sniff(Path path, InputStream text, boolean gzip) throws IOException {
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
    }

    Reader reader() {
        return reader;
    }

    /** Size of the file on disk in bytes. */
    long size() {
        return size;
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
