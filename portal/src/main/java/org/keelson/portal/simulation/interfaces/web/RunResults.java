package org.keelson.portal.simulation.interfaces.web;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.DoubleFunction;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.keelson.portal.i18n.Messages;
import org.keelson.portal.i18n.MoneyFormat;
import org.keelson.simulation.budget.BudgetCategory;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.WorkingDayCalendar;
import org.keelson.simulation.statistics.HistogramBin;
import org.keelson.simulation.text.LocalizedText;

/**
 * The figures, tables and charts of one finished run in one language, read from its stored result JSON (the
 * command line's {@code simulate} document) and the plan snapshot it simulated: names of activities, risks,
 * milestones and budget categories, the calendar that maps working days to dates, the currency and the budget
 * come from that snapshot, never from the plan as it is now. Amounts show as {@link MoneyFormat} shows them (万元
 * for Chinese readers of CNY plans), every other number grouped and rounded in the reader's language.
 */
public final class RunResults {
    /** How many activities the criticality and sensitivity rankings show. */
    static final int TOP_ACTIVITIES = 10;
    private static final List<String> PERCENTILES = List.of("p10", "p50", "p80", "p90");

    /** A percentile of the finish: its date, working days from the start, and the gap to the deterministic finish. */
    public record PercentileRow(String label, String date, String workingDays, String gap) {
    }

    public record MilestoneRow(String code, String name, String due, String deterministic, String p10, String p50,
            String p80, String p90) {
    }

    public record ActivityRow(String code, String name, String criticality, String sensitivity, String cruciality) {
    }

    public record RiskRow(String code, String title, String probability, String finishImpact, String costImpact) {
    }

    /** A named figure and its value. */
    public record FigureRow(String label, String value) {
    }

    public record SpendRow(String category, String quarter, String p50, String p80, String budget, String p80OverBudget) {
    }

    /** A histogram bin as a table shows it: its range, the share of runs in it and the share up to its end. */
    public record BinRow(String range, String share, String cumulative) {
    }

    /** A distribution's mean and percentiles. */
    public record DistributionRow(String label, String mean, String p10, String p50, String p80, String p90) {
    }

    private final JsonNode result;
    private final Plan snapshot;
    private final Locale locale;
    private final ResourceBundle texts;
    private final WorkingDayCalendar calendar;

    public RunResults(JsonNode result, Plan snapshot, Locale locale) {
        this.result = result;
        this.snapshot = snapshot;
        this.locale = locale;
        this.texts = Messages.bundle(locale);
        this.calendar = new WorkingDayCalendar(snapshot.calendar(), snapshot.startDate());
    }

    // --- finish ---

    /** P10, P50, P80, P90 and the deterministic finish. */
    public List<PercentileRow> getPercentileRows() {
        JsonNode finish = result.get("finish");
        double deterministic = finish.get("deterministic").asDouble();
        List<PercentileRow> rows = new ArrayList<>();
        for (String p : PERCENTILES) {
            double offset = finish.get(p).asDouble();
            rows.add(new PercentileRow(p.toUpperCase(Locale.ROOT), result.get("finishDates").get(p).asText(),
                    days(offset), signedDays(offset - deterministic)));
        }
        rows.add(new PercentileRow(text("deterministic"), result.get("finishDates").get("deterministic").asText(),
                days(deterministic), days(0)));
        return rows;
    }

    public String getMergeBiasGapP50() {
        return signedDays(result.get("finish").get("mergeBiasGapP50").asDouble());
    }

    public String getMergeBiasGapP80() {
        return signedDays(result.get("finish").get("mergeBiasGapP80").asDouble());
    }

    public String getDeadline() {
        return textOrDash(result.get("deadline"));
    }

    public String getProbabilityOnTime() {
        return shareOrDash(result.get("probabilityOnTime"));
    }

