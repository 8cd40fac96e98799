package org.keelson.reports.budget;

import static org.keelson.reports.common.SheetWriter.abs;
import static org.keelson.reports.common.SheetWriter.column;
import static org.keelson.reports.common.SheetWriter.columnRange;
import static org.keelson.reports.common.SheetWriter.ref;
import static org.keelson.reports.common.SheetWriter.sheetPrefix;
import static org.keelson.reports.common.SheetWriter.sum;
import static org.keelson.reports.common.SheetWriter.toFen;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.keelson.reports.chart.BudgetChart;
import org.keelson.reports.chart.Charts;
import org.keelson.reports.common.Highlights;
import org.keelson.reports.common.Label;
import org.keelson.reports.common.Pictures;
import org.keelson.reports.common.PrintLayout;
import org.keelson.reports.common.ReportContext;
import org.keelson.reports.common.SheetWriter;
import org.keelson.reports.common.Styles;
import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.budget.BudgetBreakdown;
import org.keelson.simulation.budget.BudgetBreakdown.Amounts;
import org.keelson.simulation.budget.BudgetBreakdown.CategoryRow;
import org.keelson.simulation.budget.BudgetBreakdown.GroupRow;
import org.keelson.simulation.budget.BudgetCategory;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.evm.EarnedValue;
import org.keelson.simulation.evm.Measures;
import org.keelson.simulation.plan.BaselineEntry;
import org.keelson.simulation.plan.Baselines;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.Wbs;
import org.keelson.simulation.text.BudgetGroupNames;
import org.keelson.simulation.text.LocalizedText;

/**
 * The budget workbook: summary, by category (with group subtotals), by quarter, category x quarter, by WBS and the
 * budget lines. The lines sheet holds the only typed-in amounts; every total, variance and ratio elsewhere is a live
 * formula over it, so a reader who corrects a line sees every sheet follow.
 * <p>
 * One variance convention on every sheet and in the chart, that of {@link BudgetBreakdown}: variance = planned to date
 * − actual to date, a quarter's plan counting to date once the quarter has ended; negative is an overrun and is
 * highlighted. BAC, PV and EV are those of {@link EarnedValue} (BAC = the performance measurement baseline: each WBS
 * leaf's latest baseline cost, its current estimate where it has none), so this workbook and the EVM workbook agree.
 * <p>
 * Written with SXSSF so a 10,000-line budget streams in bounded memory: rows are written strictly top to bottom, and
 * every formula carries its value (computed from the core figures) as its cached result, as SXSSF cannot evaluate.
 */
public final class BudgetWorkbook {

    /** Rows 0-2 hold title, subtitle and a spacer; row 3 the column headers; data starts on row 4 (Excel row 5). */
    static final int HEADER_ROW = 3;
    static final int FIRST_ROW = 4;

    // Summary sheet rows (column B holds the values, column C the 万元 equivalents).
    static final int AUTHORISED = FIRST_ROW;
    static final int CONTINGENCY_PCT = FIRST_ROW + 1;
    static final int RESERVE = FIRST_ROW + 2;
    static final int TOTAL_WITH_RESERVE = FIRST_ROW + 3;
    static final int PLANNED_ALL = FIRST_ROW + 4;
    static final int UNALLOCATED = FIRST_ROW + 5;
    static final int STATUS_DATE = FIRST_ROW + 6;
    static final int PLANNED_TO_DATE = FIRST_ROW + 7;
    static final int ACTUAL_TO_DATE = FIRST_ROW + 8;
    static final int VARIANCE_TO_DATE = FIRST_ROW + 9;
    static final int VARIANCE_PCT = FIRST_ROW + 10;
    static final int FORECAST = FIRST_ROW + 11;
    static final int FORECAST_VARIANCE = FIRST_ROW + 12;
    static final int RESERVE_REMAINING = FIRST_ROW + 13;
    static final int EVM_TITLE = FIRST_ROW + 15;
    static final int BAC = FIRST_ROW + 16;
    static final int PV = FIRST_ROW + 17;
    static final int EV = FIRST_ROW + 18;
    static final int AC = FIRST_ROW + 19;
    static final int SPI = FIRST_ROW + 20;
    static final int CPI = FIRST_ROW + 21;
    static final int EAC_CPI = FIRST_ROW + 22;
    static final int EAC_CPI_SPI = FIRST_ROW + 23;
    static final int TCPI = FIRST_ROW + 24;
    static final int NOTE = FIRST_ROW + 26;

    /** By category sheet: the actual-to-date column, which the summary's AC sums over the WBS's categories. */
    static final int BY_CATEGORY_ACTUAL = 5;

    // Budget lines sheet columns.
    static final int L_CODE = 0, L_NAME = 1, L_GROUP = 2, L_QUARTER = 3, L_QUARTER_END = 4, L_PLANNED = 5,
            L_ACTUAL = 6, L_VARIANCE = 7, L_VARIANCE_PCT = 8;

    // By WBS sheet columns.
    static final int W_CODE = 0, W_NAME = 1, W_LEVEL = 2, W_OWNER = 3, W_CATEGORY = 4, W_DURATION = 5, W_FIXED = 6,
            W_PER_DAY = 7, W_ESTIMATE = 8, W_BAC = 9, W_VARIANCE = 10, W_COMPLETE = 11, W_PV = 12, W_EV = 13,
            W_WAN_BAC = 14;

    private static final int STREAMING_WINDOW = 200;

    private final ReportContext context;
    private final Budget budget;
    private final List<BudgetLine> lines;
    private final BudgetBreakdown breakdown;
    private final Map<String, BudgetCategory> categories;
    private final List<Quarter> quarters;
    private final EarnedValue earnedValue;

    public BudgetWorkbook(Plan plan) {
        this.context = ReportContext.of(plan);
        this.budget = plan.budget() != null ? plan.budget() : new Budget(0, 0, List.of(), List.of());
        this.lines = budget.lines().stream()
                .sorted(Comparator.comparing(BudgetLine::quarter).thenComparing(BudgetLine::category))
                .toList();
        this.breakdown = BudgetBreakdown.of(budget, context.statusDate());
        this.categories = categoriesInOrder(budget, breakdown);
        this.quarters = breakdown.quarters();
        this.earnedValue = new EarnedValue(plan);
    }

    /** Sheet names in the plan's language, in workbook order. */
    public List<String> sheetNames() {
        return List.of(name(Label.SUMMARY), name(Label.BY_CATEGORY), name(Label.BY_QUARTER),
                name(Label.CATEGORY_BY_QUARTER), name(Label.BY_WBS), name(Label.BUDGET_LINES));
    }

