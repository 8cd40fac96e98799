package org.keelson.reports.simulation;

import static org.keelson.reports.common.SheetWriter.abs;
import static org.keelson.reports.common.SheetWriter.columnRange;
import static org.keelson.reports.common.SheetWriter.ref;
import static org.keelson.reports.common.SheetWriter.sum;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.keelson.reports.chart.Charts;
import org.keelson.reports.chart.FinishHistogramChart;
import org.keelson.reports.chart.NpvChart;
import org.keelson.reports.chart.TornadoChart;
import org.keelson.reports.common.Highlights;
import org.keelson.reports.common.Label;
import org.keelson.reports.common.Pictures;
import org.keelson.reports.common.PrintLayout;
import org.keelson.reports.common.ReportContext;
import org.keelson.reports.common.SheetWriter;
import org.keelson.reports.common.Styles;
import org.keelson.simulation.forecast.FinishDates;
import org.keelson.simulation.montecarlo.ActivityStatistics;
import org.keelson.simulation.montecarlo.CostOutlook;
import org.keelson.simulation.montecarlo.DateForecast;
import org.keelson.simulation.montecarlo.RiskTornadoEntry;
import org.keelson.simulation.montecarlo.SimulationResult;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.budget.BudgetBreakdown;
import org.keelson.simulation.evm.EarnedValue;
import org.keelson.simulation.evm.Measures;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.roi.PlanForecast;
import org.keelson.simulation.roi.QuarterCashFlow;
import org.keelson.simulation.roi.RoiResult;
import org.keelson.simulation.roi.RoiTornadoEntry;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.WorkingDayCalendar;
import org.keelson.simulation.statistics.DistributionSummary;
import org.keelson.simulation.statistics.HistogramBin;

/**
 * The outlook of a plan from one {@link PlanForecast} run: summary (P-dates and P-costs, probabilities of meeting
 * deadline and budget, NPV/IRR/ROI/payback), finish-date and cost histograms, criticality and sensitivity, the risk
 * tornado and, with a benefit model, the NPV histogram, mean cash flows and the NPV drivers. The engine's statistics
 * are the typed-in inputs; shares, cumulative probabilities, swings, reserve needs and 万元 twins are formulas.
 * Charts (finish histogram, risk tornado, NPV distribution, NPV drivers) are embedded as pictures.
 */
public final class SimulationWorkbook {

    static final int HEADER_ROW = 3;
    static final int FIRST_ROW = 4;
    static final int ITERATIONS = FIRST_ROW, SEED = FIRST_ROW + 1, DEADLINE = FIRST_ROW + 2,
            DETERMINISTIC_FINISH = FIRST_ROW + 3, PROB_DEADLINE = FIRST_ROW + 4, BUDGET = FIRST_ROW + 5,
            RESERVE = FIRST_ROW + 6, BUDGET_WITH_RESERVE = FIRST_ROW + 7, DETERMINISTIC_COST = FIRST_ROW + 8,
            PROB_BUDGET = FIRST_ROW + 9, JOINT = FIRST_ROW + 10, CONTINGENCY_P80 = FIRST_ROW + 11,
            SE_P80_FINISH = FIRST_ROW + 12, SE_MEAN_COST = FIRST_ROW + 13;
    /** Header of the P-value table on the summary: P10, P50, P80, P90 and the mean follow. */
    static final int PVALUE_HEADER = FIRST_ROW + 15;
    static final int[] PERCENTS = {10, 50, 80, 90};
    /** First row of the ROI block on the summary sheet. */
    static final int ROI_HEADER = PVALUE_HEADER + PERCENTS.length + 3;

    private final ReportContext context;
    private final Plan plan;
    private final SimulationResult result;
    private final RoiResult roi;

    /** @param forecast a run of {@code plan} */
    public SimulationWorkbook(Plan plan, PlanForecast forecast) {
        if (forecast == null) {
            throw new IllegalArgumentException("the simulation workbook needs a forecast of plan " + plan.code());
        }
        this.plan = plan;
        this.result = forecast.schedule();
        this.roi = forecast.roi();
        this.context = ReportContext.of(plan);
    }

