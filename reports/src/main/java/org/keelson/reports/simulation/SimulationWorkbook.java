package org.keelson.reports.simulation;

import static org.keelson.reports.common.SheetWriter.abs;
import static org.keelson.reports.common.SheetWriter.columnRange;
import static org.keelson.reports.common.SheetWriter.ref;
import static org.keelson.reports.common.SheetWriter.sum;
import static org.keelson.reports.common.SheetWriter.sheetPrefix;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
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
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.schedule.Activity;

/**
 * Results of a Monte Carlo run: summary with P-values and the probabilities of meeting deadline and budget,
 * finish and cost histograms (probability and cumulative probability by formula), criticality and sensitivity,
 * the tornado, and NPV/ROI samples whose mean, percentiles and probabilities the summary computes by formula.
 * Charts (finish histogram, tornado, NPV distribution) are embedded as pictures.
 */
public final class SimulationWorkbook {

    static final int HEADER_ROW = 3;
    static final int FIRST_ROW = 4;
    static final int ITERATIONS = FIRST_ROW, SEED = FIRST_ROW + 1, DEADLINE = FIRST_ROW + 2, BUDGET = FIRST_ROW + 3,
            PROB_DEADLINE = FIRST_ROW + 4, PROB_BUDGET = FIRST_ROW + 5;
    /** Header of the P-value table on the summary; its rows follow. */
    static final int PVALUE_HEADER = FIRST_ROW + 7;

    private final ReportContext context;
    private final Plan plan;
    private final SimulationSummary summary;

    public SimulationWorkbook(Plan plan, SimulationSummary summary) {
        if (summary == null) {
            throw new IllegalArgumentException("the simulation workbook needs a simulation summary");
        }
        this.plan = plan;
        this.summary = summary;
        this.context = ReportContext.of(plan);
    }

    public List<String> sheetNames() {
        List<String> names = new java.util.ArrayList<>(List.of(context.label(Label.SIM_SUMMARY),
                context.label(Label.HISTOGRAM), context.label(Label.COST_HISTOGRAM), context.label(Label.CRITICALITY),
                context.label(Label.TORNADO)));
        if (summary.roi() != null) {
            names.add(context.label(Label.ROI));
        }
        return names;
    }

    /** First row (zero-based) of the ROI block on the summary sheet. */
    int roiBlockRow() {
        return PVALUE_HEADER + summary.pValues().size() + 2;
    }

