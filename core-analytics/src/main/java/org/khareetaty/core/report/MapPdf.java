package org.khareetaty.core.report;

import java.awt.Color;
import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.khareetaty.core.hexgrid.ColourClasses;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * A {@link ReportMap} drawn on a report's page as vector paths (sharp at any zoom, no bitmaps), in
 * Web Mercator as the window's map: the basemap's zone outlines on a land tint, the areas filled with
 * their class colours at the window's opacity, the scope outlined, the points as dots; beside the map
 * a key (the classes with their ranges), a scale bar of a round distance, a north arrow and the
 * credits (the boundary layers' and the incidents' source files, the raster tiles' and the streets' credits).
 * The store's street lines, when it has them, are thin grey lines over the basemap and under the areas, the
 * classes the window's map shows at the page's zoom.
 */
final class MapPdf {
    private static final Color LAND = new Color(0xf4f1ea);
    private static final Color OUTLINE = new Color(0x9a9a9a);
    private static final Color STREET = new Color(0xb0b0b0);
    private static final Color SCOPE = new Color(0x1f3b73);
    private static final Color POINT = new Color(0xbd0026);
    /** The window's patrol-box colour. */
    private static final Color BOX = new Color(0x0d47a1);

    private static final Color HOT = new Color(0x7a0177);
    private static final Color COLD = new Color(0x2166ac);
    private static final float PANEL = 170;
    private static final double EARTH_RADIUS = 6_371_008.8;
    private static final double[] STEPS = {1, 2, 5};

    private final ReportPages pages;
    private final ReportLanguage language;
    private final ReportMap map;
    private final float x0;
    private final float y0;
    private final double scale;
    private final double mx0;
    private final double my0;
    /** Whether a street line was drawn (the credits name the street file only then). */
    private boolean streetsDrawn;

    private MapPdf(ReportPages pages, ReportLanguage language, ReportMap map, float x, float bottom, float w, float h) {
        this.pages = pages;
        this.language = language;
        this.map = map;
        Envelope e = map.extent();
        double dx = mercX(e.getMaxX()) - mercX(e.getMinX());
        double dy = mercY(e.getMaxY()) - mercY(e.getMinY());
        this.scale = Math.min(w / dx, h / dy);
        // centred in the frame
        this.x0 = (float) (x + (w - dx * scale) / 2);
        this.y0 = (float) (bottom + (h - dy * scale) / 2);
        this.mx0 = mercX(e.getMinX());
        this.my0 = mercY(e.getMinY());
    }

    /**
     * Draws {@code map} in the box from (x, bottom), {@code w} by {@code h} points, its key, scale bar,
     * north arrow and credits in a panel on the box's right (its left on right-to-left pages).
     *
     * @param key     what the areas or points are, the key's title
     */
    static void draw(
            ReportPages pages,
            ReportLanguage language,
            ReportMap map,
            String key,
            float x,
            float bottom,
            float w,
            float h)
            throws IOException {
        float mapW = w - PANEL - 10;
        float mapX = pages.rightToLeft() ? x + PANEL + 10 : x;
        float panelX = pages.rightToLeft() ? x : x + mapW + 10;
        MapPdf m = new MapPdf(pages, language, map, mapX, bottom, mapW, h);
        m.frame(mapX, bottom, mapW, h);
        m.north(mapX + mapW - 22, bottom + h - 34);
        m.scaleBar(mapX + 8, bottom + 8);
        m.panel(key, panelX, bottom, h);
    }

