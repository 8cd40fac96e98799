package org.keelson.reports.evm;

import static org.keelson.reports.common.SheetWriter.abs;
import static org.keelson.reports.common.SheetWriter.column;
import static org.keelson.reports.common.SheetWriter.columnRange;
import static org.keelson.reports.common.SheetWriter.ref;
import static org.keelson.reports.common.SheetWriter.sum;
import static org.keelson.reports.common.SheetWriter.sheetPrefix;
import static org.keelson.reports.common.SheetWriter.withoutResidue;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.keelson.reports.chart.Charts;
import org.keelson.reports.chart.SCurveChart;
import org.keelson.reports.common.Highlights;
import org.keelson.reports.common.Label;
import org.keelson.reports.common.Pictures;
import org.keelson.reports.common.PrintLayout;
import org.keelson.reports.common.ReportContext;
import org.keelson.reports.common.SheetWriter;
import org.keelson.reports.common.Styles;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.evm.EarnedValue;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.plan.Plan;

/**
 * The earned value workbook: status-date summary, PV/EV/AC by quarter with cumulative values and indices,
 * the activities' budgets and progress, the PV and EV spreads, and the AC source lines. The spreads and source
 * lines are the inputs, taken from {@link EarnedValue}; every aggregate, variance and index is a formula over them
 * that reproduces {@link org.keelson.simulation.evm.Measures}.
 */
public final class EvmWorkbook {

    static final int HEADER_ROW = 3;
    static final int FIRST_ROW = 4;
    // Summary rows, values in column B.
    static final int BAC = FIRST_ROW, STATUS = FIRST_ROW + 1, PV = FIRST_ROW + 2, EV = FIRST_ROW + 3,
            AC = FIRST_ROW + 4, SV = FIRST_ROW + 5, CV = FIRST_ROW + 6, SPI = FIRST_ROW + 7, CPI = FIRST_ROW + 8,
            EAC = FIRST_ROW + 9, EAC_CPI_SPI = FIRST_ROW + 10, ETC = FIRST_ROW + 11, VAC = FIRST_ROW + 12,
            TCPI = FIRST_ROW + 13;
    // Activities columns.
    static final int A_CODE = 0, A_NAME = 1, A_START = 2, A_FINISH = 3, A_DAYS = 4, A_DAYS_TO_STATUS = 5,
            A_BUDGET = 6, A_PV = 7, A_COMPLETE = 8, A_EV = 9, A_SV = 10, A_ACTUAL_START = 11, A_ACTUAL_FINISH = 12;

    private final ReportContext context;
    private final EarnedValue values;

    public EvmWorkbook(Plan plan) {
        this.context = ReportContext.of(plan);
        this.values = new EarnedValue(plan);
    }

    public EarnedValue values() {
        return values;
    }

    public List<String> sheetNames() {
        return List.of(name(Label.SUMMARY), name(Label.EVM_BY_PERIOD), name(Label.ACTIVITIES), name(Label.PV_SPREAD),
                name(Label.EV_SPREAD), name(Label.AC));
    }