    /** Each percentile's finish minus the deterministic finish, in working days. */
    public String getGapChart() {
        JsonNode finish = result.get("finish");
        double deterministic = finish.get("deterministic").asDouble();
        List<String> labels = new ArrayList<>();
        List<Double> gaps = new ArrayList<>();
        List<String> tooltips = new ArrayList<>();
        for (String p : PERCENTILES) {
            double gap = finish.get(p).asDouble() - deterministic;
            labels.add(p.toUpperCase(Locale.ROOT));
            gaps.add(gap);
            tooltips.add(signedDays(gap) + " " + text("workingDays") + " · " + result.get("finishDates").get(p).asText());
        }
        return BarChart.of(text("gapChart"), labels,
                List.of(new BarChart.Series(text("gapSeries"), ChartJson.BLUE, gaps, tooltips)),
                text("workingDaysAxis"), false, locale);
    }

    public String getFinishChart() {
        JsonNode deadline = result.get("deadline");
        Double deadlineOffset = deadline == null || deadline.isNull() ? null
                : (double) calendar.workingDaysThrough(java.time.LocalDate.parse(deadline.asText()));
        return SimulationChartConfig.finishHistogram(StoredResults.bins(result.get("finish").get("histogram")), deadlineOffset,
                calendar, new SimulationChartConfig.Labels(texts.getString("simulation.chartTitle"),
                        texts.getString("simulation.chartShare"), texts.getString("simulation.chartCumulative"),
                        texts.getString("simulation.chartDeadline")), locale);
    }

    public List<BinRow> getFinishBins() {
        return binRows(result.get("finish").get("histogram"), offset -> calendar.finishDate(offset).toString());
    }

    // --- milestones ---

    public List<MilestoneRow> getMilestoneRows() {
        List<MilestoneRow> rows = new ArrayList<>();
        for (JsonNode m : result.get("milestones")) {
            String code = m.get("code").asText();
            var planned = snapshot.milestones().stream().filter(s -> s.code().equals(code)).findFirst();
            rows.add(new MilestoneRow(code, planned.map(s -> name(s.name())).orElse(Messages.DASH),
                    planned.map(s -> s.due() == null ? Messages.DASH : s.due().toString()).orElse(Messages.DASH),
                    textOrDash(m.get("deterministic")), textOrDash(m.get("p10")), textOrDash(m.get("p50")),
                    textOrDash(m.get("p80")), textOrDash(m.get("p90"))));
        }
        return rows;
    }

    // --- activities ---

    /** The activities most often critical, most first (plan order among equals). */
    public List<ActivityRow> getCriticalityRows() {
        return activities(Comparator.comparingDouble((JsonNode a) -> -a.get("criticality").asDouble()));
    }

    /** The activities whose duration moves the finish most (largest |sensitivity| first). */
    public List<ActivityRow> getSensitivityRows() {
        return activities(Comparator.comparingDouble((JsonNode a) -> -Math.abs(a.get("sensitivity").asDouble())));
    }

    public String getCriticalityChart() {
        List<JsonNode> top = top(Comparator.comparingDouble((JsonNode a) -> -a.get("criticality").asDouble()));
        List<Double> values = new ArrayList<>();
        List<String> tooltips = new ArrayList<>();
        top.forEach(a -> {
            values.add(ChartJson.percent(a.get("criticality").asDouble()));
            tooltips.add(ChartJson.percentText(a.get("criticality").asDouble(), locale));
        });
        return BarChart.of(text("criticalityChart"), activityLabels(top),
                List.of(new BarChart.Series(text("criticality"), ChartJson.ORANGE, values, tooltips)),
                text("criticalityAxis"), true, locale);
    }

    public String getSensitivityChart() {
        List<JsonNode> top = top(Comparator.comparingDouble((JsonNode a) -> -Math.abs(a.get("sensitivity").asDouble())));
        List<Double> values = new ArrayList<>();
        List<String> tooltips = new ArrayList<>();
        top.forEach(a -> {
            values.add(a.get("sensitivity").asDouble());
            tooltips.add(twoDecimals(a.get("sensitivity").asDouble()));
        });
        return BarChart.of(text("sensitivityChart"), activityLabels(top),
                List.of(new BarChart.Series(text("sensitivity"), ChartJson.BLUE, values, tooltips)),
                text("sensitivityAxis"), true, locale);
    }

