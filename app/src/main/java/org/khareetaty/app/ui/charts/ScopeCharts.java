package org.khareetaty.app.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.RingPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.Month;
import org.jfree.data.time.RegularTimePeriod;
import org.jfree.data.time.TimeTableXYDataset;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.app.ui.i18n.RightToLeft;
import org.khareetaty.core.hexgrid.ScopeProfiles;
import org.khareetaty.core.taxonomy.Taxonomy;

/**
 * The charts of the scope (JFreeChart): offense mix per day (stacked), arrest against no arrest
 * (ring), day of week, and hour of day. Clicking a day of the week shows the hour-of-day profile of
 * that day; clicking it again shows every day.
 */
public final class ScopeCharts extends VBox {
    /** Category colours, shared with the map's keys. */
    static final Map<String, Color> CATEGORY_COLOURS = Map.of(
            "violent",
            new Color(0xd7301f),
            "property",
            new Color(0x2b8cbe),
            "drugs",
            new Color(0x88419d),
            "weapons",
            new Color(0x252525),
            "public_order",
            new Color(0xfe9929),
            "other",
            new Color(0x969696));

    private static final Color BAR = new Color(0x41729f);
    private static final Color BAR_CHOSEN = new Color(0xe6550d);

    private static Font title() {
        return new Font(family(), Font.BOLD, 12);
    }

    private static Font tick() {
        return new Font(family(), Font.PLAIN, 10);
    }

    /** Java's logical sans font, or in Arabic the bundled font with the Arabic letters (a plain machine may have none). */
    private static String family() {
        return Messages.arabic() ? RightToLeft.FONT_FAMILY : "SansSerif";
    }

    private final ChartViewer mix = viewer();
    private final ChartViewer arrests = viewer();
    private final ChartViewer week = viewer();
    private final ChartViewer hours = viewer();
    private ScopeProfiles profiles;
    private int chosenDay = -1;

