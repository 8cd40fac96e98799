package org.keelson.portal.simulation.interfaces.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What every chart of the results page shares. Chart.js cannot take functions through {@code p:chart}'s JSON, so
 * each dataset carries its tooltip texts, formatted here in the reader's language as the tables format them, in a
 * {@code kpTooltips} array beside {@code data}; the extender {@code keelsonChart} (resources/js/keelson.js) shows
 * them. {@code options.locale} makes Chart.js format the axis ticks in the same language.
 */
final class ChartJson {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String BLUE = "#4e79a7";
    static final String ORANGE = "#f28e2b";
    static final String RED = "#d62728";
    static final String GREY = "#7f7f7f";

    private ChartJson() {
    }

    /** A chart of {@code type} with its title, sized by its container, speaking {@code locale}. */
    static ObjectNode chart(String type, String title, Locale locale) {
        ObjectNode config = JSON.createObjectNode().put("type", type);
        config.putObject("data").putArray("datasets");
        ObjectNode options = config.putObject("options").put("responsive", true).put("maintainAspectRatio", false)
                .put("locale", locale.toLanguageTag());
        options.putObject("plugins").putObject("title").put("display", true).put("text", title);
        return config;
    }

    static ArrayNode labels(ObjectNode config) {
        ObjectNode data = (ObjectNode) config.get("data");
        return data.has("labels") ? (ArrayNode) data.get("labels") : data.putArray("labels");
    }

    /** A new dataset of the chart with its label and colour. */
    static ObjectNode dataset(ObjectNode config, String label, String colour) {
        return ((ArrayNode) config.get("data").get("datasets")).addObject().put("label", label)
                .put("backgroundColor", colour).put("borderColor", colour);
    }

    /** The dataset's values and the tooltip text of each, in the same order. */
    static void values(ObjectNode dataset, List<Double> values, List<String> tooltips) {
        ArrayNode data = dataset.putArray("data");
        values.forEach(value -> {
            if (value == null) {
                data.addNull();
            } else {
                data.add(value);
            }
        });
        ArrayNode texts = dataset.putArray("kpTooltips");
        tooltips.forEach(texts::add);
    }

    /** The scale {@code id} with an axis title. */
    static ObjectNode scale(ObjectNode config, String id, String title) {
        ObjectNode options = (ObjectNode) config.get("options");
        ObjectNode scales = options.has("scales") ? (ObjectNode) options.get("scales") : options.putObject("scales");
        ObjectNode scale = scales.putObject(id);
        scale.putObject("title").put("display", true).put("text", title);
        return scale;
    }

    /** A number in {@code locale} with grouping and at most {@code maxFractionDigits} decimals. */
    static String number(double value, int maxFractionDigits, Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
        format.setMaximumFractionDigits(maxFractionDigits);
        return format.format(value);
    }

    /** A number in {@code locale} with grouping and exactly {@code fractionDigits} decimals, so a column lines up. */
    static String fixed(double value, int fractionDigits, Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(value);
    }

    /** A share (0..1) as a percentage with one decimal, "12.3 %". */
    static String percentText(double share, Locale locale) {
        return fixed(share * 100, 1, locale) + " %";
    }

    /** A share (0..1) in percent with one decimal, as the axes show it. */
    static double percent(double share) {
        return Math.round(share * 1000) / 10.0;
    }
}
