package org.keelson.portal.simulation.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.calendar.WorkCalendar;
import org.keelson.simulation.schedule.WorkingDayCalendar;
import org.keelson.simulation.statistics.HistogramBin;

class SimulationChartConfigTest {
    /** Mondays to Fridays from Monday 2026-01-05. */
    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(
            new WorkCalendar(List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), List.of(), List.of()),
            LocalDate.of(2026, 1, 5));
    private static final List<HistogramBin> BINS = List.of(new HistogramBin(0, 10, 20, 0.2),
            new HistogramBin(10, 20, 50, 0.5), new HistogramBin(20, 30, 30, 0.3));
    private static final SimulationChartConfig.Labels LABELS =
            new SimulationChartConfig.Labels("Finish", "Share", "Cumulative", "Deadline");

    @Test
    void barsInPercentWithTheCumulativeLineAndTheDeadlineInItsBin() throws Exception {
        JsonNode config = chart(25.0);

        assertEquals(List.of(20.0, 50.0, 30.0), numbers(dataset(config, 0)));
        assertEquals(List.of(20.0, 70.0, 100.0), numbers(dataset(config, 1)));
        assertEquals("[null,null,100.0]", dataset(config, 2).toString());
        assertEquals("cumulative", config.at("/data/datasets/1/yAxisID").asText());
        assertEquals(100, config.at("/options/scales/cumulative/max").asInt());
    }

    @Test
    void binsAreLabelledWithTheFinishDateOfTheirEnd() throws Exception {
        JsonNode labels = chart(null).at("/data/labels");

        assertEquals(CALENDAR.finishDate(10).toString(), labels.get(0).asText());
        assertEquals(3, labels.size(), "no deadline, no bins added");
        assertTrue(LocalDate.parse(labels.get(1).asText()).isAfter(LocalDate.parse(labels.get(0).asText())));
    }

    @Test
    void aDeadlineBeyondTheSimulatedFinishesGetsEmptyBinsUpToIt() throws Exception {
        JsonNode late = chart(45.0);
        assertEquals(List.of(20.0, 50.0, 30.0, 0.0, 0.0), numbers(dataset(late, 0)));
        assertEquals(List.of(20.0, 70.0, 100.0, 100.0, 100.0), numbers(dataset(late, 1)));
        assertEquals("[null,null,null,null,100.0]", dataset(late, 2).toString());

        JsonNode early = chart(-5.0);
        assertEquals("[100.0,null,null,null]", dataset(early, 2).toString());
        assertEquals(HistogramChart.MAX_ADDED_BINS + 3,
                HistogramChart.withMarker(BINS, 1_000_000.0).size(), "bounded");
    }

    private static JsonNode chart(Double deadlineOffset) throws Exception {
        return new ObjectMapper().readTree(SimulationChartConfig.finishHistogram(BINS, deadlineOffset, CALENDAR, LABELS, Locale.ENGLISH));
    }

    private static JsonNode dataset(JsonNode config, int index) {
        return config.at("/data/datasets/" + index + "/data");
    }

    private static List<Double> numbers(JsonNode array) {
        List<Double> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asDouble()));
        return values;
    }
}