    public void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook, context);
            List<SheetWriter> sheets = sheetNames().stream()
                    .map(n -> new SheetWriter(workbook.createSheet(n), styles)).toList();
            writeSummary(sheets.get(0));
            writeFinishHistogram(sheets.get(1));
            writeCostHistogram(sheets.get(2));
            writeCriticality(sheets.get(3));
            writeTornado(sheets.get(4));
            if (summary.roi() != null) {
                writeRoi(sheets.get(5));
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
        return context.label(Label.ITERATIONS) + "：" + summary.iterations() + "    " + context.label(Label.SEED) + "："
                + summary.seed() + "    " + context.label(Label.UNIT_AMOUNT) + "：" + context.currencyUnit();
    }

    private void writeSummary(SheetWriter w) {
        Styles s = w.styles();
        w.heading(title(Label.SIM_SUMMARY), subtitle(), HEADER_ROW, context.label(Label.NAME), context.label(Label.VALUE));
        w.text(ITERATIONS, 0, context.label(Label.ITERATIONS), s.text);
        w.number(ITERATIONS, 1, summary.iterations(), s.integer);
        w.text(SEED, 0, context.label(Label.SEED), s.text);
        w.number(SEED, 1, summary.seed(), s.integer);
        w.text(DEADLINE, 0, context.label(Label.DEADLINE), s.text);
        w.date(DEADLINE, 1, summary.deadline(), s.date);
        w.text(BUDGET, 0, context.withUnit(Label.BUDGET), s.text);
        w.number(BUDGET, 1, summary.budget(), s.money);
        w.text(PROB_DEADLINE, 0, context.label(Label.PROB_MEET_DEADLINE), s.text);
        w.number(PROB_DEADLINE, 1, summary.probabilityMeetingDeadline(), s.percent);
        w.text(PROB_BUDGET, 0, context.label(Label.PROB_MEET_BUDGET), s.text);
        w.number(PROB_BUDGET, 1, summary.probabilityMeetingBudget(), s.percent);

        boolean wan = context.showsWan();
        w.text(PVALUE_HEADER, 0, context.label(Label.PERCENTILE), s.header);
        w.text(PVALUE_HEADER, 1, context.label(Label.FINISH_DATE), s.header);
        w.text(PVALUE_HEADER, 2, context.withUnit(Label.COST), s.header);
        if (wan) {
            w.text(PVALUE_HEADER, 3, context.inWan(Label.COST), s.header);
        }
        int row = PVALUE_HEADER + 1;
        for (SimulationSummary.PValue p : summary.pValues()) {
            w.text(row, 0, "P" + p.percent(), s.centered);
            w.date(row, 1, p.finish(), s.date);
            w.number(row, 2, p.cost(), s.money);
            if (wan) {
                w.formula(row, 3, ref(row, 2) + "/10000", s.wan);
            }
            row++;
        }
        // Late finishes and costs over budget stand out.
        int last = PVALUE_HEADER + summary.pValues().size();
        if (last > PVALUE_HEADER) {
            Highlights.fillWhen(w.sheet(), ref(PVALUE_HEADER + 1, 1) + ":" + ref(last, 1),
                    "B" + (PVALUE_HEADER + 2) + ">" + abs(DEADLINE, 1), IndexedColors.ROSE.getIndex());
            Highlights.fillWhen(w.sheet(), ref(PVALUE_HEADER + 1, 2) + ":" + ref(last, 2),
                    "C" + (PVALUE_HEADER + 2) + ">" + abs(BUDGET, 1), IndexedColors.ROSE.getIndex());
        }
        if (summary.roi() != null) {
            writeRoiSummary(w, roiBlockRow());
        }
        w.widths(30, 18, 20, 18);
        w.sheet().createFreezePane(0, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }

    private void writeRoiSummary(SheetWriter w, int top) {
        Styles s = w.styles();
        SimulationSummary.RoiSummary roi = summary.roi();
        String sheet = sheetPrefix(context.label(Label.ROI));
        String npv = sheet + columnRange(1, FIRST_ROW, FIRST_ROW + roi.npvSamples().length - 1);
        String ratio = sheet + columnRange(2, FIRST_ROW, FIRST_ROW + roi.roiSamples().length - 1);
        w.text(top, 0, context.label(Label.ROI), s.header);
        w.text(top, 1, context.label(Label.VALUE), s.header);
        int r = top + 1;
        r = roiRow(w, r, context.withUnit(Label.NPV) + " " + context.label(Label.MEAN), "AVERAGE(" + npv + ")", s.money);
        for (int p : new int[]{10, 50, 90}) {
            r = roiRow(w, r, context.withUnit(Label.NPV) + " P" + p, "PERCENTILE(" + npv + "," + p / 100.0 + ")", s.money);
        }
        r = roiRow(w, r, context.label(Label.PROB_NPV_POSITIVE), "COUNTIF(" + npv + ",\">0\")/COUNT(" + npv + ")", s.percent);
        w.text(r, 0, context.label(Label.IRR) + " P50", s.text);
        w.number(r++, 1, roi.irrP50(), s.percent);
        r = roiRow(w, r, context.label(Label.ROI_RATIO) + " " + context.label(Label.MEAN), "AVERAGE(" + ratio + ")", s.ratio);
        r = roiRow(w, r, context.label(Label.ROI_RATIO) + " P50", "PERCENTILE(" + ratio + ",0.5)", s.ratio);
        if (roi.roiTarget() != null) {
            w.text(r, 0, context.label(Label.ROI_TARGET), s.text);
            w.number(r, 1, roi.roiTarget(), s.ratio);
            String target = abs(r, 1);
            r++;
            r = roiRow(w, r, context.label(Label.PROB_ROI_TARGET), "COUNTIF(" + ratio + ",\">=\"&" + target + ")/COUNT("
                    + ratio + ")", s.percent);
        }
        w.text(r, 0, context.label(Label.PAYBACK) + " P50", s.text);
        w.number(r, 1, roi.paybackP50(), s.decimal);
    }

    private static int roiRow(SheetWriter w, int row, String label, String formula, CellStyle style) {
        w.text(row, 0, label, w.styles().text);
        w.formula(row, 1, formula, style);
        return row + 1;
    }

    /** Count, probability = count / total and running cumulative probability, all but the counts as formulas. */
    private int histogramColumns(SheetWriter w, int row, int count, int first, int last) {
        Styles s = w.styles();
        w.number(row, 2, count, s.integer);
        w.formula(row, 3, "IF(SUM(" + columnRange(2, first, last) + ")=0,0," + ref(row, 2) + "/SUM("
                + columnRange(2, first, last) + "))", s.percent);
        w.formula(row, 4, ref(row, 3) + (row == first ? "" : "+" + ref(row - 1, 4)), s.percent);
        return row + 1;
    }

    private void writeFinishHistogram(SheetWriter w) {
        Styles s = w.styles();
        w.heading(title(Label.HISTOGRAM), subtitle(), HEADER_ROW, context.label(Label.BIN_START),
                context.label(Label.BIN_END), context.label(Label.COUNT), context.label(Label.PROBABILITY_SHARE),
                context.label(Label.CUMULATIVE));
        List<SimulationSummary.FinishBin> bins = summary.finishHistogram();
        int last = FIRST_ROW + Math.max(0, bins.size() - 1);
        int row = FIRST_ROW;
        for (SimulationSummary.FinishBin bin : bins) {
            w.date(row, 0, bin.from(), s.date);
            w.date(row, 1, bin.to(), s.date);
            row = histogramColumns(w, row, bin.count(), FIRST_ROW, last);
        }
        totals(w, row);
        w.widths(12, 12, 10, 12, 12);
        Pictures.embed(w.sheet(), Charts.png(FinishHistogramChart.create(summary, context), 1000, 560), 6, HEADER_ROW,
                11, 26);
        w.sheet().createFreezePane(0, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }

    private void totals(SheetWriter w, int row) {
        Styles s = w.styles();
        w.text(row, 0, context.label(Label.TOTAL), s.totalText);
        w.text(row, 1, "", s.totalText);
        w.formula(row, 2, sum(2, FIRST_ROW, row - 1), s.totalText);
        w.formula(row, 3, sum(3, FIRST_ROW, row - 1), s.totalPercent);
    }

    private void writeCostHistogram(SheetWriter w) {
        Styles s = w.styles();
        w.heading(title(Label.COST_HISTOGRAM), subtitle(), HEADER_ROW, context.withUnit(Label.BIN_START),
                context.withUnit(Label.BIN_END), context.label(Label.COUNT), context.label(Label.PROBABILITY_SHARE),
                context.label(Label.CUMULATIVE));
        List<SimulationSummary.CostBin> bins = summary.costHistogram();
        int last = FIRST_ROW + Math.max(0, bins.size() - 1);
        int row = FIRST_ROW;
        for (SimulationSummary.CostBin bin : bins) {
            w.number(row, 0, bin.from(), s.money);
            w.number(row, 1, bin.to(), s.money);
            row = histogramColumns(w, row, bin.count(), FIRST_ROW, last);
        }
        totals(w, row);
        w.widths(18, 18, 10, 12, 12);
        w.sheet().createFreezePane(0, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }

    private void writeCriticality(SheetWriter w) {
        Styles s = w.styles();
        w.heading(title(Label.CRITICALITY), subtitle(), HEADER_ROW, context.label(Label.CODE), context.label(Label.NAME),
                context.label(Label.CRITICALITY_INDEX), context.label(Label.SENSITIVITY));
        Map<String, String> names = new HashMap<>();
        for (Activity activity : plan.wbs()) {
            names.put(activity.code(), context.text(activity.name()));
        }
        List<SimulationSummary.ActivityCriticality> rows = summary.criticality().stream()
                .sorted(Comparator.comparingDouble(SimulationSummary.ActivityCriticality::criticality).reversed()
                        .thenComparing(SimulationSummary.ActivityCriticality::code))
                .toList();
        int row = FIRST_ROW;
        for (SimulationSummary.ActivityCriticality c : rows) {
            w.text(row, 0, c.code(), s.text);
            w.text(row, 1, names.getOrDefault(c.code(), ""), s.text);
            w.number(row, 2, c.criticality(), s.percent);
            w.number(row, 3, c.sensitivity(), s.ratio);
            row++;
        }
        int last = Math.max(FIRST_ROW, row - 1);
        Highlights.fillWhen(w.sheet(), ref(FIRST_ROW, 2) + ":" + ref(last, 2), "C" + (FIRST_ROW + 1) + ">=0.5",
                IndexedColors.ROSE.getIndex());
        w.sheet().setAutoFilter(new CellRangeAddress(HEADER_ROW, last, 0, 3));
        w.widths(10, 30, 14, 16);
        w.sheet().createFreezePane(2, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }

    private void writeTornado(SheetWriter w) {
        Styles s = w.styles();
        w.heading(title(Label.TORNADO), summary.tornadoMeasure(), HEADER_ROW, context.label(Label.DRIVER),
                context.label(Label.LOW_VALUE), context.label(Label.HIGH_VALUE), context.label(Label.BASE_VALUE),
                context.label(Label.SWING));
        List<SimulationSummary.TornadoBar> bars = summary.tornado().stream()
                .sorted(Comparator.comparingDouble(SimulationSummary.TornadoBar::swing).reversed()).toList();
        w.text(2, 0, context.label(Label.BASE_VALUE), s.text);
        w.number(2, 1, summary.tornadoBase(), s.decimal);
        int row = FIRST_ROW;
        for (SimulationSummary.TornadoBar bar : bars) {
            w.text(row, 0, bar.driver(), s.text);
            w.number(row, 1, bar.low(), s.decimal);
            w.number(row, 2, bar.high(), s.decimal);
            w.formula(row, 3, abs(2, 1), s.decimal);
            w.formula(row, 4, "ABS(" + ref(row, 2) + "-" + ref(row, 1) + ")", s.decimal);
            row++;
        }
        w.widths(30, 14, 14, 14, 12);
        if (!bars.isEmpty()) {
            Pictures.embed(w.sheet(), Charts.png(TornadoChart.create(summary, context), 1000, 560), 6, HEADER_ROW, 11, 26);
        }
        w.sheet().createFreezePane(1, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }

    private void writeRoi(SheetWriter w) {
        Styles s = w.styles();
        SimulationSummary.RoiSummary roi = summary.roi();
        w.heading(title(Label.ROI), subtitle(), HEADER_ROW, "#", context.withUnit(Label.NPV), context.label(Label.ROI_RATIO));
        int n = Math.max(roi.npvSamples().length, roi.roiSamples().length);
        for (int i = 0; i < n; i++) {
            int row = FIRST_ROW + i;
            w.number(row, 0, i + 1, s.integer);
            if (i < roi.npvSamples().length) {
                w.number(row, 1, roi.npvSamples()[i], s.money);
            }
            if (i < roi.roiSamples().length) {
                w.number(row, 2, roi.roiSamples()[i], s.ratio);
            }
        }
        w.widths(8, 18, 10);
        if (roi.npvSamples().length > 0) {
            Pictures.embed(w.sheet(), Charts.png(NpvChart.create(roi.npvSamples(), context), 1000, 560), 4, HEADER_ROW,
                    11, 26);
        }
        w.sheet().createFreezePane(0, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, -1);
        // Thousands of samples are for formulas, not for paper: print the chart and the first samples only.
        Workbook workbook = w.sheet().getWorkbook();
        workbook.setPrintArea(workbook.getSheetIndex(w.sheet()), 0, 14, 0, HEADER_ROW + 27);
    }
}