    public void write(OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(STREAMING_WINDOW);
        try {
            Styles styles = new Styles(workbook, context);
            List<SheetWriter> sheets = sheetNames().stream()
                    .map(n -> new SheetWriter(workbook.createSheet(n), styles)).toList();
            writeSummary(sheets.get(0));
            writeByCategory(sheets.get(1));
            writeByQuarter(sheets.get(2));
            writeCategoryByQuarter(sheets.get(3));
            writeByWbs(sheets.get(4));
            writeLines(sheets.get(5));
            workbook.setForceFormulaRecalculation(true);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private String name(Label label) {
        return context.label(label);
    }

    private String subtitle() {
        return context.label(Label.STATUS_DATE) + "：" + context.format(context.statusDate()) + "    "
                + context.label(Label.UNIT_AMOUNT) + "：" + context.currencyUnit()
                + "    " + context.label(Label.VARIANCE_NOTE);
    }

    private String title(Label sheet) {
        return context.planName() + " — " + context.label(Label.BUDGET_WORKBOOK) + " — " + context.label(sheet);
    }

    private boolean ended(Quarter quarter) {
        return !quarter.lastDay().isAfter(context.statusDate());
    }

    private boolean started(Quarter quarter) {
        return !quarter.firstDay().isAfter(context.statusDate());
    }

    private String groupName(String group) {
        return BudgetGroupNames.of(group, context.locale());
    }

    // ---- references into the lines, summary and WBS sheets ----

    private int lastLineRow() {
        return FIRST_ROW + lines.size() - 1;
    }

    private String lines(int column) {
        return sheetPrefix(name(Label.BUDGET_LINES)) + columnRange(column, FIRST_ROW, lastLineRow());
    }

    private String summary(int row) {
        return sheetPrefix(name(Label.SUMMARY)) + abs(row, 1);
    }

    private String statusDate() {
        return summary(STATUS_DATE);
    }

    /** The first day of the quarter ending on the date in {@code quarterEnd}. */
    private static String quarterStart(String quarterEnd) {
        return "DATE(YEAR(" + quarterEnd + "),MONTH(" + quarterEnd + ")-2,1)";
    }

    /**
     * Variance of a quarter's amounts: blank before the quarter starts, else planned to date (the plan once the
     * quarter has ended) minus actual.
     */
    private String quarterVariance(String quarterEnd, String planned, String actual) {
        return "IF(" + quarterStart(quarterEnd) + ">" + statusDate() + ",\"\"," + toFen("IF(" + quarterEnd + "<="
                + statusDate() + "," + planned + ",0)-" + actual) + ")";
    }

    private Double quarterVariance(Quarter quarter, double planned, double actual) {
        return started(quarter) ? toFen((ended(quarter) ? planned : 0) - actual) : null;
    }

    /** Variance as a share of the plan to date: blank without a variance or a plan to date. */
    private String quarterVariancePercent(String quarterEnd, String planned, String variance) {
        return "IF(OR(" + variance + "=\"\"," + quarterEnd + ">" + statusDate() + "," + planned + "=0),\"\","
                + variance + "/" + planned + ")";
    }

    private static Double quarterVariancePercent(Double variance, boolean ended, double planned) {
        return variance == null || !ended || planned == 0 ? null : variance / planned;
    }

    // ---- sheets ----

    private void writeSummary(SheetWriter w) {
        Styles s = w.styles();
        boolean wan = context.showsWan();
        w.heading(title(Label.SUMMARY), subtitle(), HEADER_ROW, context.nameValueHeaders());
        Amounts total = breakdown.total();
        // Money drawn from the reserve is authorised for the work and no longer in the reserve: both rows say so, as
        // the budget page does, and the envelope (authorised + reserve) stays what was agreed.
        double drawn = budget.reserveDrawn();
        double reserve = budget.reserveLeft();
        double authorised = budget.authorised();
        amountRow(w, AUTHORISED, drawn == 0 ? Label.AUTHORISED_BUDGET : Label.AUTHORISED_WITH_DRAWN, null, authorised);
        w.text(CONTINGENCY_PCT, 0, context.label(Label.CONTINGENCY_PCT), s.text);
        w.number(CONTINGENCY_PCT, 1, budget.contingencyPercent() / 100.0, s.percent);
        amountRow(w, RESERVE, drawn == 0 ? Label.CONTINGENCY_RESERVE : Label.RESERVE_LEFT, drawn == 0
                ? ref(AUTHORISED, 1) + "*" + ref(CONTINGENCY_PCT, 1)
                : "(" + ref(AUTHORISED, 1) + "-" + drawn + ")*" + ref(CONTINGENCY_PCT, 1) + "-" + drawn, reserve);
        amountRow(w, TOTAL_WITH_RESERVE, Label.TOTAL_WITH_RESERVE, ref(AUTHORISED, 1) + "+" + ref(RESERVE, 1),
                authorised + reserve);
        amountRow(w, PLANNED_ALL, Label.PLANNED_ALL, "SUM(" + lines(L_PLANNED) + ")", total.planned());
        amountRow(w, UNALLOCATED, Label.UNALLOCATED, toFen(ref(AUTHORISED, 1) + "-" + ref(PLANNED_ALL, 1)),
                toFen(authorised - total.planned()));
        w.text(STATUS_DATE, 0, context.label(Label.STATUS_DATE), s.text);
        w.date(STATUS_DATE, 1, context.statusDate(), s.date);
        amountRow(w, PLANNED_TO_DATE, Label.PLANNED_TO_DATE, "SUMIFS(" + lines(L_PLANNED) + "," + lines(L_QUARTER_END)
                + ",\"<=\"&" + abs(STATUS_DATE, 1) + ")", total.plannedToDate());
        amountRow(w, ACTUAL_TO_DATE, Label.ACTUAL_TO_DATE, "SUM(" + lines(L_ACTUAL) + ")", total.actual());
        amountRow(w, VARIANCE_TO_DATE, Label.VARIANCE_TO_DATE, toFen(ref(PLANNED_TO_DATE, 1) + "-"
                + ref(ACTUAL_TO_DATE, 1)), toFen(total.variance()));
        w.text(VARIANCE_PCT, 0, context.label(Label.VARIANCE_PCT), s.text);
        w.formulaOrEmpty(VARIANCE_PCT, 1, "IF(" + ref(PLANNED_TO_DATE, 1) + "=0,\"\"," + ref(VARIANCE_TO_DATE, 1) + "/"
                + ref(PLANNED_TO_DATE, 1) + ")", total.plannedToDate() == 0 ? null
                : toFen(total.variance()) / total.plannedToDate(), s.percent);
        double forecast = total.forecastAtCompletion();
        amountRow(w, FORECAST, Label.FORECAST_SPEND_PLAN, ref(ACTUAL_TO_DATE, 1) + "+" + ref(PLANNED_ALL, 1) + "-"
                + ref(PLANNED_TO_DATE, 1), forecast);
        amountRow(w, FORECAST_VARIANCE, Label.FORECAST_VARIANCE, toFen(ref(AUTHORISED, 1) + "-" + ref(FORECAST, 1)),
                toFen(authorised - forecast));
        amountRow(w, RESERVE_REMAINING, Label.RESERVE_REMAINING, toFen(ref(RESERVE, 1) + "-MAX(0," + ref(FORECAST, 1)
                + "-" + ref(AUTHORISED, 1) + ")"), toFen(reserve - Math.max(0, forecast - authorised)));
        writeEarnedValue(w);
        int lastColumn = wan ? 2 : 1;
        for (int row : new int[]{VARIANCE_TO_DATE, VARIANCE_PCT, FORECAST_VARIANCE, RESERVE_REMAINING}) {
            Highlights.overrunBelowZero(w.sheet(), ref(row, 1) + ":" + ref(row, lastColumn));
        }
        w.widths(44, 22, 20);
        Pictures.embed(w.sheet(), Charts.png(BudgetChart.create(context.plan()), 1000, 560), wan ? 4 : 3, HEADER_ROW,
                10, 24);
        w.sheet().createFreezePane(0, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }

    /**
     * BAC, PV and EV over the By WBS sheet, AC over the categories the WBS is charged to (all of them when it names
     * none), the indices and both index-based forecasts, each labelled by its method beside the spend-plan forecast.
     */
    private void writeEarnedValue(SheetWriter w) {
        Styles s = w.styles();
        Measures measures = earnedValue.total();
        w.text(EVM_TITLE, 0, context.label(Label.EVM_AT_STATUS), s.header);
        String wbs = sheetPrefix(name(Label.BY_WBS));
        List<Integer> roots = wbsRootRows();
        amountRow(w, BAC, Label.BAC_BASELINE, sumOf(wbs, roots, W_BAC), measures.bac());
        amountRow(w, PV, Label.PV, sumOf(wbs, roots, W_PV), measures.pv());
        amountRow(w, EV, Label.EV, sumOf(wbs, roots, W_EV), measures.ev());
        amountRow(w, AC, Label.AC_IN_WBS_SCOPE, chargedActuals(), measures.ac());
        String bac = ref(BAC, 1), pv = ref(PV, 1), ev = ref(EV, 1), ac = ref(AC, 1), spi = ref(SPI, 1),
                cpi = ref(CPI, 1);
        w.text(SPI, 0, context.label(Label.SPI), s.text);
        w.formulaOrEmpty(SPI, 1, "IF(" + pv + "=0,\"\"," + ev + "/" + pv + ")", measures.spi(), s.ratio);
        w.text(CPI, 0, context.label(Label.CPI), s.text);
        w.formulaOrEmpty(CPI, 1, "IF(" + ac + "=0,\"\"," + ev + "/" + ac + ")", measures.cpi(), s.ratio);
        optionalAmountRow(w, EAC_CPI, Label.EAC_CPI_METHOD, "IF(OR(" + cpi + "=\"\"," + cpi + "=0),\"\"," + bac + "/"
                + cpi + ")", measures.eac());
        String spiTimesCpi = spi + "*" + cpi;
        optionalAmountRow(w, EAC_CPI_SPI, Label.EAC_CPI_SPI_METHOD, "IF(OR(" + spi + "=\"\"," + cpi + "=\"\"),\"\",IF("
                + spiTimesCpi + "=0,\"\"," + ac + "+(" + bac + "-" + ev + ")/(" + spiTimesCpi + ")))",
                measures.eacCpiSpi());
        w.text(TCPI, 0, context.label(Label.TCPI), s.text);
        w.formulaOrEmpty(TCPI, 1, "IF(" + bac + "-" + ac + "=0,\"\",(" + bac + "-" + ev + ")/(" + bac + "-" + ac + "))",
                measures.tcpi(), s.ratio);
        Highlights.fillWhen(w.sheet(), ref(SPI, 1) + ":" + ref(CPI, 1), "AND(ISNUMBER(B" + (SPI + 1) + "),B"
                + (SPI + 1) + "<1)", IndexedColors.ROSE.getIndex());
        Highlights.fillWhen(w.sheet(), ref(TCPI, 1), "AND(ISNUMBER(B" + (TCPI + 1) + "),B" + (TCPI + 1) + ">1)",
                IndexedColors.ROSE.getIndex());
        int lastColumn = context.showsWan() ? 2 : 1;
        w.text(NOTE, 0, context.label(Label.BUDGET_BASIS_NOTE), s.wrapped);
        for (int c = 1; c <= lastColumn; c++) {
            w.blank(NOTE, c, s.wrapped);
        }
        w.sheet().addMergedRegion(new CellRangeAddress(NOTE, NOTE, 0, lastColumn));
        w.row(NOTE).setHeightInPoints(110);
    }

    /** AC as the EVM workbook takes it: the By category actuals of the categories the WBS leaves are charged to. */
    private String chargedActuals() {
        Set<String> charged = new HashSet<>(earnedValue.actualLines().stream().map(BudgetLine::category).toList());
        boolean wholeBudget = earnedValue.actualLines().size() == budget.lines().size();
        if (wholeBudget) {
            return ref(ACTUAL_TO_DATE, 1);
        }
        List<Integer> rows = new ArrayList<>();
        int row = FIRST_ROW;
        for (String code : categories.keySet()) {
            if (charged.contains(code)) {
                rows.add(row);
            }
            row++;
        }
        return sumOf(sheetPrefix(name(Label.BY_CATEGORY)), rows, BY_CATEGORY_ACTUAL);
    }

    /** A labelled amount: a typed value when {@code formula} is null, and its 万元 twin in Chinese reports. */
    private void amountRow(SheetWriter w, int row, Label label, String formula, double value) {
        Styles s = w.styles();
        w.text(row, 0, context.label(label), s.text);
        if (formula == null) {
            w.number(row, 1, value, s.money);
        } else {
            w.formula(row, 1, formula, value, s.money);
        }
        if (context.showsWan()) {
            w.formula(row, 2, ref(row, 1) + "/10000", value / 10_000, s.wan);
        }
    }

    /** As {@link #amountRow}, for a formula that gives "" when {@code value} is null (an index cannot be computed). */
    private void optionalAmountRow(SheetWriter w, int row, Label label, String formula, Double value) {
        Styles s = w.styles();
        w.text(row, 0, context.label(label), s.text);
        w.formulaOrEmpty(row, 1, formula, value, s.money);
        if (context.showsWan()) {
            w.formulaOrEmpty(row, 2, "IF(" + ref(row, 1) + "=\"\",\"\"," + ref(row, 1) + "/10000)",
                    value == null ? null : value / 10_000, s.wan);
        }
    }

    private void writeByCategory(SheetWriter w) {
        Styles s = w.styles();
        final int code = 0, name = 1, group = 2, planned = 3, plannedToDate = 4, actual = BY_CATEGORY_ACTUAL,
                variance = 6, variancePct = 7, share = 8, wanPlanned = 9, wanPlannedToDate = 10, wanActual = 11,
                wanVariance = 12;
        List<String> headers = new ArrayList<>(List.of(context.label(Label.CODE), context.label(Label.CATEGORY),
                context.label(Label.GROUP), context.withUnit(Label.PLANNED), context.withUnit(Label.PLANNED_TO_DATE),
                context.withUnit(Label.ACTUAL_TO_DATE), context.withUnit(Label.VARIANCE_TO_DATE),
                context.label(Label.VARIANCE_PCT), context.label(Label.SHARE)));
        if (context.showsWan()) {
            headers.addAll(List.of(context.inWan(Label.PLANNED), context.inWan(Label.PLANNED_TO_DATE),
                    context.inWan(Label.ACTUAL_TO_DATE), context.inWan(Label.VARIANCE_TO_DATE)));
        }
        int[] amountColumns = {planned, plannedToDate, actual, variance};
        int[] wanColumns = {wanPlanned, wanPlannedToDate, wanActual, wanVariance};
        w.heading(title(Label.BY_CATEGORY), subtitle(), HEADER_ROW, headers.toArray(String[]::new));
        int totalRow = FIRST_ROW + categories.size();
        Amounts total = breakdown.total();
        int row = FIRST_ROW;
        for (CategoryRow category : breakdown.rows()) {
            String key = "$A" + (row + 1);
            Amounts amounts = category.total();
            w.text(row, code, category.code(), s.text);
            w.text(row, name, context.text(categories.get(category.code()).name()), s.text);
            w.text(row, group, groupName(category.group()), s.text);
            w.formula(row, planned, "SUMIFS(" + lines(L_PLANNED) + "," + lines(L_CODE) + "," + key + ")",
                    amounts.planned(), s.money);
            w.formula(row, plannedToDate, "SUMIFS(" + lines(L_PLANNED) + "," + lines(L_CODE) + "," + key + ","
                    + lines(L_QUARTER_END) + ",\"<=\"&" + statusDate() + ")", amounts.plannedToDate(), s.money);
            w.formula(row, actual, "SUMIFS(" + lines(L_ACTUAL) + "," + lines(L_CODE) + "," + key + ")",
                    amounts.actual(), s.money);
            amountsFormulas(w, row, planned, plannedToDate, actual, variance, variancePct, share, totalRow, amounts,
                    total, s.money, s.percent);
            wanColumns(w, row, amountColumns, wanColumns, amountsValues(amounts), s.wan);
            row++;
        }
        w.text(totalRow, code, "", s.totalText);
        w.text(totalRow, name, context.label(Label.TOTAL), s.totalText);
        w.text(totalRow, group, "", s.totalText);
        double[] totals = amountsValues(total);
        totals[3] = breakdown.rows().stream().mapToDouble(r -> toFen(r.total().variance())).sum();
        for (int i = 0; i < amountColumns.length; i++) {
            w.formula(totalRow, amountColumns[i], sum(amountColumns[i], FIRST_ROW, totalRow - 1), totals[i],
                    s.totalMoney);
        }
        w.formulaOrEmpty(totalRow, variancePct, "IF(" + ref(totalRow, plannedToDate) + "=0,\"\","
                + ref(totalRow, variance) + "/" + ref(totalRow, plannedToDate) + ")",
                total.plannedToDate() == 0 ? null : totals[3] / total.plannedToDate(), s.totalPercent);
        w.formulaOrEmpty(totalRow, share, "IF(" + ref(totalRow, planned) + "=0,\"\",1)",
                total.planned() == 0 ? null : 1.0, s.totalPercent);
        wanColumns(w, totalRow, amountColumns, wanColumns, totals, s.totalWan);

        double reserve = budget.reserveLeft();
        int reserveRow = totalRow + 1;
        w.text(reserveRow, name, context.label(budget.reserveDrawn() == 0 ? Label.CONTINGENCY_RESERVE
                : Label.RESERVE_LEFT), s.text);
        w.formula(reserveRow, planned, summary(RESERVE), reserve, s.money);
        int grandRow = reserveRow + 1;
        w.text(grandRow, name, context.label(Label.TOTAL_WITH_RESERVE), s.totalText);
        w.formula(grandRow, planned, ref(totalRow, planned) + "+" + ref(reserveRow, planned), total.planned() + reserve,
                s.totalMoney);
        if (context.showsWan()) {
            w.formula(reserveRow, wanPlanned, ref(reserveRow, planned) + "/10000", reserve / 10_000, s.wan);
            w.formula(grandRow, wanPlanned, ref(grandRow, planned) + "/10000", (total.planned() + reserve) / 10_000,
                    s.totalWan);
        }

        // Group subtotals: SUMIFS over the category rows by the group name shown in column C.
        int groupTitle = grandRow + 2;
        w.text(groupTitle, name, context.label(Label.GROUP_SUBTOTALS), s.header);
        for (int c : new int[]{group, planned, plannedToDate, actual, variance, variancePct, share}) {
            w.text(groupTitle, c, headers.get(c), s.header);
        }
        row = groupTitle + 1;
        String groups = columnRange(group, FIRST_ROW, totalRow - 1);
        for (GroupRow groupRow : breakdown.groups()) {
            Amounts amounts = groupRow.total();
            w.text(row, name, groupName(groupRow.group()), s.text);
            w.blank(row, group, s.text);
            String key = "$B" + (row + 1);
            int[] sourceColumns = {planned, plannedToDate, actual};
            double[] values = amountsValues(amounts);
            for (int i = 0; i < sourceColumns.length; i++) {
                w.formula(row, sourceColumns[i], "SUMIFS(" + columnRange(sourceColumns[i], FIRST_ROW, totalRow - 1)
                        + "," + groups + "," + key + ")", values[i], s.money);
            }
            amountsFormulas(w, row, planned, plannedToDate, actual, variance, variancePct, share, totalRow, amounts,
                    total, s.money, s.percent);
            wanColumns(w, row, amountColumns, wanColumns, values, s.wan);
            row++;
        }
        int lastGroup = Math.max(groupTitle + 1, row - 1);

        Highlights.overrunBelowZero(w.sheet(), ref(FIRST_ROW, variance) + ":" + ref(lastGroup, variancePct));
        if (context.showsWan()) {
            Highlights.overrunBelowZero(w.sheet(), ref(FIRST_ROW, wanVariance) + ":" + ref(lastGroup, wanVariance));
        }
        w.sheet().setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, totalRow - 1), code,
                context.showsWan() ? wanVariance : share));
        w.widths(10, 24, 14, 18, 18, 18, 18, 11, 9, 18, 18, 18, 18);
        w.sheet().createFreezePane(2, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }

    /** Planned, planned to date, actual and the rounded variance of {@code amounts}, in that order. */
    private static double[] amountsValues(Amounts amounts) {
        return new double[]{amounts.planned(), amounts.plannedToDate(), amounts.actual(), toFen(amounts.variance())};
    }

    /** Variance, variance % and share of a row whose planned, planned-to-date and actual cells are written. */
    private static void amountsFormulas(SheetWriter w, int row, int planned, int plannedToDate, int actual,
            int variance, int variancePct, int share, int totalRow, Amounts amounts, Amounts total, CellStyle money,
            CellStyle percent) {
        double rounded = toFen(amounts.variance());
        w.formula(row, variance, toFen(ref(row, plannedToDate) + "-" + ref(row, actual)), rounded, money);
        w.formulaOrEmpty(row, variancePct, "IF(" + ref(row, plannedToDate) + "=0,\"\"," + ref(row, variance) + "/"
                + ref(row, plannedToDate) + ")", amounts.plannedToDate() == 0 ? null
                : rounded / amounts.plannedToDate(), percent);
        w.formulaOrEmpty(row, share, "IF(" + abs(totalRow, planned) + "=0,\"\"," + ref(row, planned) + "/"
                + abs(totalRow, planned) + ")", total.planned() == 0 ? null : amounts.planned() / total.planned(),
                percent);
    }

    private void wanColumns(SheetWriter w, int row, int[] sources, int[] targets, double[] values, CellStyle style) {
        if (!context.showsWan()) {
            return;
        }
        for (int i = 0; i < sources.length; i++) {
            w.formula(row, targets[i], ref(row, sources[i]) + "/10000", values[i] / 10_000, style);
        }
    }

    private void writeByQuarter(SheetWriter w) {
        Styles s = w.styles();
        final int quarter = 0, end = 1, planned = 2, plannedToDate = 3, actual = 4, variance = 5, variancePct = 6,
                cumPlanned = 7, cumActual = 8, wanPlanned = 9, wanPlannedToDate = 10, wanActual = 11, wanVariance = 12;
        List<String> headers = new ArrayList<>(List.of(context.label(Label.QUARTER), context.label(Label.QUARTER_END),
                context.withUnit(Label.PLANNED), context.withUnit(Label.PLANNED_TO_DATE), context.withUnit(Label.ACTUAL),
                context.withUnit(Label.VARIANCE), context.label(Label.VARIANCE_PCT),
                context.withUnit(Label.CUMULATIVE_PLANNED), context.withUnit(Label.CUMULATIVE_ACTUAL)));
        if (context.showsWan()) {
            headers.addAll(List.of(context.inWan(Label.PLANNED), context.inWan(Label.PLANNED_TO_DATE),
                    context.inWan(Label.ACTUAL), context.inWan(Label.VARIANCE)));
        }
        int[] amountColumns = {planned, plannedToDate, actual, variance};
        int[] wanColumns = {wanPlanned, wanPlannedToDate, wanActual, wanVariance};
        w.heading(title(Label.BY_QUARTER), subtitle(), HEADER_ROW, headers.toArray(String[]::new));
        int row = FIRST_ROW;
        double cumulativePlanned = 0, cumulativeActual = 0, varianceSum = 0;
        for (int i = 0; i < quarters.size(); i++) {
            Quarter q = quarters.get(i);
            Amounts amounts = breakdown.quarterTotals().get(i);
            w.text(row, quarter, q.toString(), s.centered);
            w.date(row, end, q.lastDay(), s.date);
            w.formula(row, planned, "SUMIFS(" + lines(L_PLANNED) + "," + lines(L_QUARTER) + "," + ref(row, quarter)
                    + ")", amounts.planned(), s.money);
            w.formula(row, plannedToDate, "IF(" + ref(row, end) + "<=" + statusDate() + "," + ref(row, planned) + ",0)",
                    amounts.plannedToDate(), s.money);
            w.formula(row, actual, "SUMIFS(" + lines(L_ACTUAL) + "," + lines(L_QUARTER) + "," + ref(row, quarter) + ")",
                    amounts.actual(), s.money);
            Double difference = quarterVariance(q, amounts.planned(), amounts.actual());
            w.formulaOrEmpty(row, variance, quarterVariance(ref(row, end), ref(row, planned), ref(row, actual)),
                    difference, s.money);
            w.formulaOrEmpty(row, variancePct, quarterVariancePercent(ref(row, end), ref(row, planned),
                    ref(row, variance)), quarterVariancePercent(difference, ended(q), amounts.planned()), s.percent);
            cumulativePlanned += amounts.planned();
            cumulativeActual += amounts.actual();
            varianceSum += difference == null ? 0 : difference;
            String previous = row == FIRST_ROW ? "" : "+" + ref(row - 1, cumPlanned);
            w.formula(row, cumPlanned, ref(row, planned) + previous, cumulativePlanned, s.money);
            previous = row == FIRST_ROW ? "" : "+" + ref(row - 1, cumActual);
            w.formula(row, cumActual, ref(row, actual) + previous, cumulativeActual, s.money);
            if (context.showsWan()) {
                double[] values = amountsValues(amounts);
                for (int c = 0; c < 3; c++) {
                    w.formula(row, wanColumns[c], ref(row, amountColumns[c]) + "/10000", values[c] / 10_000, s.wan);
                }
                w.formulaOrEmpty(row, wanVariance, "IF(" + ref(row, variance) + "=\"\",\"\"," + ref(row, variance)
                        + "/10000)", difference == null ? null : difference / 10_000, s.wan);
            }
            row++;
        }
        int totalRow = row;
        Amounts total = breakdown.total();
        w.text(totalRow, quarter, context.label(Label.TOTAL), s.totalText);
        w.text(totalRow, end, "", s.totalText);
        double[] totals = {total.planned(), total.plannedToDate(), total.actual(), varianceSum};
        for (int i = 0; i < amountColumns.length; i++) {
            w.formula(totalRow, amountColumns[i], sum(amountColumns[i], FIRST_ROW, totalRow - 1), totals[i],
                    s.totalMoney);
        }
        w.formulaOrEmpty(totalRow, variancePct, "IF(" + ref(totalRow, plannedToDate) + "=0,\"\","
                + ref(totalRow, variance) + "/" + ref(totalRow, plannedToDate) + ")",
                total.plannedToDate() == 0 ? null : varianceSum / total.plannedToDate(), s.totalPercent);
        wanColumns(w, totalRow, amountColumns, wanColumns, totals, s.totalWan);
        int lastColumn = context.showsWan() ? wanVariance : cumActual;
        Highlights.overrunBelowZero(w.sheet(), ref(FIRST_ROW, variance) + ":" + ref(totalRow, variancePct));
        if (context.showsWan()) {
            Highlights.overrunBelowZero(w.sheet(), ref(FIRST_ROW, wanVariance) + ":" + ref(totalRow, wanVariance));
        }
        w.sheet().setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, totalRow - 1), quarter,
                lastColumn));
        w.widths(11, 12, 18, 18, 18, 18, 11, 20, 20, 16, 16, 16, 16);
        w.sheet().createFreezePane(1, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }

    /**
     * Four blocks (planned, actual, variance, variance %) with categories down and quarters across, written row by
     * row (a streaming sheet cannot go back). The header row names the quarters (matched against the lines by text)
     * and the row below it gives each quarter's end, from which the variances tell ended, running and future quarters.
     */
    private void writeCategoryByQuarter(SheetWriter w) {
        Styles s = w.styles();
        int firstQuarter = 2;
        int totalColumn = firstQuarter + quarters.size();
        List<String> headers = new ArrayList<>(List.of(context.label(Label.CODE), context.label(Label.CATEGORY)));
        quarters.forEach(q -> headers.add(q.toString()));
        headers.add(context.label(Label.TOTAL));
        w.heading(title(Label.CATEGORY_BY_QUARTER), subtitle(), HEADER_ROW, headers.toArray(String[]::new));
        int endRow = FIRST_ROW;
        w.text(endRow, 1, context.label(Label.QUARTER_END), s.text);
        for (int i = 0; i < quarters.size(); i++) {
            w.date(endRow, firstQuarter + i, quarters.get(i).lastDay(), s.date);
        }

        int blockHeight = categories.size() + 2;
        int plannedTitle = endRow + 2;
        int actualTitle = plannedTitle + blockHeight + 1;
        int varianceTitle = actualTitle + blockHeight + 1;
        int pctTitle = varianceTitle + blockHeight + 1;
        List<CategoryRow> rows = breakdown.rows();
        int count = rows.size();
        Label[] blockNames = {Label.PLANNED, Label.ACTUAL, Label.VARIANCE, Label.VARIANCE_PCT};
        int[] titles = {plannedTitle, actualTitle, varianceTitle, pctTitle};
        for (int b = 0; b < 4; b++) {
            int titleRow = titles[b];
            w.text(titleRow, 0, context.label(blockNames[b]), s.header);
            w.text(titleRow, 1, b == 3 ? "%" : context.currencyUnit(), s.header);
            for (int k = 0; k <= count; k++) {
                boolean total = k == count;
                int row = titleRow + 1 + k;
                w.text(row, 0, total ? "" : rows.get(k).code(), total ? s.totalText : s.text);
                w.text(row, 1, total ? context.label(Label.TOTAL) : context.text(categories.get(rows.get(k).code()).name()),
                        total ? s.totalText : s.text);
                List<Amounts> amounts = total ? breakdown.quarterTotals() : rows.get(k).byQuarter();
                Amounts rowTotal = total ? breakdown.total() : rows.get(k).total();
                switch (b) {
                    case 0 -> amountBlockRow(w, row, k, total, plannedTitle, firstQuarter, totalColumn, L_PLANNED,
                            amounts, rowTotal.planned(), Amounts::planned);
                    case 1 -> amountBlockRow(w, row, k, total, actualTitle, firstQuarter, totalColumn, L_ACTUAL,
                            amounts, rowTotal.actual(), Amounts::actual);
                    case 2 -> varianceBlockRow(w, row, plannedTitle + 1 + k, actualTitle + 1 + k, total,
                            firstQuarter, totalColumn, endRow, amounts);
                    default -> percentBlockRow(w, row, plannedTitle + 1 + k, varianceTitle + 1 + k, total,
                            firstQuarter, totalColumn, endRow, amounts);
                }
            }
        }
        Highlights.overrunBelowZero(w.sheet(), ref(varianceTitle + 1, firstQuarter) + ":"
                + ref(pctTitle + count + 1, totalColumn));
        int[] widths = new int[totalColumn + 1];
        widths[0] = 10;
        widths[1] = 22;
        for (int c = firstQuarter; c <= totalColumn; c++) {
            widths[c] = 16;
        }
        w.widths(widths);
        w.sheet().createFreezePane(2, FIRST_ROW + 1);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }

    /** A planned or actual row: SUMIFS of the lines by category and quarter, or the column sums on the total row. */
    private void amountBlockRow(SheetWriter w, int row, int k, boolean total, int titleRow, int firstQuarter,
            int totalColumn, int linesColumn, List<Amounts> amounts, double rowTotal, Function<Amounts, Double> amount) {
        CellStyle money = total ? w.styles().totalMoney : w.styles().money;
        for (int c = firstQuarter; c < totalColumn; c++) {
            double value = amount.apply(amounts.get(c - firstQuarter));
            if (total) {
                w.formula(row, c, sum(c, titleRow + 1, row - 1), value, money);
            } else {
                w.formula(row, c, "SUMIFS(" + lines(linesColumn) + "," + lines(L_CODE) + ",$A" + (row + 1) + ","
                        + lines(L_QUARTER) + "," + column(c) + "$" + (HEADER_ROW + 1) + ")", value, money);
            }
        }
        w.formula(row, totalColumn, total ? sum(totalColumn, titleRow + 1, row - 1)
                : rowSum(row, firstQuarter, totalColumn - 1), rowTotal, money);
    }

    private void varianceBlockRow(SheetWriter w, int row, int plannedRow, int actualRow, boolean total,
            int firstQuarter, int totalColumn, int endRow, List<Amounts> amounts) {
        CellStyle money = total ? w.styles().totalMoney : w.styles().money;
        double sum = 0;
        for (int c = firstQuarter; c < totalColumn; c++) {
            Amounts a = amounts.get(c - firstQuarter);
            Double value = quarterVariance(quarters.get(c - firstQuarter), a.planned(), a.actual());
            sum += value == null ? 0 : value;
            w.formulaOrEmpty(row, c, quarterVariance(column(c) + "$" + (endRow + 1), ref(plannedRow, c),
                    ref(actualRow, c)), value, money);
        }
        // Quarters not yet started are blank and add nothing: the sum is the row's variance to date.
        w.formula(row, totalColumn, rowSum(row, firstQuarter, totalColumn - 1), sum, money);
    }

    private void percentBlockRow(SheetWriter w, int row, int plannedRow, int varianceRow, boolean total,
            int firstQuarter, int totalColumn, int endRow, List<Amounts> amounts) {
        CellStyle percent = total ? w.styles().totalPercent : w.styles().percent;
        double varianceSum = 0, plannedToDate = 0;
        for (int c = firstQuarter; c < totalColumn; c++) {
            Quarter q = quarters.get(c - firstQuarter);
            Amounts a = amounts.get(c - firstQuarter);
            Double variance = quarterVariance(q, a.planned(), a.actual());
            varianceSum += variance == null ? 0 : variance;
            plannedToDate += a.plannedToDate();
            w.formulaOrEmpty(row, c, quarterVariancePercent(column(c) + "$" + (endRow + 1), ref(plannedRow, c),
                    ref(varianceRow, c)), quarterVariancePercent(variance, ended(q), a.planned()), percent);
        }
        String plannedToDateFormula = quarters.isEmpty() ? "0" : "SUMIFS(" + ref(plannedRow, firstQuarter) + ":"
                + ref(plannedRow, totalColumn - 1) + "," + abs(endRow, firstQuarter) + ":" + abs(endRow, totalColumn - 1)
                + ",\"<=\"&" + statusDate() + ")";
        w.formulaOrEmpty(row, totalColumn, "IF(" + plannedToDateFormula + "=0,\"\"," + ref(varianceRow, totalColumn)
                + "/" + plannedToDateFormula + ")", plannedToDate == 0 ? null : varianceSum / plannedToDate, percent);
    }

    /**
     * The WBS with each leaf's current estimate (fixed cost + cost per day x duration, a formula over the shown
     * inputs) and its budget at completion, the latest baseline's cost where it has one (else the estimate), with PV
     * at the status date and earned value = BAC x % complete; summaries roll up by formula. These are
     * {@link EarnedValue}'s budgets, so the totals are the EVM workbook's BAC, PV and EV.
     */
    private void writeByWbs(SheetWriter w) {
        Styles s = w.styles();
        List<String> headers = new ArrayList<>(List.of(context.label(Label.CODE), context.label(Label.NAME),
                context.label(Label.LEVEL), context.label(Label.OWNER), context.label(Label.CATEGORY),
                context.label(Label.DURATION_DAYS), context.withUnit(Label.FIXED_COST),
                context.withUnit(Label.COST_PER_DAY), context.withUnit(Label.CURRENT_ESTIMATE),
                context.withUnit(Label.BAC_BASELINE), context.withUnit(Label.ESTIMATE_VARIANCE),
                context.label(Label.PERCENT_COMPLETE), context.withUnit(Label.PV), context.withUnit(Label.EV)));
        if (context.showsWan()) {
            headers.add(context.inWan(Label.BAC_BASELINE));
        }
        w.heading(title(Label.BY_WBS), subtitle(), HEADER_ROW, headers.toArray(String[]::new));
        Wbs wbs = new Wbs(context.plan().wbs());
        Map<String, BaselineEntry> baseline = Baselines.comparedEntries(context.plan());
        Map<String, EarnedValue.ActivityValue> leafValues = earnedValue.activities().stream()
                .collect(Collectors.toMap(a -> a.activity().code(), a -> a, (a, b) -> a));
        Map<String, Integer> rows = wbsRows(wbs);
        Map<Integer, CellStyle> indents = new LinkedHashMap<>();
        for (Activity activity : wbs.all()) {
            int row = rows.get(activity.code());
            boolean leaf = wbs.isLeaf(activity);
            w.text(row, W_CODE, activity.code(), s.text);
            w.text(row, W_NAME, context.text(activity.name()),
                    indents.computeIfAbsent(activity.level() - 1, s::indented));
            w.number(row, W_LEVEL, activity.level(), s.integer);
            w.text(row, W_OWNER, activity.owner(), s.text);
            w.text(row, W_CATEGORY, activity.budgetCategory(), s.text);
            double estimate = wbs.cost(activity);
            Measures measures = earnedValue.of(activity.code());
            if (leaf) {
                EarnedValue.ActivityValue value = leafValues.get(activity.code());
                w.number(row, W_DURATION, activity.duration(), s.decimal);
                w.number(row, W_FIXED, activity.fixedCost(), s.money);
                w.number(row, W_PER_DAY, activity.costPerDay(), s.money);
                w.formula(row, W_ESTIMATE, ref(row, W_FIXED) + "+" + ref(row, W_PER_DAY) + "*" + ref(row, W_DURATION),
                        estimate, s.money);
                BaselineEntry entry = baseline.get(activity.code());
                if (entry != null) {
                    w.number(row, W_BAC, entry.cost(), s.money);
                } else {
                    w.formula(row, W_BAC, ref(row, W_ESTIMATE), estimate, s.money);
                }
                w.number(row, W_COMPLETE, activity.percentComplete() / 100.0, s.percent);
                // PV at the status date: the budget spread over the working days of the (baseline) dates.
                w.number(row, W_PV, value.plannedToStatus(), s.money);
                w.formula(row, W_EV, ref(row, W_BAC) + "*" + ref(row, W_COMPLETE), value.earned(), s.money);
            } else {
                List<Integer> childRows = wbs.childrenOf(activity.code()).stream().map(a -> rows.get(a.code())).toList();
                w.blank(row, W_DURATION, s.decimal);
                w.blank(row, W_FIXED, s.money);
                w.blank(row, W_PER_DAY, s.money);
                w.formula(row, W_ESTIMATE, sumOf("", childRows, W_ESTIMATE), estimate, s.money);
                w.formula(row, W_BAC, sumOf("", childRows, W_BAC), measures.bac(), s.money);
                w.formula(row, W_PV, sumOf("", childRows, W_PV), measures.pv(), s.money);
                w.formula(row, W_EV, sumOf("", childRows, W_EV), measures.ev(), s.money);
                w.formulaOrEmpty(row, W_COMPLETE, "IF(" + ref(row, W_BAC) + "=0,\"\"," + ref(row, W_EV) + "/"
                        + ref(row, W_BAC) + ")", measures.bac() == 0 ? null : measures.ev() / measures.bac(), s.percent);
            }
            w.formula(row, W_VARIANCE, toFen(ref(row, W_BAC) + "-" + ref(row, W_ESTIMATE)),
                    toFen(measures.bac() - estimate), s.money);
            if (context.showsWan()) {
                w.formula(row, W_WAN_BAC, ref(row, W_BAC) + "/10000", measures.bac() / 10_000, s.wan);
            }
        }
        int last = FIRST_ROW + Math.max(0, wbs.all().size() - 1);
        Highlights.overrunBelowZero(w.sheet(), ref(FIRST_ROW, W_VARIANCE) + ":" + ref(last, W_VARIANCE));
        w.sheet().setAutoFilter(new CellRangeAddress(HEADER_ROW, last, W_CODE, context.showsWan() ? W_WAN_BAC : W_EV));
        w.widths(10, 34, 6, 12, 10, 10, 16, 14, 18, 18, 18, 10, 18, 18, 18);
        w.sheet().createFreezePane(2, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }

    private static Map<String, Integer> wbsRows(Wbs wbs) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        int row = FIRST_ROW;
        for (Activity activity : wbs.all()) {
            rows.put(activity.code(), row++);
        }
        return rows;
    }

    /** The By WBS rows of the elements without a parent in the WBS: their sums are the plan's. */
    private List<Integer> wbsRootRows() {
        Wbs wbs = new Wbs(context.plan().wbs());
        Map<String, Integer> rows = wbsRows(wbs);
        return wbs.all().stream().filter(a -> a.parentCode() == null || !rows.containsKey(a.parentCode()))
                .map(a -> rows.get(a.code())).toList();
    }

    /** SUM across columns {@code first..last} of one row; "0" when there are none (no quarters). */
    private static String rowSum(int row, int first, int last) {
        return last < first ? "0" : "SUM(" + ref(row, first) + ":" + ref(row, last) + ")";
    }

    /**
     * SUM over scattered cells of {@code sheet} ("" for the same sheet); SUM takes at most 255 arguments, so long
     * lists are summed in nested chunks.
     */
    static String sumOf(String sheet, List<Integer> rows, int column) {
        if (rows.isEmpty()) {
            return "0";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += 200) {
            List<String> chunk = rows.subList(i, Math.min(rows.size(), i + 200)).stream()
                    .map(r -> sheet + ref(r, column)).toList();
            parts.add("SUM(" + String.join(",", chunk) + ")");
        }
        return parts.size() == 1 ? parts.get(0) : "SUM(" + String.join(",", parts) + ")";
    }

    private void writeLines(SheetWriter w) {
        Styles s = w.styles();
        w.heading(title(Label.BUDGET_LINES), subtitle(), HEADER_ROW, context.label(Label.CODE),
                context.label(Label.CATEGORY), context.label(Label.GROUP), context.label(Label.QUARTER),
                context.label(Label.QUARTER_END), context.withUnit(Label.PLANNED), context.withUnit(Label.ACTUAL),
                context.withUnit(Label.VARIANCE), context.label(Label.VARIANCE_PCT));
        int row = FIRST_ROW;
        for (BudgetLine line : lines) {
            BudgetCategory category = categories.get(line.category());
            Quarter quarter = line.quarter();
            w.text(row, L_CODE, line.category(), s.text);
            w.text(row, L_NAME, context.text(category.name()), s.text);
            w.text(row, L_GROUP, groupName(category.group()), s.text);
            w.text(row, L_QUARTER, quarter.toString(), s.centered);
            w.date(row, L_QUARTER_END, quarter.lastDay(), s.date);
            w.number(row, L_PLANNED, line.planned(), s.money);
            w.number(row, L_ACTUAL, line.actual(), s.money);
            Double variance = quarterVariance(quarter, line.planned(), line.actual());
            w.formulaOrEmpty(row, L_VARIANCE, quarterVariance(ref(row, L_QUARTER_END), ref(row, L_PLANNED),
                    ref(row, L_ACTUAL)), variance, s.money);
            w.formulaOrEmpty(row, L_VARIANCE_PCT, quarterVariancePercent(ref(row, L_QUARTER_END), ref(row, L_PLANNED),
                    ref(row, L_VARIANCE)), quarterVariancePercent(variance, ended(quarter), line.planned()), s.percent);
            row++;
        }
        int last = Math.max(FIRST_ROW, row - 1);
        Highlights.overrunBelowZero(w.sheet(), ref(FIRST_ROW, L_VARIANCE) + ":" + ref(last, L_VARIANCE_PCT));
        w.sheet().setAutoFilter(new CellRangeAddress(HEADER_ROW, last, L_CODE, L_VARIANCE_PCT));
        w.widths(10, 24, 14, 10, 12, 18, 18, 18, 11);
        w.sheet().createFreezePane(0, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }

    /** The breakdown's rows, in its order; a category only lines name gets its code for a name. */
    private static Map<String, BudgetCategory> categoriesInOrder(Budget budget, BudgetBreakdown breakdown) {
        Map<String, BudgetCategory> declared = new LinkedHashMap<>();
        budget.categories().forEach(c -> declared.put(c.code(), c));
        Map<String, BudgetCategory> result = new LinkedHashMap<>();
        for (CategoryRow row : breakdown.rows()) {
            result.put(row.code(), declared.getOrDefault(row.code(),
                    new BudgetCategory(row.code(), LocalizedText.of(row.code(), row.code()), null)));
        }
        return result;
    }
}
