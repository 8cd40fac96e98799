package org.keelson.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.svg.SVGGraphics2D;
import org.keelson.reports.common.ReportContext;

/** The look shared by every Keelson chart (CJK-capable fonts, white background) and PNG and SVG output. */
public final class Charts {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 700;

    static final Color PLANNED = new Color(0x4E79A7);
    static final Color ACTUAL = new Color(0xF28E2B);
    static final Color EARNED = new Color(0x59A14F);
    static final Color CRITICAL = new Color(0xD62728);
    static final Color BASELINE = new Color(0xB0B0B0);
    static final Color TARGET = new Color(0x7B3294);
    static final Color GREEN = new Color(0x8CCB7E);
    static final Color AMBER = new Color(0xFFD966);
    static final Color RED = new Color(0xF08080);

    private Charts() {
    }

    /** Applies the Keelson theme; every factory in this package calls it before returning a chart. */
    static JFreeChart themed(JFreeChart chart) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(ChartFonts.font(Font.BOLD, 22));
        theme.setLargeFont(ChartFonts.font(Font.BOLD, 16));
        theme.setRegularFont(ChartFonts.font(Font.PLAIN, 14));
        theme.setSmallFont(ChartFonts.font(Font.PLAIN, 12));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xDDDDDD));
        theme.setRangeGridlinePaint(new Color(0xDDDDDD));
        theme.setShadowVisible(false);
        theme.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        theme.setXYBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    /**
     * Fixes series colours. The theme clears series paints of renderers that auto-populate them, so the factories
     * switch that off here rather than depend on the order of theming and colouring.
     */
    static void paint(org.jfree.chart.renderer.AbstractRenderer renderer, Color... colours) {
        renderer.setAutoPopulateSeriesPaint(false);
        for (int i = 0; i < colours.length; i++) {
            renderer.setSeriesPaint(i, colours[i]);
        }
    }

    static void stroke(org.jfree.chart.renderer.AbstractRenderer renderer, int series, java.awt.Stroke stroke) {
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setSeriesStroke(series, stroke);
    }

    /** A labelled vertical (or horizontal) line: deadline, P50, target... */
    static ValueMarker marker(double value, String label, Color colour, boolean dashed) {
        return marker(value, label, colour, dashed, 0);
    }

    /** As {@link #marker(double, String, Color, boolean)}, the label pushed down by {@code labelLine} lines so
     *  markers on nearby values stay legible. */
    static ValueMarker marker(double value, String label, Color colour, boolean dashed, int labelLine) {
        ValueMarker marker = new ValueMarker(value);
        marker.setPaint(colour);
        marker.setStroke(dashed
                ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{8f, 5f}, 0f)
                : new BasicStroke(2f));
        marker.setLabel(label);
        marker.setLabelFont(ChartFonts.font(Font.BOLD, 13));
        marker.setLabelPaint(colour);
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        marker.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(4 + 20 * labelLine, 4, 4, 4));
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 200));
        return marker;
    }

    /** A date axis labelled in UTC, matching the epoch-millisecond x values the factories use. */
    static org.jfree.chart.axis.DateAxis dateAxis(String label) {
        org.jfree.chart.axis.DateAxis axis = new org.jfree.chart.axis.DateAxis(label);
        axis.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        return axis;
    }

    static double millis(java.time.LocalDate date) {
        return date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** A labelled horizontal line across an XY plot (a KPI target): the label sits above the line, at the left. */
    static ValueMarker horizontalMarker(double value, String label, Color colour) {
        ValueMarker marker = marker(value, label, colour, false, 0);
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        return marker;
    }

    /**
     * A dashed vertical line at {@code date} on an XY plot with a date domain, its label on the side of the line with
     * more room so it stays inside the plot; the domain axis is widened to show the date.
     */
    static void dateMarker(XYPlot plot, LocalDate date, String label, Color colour) {
        ValueAxis axis = plot.getDomainAxis();
        double x = millis(date);
        double lower = Math.min(axis.getLowerBound(), x);
        double upper = Math.max(axis.getUpperBound(), x);
        double margin = (upper - lower) * 0.02;
        if (x <= axis.getLowerBound() || x >= axis.getUpperBound()) {
            axis.setRange(lower - margin, upper + margin);
        }
        ValueMarker marker = marker(x, label, colour, true);
        if (x - axis.getLowerBound() > (axis.getUpperBound() - axis.getLowerBound()) / 2) {
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        }
        plot.addDomainMarker(marker);
    }

    /**
     * Tick labels of an axis holding currency units shown in 万元 for Chinese CNY reports (the values stay in yuan,
     * the figures of the core, so markers and tooltips read the same data); unchanged otherwise.
     */
    static void amountTicks(NumberAxis axis, ReportContext context) {
        if (context.showsWan()) {
            axis.setNumberFormatOverride(new WanFormat());
        }
    }

    /** Formats yuan as 万元: the amount divided by 10,000, with thousands separators and up to two decimals. */
    static final class WanFormat extends NumberFormat {
        private final DecimalFormat wan = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));

        @Override
        public StringBuffer format(double number, StringBuffer target, FieldPosition position) {
            return target.append(wan.format(number / 10_000));
        }

        @Override
        public StringBuffer format(long number, StringBuffer target, FieldPosition position) {
            return format((double) number, target, position);
        }

        @Override
        public Number parse(String source, ParsePosition position) {
            Number parsed = wan.parse(source, position);
            return parsed == null ? null : parsed.doubleValue() * 10_000;
        }
    }

    /** Amounts on chart axes: 万元 in Chinese CNY reports (as their readers expect), else currency units. */
    static double amountScale(org.keelson.reports.common.ReportContext context) {
        return context.showsWan() ? 10_000 : 1;
    }

    static String amountLabel(org.keelson.reports.common.ReportContext context, org.keelson.reports.common.Label label) {
        return context.showsWan() ? context.inWan(label) : context.withUnit(label);
    }

    public static byte[] png(JFreeChart chart, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writePng(chart, width, height, out);
        return out.toByteArray();
    }

    public static void writePng(JFreeChart chart, int width, int height, OutputStream out) {
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the chart as PNG", e);
        }
    }

    /**
     * The chart as a standalone SVG document (UTF-8): vector output that stays sharp when zoomed or printed. Written
     * without a DOCTYPE, so XML readers need not fetch the SVG DTD from the web.
     */
    public static byte[] svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        chart.draw(graphics, new java.awt.Rectangle(0, 0, width, height));
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + graphics.getSVGElement() + "\n";
        return document.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public static void writeSvg(JFreeChart chart, int width, int height, OutputStream out) {
        try {
            out.write(svg(chart, width, height));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the chart as SVG", e);
        }
    }
}
