package org.keelson.portal.simulation.interfaces.web;

import java.util.List;
import java.util.Locale;

import org.keelson.simulation.schedule.WorkingDayCalendar;
import org.keelson.simulation.statistics.HistogramBin;

/**
 * Chart.js configuration ({@code p:chart}) of a run's finish dates: the engine's histogram of finish offsets (working
 * days from the plan start) labelled with the finish date at the end of each bin, the cumulative share and the
 * deadline, as {@link HistogramChart} draws them.
 */
public final class SimulationChartConfig {

    private SimulationChartConfig() {
    }

    public record Labels(String title, String share, String cumulative, String deadline) {
    }

    /**
     * @param deadlineOffset the deadline in working days through from the plan start; null without a deadline
     */
    public static String finishHistogram(List<HistogramBin> histogram, Double deadlineOffset, WorkingDayCalendar calendar,
            Labels labels, Locale locale) {
        return HistogramChart.of(histogram, deadlineOffset, offset -> calendar.finishDate(offset).toString(),
                offset -> calendar.finishDate(offset).toString(),
                new HistogramChart.Labels(labels.title(), labels.share(), labels.cumulative(), labels.deadline(), null),
                locale);
    }
}
