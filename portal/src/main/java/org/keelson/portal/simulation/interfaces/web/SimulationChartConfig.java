package org.keelson.portal.simulation.interfaces.web;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.keelson.simulation.schedule.WorkingDayCalendar;
import org.keelson.simulation.statistics.HistogramBin;

/**
 * Chart.js configuration ({@code p:chart}) of a run's finish dates: the engine's histogram of finish offsets (working
 * days from the plan start) as bars labelled with the finish date at the end of each bin, the cumulative share as a
 * line on a second axis, and the deadline as a thin red bar reaching 100 % in the bin that holds it. Empty bins are
 * added up to a deadline that falls outside the simulated range, so that it always shows.
 */
public final class SimulationChartConfig {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SHARE_COLOUR = "#4e79a7";
    private static final String CUMULATIVE_COLOUR = "#f28e2b";
    private static final String DEADLINE_COLOUR = "#d62728";
    /** How many empty bins may be added to reach the deadline: beyond, the chart would be mostly empty. */
    static final int MAX_ADDED_BINS = 40;

    private SimulationChartConfig() {
    }

    public record Labels(String title, String share, String cumulative, String deadline) {
    }

    /**
     * @param deadlineOffset the deadline in working days through from the plan start; null without a deadline
     */
    public static String finishHistogram(List<HistogramBin> histogram, Double deadlineOffset, WorkingDayCalendar calendar,
            Labels labels) {
        List<HistogramBin> bins = withDeadline(histogram, deadlineOffset);
        ObjectNode config = JSON.createObjectNode().put("type", "bar");
        ObjectNode data = config.putObject("data");
        ArrayNode dates = data.putArray("labels");
        ArrayNode datasets = data.putArray("datasets");
        ObjectNode share = datasets.addObject().put("type", "bar").put("label", labels.share())
                .put("backgroundColor", SHARE_COLOUR).put("yAxisID", "y").put("order", 2);
        ObjectNode cumulative = datasets.addObject().put("type", "line").put("label", labels.cumulative())
                .put("borderColor", CUMULATIVE_COLOUR).put("backgroundColor", CUMULATIVE_COLOUR)
                .put("yAxisID", "cumulative").put("pointRadius", 0).put("order", 1);
        ObjectNode deadline = datasets.addObject().put("type", "bar").put("label", labels.deadline())
                .put("backgroundColor", DEADLINE_COLOUR).put("yAxisID", "cumulative").put("barPercentage", 0.2)
                .put("order", 3);
        ArrayNode shares = share.putArray("data");
        ArrayNode cumulated = cumulative.putArray("data");
        ArrayNode deadlineBar = deadline.putArray("data");
        double sum = 0;
        for (HistogramBin bin : bins) {
            dates.add(calendar.finishDate(bin.to()).toString());
            sum += bin.probability();
            shares.add(percent(bin.probability()));
            cumulated.add(percent(Math.min(1, sum)));
            if (deadlineOffset != null && deadlineOffset >= bin.from() && deadlineOffset < bin.to()) {
                deadlineBar.add(100);
            } else {
                deadlineBar.addNull();
            }
        }
        ObjectNode options = config.putObject("options").put("responsive", true).put("maintainAspectRatio", false);
        options.putObject("plugins").putObject("title").put("display", true).put("text", labels.title());
        ObjectNode scales = options.putObject("scales");
        ObjectNode x = scales.putObject("x");
        x.put("stacked", true);
        scales.putObject("y").put("beginAtZero", true).put("position", "left")
                .putObject("title").put("display", true).put("text", labels.share());
        ObjectNode right = scales.putObject("cumulative").put("beginAtZero", true).put("max", 100)
                .put("position", "right");
        right.putObject("grid").put("drawOnChartArea", false);
        right.putObject("title").put("display", true).put("text", labels.cumulative());
        return config.toString();
    }

    /** The bins, with empty ones of the same width added before or after up to the deadline. */
    static List<HistogramBin> withDeadline(List<HistogramBin> histogram, Double deadlineOffset) {
        List<HistogramBin> bins = new ArrayList<>(histogram);
        if (bins.isEmpty() || deadlineOffset == null) {
            return bins;
        }
        double width = bins.get(0).to() - bins.get(0).from();
        for (int added = 0; added < MAX_ADDED_BINS && deadlineOffset >= bins.get(bins.size() - 1).to(); added++) {
            double from = bins.get(bins.size() - 1).to();
            bins.add(new HistogramBin(from, from + width, 0, 0));
        }
        for (int added = 0; added < MAX_ADDED_BINS && deadlineOffset < bins.get(0).from(); added++) {
            double to = bins.get(0).from();
            bins.add(0, new HistogramBin(to - width, to, 0, 0));
        }
        return bins;
    }

    /** Percent with one decimal, as the axis shows it. */
    private static double percent(double share) {
        return Math.round(share * 1000) / 10.0;
    }
}
