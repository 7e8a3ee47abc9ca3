package org.khareetaty.geo.basemap;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * A picture of a basemap as the map would show it: tiles of one zoom around a point, stitched, with
 * the attribution in the corner. For checking a style by eye and for the documentation.
 */
public final class BasemapPreview {
    private BasemapPreview() {}

    /**
     * {@code cols} x {@code rows} tiles of zoom {@code z} centred on the tile holding lon/lat; missing tiles are left grey.
     */
    public static BufferedImage mosaic(TileSource source, int z, double lon, double lat, int cols, int rows) {
        long n = 1L << z;
        long cx = (long) Math.floor(WebMercator.worldX(lon) * n / WebMercator.TILE_SIZE);
        long cy = (long) Math.floor(WebMercator.worldY(lat) * n / WebMercator.TILE_SIZE);
        int size = WebMercator.TILE_SIZE;
        BufferedImage out = new BufferedImage(cols * size, rows * size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.GRAY);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    long x = cx - cols / 2 + c;
                    long y = cy - rows / 2 + r;
                    if (!TileId.isValid(z, x, y)) {
                        continue;
                    }
                    Optional<byte[]> png = source.tile(new TileId(z, x, y));
                    if (png.isPresent()) {
                        g.drawImage(decode(png.get()), c * size, r * size, null);
                    }
                }
            }
            attribution(g, source.info().attribution(), out.getWidth(), out.getHeight());
        } finally {
            g.dispose();
        }
        return out;
    }

    private static void attribution(Graphics2D g, String text, int w, int h) {
        if (text == null || text.isBlank()) {
            return;
        }
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font("DejaVu Sans", Font.PLAIN, 11));
        int tw = g.getFontMetrics().stringWidth(text);
        g.setColor(new Color(255, 255, 255, 200));
        g.fillRect(w - tw - 10, h - 17, tw + 10, 17);
        g.setColor(new Color(0x55555F));
        g.drawString(text, w - tw - 5, h - 5);
    }

    private static BufferedImage decode(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException("A basemap tile is not a readable image", e);
        }
    }
}
