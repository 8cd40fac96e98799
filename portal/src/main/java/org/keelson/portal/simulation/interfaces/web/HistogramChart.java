package org.keelson.portal.simulation.interfaces.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.keelson.simulation.statistics.HistogramBin;

/**
 * Chart.js configuration of one simulated distribution: the engine's histogram as bars of the share of iterations
 * per bin, each labelled on the x axis by its upper end; the cumulative share as a line on a second axis; and a
 * marker (deadline, budget, NPV of zero, ROI target) as a thin red bar reaching 100 % in the bin that holds it.
 * Empty bins of the same width are added up to a marker outside the simulated range, so that it always shows.
 */
final class HistogramChart {
    /** How many empty bins may be added to reach the marker: beyond, the chart would be mostly empty. */
    static final int MAX_ADDED_BINS = 40;

    private HistogramChart() {
    }

    /**
     * @param axis the x axis title; null for none
     */
    record Labels(String title, String share, String cumulative, String marker, String axis) {
    }

    /**
     * @param marker the value to mark, in the histogram's unit; null for none
     * @param axisLabel how a bin's upper end shows on the x axis
     * @param valueText how a value shows in a tooltip, in the reader's language
     */
    static String of(List<HistogramBin> histogram, Double marker, DoubleFunction<String> axisLabel,
            DoubleFunction<String> valueText, Labels labels, Locale locale) {
        List<HistogramBin> bins = withMarker(histogram, marker);
        ObjectNode config = ChartJson.chart("bar", labels.title(), locale);
        ObjectNode share = ChartJson.dataset(config, labels.share(), ChartJson.BLUE).put("type", "bar")
                .put("yAxisID", "y").put("order", 2);
        ObjectNode cumulative = ChartJson.dataset(config, labels.cumulative(), ChartJson.ORANGE).put("type", "line")
                .put("yAxisID", "cumulative").put("pointRadius", 0).put("order", 1);
        ObjectNode markerBar = marker == null ? null : ChartJson.dataset(config, labels.marker(), ChartJson.RED)
                .put("type", "bar").put("yAxisID", "cumulative").put("barPercentage", 0.2).put("order", 3);
        List<Double> shares = new ArrayList<>();
        List<String> shareTexts = new ArrayList<>();
        List<Double> cumulated = new ArrayList<>();
        List<String> cumulatedTexts = new ArrayList<>();
        List<Double> markerValues = new ArrayList<>();
        List<String> markerTexts = new ArrayList<>();
        double sum = 0;
        for (HistogramBin bin : bins) {
            ChartJson.labels(config).add(axisLabel.apply(bin.to()));
            sum = Math.min(1, sum + bin.probability());
            shares.add(ChartJson.percent(bin.probability()));
            shareTexts.add(ChartJson.percentText(bin.probability(), locale) + " · " + valueText.apply(bin.from())
                    + " – " + valueText.apply(bin.to()));
            cumulated.add(ChartJson.percent(sum));
            cumulatedTexts.add(ChartJson.percentText(sum, locale) + " ≤ " + valueText.apply(bin.to()));
            boolean marked = marker != null && marker >= bin.from() && marker < bin.to();
            markerValues.add(marked ? 100.0 : null);
            markerTexts.add(marked ? valueText.apply(marker) : "");
        }
        ChartJson.values(share, shares, shareTexts);
        ChartJson.values(cumulative, cumulated, cumulatedTexts);
        if (markerBar != null) {
            ChartJson.values(markerBar, markerValues, markerTexts);
        }
        ObjectNode x = ChartJson.scale(config, "x", labels.axis() == null ? "" : labels.axis()).put("stacked", true);
        ((ObjectNode) x.get("title")).put("display", labels.axis() != null);
        ChartJson.scale(config, "y", labels.share()).put("beginAtZero", true).put("position", "left");
        ObjectNode right = ChartJson.scale(config, "cumulative", labels.cumulative()).put("beginAtZero", true)
                .put("max", 100).put("position", "right");
        right.putObject("grid").put("drawOnChartArea", false);
        return config.toString();
    }

    /** The bins, with empty ones of the same width added before or after up to the marker. */
    static List<HistogramBin> withMarker(List<HistogramBin> histogram, Double marker) {
        List<HistogramBin> bins = new ArrayList<>(histogram);
        if (bins.isEmpty() || marker == null) {
            return bins;
        }
        double width = bins.get(0).to() - bins.get(0).from();
        if (!(width > 0)) {
            return bins;
        }
        for (int added = 0; added < MAX_ADDED_BINS && marker >= bins.get(bins.size() - 1).to(); added++) {
            double from = bins.get(bins.size() - 1).to();
            bins.add(new HistogramBin(from, from + width, 0, 0));
        }
        for (int added = 0; added < MAX_ADDED_BINS && marker < bins.get(0).from(); added++) {
            double to = bins.get(0).from();
            bins.add(0, new HistogramBin(to - width, to, 0, 0));
        }
        return bins;
    }
}
