package org.keelson.portal.simulation.interfaces.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.keelson.simulation.statistics.HistogramBin;

/**
 * Chart.js configuration ({@code p:chart}) of two runs' cumulative distributions overlaid: one line a run, the share
 * of its iterations at or below each point of a common, evenly spaced axis (finish dates, or amounts). Each run's
 * share is read from its histogram, linearly within a bin, so that two runs with different bins share one axis.
 */
public final class CompareChartConfig {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] COLOURS = {"#4e79a7", "#e15759"};
    /** Points on the common axis: enough for a smooth curve, few enough to read in a tooltip walk. */
    static final int POINTS = 41;

    private CompareChartConfig() {
    }

    public record Labels(String title, String axis, String share) {
    }

    /** A run's curve: its name and the share (0..100) at each point of the axis. */
    public record Series(String name, List<Double> percents) {
    }

    /**
     * @param axis the text of each point of the common axis
     * @param series one per run, as many values as {@code axis} has points
     */
    public static String cdf(List<String> axis, List<Series> series, Labels labels) {
        ObjectNode config = JSON.createObjectNode().put("type", "line");
        ObjectNode data = config.putObject("data");
        ArrayNode points = data.putArray("labels");
        axis.forEach(points::add);
        ArrayNode datasets = data.putArray("datasets");
        for (int i = 0; i < series.size(); i++) {
            String colour = COLOURS[i % COLOURS.length];
            ObjectNode line = datasets.addObject().put("label", series.get(i).name()).put("borderColor", colour)
                    .put("backgroundColor", colour).put("pointRadius", 0).put("tension", 0).put("fill", false);
            ArrayNode values = line.putArray("data");
            series.get(i).percents().forEach(values::add);
        }
        ObjectNode options = config.putObject("options").put("responsive", true).put("maintainAspectRatio", false);
        options.putObject("interaction").put("mode", "index").put("intersect", false);
        options.putObject("plugins").putObject("title").put("display", true).put("text", labels.title());
        ObjectNode scales = options.putObject("scales");
        scales.putObject("x").putObject("title").put("display", true).put("text", labels.axis());
        scales.putObject("y").put("beginAtZero", true).put("max", 100).putObject("title").put("display", true)
                .put("text", labels.share());
        return config.toString();
    }

    /** {@code count} evenly spaced values from {@code from} to {@code to}, both included. */
    static List<Double> grid(double from, double to, int count) {
        List<Double> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(from + (to - from) * i / (count - 1));
        }
        return values;
    }

    /** The share (percent, one decimal) of a run at each point, the point mapped into the histogram's units first. */
    static List<Double> percents(List<HistogramBin> histogram, List<Double> points, DoubleUnaryOperator toBinUnits) {
        return points.stream().map(p -> Math.round(cumulativeShare(histogram, toBinUnits.applyAsDouble(p)) * 1000)
                / 10.0).toList();
    }

    /** The share of iterations at or below {@code x}: whole bins below it, and the part of the bin holding it. */
    static double cumulativeShare(List<HistogramBin> histogram, double x) {
        double share = 0;
        for (HistogramBin bin : histogram) {
            if (x >= bin.to()) {
                share += bin.probability();
            } else if (x > bin.from()) {
                share += bin.probability() * (x - bin.from()) / (bin.to() - bin.from());
            }
        }
        return Math.min(1, share);
    }
}