    private void frame(float x, float bottom, float w, float h) throws IOException {
        PDPageContentStream cs = pages.stream();
        cs.saveGraphicsState();
        cs.addRect(x, bottom, w, h);
        cs.clip();
        cs.setNonStrokingColor(Color.WHITE);
        cs.addRect(x, bottom, w, h);
        cs.fill();
        cs.setLineWidth(0.3f);
        if (map.raster() != null) {
            tiles(cs, x, bottom, w, h);
        }
        for (Geometry g : map.basemap()) {
            path(cs, g);
            cs.setNonStrokingColor(LAND);
            cs.setStrokingColor(OUTLINE);
            if (map.raster() == null) {
                cs.fillAndStrokeEvenOdd();
            } else {
                cs.stroke();
            }
        }
        streets(cs, x, bottom, w, h);
        if (map.classes() != null) {
            PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
            // the window's fill opacity, so the basemap's lines show through
            translucent.setNonStrokingAlphaConstant(0.7f);
            cs.saveGraphicsState();
            cs.setGraphicsStateParameters(translucent);
            cs.setStrokingColor(new Color(0x5a5a5a));
            cs.setLineWidth(0.4f);
            for (ReportMap.Area a : map.areas()) {
                path(cs, a.shape());
                cs.setNonStrokingColor(colour(map.classes(), a.count()));
                cs.fillAndStrokeEvenOdd();
            }
            cs.restoreGraphicsState();
        }
        if (map.scope() != null) {
            path(cs, map.scope());
            cs.setStrokingColor(SCOPE);
            cs.setLineWidth(1.6f);
            cs.stroke();
        }
        hotspots(cs);
        boxes(cs);
        cs.setNonStrokingColor(POINT);
        for (Coordinate p : map.points()) {
            float px = (float) (x0 + (mercX(p.x) - mx0) * scale);
            float py = (float) (y0 + (mercY(p.y) - my0) * scale);
            circle(cs, px, py, 2.2f);
            cs.fill();
        }
        cs.restoreGraphicsState();
        cs.setStrokingColor(Color.GRAY);
        cs.setLineWidth(0.6f);
        cs.addRect(x, bottom, w, h);
        cs.stroke();
        cs.setStrokingColor(Color.BLACK);
        cs.setNonStrokingColor(Color.BLACK);
    }

    /** The page's web-mercator zoom: the zoom whose 256-pixel tiles have about 1.5 pixels to a point (about 108 dpi). */
    private int zoom() {
        return (int) Math.ceil(Math.log(scale * 2 * Math.PI * 1.5 / 256) / Math.log(2));
    }

    /** The store's street lines in the frame, of the classes the window draws at the page's {@link #zoom}. */
    private void streets(PDPageContentStream cs, float x, float bottom, float w, float h) throws IOException {
        if (map.streets() == null) {
            return;
        }
        Envelope frame = new Envelope(
                lon(mx0 + (x - x0) / scale),
                lon(mx0 + (x + w - x0) / scale),
                lat(my0 + (bottom - y0) / scale),
                lat(my0 + (bottom + h - y0) / scale));
        cs.setStrokingColor(STREET);
        cs.setLineWidth(0.25f);
        for (Geometry line : map.streets().lines(frame, zoom())) {
            for (int i = 0; i < line.getNumGeometries(); i++) {
                if (line.getGeometryN(i) instanceof LineString part && part.getNumPoints() > 1) {
                    polyline(cs, part);
                    streetsDrawn = true;
                }
            }
        }
        if (streetsDrawn) {
            cs.stroke();
        }
        cs.setLineWidth(0.3f);
    }

    /** An open line: moved to its first point, drawn through the others. */
    private void polyline(PDPageContentStream cs, LineString line) throws IOException {
        Coordinate[] c = line.getCoordinates();
        cs.moveTo((float) (x0 + (mercX(c[0].x) - mx0) * scale), (float) (y0 + (mercY(c[0].y) - my0) * scale));
        for (int i = 1; i < c.length; i++) {
            cs.lineTo((float) (x0 + (mercX(c[i].x) - mx0) * scale), (float) (y0 + (mercY(c[i].y) - my0) * scale));
        }
    }

    private static double lon(double mercX) {
        return Math.toDegrees(mercX);
    }

    private static double lat(double mercY) {
        return Math.toDegrees(2 * Math.atan(Math.exp(mercY)) - Math.PI / 2);
    }

    /**
     * The raster basemap's tiles that cover the frame, at the page's {@link #zoom} (sharp on paper without a
     * heavy file), within the set's zooms.
     */
    private void tiles(PDPageContentStream cs, float x, float bottom, float w, float h) throws IOException {
        RasterTiles t = map.raster();
        double westM = mx0 + (x - x0) / scale;
        double eastM = mx0 + (x + w - x0) / scale;
        double southM = my0 + (bottom - y0) / scale;
        double northM = my0 + (bottom + h - y0) / scale;
        int z = Math.max(t.minZoom(), Math.min(t.maxZoom(), zoom()));
        long n = 1L << z;
        double span = 2 * Math.PI / n;
        long x1 = Math.max(0, (long) Math.floor((westM + Math.PI) / span));
        long x2 = Math.min(n - 1, (long) Math.floor((eastM + Math.PI) / span));
        long y1 = Math.max(0, (long) Math.floor((Math.PI - northM) / span));
        long y2 = Math.min(n - 1, (long) Math.floor((Math.PI - southM) / span));
        float size = (float) (span * scale);
        for (long ty = y1; ty <= y2; ty++) {
            for (long tx = x1; tx <= x2; tx++) {
                var bytes = t.tile(z, tx, ty);
                if (bytes.isPresent()) {
                    PDImageXObject image =
                            PDImageXObject.createFromByteArray(pages.document(), bytes.get(), z + "/" + tx + "/" + ty);
                    float left = (float) (x0 + (tx * span - Math.PI - mx0) * scale);
                    float low = (float) (y0 + (Math.PI - (ty + 1) * span - my0) * scale);
                    cs.drawImage(image, left, low, size, size);
                }
            }
        }
    }