    private List<ActivityRow> activities(Comparator<JsonNode> order) {
        return top(order).stream().map(a -> new ActivityRow(a.get("code").asText(), activityName(a.get("code").asText()),
                ChartJson.percentText(a.get("criticality").asDouble(), locale), twoDecimals(a.get("sensitivity").asDouble()),
                twoDecimals(a.get("cruciality").asDouble()))).toList();
    }

    private List<JsonNode> top(Comparator<JsonNode> order) {
        return StreamSupport.stream(result.get("activities").spliterator(), false).sorted(order).limit(TOP_ACTIVITIES)
                .toList();
    }

    private List<String> activityLabels(List<JsonNode> activities) {
        return activities.stream().map(a -> a.get("code").asText() + " " + activityName(a.get("code").asText())).toList();
    }

    private String activityName(String code) {
        return snapshot.wbs().stream().filter(a -> a.code().equals(code)).findFirst().map(Activity::name)
                .map(this::name).orElse(Messages.DASH);
    }

    // --- risks ---

    /** Risks by decreasing P80 finish impact, as the engine ranks them. */
    public List<RiskRow> getRiskRows() {
        List<RiskRow> rows = new ArrayList<>();
        for (JsonNode t : result.get("riskTornado")) {
            String code = t.get("risk").asText();
            rows.add(new RiskRow(code, riskTitle(code), ChartJson.percentText(t.get("probability").asDouble(), locale),
                    signedDays(t.get("p80FinishImpact").asDouble()), money(t.get("p80CostImpact").asDouble())));
        }
        return rows;
    }

    public boolean isWithRisks() {
        return !result.get("riskTornado").isEmpty();
    }

    public String getTornadoFinishChart() {
        return tornado("tornadoFinishChart", "p80FinishImpact", ChartJson.BLUE, this::signedDays, d -> d,
                text("workingDaysAxis"));
    }

    public String getTornadoCostChart() {
        return tornado("tornadoCostChart", "p80CostImpact", ChartJson.ORANGE, this::money, this::inUnit, moneyAxis());
    }

    private String tornado(String title, String field, String colour, DoubleFunction<String> format,
            java.util.function.DoubleUnaryOperator unit, String axis) {
        List<JsonNode> risks = StreamSupport.stream(result.get("riskTornado").spliterator(), false)
                .sorted(Comparator.comparingDouble((JsonNode t) -> -Math.abs(t.get(field).asDouble()))).toList();
        List<Double> values = new ArrayList<>();
        List<String> tooltips = new ArrayList<>();
        risks.forEach(t -> {
            values.add(unit.applyAsDouble(t.get(field).asDouble()));
            tooltips.add(format.apply(t.get(field).asDouble()));
        });
        return BarChart.of(text(title), risks.stream().map(t -> t.get("risk").asText() + " " + riskTitle(t.get("risk").asText()))
                .toList(), List.of(new BarChart.Series(text(title + "Series"), colour, values, tooltips)), axis, true, locale);
    }

    private String riskTitle(String code) {
        return snapshot.risks().stream().filter(r -> r.code().equals(code)).findFirst().map(r -> name(r.title()))
                .orElse(Messages.DASH);
    }

    // --- cost ---

    public List<DistributionRow> getCostRows() {
        return List.of(distribution(text("cost"), result.get("cost"), this::money));
    }

    /** Budget, reserve, contingency needed at P80, and the confidence of meeting them. */
    public List<FigureRow> getCostFigures() {
        JsonNode cost = result.get("cost");
        List<FigureRow> rows = new ArrayList<>();
        rows.add(new FigureRow(text("deterministicCost"), money(cost.get("deterministic").asDouble())));
        rows.add(new FigureRow(text("budget"), moneyOrDash(cost.get("budget"))));
        rows.add(new FigureRow(text("reserve"), moneyOrDash(cost.get("reserve"))));
        rows.add(new FigureRow(text("contingencyNeededP80"), moneyOrDash(cost.get("contingencyNeededP80"))));
        rows.add(new FigureRow(text("probabilityWithinBudget"), shareOrDash(cost.get("probabilityWithinBudget"))));
        rows.add(new FigureRow(text("jointConfidence"), shareOrDash(cost.get("jointConfidence"))));
        rows.add(new FigureRow(text("jointConfidenceP80Box"), shareOrDash(cost.get("jointConfidenceP80Box"))));
        return rows;
    }

