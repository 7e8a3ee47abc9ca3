package org.khareetaty.geo.basemap;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws basemap tiles of one {@link BasemapContent} in one {@link BasemapStyle} with Java2D (works
 * in a headless JVM): background, land, borders from the finest layer up to the coarsest, the
 * study area's edge, then labels with a halo. Thread safe: each zoom is prepared once, then tiles
 * of any zoom may be drawn from several threads.
 */
public final class TileRenderer {
    private static final int SIZE = WebMercator.TILE_SIZE;
    /** Label halo width in pixels. */
    private static final float HALO = 3.0f;

    private final BasemapContent content;
    private final BasemapStyle style;
    private final LabelPlacer placer;
    private final Map<Integer, ZoomPlan> plans = new ConcurrentHashMap<>();
    private final Map<Color, byte[]> plainTiles = new ConcurrentHashMap<>();

    /** A renderer of {@code content} in {@code style}, labels in {@code language}. */
    public TileRenderer(BasemapContent content, BasemapStyle style, LabelLanguage language) {
        this(content, style, language, true);
    }

    /** A renderer of {@code content} in {@code style}, labels in {@code language}, or none unless {@code labels}. */
    public TileRenderer(BasemapContent content, BasemapStyle style, LabelLanguage language, boolean labels) {
        this.content = content;
        this.style = style;
        this.placer = labels ? new LabelPlacer(style, language) : null;
    }

    /** What it draws. */
    public BasemapContent content() {
        return content;
    }

    /** The tile as PNG bytes. */
    public byte[] png(TileId tile) {
        Optional<Color> plain = plainColour(tile);
        if (plain.isPresent()) {
            return plainTiles.computeIfAbsent(plain.get(), c -> encode(render(tile)));
        }
        return encode(render(tile));
    }

    /**
     * The colour of a tile that crosses no border, edge or label (all land, or all background), or
     * empty when the tile has something drawn on it. Such tiles are identical and stored once.
     */
    public Optional<Color> plainColour(TileId tile) {
        ZoomPlan plan = plan(tile.z());
        Envelope px = pixelEnvelope(tile, 4);
        if (!plan.edge.query(px).isEmpty() || !plan.labelIndex.query(px).isEmpty()) {
            return Optional.empty();
        }
        for (ZoomPlan.Borders b : plan.borders) {
            if (!b.pieces().query(px).isEmpty()) {
                return Optional.empty();
            }
        }
        Envelope world = WebMercator.tileWorldEnvelope(tile);
        return Optional.of(plan.onLand(world.centre().x, world.centre().y) ? style.land() : style.background());
    }

    /** The tile as an image. */
    public BufferedImage render(TileId tile) {
        ZoomPlan plan = plan(tile.z());
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(style.background());
            g.fillRect(0, 0, SIZE, SIZE);
            g.translate(-(double) tile.x() * SIZE, -(double) tile.y() * SIZE);
            Envelope px = pixelEnvelope(tile, 4);
            g.setColor(style.land());
            for (ZoomPlan.Piece p : pieces(plan.land.query(px))) {
                g.fill(p.shape());
            }
            for (ZoomPlan.Borders b : plan.borders) {
                g.setColor(b.rank() == 0 ? style.coarseLine() : style.fineLine());
                g.setStroke(new BasicStroke((float) b.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                for (ZoomPlan.Piece p : pieces(b.pieces().query(px))) {
                    g.draw(p.shape());
                }
            }
            g.setColor(style.landEdge());
            g.setStroke(new BasicStroke((float) plan.edgeWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (ZoomPlan.Piece p : pieces(plan.edge.query(px))) {
                g.draw(p.shape());
            }
            drawLabels(g, plan, px);
        } finally {
            g.dispose();
        }
        return img;
    }

    private void drawLabels(Graphics2D g, ZoomPlan plan, Envelope px) {
        @SuppressWarnings("unchecked")
        List<MapLabel> hits = plan.labelIndex.query(px);
        // the index does not keep insertion order: draw in placement order so overlaps (none) and halos are stable
        List<MapLabel> ordered = plan.labels.stream().filter(hits::contains).toList();
        g.setStroke(new BasicStroke(HALO, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (MapLabel l : ordered) {
            g.setColor(style.halo());
            g.draw(l.outline());
        }
        for (MapLabel l : ordered) {
            g.setColor(l.colour());
            g.fill(l.outline());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<ZoomPlan.Piece> pieces(List<?> hits) {
        return (List<ZoomPlan.Piece>) hits;
    }

    /** The prepared drawing of zoom {@code z}. */
    ZoomPlan plan(int z) {
        return plans.computeIfAbsent(z, k -> new ZoomPlan(content, style, placer, k));
    }

    /** The labels placed at zoom {@code z}, for tests and the docs. */
    public List<String> labels(int z) {
        return plan(z).labels.stream().map(MapLabel::text).toList();
    }

    private static Envelope pixelEnvelope(TileId t, double margin) {
        double x0 = (double) t.x() * SIZE;
        double y0 = (double) t.y() * SIZE;
        return new Envelope(x0 - margin, x0 + SIZE + margin, y0 - margin, y0 + SIZE + margin);
    }

    /** PNG bytes of an image. */
    static byte[] encode(BufferedImage img) {
        return PngEncoder.encode(img);
    }
}