    /** The hotspots outlined: DBSCAN hulls and Gi* hot cells in purple, Gi* cold cells in blue. */
    private void hotspots(PDPageContentStream cs) throws IOException {
        if (map.hotspots() == null) {
            return;
        }
        cs.setLineWidth(1.2f);
        for (MapHotspots.Shape h : map.hotspots().shapes()) {
            cs.setStrokingColor(h.hot() ? HOT : COLD);
            if (h.shape().getDimension() == 2) {
                path(cs, h.shape());
                cs.stroke();
            } else {
                // a cluster of collinear incidents: its centre marked
                Coordinate c = h.shape().getCentroid().getCoordinate();
                circle(cs, (float) (x0 + (mercX(c.x) - mx0) * scale), (float) (y0 + (mercY(c.y) - my0) * scale), 3f);
                cs.stroke();
            }
        }
    }

    /** The forecast boxes outlined, as the window draws its patrol boxes. */
    private void boxes(PDPageContentStream cs) throws IOException {
        if (map.boxes() == null) {
            return;
        }
        cs.setStrokingColor(BOX);
        cs.setLineWidth(0.9f);
        for (var cell : map.boxes().shown()) {
            path(cs, map.boxes().square(cell));
            cs.stroke();
        }
    }

    /** The colour of {@code count} in {@code classes} (the window's YlOrRd). */
    static Color colour(ColourClasses classes, double count) {
        return new Color(ColourClasses.YL_OR_RD.get(classes.palette()[classes.classOf(count)]));
    }

