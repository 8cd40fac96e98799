package org.keelson.portal.simulation.interfaces.web;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Chart.js configuration of the joint confidence: a scatter of the stored sample of iterations, finish (working days
 * from the plan start) against cost, and the P80 box, the corner at the P80 finish and P80 cost whose lower left
 * holds the iterations that meet both.
 */
final class JointConfidenceChart {

    private JointConfidenceChart() {
    }

    record Labels(String title, String iterations, String box, String finishAxis, String costAxis) {
    }

    /**
     * @param pairs (finish offset, cost) of the sampled iterations
     * @param finishText a finish offset as tooltips show it (its date)
     * @param moneyText an amount as tooltips show it
     * @param inUnit an amount in the cost axis' unit
     */
    static String of(List<double[]> pairs, double finishP80, double costP80, DoubleFunction<String> finishText,
            DoubleFunction<String> moneyText, DoubleUnaryOperator inUnit, Labels labels, Locale locale) {
        ObjectNode config = ChartJson.chart("scatter", labels.title(), locale);
        ObjectNode points = ChartJson.dataset(config, labels.iterations(), ChartJson.BLUE).put("pointRadius", 2);
        ArrayNode data = points.putArray("data");
        ArrayNode texts = points.putArray("kpTooltips");
        double minFinish = finishP80;
        double minCost = costP80;
        for (double[] pair : pairs) {
            data.addObject().put("x", pair[0]).put("y", inUnit.applyAsDouble(pair[1]));
            texts.add(finishText.apply(pair[0]) + " · " + moneyText.apply(pair[1]));
            minFinish = Math.min(minFinish, pair[0]);
            minCost = Math.min(minCost, pair[1]);
        }
        ObjectNode box = ChartJson.dataset(config, labels.box(), ChartJson.RED).put("showLine", true)
                .put("fill", false).put("pointRadius", 0).put("borderWidth", 2);
        ArrayNode corner = box.putArray("data");
        corner.addObject().put("x", minFinish).put("y", inUnit.applyAsDouble(costP80));
        corner.addObject().put("x", finishP80).put("y", inUnit.applyAsDouble(costP80));
        corner.addObject().put("x", finishP80).put("y", inUnit.applyAsDouble(minCost));
        String p80 = "P80 " + finishText.apply(finishP80) + " · " + moneyText.apply(costP80);
        box.putArray("kpTooltips").add(p80).add(p80).add(p80);
        ChartJson.scale(config, "x", labels.finishAxis()).put("type", "linear");
        ChartJson.scale(config, "y", labels.costAxis());
        return config.toString();
    }
}