    public String getCostChart() {
        JsonNode budget = result.get("cost").get("budget");
        return HistogramChart.of(StoredResults.bins(result.get("cost").get("histogram")), budget.isNull() ? null : budget.asDouble(),
                to -> ChartJson.fixed(inUnit(to), 2, locale), this::money,
                new HistogramChart.Labels(text("costChart"), texts.getString("simulation.chartShare"),
                        text("costCumulative"), text("budget"), moneyAxis()), locale);
    }

    public List<BinRow> getCostBins() {
        return binRows(result.get("cost").get("histogram"), this::money);
    }

    public boolean isWithBudget() {
        return !result.get("cost").get("budget").isNull();
    }

    /** Contingency needed at P80 (P80 cost minus budget) beside the plan's reserve. */
    public String getContingencyChart() {
        JsonNode cost = result.get("cost");
        double needed = cost.get("contingencyNeededP80").asDouble();
        double reserve = cost.get("reserve").asDouble();
        return BarChart.of(text("contingencyChart"), List.of(text("contingencyNeededP80"), text("reserve")),
                List.of(new BarChart.Series(text("contingencyChart"), ChartJson.ORANGE,
                        List.of(inUnit(needed), inUnit(reserve)), List.of(money(needed), money(reserve)))),
                moneyAxis(), false, locale);
    }