    private void path(PDPageContentStream cs, Geometry g) throws IOException {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                ring(cs, p.getExteriorRing());
                for (int k = 0; k < p.getNumInteriorRing(); k++) {
                    ring(cs, p.getInteriorRingN(k));
                }
            } else if (part.getNumGeometries() > 1 || part != g) {
                path(cs, part);
            }
        }
    }

    private void ring(PDPageContentStream cs, LineString ring) throws IOException {
        Coordinate[] c = ring.getCoordinates();
        for (int i = 0; i < c.length; i++) {
            float px = (float) (x0 + (mercX(c[i].x) - mx0) * scale);
            float py = (float) (y0 + (mercY(c[i].y) - my0) * scale);
            if (i == 0) {
                cs.moveTo(px, py);
            } else {
                cs.lineTo(px, py);
            }
        }
        cs.closePath();
    }

    private static void circle(PDPageContentStream cs, float x, float y, float r) throws IOException {
        float k = 0.552f * r;
        cs.moveTo(x + r, y);
        cs.curveTo(x + r, y + k, x + k, y + r, x, y + r);
        cs.curveTo(x - k, y + r, x - r, y + k, x - r, y);
        cs.curveTo(x - r, y - k, x - k, y - r, x, y - r);
        cs.curveTo(x + k, y - r, x + r, y - k, x + r, y);
        cs.closePath();
    }

    /** A north arrow: Web Mercator keeps north up. */
    private void north(float x, float bottom) throws IOException {
        PDPageContentStream cs = pages.stream();
        cs.setNonStrokingColor(Color.WHITE);
        cs.addRect(x - 3, bottom - 3, 20, 32);
        cs.fill();
        cs.setNonStrokingColor(Color.BLACK);
        cs.moveTo(x + 7, bottom + 18);
        cs.lineTo(x + 1, bottom);
        cs.lineTo(x + 7, bottom + 5);
        cs.lineTo(x + 13, bottom);
        cs.closePath();
        cs.fill();
        String n = language.text("map.north");
        float tw = pages.width(n, pages.fonts().bold(), 8);
        pages.text(n, pages.fonts().bold(), 8, x + 7 - tw / 2, bottom + 21);
    }

    /** A scale bar of the longest round distance (1, 2 or 5 times a power of ten) under about 110 points, at the map's centre latitude. */
    private void scaleBar(float x, float bottom) throws IOException {
        double lat = Math.toRadians(map.extent().centre().y);
        double metresPerPoint = EARTH_RADIUS * Math.cos(lat) / scale;
        double best = roundDistance(110 * metresPerPoint);
        float len = (float) (best / metresPerPoint);
        String label = best >= 1000
                ? String.format(Locale.ROOT, "%.0f km", best / 1000)
                : String.format(Locale.ROOT, "%.0f m", best);
        PDPageContentStream cs = pages.stream();
        cs.setNonStrokingColor(Color.WHITE);
        cs.addRect(x - 3, bottom - 3, len + 6, 20);
        cs.fill();
        cs.setNonStrokingColor(Color.BLACK);
        cs.addRect(x, bottom, len / 2, 3);
        cs.fill();
        cs.setStrokingColor(Color.BLACK);
        cs.setLineWidth(0.5f);
        cs.addRect(x, bottom, len, 3);
        cs.stroke();
        pages.text(label, pages.fonts().regular(), 7, x, bottom + 6);
    }

    /** The longest of 1, 2 or 5 times a power of ten metres not above {@code metres}. */
    static double roundDistance(double metres) {
        double best = 1;
        for (double p = 1; p < 1e8; p *= 10) {
            for (double s : STEPS) {
                if (s * p <= metres) {
                    best = s * p;
                }
            }
        }
        return best;
    }

    private void panel(String key, float x, float bottom, float h) throws IOException {
        float top = bottom + h;
        float y = top - 10;
        y = paragraph(key, pages.fonts().bold(), 8.5f, x, y);
        y -= 4;
        ColourClasses classes = map.classes();
        if (classes != null) {
            for (int i = classes.classes() - 1; i >= 0; i--) {
                swatch(x, y, colour(classes, classes.breaks().length == 0 ? 0 : bound(classes, i)), null);
                label(classLabel(classes, i), x, y);
                y -= 13;
            }
        } else if (!map.points().isEmpty()) {
            pages.stream().setNonStrokingColor(POINT);
            circle(pages.stream(), rtl() ? x + PANEL - 8 : x + 8, y + 4, 2.2f);
            pages.stream().fill();
            pages.stream().setNonStrokingColor(Color.BLACK);
            label(language.text("map.point"), x, y);
            y -= 13;
        } else if (!map.areas().isEmpty() || map.areaLayer() != null) {
            y = paragraph(language.text("map.none"), pages.fonts().regular(), 7.5f, x, y);
        }
        if (map.scope() != null) {
            swatch(x, y, null, SCOPE);
            label(language.text("map.scope"), x, y);
            y -= 13;
        }
        y = overlayKeys(x, y);
        swatch(x, y, LAND, OUTLINE);
        label(language.text("map.basemap"), x, y);
        y -= 18;
        y = overlayNotes(x, y);
        String tiles = (map.raster() == null
                        ? ""
                        : " " + language.text("map.tiles", map.raster().attribution()))
                + (!streetsDrawn || map.streets().credit().isEmpty()
                        ? ""
                        : " " + language.text("map.streets", map.streets().credit()));
        paragraph(
                language.text("map.credits", String.join("; ", map.boundaries()), String.join("; ", map.sources()))
                        + tiles,
                pages.fonts().regular(),
                6.5f,
                x,
                y);
    }

    /** The keys of the forecast boxes and hotspots drawn; the next line's y. */
    private float overlayKeys(float x, float y) throws IOException {
        ForecastBoxes b = map.boxes();
        if (b != null) {
            swatch(x, y, null, BOX);
            label(
                    language.text(
                            "map.boxes", percent(b.plan().coverage()), b.plan().day()),
                    x,
                    y);
            y -= 13;
        }
        MapHotspots h = map.hotspots();
        if (h != null && h.method() == MapHotspots.Method.DBSCAN) {
            swatch(x, y, null, HOT);
            label(language.text("map.hotspot_dbscan", h.parameters()), x, y);
            y -= 13;
        } else if (h != null) {
            swatch(x, y, null, HOT);
            label(language.text("map.hotspot_hot", h.parameters()), x, y);
            y -= 13;
            swatch(x, y, null, COLD);
            label(language.text("map.hotspot_cold", h.parameters()), x, y);
            y -= 13;
        }
        return y;
    }

    /** What the forecast boxes caught before and how the hotspots were found, in words; the next line's y. */
    private float overlayNotes(float x, float y) throws IOException {
        ForecastBoxes b = map.boxes();
        if (b != null) {
            y = paragraph(boxesNote(b, language), pages.fonts().regular(), 6.5f, x, y) - 4;
        }
        if (map.hotspots() != null) {
            y = paragraph(
                            language.text(
                                    "map.hotspots_note", map.hotspots().shapes().size()),
                            pages.fonts().regular(),
                            6.5f,
                            x,
                            y)
                    - 4;
        }
        return y;
    }

    /** The forecast boxes' day, coverage and backtest in words (the map page's note). */
    static String boxesNote(ForecastBoxes b, ReportLanguage language) {
        var plan = b.plan();
        return language.text(
                boxesKey("map.boxes_note", plan.measured().hitRateMean()),
                plan.day(),
                percent(plan.coverage()),
                plan.cells().size(),
                b.shown().size(),
                ForecastBoxes.BACKTEST_DAYS,
                share(plan.measured().hitRateMean()),
                share(plan.naive().hitRateMean()));
    }

    /**
     * The key of a forecast-box note: {@code key}, or its {@code _unmeasured} form when the backtest's
     * days held no incident to catch (its mean hit rate is undefined).
     */
    static String boxesKey(String key, double hitRateMean) {
        return Double.isNaN(hitRateMean) ? key + "_unmeasured" : key;
    }

    /** A coverage as written: 5, 2.5. */
    static String percent(double coverage) {
        return coverage == Math.rint(coverage)
                ? Long.toString((long) coverage)
                : String.format(Locale.ROOT, "%.1f", coverage);
    }

    /** A fraction as a percent to one decimal: "45.2%". */
    static String share(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    private boolean rtl() {
        return pages.rightToLeft();
    }

    /** A value inside class {@code i}, to colour its swatch. */
    private static double bound(ColourClasses c, int i) {
        return i < c.breaks().length ? c.breaks()[i] : c.breaks()[c.breaks().length - 1] + 1;
    }

    /** The class's range in this language ("up to 12", "13 - 40", "over 40"), on the window's breaks. */
    private String classLabel(ColourClasses c, int i) {
        double[] b = c.breaks();
        if (b.length == 0) {
            return language.text("all");
        }
        if (i == 0) {
            return language.text("map.up_to", KpiPdf.count((long) b[0]));
        }
        if (i == b.length) {
            return language.text("map.over", KpiPdf.count((long) b[i - 1]));
        }
        long low = (long) b[i - 1] + 1;
        long high = (long) b[i];
        return low == high ? KpiPdf.count(low) : KpiPdf.count(low) + " - " + KpiPdf.count(high);
    }

    private void swatch(float x, float y, Color fill, Color stroke) throws IOException {
        PDPageContentStream cs = pages.stream();
        float sx = rtl() ? x + PANEL - 18 : x;
        if (fill != null) {
            cs.setNonStrokingColor(fill);
            cs.addRect(sx, y, 18, 10);
            cs.fill();
        }
        cs.setStrokingColor(stroke == null ? new Color(0x5a5a5a) : stroke);
        cs.setLineWidth(stroke == SCOPE ? 1.6f : stroke == BOX || stroke == HOT || stroke == COLD ? 1.1f : 0.5f);
        cs.addRect(sx, y, 18, 10);
        cs.stroke();
        cs.setStrokingColor(Color.BLACK);
        cs.setNonStrokingColor(Color.BLACK);
    }

    private void label(String text, float x, float y) throws IOException {
        float size = 7.5f;
        float w = pages.width(text, pages.fonts().regular(), size);
        float tx = rtl() ? x + PANEL - 24 - w : x + 24;
        pages.text(text, pages.fonts().regular(), size, tx, y + 2);
    }

    /** {@code text} wrapped to the panel from baseline {@code y} down; the next baseline. */
    private float paragraph(String text, org.apache.pdfbox.pdmodel.font.PDFont font, float size, float x, float y)
            throws IOException {
        for (String line : pages.wrap(text, font, size, PANEL)) {
            float w = pages.width(line, font, size);
            pages.text(line, font, size, rtl() ? x + PANEL - w : x, y);
            y -= size * 1.35f;
        }
        return y;
    }

    private static double mercX(double lon) {
        return Math.toRadians(lon);
    }

    private static double mercY(double lat) {
        double r = Math.toRadians(Math.max(-85, Math.min(85, lat)));
        return Math.log(Math.tan(Math.PI / 4 + r / 2));
    }
}
