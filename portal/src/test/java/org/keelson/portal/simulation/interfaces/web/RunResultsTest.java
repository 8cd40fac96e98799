package org.keelson.portal.simulation.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keelson.portal.i18n.MoneyFormat;
import org.keelson.portal.simulation.application.SimulationService;
import org.keelson.portal.simulation.domain.Sampling;
import org.keelson.portal.simulation.domain.SimulationSettings;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.montecarlo.ProgressListener;
import org.keelson.simulation.parallel.Cancellation;
import org.keelson.simulation.parallel.ParallelRun;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;

/** The results page shows the stored result JSON's figures, named and dated from the run's plan snapshot. */
class RunResultsTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String snapshot;
    private static Plan plan;
    private static JsonNode result;

    @BeforeAll
    static void simulateSamplePlanWithRisksAndBenefits() throws Exception {
        snapshot = Files.readString(Path.of("..", "sample-plans", "001-omnichannel-fusion.json"));
        plan = new PlanJson().read(snapshot);
        result = JSON.readTree(simulate(snapshot));
    }

    private static String simulate(String planJson) {
        return SimulationService.simulate(planJson, new SimulationSettings(3_000, 42L, Sampling.RANDOM, false, null),
                ProgressListener.NONE, ParallelRun.NEW_THREAD_PER_TASK, new Cancellation());
    }

    private static String money(JsonNode amount, Locale locale) {
        return MoneyFormat.format(amount.asDouble(), "CNY", locale);
    }

    @Test
    void finishPercentilesAreTheStoredDatesWithTheirGapToTheDeterministicFinish() {
        List<RunResults.PercentileRow> rows = new RunResults(result, plan, Locale.ENGLISH).getPercentileRows();

        assertEquals(List.of("P10", "P50", "P80", "P90", "Deterministic schedule"),
                rows.stream().map(RunResults.PercentileRow::label).toList());
        JsonNode finish = result.get("finish");
        assertEquals(result.at("/finishDates/p80").asText(), rows.get(2).date());
        double gapP80 = finish.get("p80").asDouble() - finish.get("deterministic").asDouble();
        assertEquals(ChartJson.number(gapP80, 1, Locale.ENGLISH), rows.get(2).gap().replace("+", ""));
        assertEquals(result.at("/finishDates/deterministic").asText(), rows.get(4).date());
        RunResults results = new RunResults(result, plan, Locale.ENGLISH);
        assertEquals(ChartJson.number(finish.get("mergeBiasGapP80").asDouble(), 1, Locale.ENGLISH),
                results.getMergeBiasGapP80().replace("+", ""));
        assertEquals(ChartJson.percentText(result.get("probabilityOnTime").asDouble(), Locale.ENGLISH),
                results.getProbabilityOnTime());
    }

    @Test
    void gapChartPlotsEachPercentileMinusTheDeterministicFinish() throws Exception {
        JsonNode chart = JSON.readTree(new RunResults(result, plan, ZH).getGapChart());
        JsonNode finish = result.get("finish");
        assertEquals(finish.get("p50").asDouble() - finish.get("deterministic").asDouble(),
                chart.at("/data/datasets/0/data/1").asDouble());
        assertTrue(chart.at("/data/datasets/0/kpTooltips/1").asText().endsWith(result.at("/finishDates/p50").asText()));
        assertEquals("模拟完工较确定性完工的推迟", chart.at("/options/plugins/title/text").asText());
    }

    @Test
    void histogramTablesListTheStoredBinsWithTheirRangeShareAndCumulativeShare() {
        RunResults results = new RunResults(result, plan, ZH);
        JsonNode finish = result.at("/finish/histogram");
        List<RunResults.BinRow> finishBins = results.getFinishBins();
        assertEquals(finish.size(), finishBins.size());
        assertEquals(ChartJson.percentText(finish.get(3).get("probability").asDouble(), ZH), finishBins.get(3).share());
        assertEquals("100.0 %", finishBins.get(finishBins.size() - 1).cumulative());
        JsonNode cost = result.at("/cost/histogram/0");
        assertEquals(money(cost.get("from"), ZH) + " – " + money(cost.get("to"), ZH), results.getCostBins().get(0).range());
        assertEquals(result.at("/npv/histogram").size(), results.getNpvBins().size());
        assertEquals(result.at("/roi/histogram").size(), results.getRoiBins().size());
    }

    @Test
    void milestonesCarryTheirNamesAndDueDatesFromTheSnapshot() {
        List<RunResults.MilestoneRow> rows = new RunResults(result, plan, ZH).getMilestoneRows();

        assertEquals(plan.milestones().size(), rows.size());
        JsonNode first = result.get("milestones").get(0);
        assertEquals(first.get("code").asText(), rows.get(0).code());
        assertEquals(plan.milestones().get(0).name().in(ZH), rows.get(0).name());
        assertEquals(plan.milestones().get(0).due().toString(), rows.get(0).due());
        assertEquals(first.get("p80").asText(), rows.get(0).p80());
    }

    @Test
    void activityRankingsAreTheTopTenByCriticalityAndBySensitivity() throws Exception {
        RunResults results = new RunResults(result, plan, Locale.ENGLISH);
        List<JsonNode> byCriticality = new ArrayList<>();
        result.get("activities").forEach(byCriticality::add);
        byCriticality.sort(Comparator.comparingDouble(a -> -a.get("criticality").asDouble()));

        List<RunResults.ActivityRow> rows = results.getCriticalityRows();
        assertEquals(RunResults.TOP_ACTIVITIES, rows.size());
        JsonNode top = byCriticality.get(0);
        assertEquals(top.get("code").asText(), rows.get(0).code());
        assertEquals(ChartJson.percentText(top.get("criticality").asDouble(), Locale.ENGLISH), rows.get(0).criticality());
        String name = plan.wbs().stream().filter(a -> a.code().equals(top.get("code").asText())).findFirst().orElseThrow()
                .name().in(Locale.ENGLISH);
        assertEquals(name, rows.get(0).name());
        JsonNode chart = JSON.readTree(results.getCriticalityChart());
        assertEquals(ChartJson.percent(top.get("criticality").asDouble()), chart.at("/data/datasets/0/data/0").asDouble());
        assertEquals(top.get("code").asText() + " " + name, chart.at("/data/labels/0").asText());

        List<RunResults.ActivityRow> sensitive = results.getSensitivityRows();
        double largest = 0;
        for (JsonNode a : result.get("activities")) {
            largest = Math.max(largest, Math.abs(a.get("sensitivity").asDouble()));
        }
        JsonNode sensitivityChart = JSON.readTree(results.getSensitivityChart());
        assertEquals(largest, Math.abs(sensitivityChart.at("/data/datasets/0/data/0").asDouble()));
        assertEquals(RunResults.TOP_ACTIVITIES, sensitive.size());
    }

    @Test
    void tornadoNamesEachRiskByItsTitleWithItsFinishAndCostImpact() throws Exception {
        RunResults results = new RunResults(result, plan, ZH);
        List<RunResults.RiskRow> rows = results.getRiskRows();

        assertTrue(results.isWithRisks());
        assertEquals(result.get("riskTornado").size(), rows.size());
        JsonNode first = result.get("riskTornado").get(0);
        assertEquals(first.get("risk").asText(), rows.get(0).code());
        assertEquals(plan.risks().stream().filter(r -> r.code().equals(first.get("risk").asText())).findFirst()
                .orElseThrow().title().in(ZH), rows.get(0).title());
        assertEquals(money(first.get("p80CostImpact"), ZH), rows.get(0).costImpact());
        JsonNode cost = JSON.readTree(results.getTornadoCostChart());
        double largest = 0;
        for (JsonNode t : result.get("riskTornado")) {
            largest = Math.max(largest, Math.abs(t.get("p80CostImpact").asDouble()));
        }
        assertEquals(MoneyFormat.inDisplayUnit(largest, "CNY", ZH), Math.abs(cost.at("/data/datasets/0/data/0").asDouble()));
        JsonNode finish = JSON.readTree(results.getTornadoFinishChart());
        assertEquals(result.get("riskTornado").size(), finish.at("/data/datasets/0/data").size());
    }

    @Test
    void costFiguresAreTheStoredOnesInWanForChineseReaders() throws Exception {
        RunResults results = new RunResults(result, plan, ZH);
        JsonNode cost = result.get("cost");

        RunResults.DistributionRow row = results.getCostRows().get(0);
        assertEquals(money(cost.get("p50"), ZH), row.p50());
        assertEquals(money(cost.get("p80"), ZH), row.p80());
        assertTrue(row.p80().endsWith("万元"), row.p80());
        List<RunResults.FigureRow> figures = results.getCostFigures();
        assertEquals(money(cost.get("contingencyNeededP80"), ZH), value(figures, "P80 所需应急费用（P80 成本 − 预算）"));
        assertEquals(ChartJson.percentText(cost.get("jointConfidenceP80Box").asDouble(), ZH),
                value(figures, "P80 联合置信度（完工 ≤ P80 且成本 ≤ P80）"));
        assertEquals(ChartJson.percentText(cost.get("jointConfidence").asDouble(), ZH),
                value(figures, "联合置信度（按期且不超过预算加储备）"));

        JsonNode chart = JSON.readTree(results.getCostChart());
        int budgetBin = -1;
        JsonNode markers = chart.at("/data/datasets/2/data");
        for (int i = 0; i < markers.size(); i++) {
            budgetBin = markers.get(i).isNull() ? budgetBin : i;
        }
        assertEquals(money(cost.get("budget"), ZH), chart.at("/data/datasets/2/kpTooltips/" + budgetBin).asText());
        assertEquals("金额（万元）", chart.at("/options/scales/x/title/text").asText());

        JsonNode contingency = JSON.readTree(results.getContingencyChart());
        assertEquals(MoneyFormat.inDisplayUnit(cost.get("contingencyNeededP80").asDouble(), "CNY", ZH),
                contingency.at("/data/datasets/0/data/0").asDouble());
        assertEquals(MoneyFormat.inDisplayUnit(cost.get("reserve").asDouble(), "CNY", ZH),
                contingency.at("/data/datasets/0/data/1").asDouble());
    }

    @Test
    void jointChartPlotsTheStoredPairsAndTheP80Corner() throws Exception {
        RunResults results = new RunResults(result, plan, Locale.ENGLISH);
        JsonNode chart = JSON.readTree(results.getJointChart());
        JsonNode pairs = result.at("/jointSample/pairs");

        assertEquals(pairs.size(), chart.at("/data/datasets/0/data").size());
        assertEquals(pairs.get(7).get(0).asDouble(), chart.at("/data/datasets/0/data/7/x").asDouble());
        assertEquals(pairs.get(7).get(1).asDouble(), chart.at("/data/datasets/0/data/7/y").asDouble(), "CNY in English");
        assertEquals(result.at("/finish/p80").asDouble(), chart.at("/data/datasets/1/data/1/x").asDouble());
        assertEquals(result.at("/cost/p80").asDouble(), chart.at("/data/datasets/1/data/1/y").asDouble());
        assertEquals("The chart shows 1,500 of the 3,000 runs (one in every 2).", results.getJointSampleText());
    }

    @Test
    void spendIsTheStoredP50AndP80AgainstThePlannedBudgetOfTheCell() {
        List<RunResults.SpendRow> rows = new RunResults(result, plan, Locale.ENGLISH).getSpendRows();
        JsonNode cell = result.get("spend").get(0);
        String category = plan.budget().categories().stream().filter(c -> c.code().equals(cell.get("category").asText()))
                .findFirst().orElseThrow().name().in(Locale.ENGLISH);
        RunResults.SpendRow row = rows.stream().filter(r -> r.category().equals(category)
                && r.quarter().equals(cell.get("quarter").asText())).findFirst().orElseThrow();
        assertEquals(money(cell.get("p80"), Locale.ENGLISH), row.p80());
        double planned = plan.budget().lines().stream().filter(l -> l.category().equals(cell.get("category").asText())
                && l.quarter().toString().equals(cell.get("quarter").asText())).mapToDouble(BudgetLine::planned).sum();
        assertEquals(MoneyFormat.format(planned, "CNY", Locale.ENGLISH), row.budget());
        assertEquals(MoneyFormat.format(cell.get("p80").asDouble() - planned, "CNY", Locale.ENGLISH), row.p80OverBudget());
    }

    @Test
    void roiDistributionsAndProbabilitiesAreTheStoredOnes() throws Exception {
        RunResults results = new RunResults(result, plan, ZH);
        assertTrue(results.isWithRoi());
        List<RunResults.DistributionRow> rows = results.getRoiRows();
        assertEquals(money(result.at("/npv/p50"), ZH), rows.get(0).p50());
        assertEquals(ChartJson.percentText(result.at("/irr/p50").asDouble(), ZH), rows.get(1).p50());
        assertEquals(ChartJson.fixed(result.at("/roi/p80").asDouble(), 2, ZH), rows.get(2).p80());
        List<RunResults.FigureRow> figures = results.getRoiFigures();
        assertEquals(ChartJson.percentText(result.at("/npv/probabilityNegative").asDouble(), ZH),
                value(figures, "P（NPV < 0）"));
        assertEquals(ChartJson.percentText(result.at("/roi/probabilityMeetsTarget").asDouble(), ZH),
                value(figures, "P（投资回报率 ≥ 目标）"));
        assertEquals("2.00", value(figures, "投资回报率目标"));

        JsonNode npv = JSON.readTree(results.getNpvChart());
        assertEquals(result.at("/npv/histogram").size(), npv.at("/data/datasets/0/data").size()
                - countAdded(npv, result.at("/npv/histogram")));
        JsonNode roi = JSON.readTree(results.getRoiChart());
        assertEquals("投资回报率目标", roi.at("/data/datasets/2/label").asText());
        assertTrue(results.isWithPayback() == result.at("/paybackQuarters").has("histogram"));
    }

    @Test
    void aPlanWithoutABenefitModelHasNoRoiSection() throws Exception {
        ObjectNode withoutBenefits = (ObjectNode) JSON.readTree(snapshot);
        withoutBenefits.remove("benefits");
        String planJson = JSON.writeValueAsString(withoutBenefits);
        RunResults results = new RunResults(JSON.readTree(simulate(planJson)), new PlanJson().read(planJson), ZH);
        assertFalse(results.isWithRoi());
        assertTrue(results.isWithSpend());
    }

    /** Bins the chart added to reach its marker: its bars beyond the stored histogram's. */
    private static int countAdded(JsonNode chart, JsonNode histogram) {
        return chart.at("/data/labels").size() - histogram.size();
    }

    private static String value(List<RunResults.FigureRow> rows, String label) {
        return rows.stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label))
                .value();
    }
}
