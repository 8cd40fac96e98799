package org.keelson.portal.budget.interfaces.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.keelson.portal.i18n.MoneyFormat;
import org.keelson.simulation.evm.EarnedValue;
import org.keelson.simulation.evm.Measures;

/**
 * Chart.js configuration (the JSON {@code p:chart} takes) of cumulative PV, EV and AC at each period's end, with BAC
 * and both EACs as flat dashed lines labelled by method, in the unit the reader expects (万元 for zh-CN and CNY).
 * EV and AC stop at the status date's period: later points are null, so their lines end there.
 */
public final class EvmChartConfig {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PV_COLOUR = "#4e79a7";
    private static final String EV_COLOUR = "#59a14f";
    private static final String AC_COLOUR = "#f28e2b";
    private static final String EAC_CPI_COLOUR = "#d62728";
    private static final String EAC_CPI_SPI_COLOUR = "#7b3294";

    private EvmChartConfig() {
    }

    /** Labels come from the caller's bundle so the chart speaks the page's language. */
    public record Labels(String title, String pv, String ev, String ac, String bac, String eacCpi, String eacCpiSpi) {
    }

    public static String sCurves(List<EarnedValue.Period> periods, Measures total, String currency, Locale locale,
            Labels labels) {
        ObjectNode config = JSON.createObjectNode().put("type", "line");
        ObjectNode data = config.putObject("data");
        ArrayNode periodLabels = data.putArray("labels");
        periods.forEach(p -> periodLabels.add(p.label()));
        ArrayNode datasets = data.putArray("datasets");
        Unit unit = new Unit(currency, locale);
        datasets.add(curve(labels.pv(), PV_COLOUR, periods, m -> m.pv(), unit));
        datasets.add(curve(labels.ev(), EV_COLOUR, periods, Measures::ev, unit));
        datasets.add(curve(labels.ac(), AC_COLOUR, periods, Measures::ac, unit));
        datasets.add(level(labels.bac(), PV_COLOUR, total.bac(), periods.size(), unit));
        if (total.eac() != null) {
            datasets.add(level(labels.eacCpi(), EAC_CPI_COLOUR, total.eac(), periods.size(), unit));
        }
        if (total.eacCpiSpi() != null) {
            datasets.add(level(labels.eacCpiSpi(), EAC_CPI_SPI_COLOUR, total.eacCpiSpi(), periods.size(), unit));
        }
        ObjectNode options = config.putObject("options");
        options.put("responsive", true).put("maintainAspectRatio", false).put("locale", locale.toLanguageTag());
        options.putObject("plugins").putObject("title").put("display", true).put("text", labels.title());
        ObjectNode y = options.putObject("scales").putObject("y");
        y.put("beginAtZero", true);
        y.putObject("title").put("display", true).put("text", MoneyFormat.unit(currency, locale));
        return config.toString();
    }

    /** Amounts in the chart's unit. */
    private record Unit(String currency, Locale locale) {
        double of(double amount) {
            return MoneyFormat.inDisplayUnit(amount, currency, locale);
        }
    }

    private static ObjectNode curve(String label, String colour, List<EarnedValue.Period> periods,
            Function<Measures, Double> cumulative, Unit unit) {
        ObjectNode dataset = JSON.createObjectNode().put("label", label).put("borderColor", colour)
                .put("backgroundColor", colour).put("fill", false);
        ArrayNode values = dataset.putArray("data");
        for (EarnedValue.Period period : periods) {
            Double amount = cumulative.apply(period.cumulative());
            if (amount == null) {
                values.addNull();
            } else {
                values.add(unit.of(amount));
            }
        }
        return dataset;
    }

    private static ObjectNode level(String label, String colour, double amount, int points, Unit unit) {
        ObjectNode dataset = JSON.createObjectNode().put("label", label).put("borderColor", colour)
                .put("backgroundColor", colour).put("fill", false).put("pointRadius", 0);
        dataset.putArray("borderDash").add(6).add(4);
        ArrayNode values = dataset.putArray("data");
        for (int i = 0; i < points; i++) {
            values.add(unit.of(amount));
        }
        return dataset;
    }
}
