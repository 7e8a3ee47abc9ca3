package org.khareetaty.geo.basemap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The hand-written PNG encoder against ImageIO's decoder: every pixel comes back as it went in. */
class PngEncoderTest {

    @Test
    void noiseAndGradientsDecodeToTheSamePixels() throws IOException {
        Random r = new Random(42);
        for (int[] size : new int[][] {{256, 256}, {1, 1}, {1, 37}, {37, 1}, {131, 77}}) {
            BufferedImage img = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < size[1]; y++) {
                for (int x = 0; x < size[0]; x++) {
                    // left half noise (Sub and Up both costly), right half smooth (the filters' easy case)
                    int rgb = x < size[0] / 2
                            ? r.nextInt(1 << 24)
                            : (x * 7 & 0xFF) << 16 | (y * 3 & 0xFF) << 8 | (x + y) & 0xFF;
                    img.setRGB(x, y, rgb);
                }
            }
            assertArrayEquals(rgb(img), rgb(roundTrip(img)), size[0] + "x" + size[1]);
        }
    }

    @Test
    void dropsAlphaAndReadsImagesThatAreNotIntRgb() throws IOException {
        Random r = new Random(7);
        BufferedImage argb = new BufferedImage(50, 40, BufferedImage.TYPE_INT_ARGB);
        BufferedImage bgr = new BufferedImage(50, 40, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 50; x++) {
                argb.setRGB(x, y, r.nextInt());
                bgr.setRGB(x, y, r.nextInt(1 << 24));
            }
        }
        for (BufferedImage img : new BufferedImage[] {argb, bgr}) {
            BufferedImage back = roundTrip(img);
            assertEquals(false, back.getColorModel().hasAlpha(), "written as RGB without alpha");
            assertArrayEquals(rgb(img), rgb(back), "image type " + img.getType());
        }
    }

    private static BufferedImage roundTrip(BufferedImage img) throws IOException {
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(img)));
        assertNotNull(back, "ImageIO reads the bytes as an image");
        assertEquals(img.getWidth(), back.getWidth());
        assertEquals(img.getHeight(), back.getHeight());
        return back;
    }

    /** Every pixel's red, green and blue. */
    private static int[] rgb(BufferedImage img) {
        int[] p = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        for (int i = 0; i < p.length; i++) {
            p[i] &= 0xFFFFFF;
        }
        return p;
    }
}