    public ScopeCharts() {
        setSpacing(4);
        getStyleClass().add("scope-charts");
        // charts are drawn, not laid out: in Arabic their time runs left to right, as in Arabic BI tools
        RightToLeft.keepGeographic(this);
        GridPane grid = new GridPane();
        grid.setHgap(4);
        grid.setVgap(4);
        grid.add(mix, 0, 0, 2, 1);
        grid.add(arrests, 0, 1);
        grid.add(week, 1, 1);
        grid.add(hours, 0, 2, 2, 1);
        for (ChartViewer v : new ChartViewer[] {mix, arrests, week, hours}) {
            GridPane.setHgrow(v, Priority.ALWAYS);
            GridPane.setVgrow(v, Priority.ALWAYS);
        }
        mix.setPrefSize(420, 200);
        arrests.setPrefSize(200, 190);
        week.setPrefSize(220, 190);
        hours.setPrefSize(420, 170);
        week.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX e) {
                if (e.getEntity() instanceof CategoryItemEntity item) {
                    int day = item.getDataset().getColumnIndex(item.getColumnKey());
                    chooseDay(day == chosenDay ? -1 : day);
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX e) {}
        });
        Label hint = new Label(Messages.text("charts.hint"));
        hint.setNodeOrientation(javafx.geometry.NodeOrientation.INHERIT);
        hint.getStyleClass().add("hint");
        getChildren().addAll(grid, hint);
        week.setId("chart-day-of-week");
        hours.setId("chart-hour-of-day");
        mix.setId("chart-offense-mix");
        arrests.setId("chart-arrests");
    }

    private static ChartViewer viewer() {
        ChartViewer v = new ChartViewer(null, false);
        v.setMinSize(120, 120);
        return v;
    }

    /** Shows the profiles of a scope. */
    public void show(ScopeProfiles p) {
        this.profiles = p;
        mix.setChart(mixChart(p));
        arrests.setChart(arrestChart(p.arrests()));
        chooseDay(-1);
    }

    /** Shows the hour-of-day profile of day {@code day} (0 Monday .. 6 Sunday), or of every day for -1. */
    public void chooseDay(int day) {
        chosenDay = day;
        if (profiles == null) {
            return;
        }
        week.setChart(weekChart(profiles.dayOfWeek(), day));
        long withoutHour = day < 0 ? profiles.dateOnly() : profiles.dateOnlyByDay()[day];
        String dateOnly = withoutHour == 0 ? "" : Messages.text("charts.hours.dateOnly", withoutHour);
        hours.setChart(hourChart(
                day < 0 ? profiles.hourOfDay() : profiles.hourByDay()[day],
                (day < 0 ? Messages.text("charts.hours.every") : Messages.text("charts.hours.day", dayName(day)))
                        + dateOnly));
    }

    /** The profiles shown, or null before the first drill-down. */
    public ScopeProfiles profiles() {
        return profiles;
    }

    /** The day whose hours are shown, or -1. */
    public int chosenDay() {
        return chosenDay;
    }

    /** The offense-mix chart now shown. */
    public JFreeChart mixChart() {
        return mix.getChart();
    }

    /**
     * Whether the offense mix is sparse, so drawn as stacked bars rather than bands: a band between
     * two days with incidents would show incidents on the empty days between them. Sparse is a
     * quarter or more of its days (months) without an incident, or fewer than 10 on the busiest.
     */
    public static boolean sparse(ScopeProfiles p) {
        if (p.mix().isEmpty()) {
            return true;
        }
        long empty = 0;
        long busiest = 0;
        for (Map<String, Long> m : p.mix().values()) {
            long n = m.values().stream().mapToLong(Long::longValue).sum();
            empty += n == 0 ? 1 : 0;
            busiest = Math.max(busiest, n);
        }
        return empty * 4 >= p.mix().size() || busiest < 10;
    }

    /** The chart of hours now shown. */
    public JFreeChart hourChart() {
        return hours.getChart();
    }

    private static String dayName(int day) {
        return DayOfWeek.of(day + 1).getDisplayName(TextStyle.FULL, Messages.locale());
    }

    private static JFreeChart mixChart(ScopeProfiles p) {
        TimeTableXYDataset data = new TimeTableXYDataset();
        TreeSet<String> categories = new TreeSet<>((a, b) -> Integer.compare(order(a), order(b)));
        p.mix().values().forEach(m -> categories.addAll(m.keySet()));
        for (Map.Entry<LocalDate, Map<String, Long>> e : p.mix().entrySet()) {
            LocalDate d = e.getKey();
            RegularTimePeriod period = "month".equals(p.mixPeriod())
                    ? new Month(d.getMonthValue(), d.getYear())
                    : new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
            for (String c : categories) {
                data.add(
                        period,
                        e.getValue().getOrDefault(c, 0L),
                        org.khareetaty.app.ui.PlainWords.category(c, Messages.locale()));
            }
        }
        DateAxis x = new DateAxis();
        x.setStandardTickUnits(
                DateAxis.createStandardDateTickUnits(java.util.TimeZone.getDefault(), Messages.locale()));
        x.setTickLabelFont(tick());
        // vertical labels: month and day labels never run into one another ("Dec-2023Apr-2024")
        x.setVerticalTickLabels(true);
        NumberAxis y = new NumberAxis(Messages.text("charts.mix.axis." + p.mixPeriod()));
        y.setTickLabelFont(tick());
        y.setLabelFont(tick());
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits()); // counts: no 0.5 incidents
        org.jfree.chart.renderer.xy.XYItemRenderer r;
        if (sparse(p)) {
            org.jfree.chart.renderer.xy.StackedXYBarRenderer bars =
                    new org.jfree.chart.renderer.xy.StackedXYBarRenderer(0.1);
            bars.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
            bars.setShadowVisible(false);
            r = bars;
        } else {
            r = new StackedXYAreaRenderer2();
        }
        int i = 0;
        for (String c : categories) {
            r.setSeriesPaint(i++, CATEGORY_COLOURS.getOrDefault(c, Color.GRAY));
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(Messages.text("charts.mix.title." + p.mixPeriod()), title(), plot, true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setItemFont(tick());
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static int order(String category) {
        int i = Taxonomy.CATEGORIES.indexOf(category);
        return i < 0 ? 99 : i;
    }

    private static JFreeChart arrestChart(ScopeProfiles.Arrests a) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        String arrest = Messages.text("charts.arrests.arrest");
        String noArrest = Messages.text("charts.arrests.none");
        String notRecorded = Messages.text("charts.arrests.notRecorded");
        if (a.arrest() + a.noArrest() > 0) {
            data.setValue(arrest, a.arrest());
            data.setValue(noArrest, a.noArrest());
        }
        if (a.unknown() > 0) {
            data.setValue(notRecorded, a.unknown());
        }
        RingPlot plot = new RingPlot(data);
        plot.setSectionPaint(arrest, new Color(0x31a354));
        plot.setSectionPaint(noArrest, new Color(0xde2d26));
        plot.setSectionPaint(notRecorded, new Color(0xbdbdbd));
        plot.setSectionDepth(0.4);
        plot.setSeparatorsVisible(false);
        plot.setLabelFont(tick());
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setSimpleLabels(true);
        plot.setLabelBackgroundPaint(new Color(255, 255, 255, 200));
        plot.setLabelOutlinePaint(null);
        plot.setLabelShadowPaint(null);
        plot.setLabelGenerator(new org.jfree.chart.labels.StandardPieSectionLabelGenerator("{0} {2}"));
        plot.setNoDataMessage(Messages.text("charts.none"));
        JFreeChart chart = new JFreeChart(Messages.text("charts.arrests.title"), title(), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static JFreeChart weekChart(long[] days, int chosen) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int d = 0; d < 7; d++) {
            data.addValue(days[d], "incidents", DayOfWeek.of(d + 1).getDisplayName(TextStyle.SHORT, Messages.locale()));
        }
        JFreeChart chart = bars(Messages.text("charts.week.title"), data);
        // seven labels in a chart of a third of the panel: upright, so "Mon" "Tue" never read as "MonTue"
        ((CategoryPlot) chart.getPlot()).getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        BarRenderer r = new BarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return column == chosen ? BAR_CHOSEN : BAR;
            }
        };
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        ((CategoryPlot) chart.getPlot()).setRenderer(r);
        return chart;
    }

    private static JFreeChart hourChart(long[] hours, String title) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int h = 0; h < 24; h++) {
            data.addValue(hours[h], "incidents", String.format(Locale.ROOT, "%02d", h));
        }
        JFreeChart chart = bars(title, data);
        // 24 labels in a narrow chart: upright, so "00" "01" ... never read as "000102"
        ((CategoryPlot) chart.getPlot()).getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        return chart;
    }

    private static JFreeChart bars(String title, DefaultCategoryDataset data) {
        CategoryAxis x = new CategoryAxis();
        x.setTickLabelFont(tick());
        x.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        x.setCategoryMargin(0.1);
        NumberAxis y = new NumberAxis(Messages.text("charts.axis.incidents"));
        y.setTickLabelFont(tick());
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setLabelFont(tick());
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, BAR);
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        JFreeChart chart = new JFreeChart(title, title(), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