    public List<String> sheetNames() {
        List<String> names = new ArrayList<>(List.of(context.label(Label.SIM_SUMMARY), context.label(Label.HISTOGRAM),
                context.label(Label.COST_HISTOGRAM), context.label(Label.CRITICALITY), context.label(Label.TORNADO)));
        if (roi != null) {
            names.addAll(List.of(context.label(Label.NPV_HISTOGRAM), context.label(Label.CASH_FLOWS),
                    context.label(Label.NPV_DRIVERS)));
        }
        return names;
    }

    public void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook, context);
            List<SheetWriter> sheets = sheetNames().stream()
                    .map(n -> new SheetWriter(workbook.createSheet(n), styles)).toList();
            writeSummary(sheets.get(0));
            writeFinishHistogram(sheets.get(1));
            writeAmountHistogram(sheets.get(2), Label.COST_HISTOGRAM, result.cost());
            writeCriticality(sheets.get(3));
            writeRiskTornado(sheets.get(4));
            if (roi != null) {
                writeAmountHistogram(sheets.get(5), Label.NPV_HISTOGRAM, roi.npv());
                Pictures.embed(sheets.get(5).sheet(), Charts.png(NpvChart.create(roi, context), 1000, 560), 7,
                        HEADER_ROW, 12, 26);
                writeCashFlows(sheets.get(6));
                writeNpvDrivers(sheets.get(7));
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.setForceFormulaRecalculation(true);
            workbook.write(out);
        }
    }

    private String title(Label sheet) {
        return context.planName() + " — " + context.label(Label.SIMULATION_WORKBOOK) + " — " + context.label(sheet);
    }

    private String subtitle() {
        return context.label(Label.ITERATIONS) + "：" + result.iterations() + "    " + context.label(Label.SEED) + "："
                + result.seed() + "    " + context.label(Label.UNIT_AMOUNT) + "：" + context.currencyUnit();
    }

    private void writeSummary(SheetWriter w) {
        Styles s = w.styles();
        CostOutlook outlook = result.costOutlook();
        DistributionSummary cost = result.cost();
        w.heading(title(Label.SIM_SUMMARY), subtitle(), HEADER_ROW, context.label(Label.NAME), context.label(Label.VALUE));
        if (context.showsWan()) {
            w.text(HEADER_ROW, 2, context.inWan(Label.VALUE), s.header);
        }
        labelled(w, ITERATIONS, Label.ITERATIONS).number(ITERATIONS, 1, result.iterations(), s.integer);
        labelled(w, SEED, Label.SEED).number(SEED, 1, result.seed(), s.integer);
        labelled(w, DEADLINE, Label.DEADLINE).date(DEADLINE, 1, result.deadline(), s.date);
        labelled(w, DETERMINISTIC_FINISH, Label.DETERMINISTIC_FINISH)
                .date(DETERMINISTIC_FINISH, 1, result.finish().deterministicDate(), s.date);
        labelled(w, PROB_DEADLINE, Label.PROB_MEET_DEADLINE).number(PROB_DEADLINE, 1, result.probabilityOnTime(), s.percent);
        w.text(BUDGET, 0, context.withUnit(Label.AUTHORISED_BUDGET), s.text);
        w.number(BUDGET, 1, outlook.budget(), s.money);
        w.text(RESERVE, 0, context.withUnit(Label.CONTINGENCY_RESERVE), s.text);
        w.number(RESERVE, 1, outlook.reserve(), s.money);
        w.text(BUDGET_WITH_RESERVE, 0, context.withUnit(Label.TOTAL_WITH_RESERVE), s.text);
        w.text(DETERMINISTIC_COST, 0, context.withUnit(Label.DETERMINISTIC_COST), s.text);
        w.number(DETERMINISTIC_COST, 1, result.deterministicCost(), s.money);
        labelled(w, PROB_BUDGET, Label.PROB_MEET_BUDGET).number(PROB_BUDGET, 1, outlook.probabilityWithinBudget(), s.percent);
        labelled(w, JOINT, Label.JOINT_CONFIDENCE).number(JOINT, 1, outlook.jointConfidence(), s.percent);
        w.text(CONTINGENCY_P80, 0, context.withUnit(Label.CONTINGENCY_NEEDED_P80), s.text);
        labelled(w, SE_P80_FINISH, Label.SE_P80_FINISH)
                .number(SE_P80_FINISH, 1, finite(result.finish().offsets().standardErrorOfP80()), s.decimal);
        w.text(SE_MEAN_COST, 0, context.withUnit(Label.SE_MEAN_COST), s.text);
        w.number(SE_MEAN_COST, 1, finite(cost.standardErrorOfMean()), s.money);

        boolean wan = context.showsWan();
        w.text(PVALUE_HEADER, 0, context.label(Label.PERCENTILE), s.header);
        w.text(PVALUE_HEADER, 1, context.label(Label.FINISH_DATE), s.header);
        w.text(PVALUE_HEADER, 2, context.label(Label.WORKING_DAYS), s.header);
        w.text(PVALUE_HEADER, 3, context.withUnit(Label.COST), s.header);
        if (wan) {
            w.text(PVALUE_HEADER, 4, context.inWan(Label.COST), s.header);
        }
        DateForecast finish = result.finish();
        LocalDate[] dates = {finish.p10(), finish.p50(), finish.p80(), finish.p90()};
        int row = PVALUE_HEADER + 1;
        for (int i = 0; i < PERCENTS.length; i++) {
            w.text(row, 0, "P" + PERCENTS[i], s.centered);
            w.date(row, 1, dates[i], s.date);
            w.number(row, 2, finish.offsets().percentile(PERCENTS[i]), s.decimal);
            w.number(row, 3, cost.percentile(PERCENTS[i]), s.money);
            row++;
        }
        WorkingDayCalendar calendar = new WorkingDayCalendar(plan.calendar(), plan.startDate());
        w.text(row, 0, context.label(Label.MEAN), s.centered);
        w.date(row, 1, calendar.finishDate(finish.offsets().mean()), s.date);
        w.number(row, 2, finish.offsets().mean(), s.decimal);
        w.number(row, 3, cost.mean(), s.money);
        int last = row;
        if (wan) {
            for (int r = PVALUE_HEADER + 1; r <= last; r++) {
                w.formula(r, 4, ref(r, 3) + "/10000", s.wan);
            }
        }
        if (outlook.budget() != null) {
            w.formula(BUDGET_WITH_RESERVE, 1, ref(BUDGET, 1) + "+" + ref(RESERVE, 1), s.money);
            // P80 row of the table minus the authorised budget: what the reserve has to cover
            w.formula(CONTINGENCY_P80, 1, SheetWriter.withoutResidue(ref(PVALUE_HEADER + 3, 3) + "-" + ref(BUDGET, 1)), s.money);
            Highlights.fillWhen(w.sheet(), ref(PVALUE_HEADER + 1, 3) + ":" + ref(last, 3),
                    "D" + (PVALUE_HEADER + 2) + ">" + abs(BUDGET_WITH_RESERVE, 1), IndexedColors.ROSE.getIndex());
            // A P80 contingency need above the reserve: the reserve does not cover the P80 cost.
            Highlights.fillWhen(w.sheet(), ref(CONTINGENCY_P80, 1) + ":" + ref(CONTINGENCY_P80, context.showsWan() ? 2 : 1),
                    "$B" + (CONTINGENCY_P80 + 1) + ">" + abs(RESERVE, 1), IndexedColors.ROSE.getIndex());
        } else {
            w.blank(BUDGET_WITH_RESERVE, 1, s.money);
            w.blank(CONTINGENCY_P80, 1, s.money);
        }
        if (result.deadline() != null) {
            // late finishes stand out
            Highlights.fillWhen(w.sheet(), ref(PVALUE_HEADER + 1, 1) + ":" + ref(last, 1),
                    "B" + (PVALUE_HEADER + 2) + ">" + abs(DEADLINE, 1), IndexedColors.ROSE.getIndex());
        }
        if (context.showsWan()) {
            for (int r : new int[]{BUDGET, RESERVE, BUDGET_WITH_RESERVE, DETERMINISTIC_COST, CONTINGENCY_P80}) {
                w.formula(r, 2, "IF(" + ref(r, 1) + "=\"\",\"\"," + ref(r, 1) + "/10000)", s.wan);
            }
        }
        writeForecastsByMethod(w);
        if (roi != null) {
            writeRoiSummary(w);
        }
        w.widths(34, 18, 16, 20, 18, 2, 52, 18, 18);
        w.sheet().createFreezePane(0, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }

    /**
     * Beside the summary, the plan's forecasts at completion side by side, each named by its method: BAC, the
     * spend-plan forecast of the budget lines, the EACs of earned value and this run's mean and P80 cost.
     */
    private void writeForecastsByMethod(SheetWriter w) {
        Styles s = w.styles();
        final int label = 6, value = 7, wan = 8;
        w.text(HEADER_ROW, label, context.label(Label.FORECASTS_BY_METHOD), s.header);
        w.text(HEADER_ROW, value, context.withUnit(Label.VALUE), s.header);
        if (context.showsWan()) {
            w.text(HEADER_ROW, wan, context.inWan(Label.VALUE), s.header);
        }
        Measures measures = new EarnedValue(plan).total();
        Object[][] rows = {
                {Label.BAC_BASELINE, measures.bac()},
                {Label.FORECAST_SPEND_PLAN,
                        BudgetBreakdown.of(plan.budget(), plan.effectiveStatusDate()).total().forecastAtCompletion()},
                {Label.EAC_CPI_METHOD, measures.eac()},
                {Label.EAC_CPI_SPI_METHOD, measures.eacCpiSpi()},
                {Label.SIMULATED_MEAN_COST, result.cost().mean()},
                {Label.SIMULATED_P80_COST, result.cost().percentile(80)}};
        int row = FIRST_ROW;
        for (Object[] forecast : rows) {
            w.text(row, label, context.label((Label) forecast[0]), s.wrapped);
            w.number(row, value, (Double) forecast[1], s.money);
            if (context.showsWan()) {
                w.formula(row, wan, "IF(" + ref(row, value) + "=\"\",\"\"," + ref(row, value) + "/10000)", s.wan);
            }
            w.fitHeight(row);
            row++;
        }
    }

    /** Standard errors are NaN for a single iteration; an empty cell reads better than #NUM!. */
    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private SheetWriter labelled(SheetWriter w, int row, Label label) {
        w.text(row, 0, context.label(label), w.styles().text);
        return w;
    }

    private void writeRoiSummary(SheetWriter w) {
        Styles s = w.styles();
        w.text(ROI_HEADER, 0, context.label(Label.ROI), s.header);
        w.text(ROI_HEADER, 1, context.label(Label.VALUE), s.header);
        int r = ROI_HEADER + 1;
        String npv = context.withUnit(Label.NPV);
        r = roiRow(w, r, npv + " " + context.label(Label.MEAN), roi.npv().mean(), s.money);
        for (int p : new int[]{10, 50, 90}) {
            r = roiRow(w, r, npv + " P" + p, roi.npv().percentile(p), s.money);
        }
        r = roiRow(w, r, context.label(Label.PROB_NPV_NEGATIVE), roi.probabilityNpvNegative(), s.percent);
        r = roiRow(w, r, context.label(Label.IRR) + " P50", roi.irr() == null ? null : roi.irr().p50(), s.percent);
        r = roiRow(w, r, context.label(Label.IRR_UNDEFINED), roi.irrUndefinedShare(), s.percent);
        r = roiRow(w, r, context.label(Label.ROI_RATIO) + " " + context.label(Label.MEAN),
                roi.roi() == null ? null : roi.roi().mean(), s.ratio);
        r = roiRow(w, r, context.label(Label.ROI_RATIO) + " P50", roi.roi() == null ? null : roi.roi().p50(), s.ratio);
        r = roiRow(w, r, context.label(Label.ROI_TARGET), roi.roiTarget(), s.ratio);
        r = roiRow(w, r, context.label(Label.PROB_ROI_TARGET), roi.probabilityRoiMeetsTarget(), s.percent);
        r = roiRow(w, r, context.label(Label.PAYBACK) + " P50", roi.payback() == null ? null : roi.payback().p50(),
                s.decimal);
        r = roiRow(w, r, context.label(Label.PAYBACK_NEVER), roi.paybackNeverShare(), s.percent);
        r = roiRow(w, r, context.label(Label.DISCOUNT_RATE), roi.discountRate(), s.percent);
        roiRow(w, r, context.label(Label.HORIZON), (double) roi.horizonQuarters(), s.integer);
    }

    private static int roiRow(SheetWriter w, int row, String label, Double value, CellStyle style) {
        w.text(row, 0, label, w.styles().text);
        w.number(row, 1, value, style);
        return row + 1;
    }

    /** Share = count / total and running cumulative share by formula; the counts are the engine's. */
    private void shareColumns(SheetWriter w, int row, int countColumn, int first, int last) {
        Styles s = w.styles();
        String counts = columnRange(countColumn, first, last);
        w.formula(row, countColumn + 1, "IF(SUM(" + counts + ")=0,0," + ref(row, countColumn) + "/SUM(" + counts + "))",
                s.percent);
        w.formula(row, countColumn + 2, ref(row, countColumn + 1)
                + (row == first ? "" : "+" + ref(row - 1, countColumn + 2)), s.percent);
    }

    private void totals(SheetWriter w, int row, int countColumn) {
        Styles s = w.styles();
        for (int c = 0; c < countColumn; c++) {
            w.text(row, c, c == 0 ? context.label(Label.TOTAL) : "", s.totalText);
        }
        w.formula(row, countColumn, sum(countColumn, FIRST_ROW, row - 1), s.totalText);
        w.formula(row, countColumn + 1, sum(countColumn + 1, FIRST_ROW, row - 1), s.totalPercent);
    }

    private void writeFinishHistogram(SheetWriter w) {
        Styles s = w.styles();
        w.heading(title(Label.HISTOGRAM), subtitle(), HEADER_ROW, context.label(Label.BIN_START),
                context.label(Label.BIN_END), context.label(Label.COUNT), context.label(Label.PROBABILITY_SHARE),
                context.label(Label.CUMULATIVE));
        List<FinishDates.Bin> bins = FinishDates.histogram(plan, result);
        int last = FIRST_ROW + Math.max(0, bins.size() - 1);
        int row = FIRST_ROW;
        for (FinishDates.Bin bin : bins) {
            w.date(row, 0, bin.from(), s.date);
            w.date(row, 1, bin.to(), s.date);
            w.number(row, 2, bin.count(), s.integer);
            shareColumns(w, row++, 2, FIRST_ROW, last);
        }
        totals(w, row, 2);
        w.widths(12, 12, 10, 12, 12);
        Pictures.embed(w.sheet(), Charts.png(FinishHistogramChart.create(plan, result), 1000, 560), 6, HEADER_ROW,
                11, 26);
        w.sheet().createFreezePane(0, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }

    /** Cost or NPV bins as the engine made them, with 万元 twins of the bounds in Chinese CNY workbooks. */
    private void writeAmountHistogram(SheetWriter w, Label sheet, DistributionSummary amounts) {
        Styles s = w.styles();
        boolean wan = context.showsWan();
        List<String> headers = new ArrayList<>(List.of(context.withUnit(Label.BIN_START), context.withUnit(Label.BIN_END)));
        if (wan) {
            headers.addAll(List.of(context.inWan(Label.BIN_START), context.inWan(Label.BIN_END)));
        }
        headers.addAll(List.of(context.label(Label.COUNT), context.label(Label.PROBABILITY_SHARE),
                context.label(Label.CUMULATIVE)));
        w.heading(title(sheet), subtitle(), HEADER_ROW, headers.toArray(String[]::new));
        int countColumn = wan ? 4 : 2;
        List<HistogramBin> bins = amounts.histogram();
        int last = FIRST_ROW + Math.max(0, bins.size() - 1);
        int row = FIRST_ROW;
        for (HistogramBin bin : bins) {
            w.number(row, 0, bin.from(), s.money);
            w.number(row, 1, bin.to(), s.money);
            if (wan) {
                w.formula(row, 2, ref(row, 0) + "/10000", s.wan);
                w.formula(row, 3, ref(row, 1) + "/10000", s.wan);
            }
            w.number(row, countColumn, bin.count(), s.integer);
            shareColumns(w, row++, countColumn, FIRST_ROW, last);
        }
        totals(w, row, countColumn);
        w.widths(wan ? new int[]{18, 18, 14, 14, 10, 12, 12} : new int[]{18, 18, 10, 12, 12});
        w.sheet().createFreezePane(0, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }

    private void writeCriticality(SheetWriter w) {
        Styles s = w.styles();
        w.heading(title(Label.CRITICALITY), subtitle(), HEADER_ROW, context.label(Label.CODE), context.label(Label.NAME),
                context.label(Label.CRITICALITY_INDEX), context.label(Label.SENSITIVITY), context.label(Label.CRUCIALITY));
        Map<String, String> names = new HashMap<>();
        for (Activity activity : plan.wbs()) {
            names.put(activity.code(), context.text(activity.name()));
        }
        // most critical first; the engine lists activities in WBS order, which breaks ties
        List<ActivityStatistics> rows = result.activities().stream()
                .sorted(Comparator.comparingDouble(ActivityStatistics::criticality).reversed()).toList();
        int row = FIRST_ROW;
        for (ActivityStatistics a : rows) {
            w.text(row, 0, a.code(), s.text);
            w.text(row, 1, names.getOrDefault(a.code(), ""), s.text);
            w.number(row, 2, a.criticality(), s.percent);
            w.number(row, 3, a.sensitivity(), s.ratio);
            w.number(row, 4, a.cruciality(), s.ratio);
            row++;
        }
        int last = Math.max(FIRST_ROW, row - 1);
        Highlights.fillWhen(w.sheet(), ref(FIRST_ROW, 2) + ":" + ref(last, 2), "C" + (FIRST_ROW + 1) + ">=0.5",
                IndexedColors.ROSE.getIndex());
        w.sheet().setAutoFilter(new CellRangeAddress(HEADER_ROW, last, 0, 4));
        w.widths(10, 34, 14, 16, 16);
        w.sheet().createFreezePane(2, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }

    /** Risks in the engine's order (largest P80 finish impact first). */
    private void writeRiskTornado(SheetWriter w) {
        Styles s = w.styles();
        boolean wan = context.showsWan();
        List<String> headers = new ArrayList<>(List.of(context.label(Label.CODE), context.label(Label.TITLE),
                context.label(Label.SIM_PROBABILITY), context.label(Label.P80_FINISH_IMPACT),
                context.withUnit(Label.P80_COST_IMPACT)));
        if (wan) {
            headers.add(context.inWan(Label.P80_COST_IMPACT));
        }
        w.heading(title(Label.TORNADO), context.label(Label.RISK_TORNADO), HEADER_ROW, headers.toArray(String[]::new));
        Map<String, String> titles = new HashMap<>();
        for (Risk risk : plan.risks()) {
            titles.put(risk.code(), context.text(risk.title()));
        }
        int row = FIRST_ROW;
        for (RiskTornadoEntry entry : result.riskTornado()) {
            w.text(row, 0, entry.risk(), s.text);
            w.text(row, 1, titles.getOrDefault(entry.risk(), ""), s.text);
            w.number(row, 2, entry.probability(), s.percent);
            w.number(row, 3, entry.p80FinishImpact(), s.decimal);
            w.number(row, 4, entry.p80CostImpact(), s.money);
            if (wan) {
                w.formula(row, 5, ref(row, 4) + "/10000", s.wan);
            }
            row++;
        }
        w.widths(wan ? new int[]{8, 30, 12, 16, 18, 16} : new int[]{8, 30, 12, 16, 18});
        if (!result.riskTornado().isEmpty()) {
            Pictures.embed(w.sheet(), Charts.png(TornadoChart.risks(plan, result), 1000, 560), wan ? 7 : 6, HEADER_ROW,
                    wan ? 17 : 16, 26);
        }
        w.sheet().createFreezePane(1, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }

    private void writeCashFlows(SheetWriter w) {
        Styles s = w.styles();
        List<String> headers = new ArrayList<>(List.of(context.label(Label.QUARTER), context.withUnit(Label.INVESTMENT),
                context.withUnit(Label.BENEFIT), context.withUnit(Label.NET_CASH_FLOW),
                context.withUnit(Label.CUMULATIVE_NET)));
        boolean wan = context.showsWan();
        if (wan) {
            headers.addAll(List.of(context.inWan(Label.INVESTMENT), context.inWan(Label.BENEFIT),
                    context.inWan(Label.NET_CASH_FLOW), context.inWan(Label.CUMULATIVE_NET)));
        }
        w.heading(title(Label.CASH_FLOWS), context.label(Label.CASH_FLOW_NOTE) + "    " + context.label(Label.UNIT_AMOUNT)
                + "：" + context.currencyUnit(), HEADER_ROW, headers.toArray(String[]::new));
        int row = FIRST_ROW;
        for (QuarterCashFlow flow : roi.cashFlows()) {
            w.text(row, 0, flow.quarter().toString(), s.text);
            w.number(row, 1, flow.investment(), s.money);
            w.number(row, 2, flow.benefit(), s.money);
            w.formula(row, 3, ref(row, 2) + "-" + ref(row, 1), s.money);
            w.formula(row, 4, ref(row, 3) + (row == FIRST_ROW ? "" : "+" + ref(row - 1, 4)), s.money);
            for (int c = 1; wan && c <= 4; c++) {
                w.formula(row, c + 4, ref(row, c) + "/10000", s.wan);
            }
            row++;
        }
        w.text(row, 0, context.label(Label.TOTAL), s.totalText);
        for (int c = 1; c <= 3; c++) {
            w.formula(row, c, sum(c, FIRST_ROW, row - 1), s.totalMoney);
            if (wan) {
                w.formula(row, c + 4, ref(row, c) + "/10000", s.totalWan);
            }
        }
        int last = Math.max(FIRST_ROW, row - 1);
        Highlights.fillWhen(w.sheet(), ref(FIRST_ROW, 4) + ":" + ref(last, 4), "E" + (FIRST_ROW + 1) + "<0",
                IndexedColors.ROSE.getIndex());
        w.widths(10, 18, 18, 18, 20, 16, 16, 16, 16);
        w.sheet().createFreezePane(1, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }

    /** NPV drivers in the engine's order, the swing by formula, the mean NPV as the base. */
    private void writeNpvDrivers(SheetWriter w) {
        Styles s = w.styles();
        w.heading(title(Label.NPV_DRIVERS), context.label(Label.NPV_DRIVER_NOTE), HEADER_ROW,
                context.label(Label.DRIVER), context.withUnit(Label.LOW_VALUE), context.withUnit(Label.HIGH_VALUE),
                context.withUnit(Label.SWING));
        w.text(2, 0, context.withUnit(Label.NPV) + " " + context.label(Label.MEAN), s.text);
        w.number(2, 1, roi.npv().mean(), s.money);
        int row = FIRST_ROW;
        for (RoiTornadoEntry entry : roi.tornado()) {
            w.text(row, 0, TornadoChart.driverName(plan, entry.driver()), s.text);
            w.number(row, 1, entry.npvWhenLow(), s.money);
            w.number(row, 2, entry.npvWhenHigh(), s.money);
            w.formula(row, 3, "ABS(" + ref(row, 2) + "-" + ref(row, 1) + ")", s.money);
            row++;
        }
        w.widths(30, 20, 20, 18);
        if (!roi.tornado().isEmpty()) {
            Pictures.embed(w.sheet(), Charts.png(TornadoChart.npvDrivers(plan, roi), 1000, 560), 5, HEADER_ROW, 15, 26);
        }
        w.sheet().createFreezePane(1, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }
}
