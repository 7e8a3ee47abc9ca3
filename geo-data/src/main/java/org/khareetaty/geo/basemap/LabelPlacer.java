package org.khareetaty.geo.basemap;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Places zone labels for one zoom. Each zone is labelled at its pole of inaccessibility (the centre
 * of the largest circle inside it: JTS {@link MaximumInscribedCircle}, after Garcia-Castellanos and
 * Lombardo 2007, as in Mapbox's polylabel), on one line or, for a long name, two; only when the
 * text fits that circle, so small zones get their label at deeper zooms. Labels are placed greedily,
 * coarser layers first, then larger zones, then by code, and one that would overlap a placed label
 * is dropped: the same input always gives the same labels.
 */
final class LabelPlacer {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    /** A label may be this much wider than the zone's inscribed circle (names fit between borders). */
    private static final double FIT_WIDTH = 2.3;

    private static final double PADDING = 6;

    /** A zone's label anchor in world coordinates, computed once. */
    private record Anchor(double x, double y, double radius) {}

    private final BasemapStyle style;
    private final LabelLanguage language;
    private final Map<String, Anchor> anchors = new ConcurrentHashMap<>();

    LabelPlacer(BasemapStyle style, LabelLanguage language) {
        this.style = style;
        this.language = language;
    }

    /** The labels of the layers visible at zoom {@code z}, in drawing order. */
    List<MapLabel> place(List<BasemapLayer> visible, int z) {
        double scale = Math.pow(2, z);
        List<MapLabel> placed = new ArrayList<>();
        for (BasemapLayer layer : visible) {
            if (layer.rank() > 0 && !layer.visibleAt(z, style.minLabelPixels())) {
                continue;
            }
            List<BasemapZone> zones = new ArrayList<>(layer.zones());
            zones.sort(
                    Comparator.comparingDouble((BasemapZone zn) -> -zn.world().getArea())
                            .thenComparing(BasemapZone::code));
            Font font = font(layer.rank(), z);
            for (BasemapZone zone : zones) {
                Anchor a = anchors.computeIfAbsent(zone.layer() + '\u0000' + zone.code(), k -> anchor(zone));
                MapLabel label = fit(zone.label(language), layer.rank(), font, a, scale);
                if (label != null && placed.stream().noneMatch(p -> overlaps(p.box(), label.box()))) {
                    placed.add(label);
                }
            }
        }
        return placed;
    }

    private Font font(int rank, int z) {
        Font f = new Font(style.fontFamily(), rank == 0 ? Font.BOLD : Font.PLAIN, 1)
                .deriveFont(style.labelSize(rank, z));
        return style.capitals(rank) ? f.deriveFont(Map.of(TextAttribute.TRACKING, 0.08f)) : f;
    }

    private MapLabel fit(String text, int rank, Font font, Anchor a, double scale) {
        String shown = style.capitals(rank) && language == LabelLanguage.ENGLISH ? text.toUpperCase(Locale.ROOT) : text;
        double cx = a.x * scale;
        double cy = a.y * scale;
        double r = a.radius * scale;
        for (List<String> lines : layouts(shown)) {
            Path2D.Double outline = new Path2D.Double();
            double lineHeight = font.getSize2D() * 1.2;
            double top = cy - lineHeight * lines.size() / 2.0;
            double widest = 0;
            for (int i = 0; i < lines.size(); i++) {
                TextLayout tl = new TextLayout(lines.get(i), font, FRC);
                double w = tl.getAdvance();
                widest = Math.max(widest, w);
                double baseline = top + i * lineHeight + (lineHeight + tl.getAscent() - tl.getDescent()) / 2.0;
                outline.append(tl.getOutline(AffineTransform.getTranslateInstance(cx - w / 2.0, baseline)), false);
            }
            if (widest <= FIT_WIDTH * r && lineHeight * lines.size() <= 2 * r) {
                Rectangle2D box = outline.getBounds2D();
                return new MapLabel(
                        String.join("\n", lines),
                        outline,
                        box,
                        rank == 0 ? style.coarseLabel() : style.fineLabel(),
                        rank);
            }
        }
        return null;
    }

    /** One line, then (for a name with spaces) two lines split at the space nearest the middle. */
    private static List<List<String>> layouts(String text) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of(text));
        int best = -1;
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            if (best < 0 || Math.abs(i - text.length() / 2.0) < Math.abs(best - text.length() / 2.0)) {
                best = i;
            }
        }
        if (best > 0) {
            out.add(List.of(text.substring(0, best), text.substring(best + 1)));
        }
        return out;
    }

    private static boolean overlaps(Rectangle2D a, Rectangle2D b) {
        return a.getMaxX() + PADDING > b.getMinX()
                && b.getMaxX() + PADDING > a.getMinX()
                && a.getMaxY() + PADDING > b.getMinY()
                && b.getMaxY() + PADDING > a.getMinY();
    }

    /** The pole of inaccessibility of the zone's largest part. */
    private static Anchor anchor(BasemapZone zone) {
        Geometry largest = zone.world();
        for (int i = 0; i < zone.world().getNumGeometries(); i++) {
            Geometry part = zone.world().getGeometryN(i);
            if (part instanceof Polygon && part.getArea() > (largest instanceof Polygon ? largest.getArea() : 0)) {
                largest = part;
            }
        }
        double tolerance = Math.max(1e-9, Math.sqrt(largest.getArea()) / 50.0);
        MaximumInscribedCircle mic = new MaximumInscribedCircle(largest, tolerance);
        Point centre = mic.getCenter();
        return new Anchor(centre.getX(), centre.getY(), mic.getRadiusLine().getLength());
    }
}
