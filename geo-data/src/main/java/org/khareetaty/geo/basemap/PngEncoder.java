package org.khareetaty.geo.basemap;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes opaque images as 8-bit RGB PNG (ISO/IEC 15948), several times faster than ImageIO's
 * writer, which tries every filter on every row: here each row takes the cheaper of the Sub and Up
 * filters by the minimum-sum-of-absolute-differences heuristic of the PNG specification, then the
 * image is deflated once. Same pixels, same bytes.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int LEVEL = 6;

    private PngEncoder() {}

    /** PNG bytes of an opaque image (alpha, if any, is dropped). */
    static byte[] encode(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] argb = img.getType() == BufferedImage.TYPE_INT_RGB
                        && img.getRaster().getDataBuffer() instanceof DataBufferInt d
                        && d.getNumBanks() == 1
                        && d.getData().length == w * h
                ? d.getData()
                : img.getRGB(0, 0, w, h, null, 0, w);
        int stride = w * 3;
        byte[] raw = new byte[h * (stride + 1)];
        byte[] prev = new byte[stride];
        byte[] cur = new byte[stride];
        byte[] sub = new byte[stride];
        byte[] up = new byte[stride];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = argb[y * w + x];
                cur[x * 3] = (byte) (p >> 16);
                cur[x * 3 + 1] = (byte) (p >> 8);
                cur[x * 3 + 2] = (byte) p;
            }
            long subCost = 0;
            long upCost = 0;
            for (int i = 0; i < stride; i++) {
                sub[i] = (byte) (cur[i] - (i >= 3 ? cur[i - 3] : 0));
                up[i] = (byte) (cur[i] - prev[i]);
                subCost += Math.abs(sub[i]);
                upCost += Math.abs(up[i]);
            }
            int at = y * (stride + 1);
            boolean useUp = y > 0 && upCost < subCost;
            raw[at] = (byte) (useUp ? 2 : 1);
            System.arraycopy(useUp ? up : sub, 0, raw, at + 1, stride);
            byte[] t = prev;
            prev = cur;
            cur = t;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        out.writeBytes(SIGNATURE);
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, w);
        putInt(ihdr, 4, h);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // colour type: RGB
        chunk(out, "IHDR", ihdr, ihdr.length);
        Deflater deflater = new Deflater(LEVEL);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream z = new ByteArrayOutputStream(8192);
            byte[] buf = new byte[16384];
            while (!deflater.finished()) {
                int n = deflater.deflate(buf);
                z.write(buf, 0, n);
            }
            byte[] idat = z.toByteArray();
            chunk(out, "IDAT", idat, idat.length);
        } finally {
            deflater.end();
        }
        chunk(out, "IEND", new byte[0], 0);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int len) {
        byte[] head = new byte[8];
        putInt(head, 0, len);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(t, 0, head, 4, 4);
        out.write(head, 0, 8);
        out.write(data, 0, len);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data, 0, len);
        byte[] c = new byte[4];
        putInt(c, 0, (int) crc.getValue());
        out.write(c, 0, 4);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