    public String getJointChart() {
        List<double[]> pairs = new ArrayList<>();
        result.get("jointSample").get("pairs").forEach(p -> pairs.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()}));
        return JointConfidenceChart.of(pairs, result.get("finish").get("p80").asDouble(),
                result.get("cost").get("p80").asDouble(), offset -> calendar.finishDate(offset).toString(), this::money,
                this::inUnit, new JointConfidenceChart.Labels(text("jointChart"), text("jointIterations"),
                        text("jointBox"), text("workingDaysFromStart"), moneyAxis()), locale);
    }

    /** How many iterations the scatter shows, and every how many iterations it takes one. */
    public String getJointSampleText() {
        JsonNode sample = result.get("jointSample");
        return MessageFormat.format(text("jointSampleText"), ChartJson.number(sample.get("pairs").size(), 0, locale),
                ChartJson.number(result.get("iterations").asInt(), 0, locale),
                ChartJson.number(sample.get("stride").asInt(), 0, locale));
    }

    // --- spend ---

    /** Every category and quarter with simulated spend or a budget, by quarter then by the plan's category order. */
    public List<SpendRow> getSpendRows() {
        List<SpendRow> rows = new ArrayList<>();
        spendCells().forEach((key, cell) -> rows.add(new SpendRow(categoryName(key.category()), key.quarter(),
                money(cell.p50), money(cell.p80), cell.budget == null ? Messages.DASH : money(cell.budget),
                cell.budget == null ? Messages.DASH : money(cell.p80 - cell.budget))));
        return rows;
    }

    public boolean isWithSpend() {
        return !spendCells().isEmpty();
    }

    public String getSpendChart() {
        Map<SpendKey, SpendCell> cells = spendCells();
        List<String> labels = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        List<Double> p80 = new ArrayList<>();
        List<Double> budget = new ArrayList<>();
        List<String> p50Texts = new ArrayList<>();
        List<String> p80Texts = new ArrayList<>();
        List<String> budgetTexts = new ArrayList<>();
        cells.forEach((key, cell) -> {
            labels.add(categoryName(key.category()) + " " + key.quarter());
            p50.add(inUnit(cell.p50));
            p50Texts.add(money(cell.p50));
            p80.add(inUnit(cell.p80));
            p80Texts.add(money(cell.p80));
            budget.add(cell.budget == null ? null : inUnit(cell.budget));
            budgetTexts.add(cell.budget == null ? Messages.DASH : money(cell.budget));
        });
        return BarChart.of(text("spendChart"), labels, List.of(new BarChart.Series("P50", ChartJson.BLUE, p50, p50Texts),
                new BarChart.Series("P80", ChartJson.ORANGE, p80, p80Texts),
                new BarChart.Series(text("budget"), ChartJson.GREY, budget, budgetTexts)), moneyAxis(), false, locale);
    }

    private record SpendKey(String category, String quarter) {
    }

    private static final class SpendCell {
        double p50;
        double p80;
        Double budget;
    }

    private Map<SpendKey, SpendCell> spendCells() {
        Map<SpendKey, SpendCell> cells = new LinkedHashMap<>();
        for (JsonNode s : result.get("spend")) {
            SpendCell cell = cells.computeIfAbsent(new SpendKey(s.get("category").asText(), s.get("quarter").asText()),
                    k -> new SpendCell());
            cell.p50 = s.get("p50").asDouble();
            cell.p80 = s.get("p80").asDouble();
        }
        if (snapshot.budget() != null) {
            for (BudgetLine line : snapshot.budget().lines()) {
                SpendCell cell = cells.computeIfAbsent(new SpendKey(line.category(), line.quarter().toString()),
                        k -> new SpendCell());
                cell.budget = (cell.budget == null ? 0 : cell.budget) + line.planned();
            }
        }
        List<String> categoryOrder = snapshot.budget() == null ? List.of()
                : snapshot.budget().categories().stream().map(BudgetCategory::code).toList();
        Map<SpendKey, SpendCell> sorted = new LinkedHashMap<>();
        cells.entrySet().stream().sorted(Comparator.comparing((Map.Entry<SpendKey, SpendCell> e) -> e.getKey().quarter())
                .thenComparingInt(e -> {
                    int index = categoryOrder.indexOf(e.getKey().category());
                    return index < 0 ? Integer.MAX_VALUE : index;
                }).thenComparing(e -> e.getKey().category()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private String categoryName(String code) {
        return snapshot.budget() == null ? code : snapshot.budget().categories().stream()
                .filter(c -> c.code().equals(code)).findFirst().map(c -> name(c.name())).orElse(code);
    }

    // --- ROI ---

    /** Whether the plan has a benefit model (then the result has the ROI figures). */
    public boolean isWithRoi() {
        return result.has("npv");
    }

    public List<DistributionRow> getRoiRows() {
        return List.of(distribution(text("npv"), result.get("npv"), this::money),
                distribution(text("irr"), result.get("irr"), v -> ChartJson.percentText(v, locale)),
                distribution(text("roi"), result.get("roi"), this::twoDecimals),
                distribution(text("payback"), result.get("paybackQuarters"), v -> ChartJson.number(v, 1, locale)));
    }

    public List<FigureRow> getRoiFigures() {
        JsonNode roi = result.get("roi");
        return List.of(new FigureRow(text("probabilityNpvNegative"), shareOrDash(result.get("npv").get("probabilityNegative"))),
                new FigureRow(text("roiTarget"), roi.get("target").isNull() ? Messages.DASH : twoDecimals(roi.get("target").asDouble())),
                new FigureRow(text("probabilityRoiMeetsTarget"), shareOrDash(roi.get("probabilityMeetsTarget"))),
                new FigureRow(text("irrUndefinedShare"), shareOrDash(result.get("irr").get("undefinedShare"))),
                new FigureRow(text("roiUndefinedShare"), shareOrDash(roi.get("undefinedShare"))),
                new FigureRow(text("paybackNeverShare"), shareOrDash(result.get("paybackQuarters").get("neverShare"))));
    }

    public String getNpvChart() {
        return distributionChart("npvChart", result.get("npv"), 0.0, to -> ChartJson.fixed(inUnit(to), 2, locale),
                this::money, text("npvZero"), moneyAxis());
    }

    public List<BinRow> getNpvBins() {
        return binRows(result.get("npv").get("histogram"), this::money);
    }

    public boolean isWithIrr() {
        return result.get("irr").has("histogram");
    }

    public String getIrrChart() {
        return distributionChart("irrChart", result.get("irr"), null, to -> ChartJson.number(to * 100, 1, locale),
                v -> ChartJson.percentText(v, locale), null, text("irrAxis"));
    }

    public List<BinRow> getIrrBins() {
        return binRows(result.get("irr").get("histogram"), v -> ChartJson.percentText(v, locale));
    }

    public boolean isWithRoiDistribution() {
        return result.get("roi").has("histogram");
    }

    public String getRoiChart() {
        JsonNode target = result.get("roi").get("target");
        return distributionChart("roiChart", result.get("roi"), target.isNull() ? null : target.asDouble(),
                to -> ChartJson.fixed(to, 2, locale), this::twoDecimals, text("roiTarget"), text("roi"));
    }

    public List<BinRow> getRoiBins() {
        return binRows(result.get("roi").get("histogram"), this::twoDecimals);
    }

    public boolean isWithPayback() {
        return result.get("paybackQuarters").has("histogram");
    }

    public String getPaybackChart() {
        return distributionChart("paybackChart", result.get("paybackQuarters"), null,
                to -> ChartJson.number(to, 1, locale), v -> ChartJson.number(v, 1, locale), null, text("paybackAxis"));
    }

    public List<BinRow> getPaybackBins() {
        return binRows(result.get("paybackQuarters").get("histogram"), v -> ChartJson.number(v, 1, locale));
    }

    private String distributionChart(String title, JsonNode distribution, Double marker, DoubleFunction<String> axisLabel,
            DoubleFunction<String> valueText, String markerLabel, String axis) {
        return HistogramChart.of(StoredResults.bins(distribution.get("histogram")), marker, axisLabel, valueText,
                new HistogramChart.Labels(text(title), texts.getString("simulation.chartShare"), text("atMost"),
                        markerLabel, axis), locale);
    }

    // --- formatting ---

    private DistributionRow distribution(String label, JsonNode summary, DoubleFunction<String> format) {
        return new DistributionRow(label, valueOrDash(summary.get("mean"), format), valueOrDash(summary.get("p10"), format),
                valueOrDash(summary.get("p50"), format), valueOrDash(summary.get("p80"), format),
                valueOrDash(summary.get("p90"), format));
    }

    private List<BinRow> binRows(JsonNode histogram, DoubleFunction<String> valueText) {
        List<BinRow> rows = new ArrayList<>();
        double sum = 0;
        for (HistogramBin bin : StoredResults.bins(histogram)) {
            sum = Math.min(1, sum + bin.probability());
            rows.add(new BinRow(valueText.apply(bin.from()) + " – " + valueText.apply(bin.to()),
                    ChartJson.percentText(bin.probability(), locale), ChartJson.percentText(sum, locale)));
        }
        return rows;
    }

    private String text(String key) {
        return texts.getString("simulation.result." + key);
    }

    private String name(LocalizedText name) {
        String value = name == null ? null : name.in(locale);
        return value == null || value.isBlank() ? Messages.DASH : value;
    }

    private String money(double amount) {
        return MoneyFormat.format(amount, snapshot.currency(), locale);
    }

    private double inUnit(double amount) {
        return MoneyFormat.inDisplayUnit(amount, snapshot.currency(), locale);
    }

    private String moneyAxis() {
        return MessageFormat.format(text("moneyAxis"), MoneyFormat.unit(snapshot.currency(), locale));
    }

    private String moneyOrDash(JsonNode amount) {
        return valueOrDash(amount, this::money);
    }

    private String shareOrDash(JsonNode share) {
        return valueOrDash(share, v -> ChartJson.percentText(v, locale));
    }

    private static String valueOrDash(JsonNode value, DoubleFunction<String> format) {
        return value == null || value.isNull() ? Messages.DASH : format.apply(value.asDouble());
    }

    private String days(double workingDays) {
        return ChartJson.number(workingDays, 1, locale);
    }

    private String signedDays(double workingDays) {
        return (workingDays > 0 ? "+" : "") + days(workingDays);
    }

    /** A coefficient or a ratio (ROI), with two decimals. */
    private String twoDecimals(double value) {
        return ChartJson.fixed(value, 2, locale);
    }

    private static String textOrDash(JsonNode node) {
        return node == null || node.isNull() ? Messages.DASH : node.asText();
    }
}
