package org.keelson.portal.simulation.interfaces.web;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Chart.js configuration of grouped bars: one bar per series in each category, vertical or, for ranked lists of
 * named things (activities, risks), horizontal so that their names stay readable.
 */
final class BarChart {

    private BarChart() {
    }

    /** One series: its values in category order and the tooltip text of each. */
    record Series(String label, String colour, List<Double> values, List<String> tooltips) {
    }

    static String of(String title, List<String> categories, List<Series> series, String valueAxis, boolean horizontal,
            Locale locale) {
        ObjectNode config = ChartJson.chart("bar", title, locale);
        categories.forEach(ChartJson.labels(config)::add);
        for (Series s : series) {
            ChartJson.values(ChartJson.dataset(config, s.label(), s.colour()), s.values(), s.tooltips());
        }
        if (horizontal) {
            ((ObjectNode) config.get("options")).put("indexAxis", "y");
        }
        ChartJson.scale(config, horizontal ? "x" : "y", valueAxis);
        return config.toString();
    }
}
