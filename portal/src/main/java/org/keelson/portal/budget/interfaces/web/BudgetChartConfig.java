package org.keelson.portal.budget.interfaces.web;

import java.util.Locale;
import java.util.function.ToDoubleFunction;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.keelson.portal.i18n.MoneyFormat;
import org.keelson.simulation.budget.BudgetBreakdown;
import org.keelson.simulation.budget.BudgetBreakdown.Amounts;

/**
 * Chart.js configuration (the JSON {@code p:chart} takes in PrimeFaces 15) of planned to date against actual spend
 * per quarter, the basis of the variance on the page and in the workbooks (a quarter's plan counts once the quarter
 * has ended), in the unit the reader expects (万元 for zh-CN and CNY).
 */
public final class BudgetChartConfig {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLANNED_COLOUR = "#4e79a7";
    private static final String ACTUAL_COLOUR = "#f28e2b";

    private BudgetChartConfig() {
    }

    /** Labels come from the caller's bundle so the chart speaks the page's language. */
    public record Labels(String planned, String actual, String title) {
    }

    public static String quarterlyBars(BudgetBreakdown breakdown, String currency, Locale locale, Labels labels) {
        ObjectNode config = JSON.createObjectNode().put("type", "bar");
        ObjectNode data = config.putObject("data");
        ArrayNode quarterLabels = data.putArray("labels");
        breakdown.quarters().forEach(q -> quarterLabels.add(q.toString()));
        ArrayNode datasets = data.putArray("datasets");
        datasets.add(dataset(labels.planned(), PLANNED_COLOUR, breakdown, Amounts::plannedToDate, currency, locale));
        datasets.add(dataset(labels.actual(), ACTUAL_COLOUR, breakdown, Amounts::actual, currency, locale));

        ObjectNode options = config.putObject("options");
        options.put("responsive", true);
        options.put("maintainAspectRatio", false);
        ObjectNode title = options.putObject("plugins").putObject("title");
        title.put("display", true).put("text", labels.title());
        ObjectNode y = options.putObject("scales").putObject("y");
        y.put("beginAtZero", true);
        y.putObject("title").put("display", true).put("text", MoneyFormat.unit(currency, locale));
        return config.toString();
    }

    private static ObjectNode dataset(String label, String colour, BudgetBreakdown breakdown,
            ToDoubleFunction<Amounts> amount, String currency, Locale locale) {
        ObjectNode dataset = JSON.createObjectNode().put("label", label).put("backgroundColor", colour);
        ArrayNode values = dataset.putArray("data");
        breakdown.quarterTotals().forEach(
                totals -> values.add(MoneyFormat.inDisplayUnit(amount.applyAsDouble(totals), currency, locale)));
        return dataset;
    }
}
