package org.khareetaty.core.report;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The report's charts (incidents per day, by day of week, by hour of day), drawn by JFreeChart into
 * a PDF form through the PDFBox Graphics2D bridge (de.rototor.pdfbox:graphics2d): vector paths, sharp
 * at any zoom and small, not bitmaps. Their text is drawn by Java2D as outlines (Java2D shapes and
 * orders Arabic itself).
 */
final class ReportCharts {
    private static final Color BAR = new Color(0x2F, 0x5D, 0x8C);
    private static final Color FORECAST = new Color(0xE6, 0x6A, 0x00);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 11);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 8);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 9);

    private ReportCharts() {}

    /**
     * Incidents per day of the period, a line; with {@code forecast} (null: none) the days of the period it
     * forecast show its 95% and 80% count ranges as bands and its median as a dashed line.
     */
    static JFreeChart daily(Map<LocalDate, Long> daily, DailyForecast forecast, ReportLanguage l) {
        TimeSeries series = new TimeSeries("incidents");
        daily.forEach((d, n) -> series.add(new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear()), n));
        JFreeChart chart = ChartFactory.createTimeSeriesChart(
                l.text("chart.daily"),
                null,
                l.text("chart.incidents"),
                new TimeSeriesCollection(series),
                false,
                false,
                false);
        XYPlot plot = chart.getXYPlot();
        plot.getRenderer().setSeriesPaint(0, BAR);
        plot.getRenderer().setSeriesStroke(0, new BasicStroke(1.2f));
        plot.getDomainAxis().setTickLabelFont(TICKS);
        plot.getRangeAxis().setTickLabelFont(TICKS);
        plot.getRangeAxis().setLabelFont(LABEL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        if (forecast != null && !forecast.days().isEmpty()) {
            band(plot, forecast, l);
            series.setKey(l.text("chart.incidents"));
            chart.addLegend(new LegendTitle(plot));
            chart.getLegend().setItemFont(TICKS);
        }
        return style(chart);
    }

    /** The forecast's 95% and 80% ranges as bands behind the counts, the median dashed. */
    private static void band(XYPlot plot, DailyForecast forecast, ReportLanguage l) {
        YIntervalSeries wide = new YIntervalSeries(l.text("chart.band95"));
        YIntervalSeries narrow = new YIntervalSeries(l.text("chart.band80"));
        forecast.days().forEach((d, b) -> {
            long x = new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear()).getFirstMillisecond();
            wide.add(x, b.median(), b.lo95(), b.hi95());
            narrow.add(x, b.median(), b.lo80(), b.hi80());
        });
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        bands.addSeries(wide);
        bands.addSeries(narrow);
        DeviationRenderer r = new DeviationRenderer(true, false);
        Stroke dashed =
                new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);
        for (int i = 0; i < 2; i++) {
            r.setSeriesPaint(i, FORECAST);
            r.setSeriesFillPaint(i, FORECAST);
            r.setSeriesStroke(i, dashed);
        }
        r.setAlpha(0.22f);
        // later datasets are drawn first (the plot's default reverse order): the bands lie behind the counts
        plot.setDataset(1, bands);
        plot.setRenderer(1, r);
    }

    /** Incidents by day of week, Monday first. */
    static JFreeChart dayOfWeek(long[] counts, ReportLanguage l) {
        Locale locale = l == ReportLanguage.AR ? Locale.forLanguageTag("ar") : Locale.ENGLISH;
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < 7; i++) {
            data.addValue(counts[i], "incidents", DayOfWeek.of(i + 1).getDisplayName(TextStyle.SHORT, locale));
        }
        return bars(l.text("chart.dow"), l.text("chart.incidents"), data);
    }

    /** Incidents by local hour of day. */
    static JFreeChart hourOfDay(long[] counts, ReportLanguage l) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int h = 0; h < 24; h++) {
            data.addValue(counts[h], "incidents", String.format(Locale.ROOT, "%02d", h));
        }
        return bars(l.text("chart.hour"), l.text("chart.incidents"), data);
    }

    private static JFreeChart bars(String title, String valueAxis, DefaultCategoryDataset data) {
        JFreeChart chart = ChartFactory.createBarChart(title, null, valueAxis, data);
        chart.removeLegend();
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, BAR);
        r.setItemMargin(0);
        plot.getDomainAxis().setTickLabelFont(TICKS);
        plot.getDomainAxis().setCategoryMargin(0.15);
        plot.getRangeAxis().setTickLabelFont(TICKS);
        plot.getRangeAxis().setLabelFont(LABEL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return style(chart);
    }

    private static JFreeChart style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setTitle(new TextTitle(chart.getTitle().getText(), TITLE));
        chart.setAntiAlias(true);
        return chart;
    }

    /** {@code chart} drawn as a vector form of {@code width} by {@code height} points. */
    static PDFormXObject form(PDDocument doc, JFreeChart chart, float width, float height) throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, width, height);
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return g.getXFormObject();
    }
}
