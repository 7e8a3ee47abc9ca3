package org.khareetaty.app.ui.forecast;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.app.ui.i18n.RightToLeft;
import org.khareetaty.core.forecast.DailySeries;
import org.khareetaty.core.forecast.Forecast;
import org.khareetaty.core.forecast.StoredSeries;

/**
 * The forecast chart of one series (JFreeChart): its daily counts of the last weeks, the stored forecast's
 * median with its 95% and 80% ranges as bands, and the seasonal naive forecast beside it, dashed.
 */
final class ForecastChart {
    private final String family = Messages.arabic() ? RightToLeft.FONT_FAMILY : "SansSerif";
    // in Arabic the bundled font with the Arabic letters (a plain machine may have none)
    private final Font titleFont = new Font(family, Font.BOLD, 12);
    private final Font tickFont = new Font(family, Font.PLAIN, 10);
    private static final Color MODEL = new Color(0x1f4e99);
    private final YIntervalSeries band95 = new YIntervalSeries(Messages.text("forecast.chart.band95"));
    private final YIntervalSeries band80 = new YIntervalSeries(Messages.text("forecast.chart.band80"));
    private final TimeSeries history = new TimeSeries(Messages.text("charts.axis.incidents"));
    private final TimeSeries naive = new TimeSeries(Messages.text("forecast.chart.naive"));
    private final JFreeChart chart;
    private final ChartViewer viewer;

    ForecastChart() {
        YIntervalSeriesCollection wide = new YIntervalSeriesCollection();
        wide.addSeries(band95);
        YIntervalSeriesCollection narrow = new YIntervalSeriesCollection();
        narrow.addSeries(band80);
        TimeSeriesCollection lines = new TimeSeriesCollection();
        lines.addSeries(history);
        lines.addSeries(naive);
        DateAxis x = new DateAxis();
        x.setStandardTickUnits(
                DateAxis.createStandardDateTickUnits(java.util.TimeZone.getDefault(), Messages.locale()));
        x.setTickLabelFont(tickFont);
        NumberAxis y = new NumberAxis(Messages.text("charts.mix.axis.day"));
        y.setTickLabelFont(tickFont);
        y.setLabelFont(tickFont);
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(lines, x, y, lineRenderer());
        plot.setDataset(1, narrow);
        plot.setRenderer(1, band(new Color(0x6f94d1), 0.45f, true));
        plot.setDataset(2, wide);
        plot.setRenderer(2, band(new Color(0xb9cbeb), 0.55f, false));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        chart = new JFreeChart("", titleFont, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(tickFont);
        viewer = new ChartViewer(chart);
        RightToLeft.keepGeographic(viewer); // time runs left to right in Arabic too
        viewer.setId("forecast-chart");
        viewer.setPrefSize(360, 240);
        viewer.setMinHeight(220);
    }

    private static XYLineAndShapeRenderer lineRenderer() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, new Color(0x37474f));
        r.setSeriesStroke(0, new BasicStroke(1.2f));
        r.setSeriesPaint(1, new Color(0xd95f02));
        r.setSeriesStroke(
                1, new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 4f}, 0f));
        return r;
    }

    private static DeviationRenderer band(Color fill, float alpha, boolean line) {
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setSeriesFillPaint(0, fill);
        r.setAlpha(alpha);
        r.setSeriesPaint(0, line ? MODEL : fill);
        r.setSeriesStroke(0, new BasicStroke(line ? 2f : 0.5f));
        return r;
    }

    /** The chart's node. */
    ChartViewer viewer() {
        return viewer;
    }

    /** Shows no forecast, titled {@code title} (a cell too sparse or too young to forecast). */
    void clear(String title) {
        reset(title);
        chart.setNotify(true);
    }

    /** Empties the chart and titles it, its redraw held until {@code setNotify(true)}. */
    private void reset(String title) {
        chart.setNotify(false);
        band95.clear();
        band80.clear();
        history.clear();
        naive.clear();
        chart.setTitle(title);
    }

    /**
     * Shows {@code series}' last {@code historyDays} days of {@code counts} and its stored forecast from the day
     * after {@code asOf}.
     */
    void show(String title, DailySeries counts, StoredSeries series, LocalDate asOf, int historyDays) {
        reset(title);
        if (counts != null) {
            int end = counts.indexOf(asOf);
            for (int i = Math.max(0, end - historyDays + 1); i <= end && i < counts.counts().length; i++) {
                history.add(day(counts.first().plusDays(i)), counts.counts()[i]);
            }
        }
        Forecast f = series.forecast();
        for (int h = 0; h < f.horizon(); h++) {
            LocalDate d = asOf.plusDays(h + 1L);
            long x = day(d).getFirstMillisecond();
            band95.add(x, f.mean()[h], f.lo95()[h], f.hi95()[h]);
            band80.add(x, f.mean()[h], f.lo80()[h], f.hi80()[h]);
            naive.add(day(d), series.naive()[h]);
        }
        chart.setNotify(true);
    }

    private static Day day(LocalDate d) {
        return new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /**
     * The numbers drawn, read back from the chart's datasets (tests): per forecast day the median, 80% and 95%
     * bounds and the naive forecast; and the history's counts.
     */
    ChartNumbers numbers() {
        int n = band80.getItemCount();
        double[][] f = new double[6][n];
        for (int i = 0; i < n; i++) {
            f[0][i] = band80.getYValue(i);
            f[1][i] = band80.getYLowValue(i);
            f[2][i] = band80.getYHighValue(i);
            f[3][i] = band95.getYLowValue(i);
            f[4][i] = band95.getYHighValue(i);
            f[5][i] = naive.getValue(i).doubleValue();
        }
        double[] h = new double[history.getItemCount()];
        for (int i = 0; i < h.length; i++) {
            h[i] = history.getValue(i).doubleValue();
        }
        LocalDate last = history.isEmpty()
                ? null
                : LocalDate.of(
                        ((Day) history.getTimePeriod(h.length - 1)).getYear(),
                        ((Day) history.getTimePeriod(h.length - 1)).getMonth(),
                        ((Day) history.getTimePeriod(h.length - 1)).getDayOfMonth());
        return new ChartNumbers(chart.getTitle().getText(), f[0], f[1], f[2], f[3], f[4], f[5], h, last);
    }
}