    public void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook, context);
            List<SheetWriter> sheets = sheetNames().stream()
                    .map(n -> new SheetWriter(workbook.createSheet(n), styles)).toList();
            writeSummary(sheets.get(0));
            writePeriods(sheets.get(1));
            writeActivities(sheets.get(2));
            writeSpread(sheets.get(3), Label.PV_SPREAD, EarnedValue.ActivityValue::pv);
            writeSpread(sheets.get(4), Label.EV_SPREAD, EarnedValue.ActivityValue::ev);
            writeActualSource(sheets.get(5));
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.setForceFormulaRecalculation(true);
            workbook.write(out);
        }
    }

    private String name(Label label) {
        return context.label(label);
    }

    private String title(Label sheet) {
        return context.planName() + " — " + context.label(Label.EVM_WORKBOOK) + " — " + context.label(sheet);
    }

    private String subtitle() {
        return context.label(Label.STATUS_DATE) + "：" + context.format(values.statusDate()) + "    "
                + context.label(Label.UNIT_AMOUNT) + "：" + context.currencyUnit();
    }

    private int activitiesTotalRow() {
        return FIRST_ROW + values.activities().size();
    }

    private String summaryCell(int row) {
        return sheetPrefix(name(Label.SUMMARY)) + abs(row, 1);
    }

    private void writeSummary(SheetWriter w) {
        Styles s = w.styles();
        boolean wan = context.showsWan();
        w.heading(title(Label.SUMMARY), subtitle(), HEADER_ROW, context.nameValueHeaders());
        String activities = sheetPrefix(name(Label.ACTIVITIES));
        int total = activitiesTotalRow();
        String b = "B";
        amount(w, BAC, Label.BAC_BASELINE, activities + abs(total, A_BUDGET));
        w.text(STATUS, 0, context.label(Label.STATUS_DATE), s.text);
        w.date(STATUS, 1, values.statusDate(), s.date);
        amount(w, PV, Label.PV, activities + abs(total, A_PV));
        amount(w, EV, Label.EV, activities + abs(total, A_EV));
        amount(w, AC, Label.AC_IN_WBS_SCOPE, "SUM(" + sheetPrefix(name(Label.AC)) + columnRange(2, FIRST_ROW,
                FIRST_ROW + values.actualLines().size() - 1) + ")");
        amount(w, SV, Label.SV, withoutResidue(b + (EV + 1) + "-" + b + (PV + 1)));
        amount(w, CV, Label.CV, withoutResidue(b + (EV + 1) + "-" + b + (AC + 1)));
        w.text(SPI, 0, context.label(Label.SPI), s.text);
        w.formula(SPI, 1, "IF(" + b + (PV + 1) + "=0,\"\"," + b + (EV + 1) + "/" + b + (PV + 1) + ")", s.ratio);
        w.text(CPI, 0, context.label(Label.CPI), s.text);
        w.formula(CPI, 1, "IF(" + b + (AC + 1) + "=0,\"\"," + b + (EV + 1) + "/" + b + (AC + 1) + ")", s.ratio);
        amount(w, EAC, Label.EAC_CPI_METHOD, "IF(OR(" + b + (CPI + 1) + "=\"\"," + b + (CPI + 1) + "=0),\"\","
                + b + (BAC + 1) + "/" + b + (CPI + 1) + ")");
        String spiTimesCpi = b + (SPI + 1) + "*" + b + (CPI + 1);
        amount(w, EAC_CPI_SPI, Label.EAC_CPI_SPI_METHOD, "IF(OR(" + b + (SPI + 1) + "=\"\"," + b + (CPI + 1)
                + "=\"\"),\"\",IF(" + spiTimesCpi + "=0,\"\"," + b + (AC + 1) + "+(" + b + (BAC + 1) + "-" + b + (EV + 1)
                + ")/(" + spiTimesCpi + ")))");
        amount(w, ETC, Label.ETC, "IF(" + b + (EAC + 1) + "=\"\",\"\"," + b + (EAC + 1) + "-" + b + (AC + 1) + ")");
        amount(w, VAC, Label.VAC, "IF(" + b + (EAC + 1) + "=\"\",\"\"," + withoutResidue(b + (BAC + 1) + "-" + b + (EAC + 1))
                + ")");
        w.text(TCPI, 0, context.label(Label.TCPI), s.text);
        w.formula(TCPI, 1, "IF(" + b + (BAC + 1) + "-" + b + (AC + 1) + "=0,\"\",(" + b + (BAC + 1) + "-" + b + (EV + 1)
                + ")/(" + b + (BAC + 1) + "-" + b + (AC + 1) + "))", s.ratio);
        // The method notes wrap inside the value columns so they do not run under the S-curve picture.
        int lastColumn = wan ? 2 : 1;
        int row = TCPI + 2;
        for (Label note : new Label[]{Label.EVM_METHOD, Label.EVM_BASIS_NOTE}) {
            w.text(row, 0, context.label(note), s.wrapped);
            for (int c = 1; c <= lastColumn; c++) {
                w.blank(row, c, s.wrapped);
            }
            w.sheet().addMergedRegion(new CellRangeAddress(row, row, 0, lastColumn));
            w.row(row).setHeightInPoints(110);
            row++;
        }
        Highlights.overrunBelowZero(w.sheet(), ref(SV, 1) + ":" + ref(CV, lastColumn));
        Highlights.overrunBelowZero(w.sheet(), ref(VAC, 1) + ":" + ref(VAC, lastColumn));
        Highlights.fillWhen(w.sheet(), ref(SPI, 1) + ":" + ref(CPI, 1), "AND(ISNUMBER(B" + (SPI + 1) + "),B" + (SPI + 1)
                + "<1)", IndexedColors.ROSE.getIndex());
        // TCPI above 1: the remaining work must be done more efficiently than planned to finish within BAC.
        Highlights.fillWhen(w.sheet(), ref(TCPI, 1), "AND(ISNUMBER(B" + (TCPI + 1) + "),B" + (TCPI + 1) + ">1)",
                IndexedColors.ROSE.getIndex());
        w.widths(40, 20, 18);
        byte[] chart = Charts.png(SCurveChart.create(values, context), 900, 500);
        Pictures.embed(w.sheet(), chart, lastColumn + 2, HEADER_ROW, 10, 24);
        w.sheet().createFreezePane(0, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }

    /** A labelled amount formula in column B and, in Chinese CNY reports, its 万元 twin in column C. */
    private void amount(SheetWriter w, int row, Label label, String formula) {
        Styles s = w.styles();
        w.text(row, 0, context.label(label), s.text);
        w.formula(row, 1, formula, s.money);
        if (context.showsWan()) {
            w.formula(row, 2, wanOf(ref(row, 1)), s.wan);
        }
    }

    /** The 万元 figure of an amount cell that may hold "" (an index that cannot be computed). */
    private static String wanOf(String cell) {
        return "IF(" + cell + "=\"\",\"\"," + cell + "/10000)";
    }

    private void writePeriods(SheetWriter w) {
        Styles s = w.styles();
        final int period = 0, start = 1, end = 2, pv = 3, ev = 4, ac = 5, cumPv = 6, cumEv = 7, cumAc = 8, sv = 9,
                cv = 10, spi = 11, cpi = 12, eac = 13, vac = 14, firstWan = 15;
        List<String> headers = new ArrayList<>(List.of(context.label(Label.PERIOD), context.label(Label.PERIOD_START),
                context.label(Label.PERIOD_END), context.withUnit(Label.PV), context.withUnit(Label.EV),
                context.withUnit(Label.AC), context.withUnit(Label.CUM_PV), context.withUnit(Label.CUM_EV),
                context.withUnit(Label.CUM_AC), context.withUnit(Label.SV), context.withUnit(Label.CV),
                context.label(Label.SPI), context.label(Label.CPI), context.withUnit(Label.EAC_CPI_METHOD),
                context.withUnit(Label.VAC)));
        int[] wanSources = {cumPv, cumEv, cumAc, eac};
        if (context.showsWan()) {
            headers.addAll(List.of(context.inWan(Label.CUM_PV), context.inWan(Label.CUM_EV), context.inWan(Label.CUM_AC),
                    context.inWan(Label.EAC_CPI_METHOD)));
        }
        w.heading(title(Label.EVM_BY_PERIOD), subtitle(), HEADER_ROW, headers.toArray(String[]::new));
        String pvSpread = sheetPrefix(name(Label.PV_SPREAD));
        String evSpread = sheetPrefix(name(Label.EV_SPREAD));
        String acSheet = sheetPrefix(name(Label.AC));
        int lastAc = FIRST_ROW + values.actualLines().size() - 1;
        int spreadTotal = activitiesTotalRow();
        List<Quarter> quarters = values.quarters();
        int status = values.statusPeriod();
        for (int i = 0; i < quarters.size(); i++) {
            int row = FIRST_ROW + i;
            int spreadColumn = 2 + i;
            Quarter q = quarters.get(i);
            w.text(row, period, q.toString(), s.centered);
            w.date(row, start, q.firstDay(), s.date);
            w.date(row, end, q.lastDay(), s.date);
            w.formula(row, pv, pvSpread + abs(spreadTotal, spreadColumn), s.money);
            w.formula(row, cumPv, ref(row, pv) + (i == 0 ? "" : "+" + ref(row - 1, cumPv)), s.money);
            if (context.showsWan()) {
                for (int k = 0; k < wanSources.length; k++) {
                    w.formula(row, firstWan + k, wanOf(ref(row, wanSources[k])), s.wan);
                }
            }
            if (i > status) {
                // Progress and cost are only known up to the status date.
                for (int c : new int[]{ev, ac, cumEv, cumAc, sv, cv, spi, cpi, eac, vac}) {
                    w.blank(row, c, c == spi || c == cpi ? s.ratio : s.money);
                }
                continue;
            }
            w.formula(row, ev, evSpread + abs(spreadTotal, spreadColumn), s.money);
            w.formula(row, ac, "SUMIFS(" + acSheet + columnRange(2, FIRST_ROW, lastAc) + "," + acSheet
                    + columnRange(1, FIRST_ROW, lastAc) + "," + ref(row, period) + ")", s.money);
            w.formula(row, cumEv, ref(row, ev) + (i == 0 ? "" : "+" + ref(row - 1, cumEv)), s.money);
            w.formula(row, cumAc, ref(row, ac) + (i == 0 ? "" : "+" + ref(row - 1, cumAc)), s.money);
            w.formula(row, sv, withoutResidue(ref(row, cumEv) + "-" + ref(row, cumPv)), s.money);
            w.formula(row, cv, withoutResidue(ref(row, cumEv) + "-" + ref(row, cumAc)), s.money);
            w.formula(row, spi, "IF(" + ref(row, cumPv) + "=0,\"\"," + ref(row, cumEv) + "/" + ref(row, cumPv) + ")",
                    s.ratio);
            w.formula(row, cpi, "IF(" + ref(row, cumAc) + "=0,\"\"," + ref(row, cumEv) + "/" + ref(row, cumAc) + ")",
                    s.ratio);
            w.formula(row, eac, "IF(OR(" + ref(row, cpi) + "=\"\"," + ref(row, cpi) + "=0),\"\"," + summaryCell(BAC)
                    + "/" + ref(row, cpi) + ")", s.money);
            w.formula(row, vac, "IF(" + ref(row, eac) + "=\"\",\"\"," + withoutResidue(summaryCell(BAC) + "-" + ref(row, eac)) + ")",
                    s.money);
        }
        int last = FIRST_ROW + Math.max(0, quarters.size() - 1);
        Highlights.overrunBelowZero(w.sheet(), ref(FIRST_ROW, sv) + ":" + ref(last, cv));
        Highlights.overrunBelowZero(w.sheet(), ref(FIRST_ROW, vac) + ":" + ref(last, vac));
        String first = column(spi) + (FIRST_ROW + 1);
        Highlights.fillWhen(w.sheet(), ref(FIRST_ROW, spi) + ":" + ref(last, cpi),
                "AND(ISNUMBER(" + first + ")," + first + "<1)", IndexedColors.ROSE.getIndex());
        w.sheet().setAutoFilter(new CellRangeAddress(HEADER_ROW, last, period, headers.size() - 1));
        w.widths(10, 12, 12, 16, 16, 16, 16, 16, 16, 15, 15, 9, 9, 18, 15, 16, 16, 16, 16);
        w.sheet().createFreezePane(1, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }

    private void writeActivities(SheetWriter w) {
        Styles s = w.styles();
        w.heading(title(Label.ACTIVITIES), subtitle(), HEADER_ROW, context.label(Label.CODE), context.label(Label.NAME),
                context.label(Label.PLANNED_START), context.label(Label.PLANNED_FINISH),
                context.label(Label.DURATION_DAYS), context.label(Label.STATUS_DATE) + " · "
                        + context.label(Label.DURATION_DAYS), context.label(Label.BAC), context.label(Label.PV),
                context.label(Label.PERCENT_COMPLETE), context.label(Label.EV), context.label(Label.SV),
                context.label(Label.ACTUAL_START), context.label(Label.ACTUAL_FINISH));
        String status = summaryCell(STATUS);
        int row = FIRST_ROW;
        for (EarnedValue.ActivityValue a : values.activities()) {
            w.text(row, A_CODE, a.activity().code(), s.text);
            w.text(row, A_NAME, context.text(a.activity().name()), s.text);
            w.date(row, A_START, a.start(), s.date);
            w.date(row, A_FINISH, a.finish(), s.date);
            w.number(row, A_DAYS, a.workingDays(), s.integer);
            w.number(row, A_DAYS_TO_STATUS, a.workingDaysToStatus(), s.integer);
            w.number(row, A_BUDGET, a.budget(), s.money);
            w.formula(row, A_PV, "IF(" + ref(row, A_DAYS) + "=0,IF(" + ref(row, A_FINISH) + "<=" + status + ","
                    + ref(row, A_BUDGET) + ",0)," + ref(row, A_BUDGET) + "*" + ref(row, A_DAYS_TO_STATUS) + "/"
                    + ref(row, A_DAYS) + ")", s.money);
            w.number(row, A_COMPLETE, a.percentComplete() / 100.0, s.percent);
            w.formula(row, A_EV, ref(row, A_BUDGET) + "*" + ref(row, A_COMPLETE), s.money);
            w.formula(row, A_SV, ref(row, A_EV) + "-" + ref(row, A_PV), s.money);
            w.date(row, A_ACTUAL_START, a.activity().actualStart(), s.date);
            w.date(row, A_ACTUAL_FINISH, a.activity().actualFinish(), s.date);
            row++;
        }
        int total = row;
        w.text(total, A_NAME, context.label(Label.TOTAL), s.totalText);
        for (int c : new int[]{A_BUDGET, A_PV, A_EV, A_SV}) {
            w.formula(total, c, sum(c, FIRST_ROW, total - 1), s.totalMoney);
        }
        w.formula(total, A_COMPLETE, "IF(" + ref(total, A_BUDGET) + "=0,\"\"," + ref(total, A_EV) + "/"
                + ref(total, A_BUDGET) + ")", s.totalPercent);
        Highlights.overrunBelowZero(w.sheet(), ref(FIRST_ROW, A_SV) + ":" + ref(total, A_SV));
        w.sheet().setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, total - 1), A_CODE,
                A_ACTUAL_FINISH));
        w.widths(10, 28, 12, 12, 10, 12, 16, 16, 10, 16, 15, 12, 12);
        w.sheet().createFreezePane(2, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }

    private void writeSpread(SheetWriter w, Label sheet, Function<EarnedValue.ActivityValue, double[]> amounts) {
        Styles s = w.styles();
        List<Quarter> quarters = values.quarters();
        List<String> headers = new ArrayList<>(List.of(context.label(Label.CODE), context.label(Label.NAME)));
        quarters.forEach(q -> headers.add(q.toString()));
        headers.add(context.label(Label.TOTAL));
        w.heading(title(sheet), subtitle(), HEADER_ROW, headers.toArray(String[]::new));
        int totalColumn = 2 + quarters.size();
        int row = FIRST_ROW;
        for (EarnedValue.ActivityValue a : values.activities()) {
            w.text(row, 0, a.activity().code(), s.text);
            w.text(row, 1, context.text(a.activity().name()), s.text);
            double[] spread = amounts.apply(a);
            for (int i = 0; i < spread.length; i++) {
                w.number(row, 2 + i, spread[i], s.money);
            }
            w.formula(row, totalColumn, "SUM(" + ref(row, 2) + ":" + ref(row, totalColumn - 1) + ")", s.totalMoney);
            row++;
        }
        w.text(row, 1, context.label(Label.TOTAL), s.totalText);
        for (int c = 2; c <= totalColumn; c++) {
            w.formula(row, c, sum(c, FIRST_ROW, row - 1), s.totalMoney);
        }
        int[] widths = new int[totalColumn + 1];
        java.util.Arrays.fill(widths, 15);
        widths[0] = 10;
        widths[1] = 26;
        w.widths(widths);
        w.sheet().createFreezePane(2, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }

    private void writeActualSource(SheetWriter w) {
        Styles s = w.styles();
        w.heading(title(Label.AC), subtitle(), HEADER_ROW, context.label(Label.CATEGORY), context.label(Label.QUARTER),
                context.withUnit(Label.ACTUAL));
        int row = FIRST_ROW;
        for (BudgetLine line : values.actualLines()) {
            w.text(row, 0, line.category(), s.text);
            w.text(row, 1, line.quarter().toString(), s.centered);
            w.number(row, 2, line.actual(), s.money);
            row++;
        }
        w.sheet().setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, row - 1), 0, 2));
        w.widths(12, 10, 18);
        w.sheet().createFreezePane(0, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }
}
