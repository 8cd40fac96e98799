package org.keelson.reports.budget;

import static org.keelson.reports.common.SheetWriter.abs;
import static org.keelson.reports.common.SheetWriter.column;
import static org.keelson.reports.common.SheetWriter.columnRange;
import static org.keelson.reports.common.SheetWriter.ref;
import static org.keelson.reports.common.SheetWriter.sum;
import static org.keelson.reports.common.SheetWriter.sheetPrefix;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.keelson.reports.chart.BudgetChart;
import org.keelson.reports.chart.Charts;
import org.keelson.simulation.plan.Baselines;
import org.keelson.reports.common.Highlights;
import org.keelson.reports.common.Label;
import org.keelson.reports.common.Pictures;
import org.keelson.reports.common.PrintLayout;
import org.keelson.reports.common.ReportContext;
import org.keelson.reports.common.SheetWriter;
import org.keelson.reports.common.Styles;
import org.keelson.simulation.schedule.Wbs;
import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.budget.BudgetBreakdown;
import org.keelson.simulation.budget.BudgetCategory;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.plan.BaselineEntry;
import org.keelson.simulation.text.LocalizedText;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.schedule.Activity;

/**
 * The budget workbook: summary, by category, by quarter, category x quarter, by WBS and the budget lines.
 * The lines sheet holds the only typed-in amounts; every total, variance and ratio elsewhere is a live formula
 * over it, so a reader who corrects a line sees every sheet follow. Variance = planned − actual: a negative
 * variance is an overrun and is highlighted. Written with SXSSF so a 10,000-line budget streams in bounded memory.
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

    // Budget lines sheet columns.
    static final int L_CODE = 0, L_NAME = 1, L_GROUP = 2, L_QUARTER = 3, L_QUARTER_END = 4, L_PLANNED = 5,
            L_ACTUAL = 6, L_VARIANCE = 7, L_VARIANCE_PCT = 8;

    private static final int STREAMING_WINDOW = 200;

    private final ReportContext context;
    private final Budget budget;
    private final List<BudgetLine> lines;
    private final Map<String, BudgetCategory> categories;
    private final List<Quarter> quarters;

    public BudgetWorkbook(Plan plan) {
        this.context = ReportContext.of(plan);
        this.budget = plan.budget() != null ? plan.budget() : new Budget(0, 0, List.of(), List.of());
        this.lines = budget.lines().stream()
                .sorted(Comparator.comparing(BudgetLine::quarter).thenComparing(BudgetLine::category))
                .toList();
        BudgetBreakdown breakdown = BudgetBreakdown.of(budget, context.statusDate());
        this.categories = categoriesInOrder(budget, breakdown);
        this.quarters = breakdown.quarters();
    }

    /** Sheet names in the plan's language, in workbook order. */
    public List<String> sheetNames() {
        return List.of(name(Label.SUMMARY), name(Label.BY_CATEGORY), name(Label.BY_QUARTER),
                name(Label.CATEGORY_BY_QUARTER), name(Label.BY_WBS), name(Label.BUDGET_LINES));
    }

    public void write(OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new UncachedFormulaWorkbook(STREAMING_WINDOW);
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

    // ---- references into the lines and summary sheets ----

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

    // ---- sheets ----

    private void writeSummary(SheetWriter w) {
        Styles s = w.styles();
        boolean wan = context.showsWan();
        if (wan) {
            w.heading(title(Label.SUMMARY), subtitle(), HEADER_ROW, context.label(Label.NAME),
                    context.withUnit(Label.VALUE), context.inWan(Label.VALUE));
        } else {
            w.heading(title(Label.SUMMARY), subtitle(), HEADER_ROW, context.label(Label.NAME),
                    context.withUnit(Label.VALUE));
        }
        amountRow(w, AUTHORISED, Label.AUTHORISED_BUDGET, null, budget.total());
        w.text(CONTINGENCY_PCT, 0, context.label(Label.CONTINGENCY_PCT), s.text);
        w.number(CONTINGENCY_PCT, 1, budget.contingencyPercent() / 100.0, s.percent);
        amountRow(w, RESERVE, Label.CONTINGENCY_RESERVE, ref(AUTHORISED, 1) + "*" + ref(CONTINGENCY_PCT, 1), 0);
        amountRow(w, TOTAL_WITH_RESERVE, Label.TOTAL_WITH_RESERVE, ref(AUTHORISED, 1) + "+" + ref(RESERVE, 1), 0);
        amountRow(w, PLANNED_ALL, Label.PLANNED_ALL, "SUM(" + lines(L_PLANNED) + ")", 0);
        amountRow(w, UNALLOCATED, Label.UNALLOCATED, ref(AUTHORISED, 1) + "-" + ref(PLANNED_ALL, 1), 0);
        w.text(STATUS_DATE, 0, context.label(Label.STATUS_DATE), s.text);
        w.date(STATUS_DATE, 1, context.statusDate(), s.date);
        amountRow(w, PLANNED_TO_DATE, Label.PLANNED_TO_DATE, "SUMIFS(" + lines(L_PLANNED) + "," + lines(L_QUARTER_END)
                + ",\"<=\"&" + abs(STATUS_DATE, 1) + ")", 0);
        amountRow(w, ACTUAL_TO_DATE, Label.ACTUAL_TO_DATE, "SUM(" + lines(L_ACTUAL) + ")", 0);
        amountRow(w, VARIANCE_TO_DATE, Label.VARIANCE_TO_DATE, ref(PLANNED_TO_DATE, 1) + "-" + ref(ACTUAL_TO_DATE, 1), 0);
        w.text(VARIANCE_PCT, 0, context.label(Label.VARIANCE_PCT), s.text);
        w.formula(VARIANCE_PCT, 1, "IF(" + ref(PLANNED_TO_DATE, 1) + "=0,\"\"," + ref(VARIANCE_TO_DATE, 1) + "/"
                + ref(PLANNED_TO_DATE, 1) + ")", s.percent);
        amountRow(w, FORECAST, Label.FORECAST_AT_COMPLETION, ref(ACTUAL_TO_DATE, 1) + "+" + ref(PLANNED_ALL, 1) + "-"
                + ref(PLANNED_TO_DATE, 1), 0);
        amountRow(w, FORECAST_VARIANCE, Label.FORECAST_VARIANCE, ref(AUTHORISED, 1) + "-" + ref(FORECAST, 1), 0);
        amountRow(w, RESERVE_REMAINING, Label.RESERVE_REMAINING, ref(RESERVE, 1) + "-MAX(0," + ref(FORECAST, 1) + "-"
                + ref(AUTHORISED, 1) + ")", 0);
        int lastColumn = wan ? 2 : 1;
        for (int row : new int[]{VARIANCE_TO_DATE, VARIANCE_PCT, FORECAST_VARIANCE, RESERVE_REMAINING}) {
            Highlights.overrunBelowZero(w.sheet(), ref(row, 1) + ":" + ref(row, lastColumn));
        }
        w.widths(36, 22, 20);
        Pictures.embed(w.sheet(), Charts.png(BudgetChart.create(context.plan()), 1000, 560), wan ? 4 : 3, HEADER_ROW,
                10, 24);
        w.sheet().createFreezePane(0, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }

    /** A labelled amount: a typed value when {@code formula} is null, and its 万元 twin in Chinese reports. */
    private void amountRow(SheetWriter w, int row, Label label, String formula, double value) {
        Styles s = w.styles();
        w.text(row, 0, context.label(label), s.text);
        if (formula == null) {
            w.number(row, 1, value, s.money);
        } else {
            w.formula(row, 1, formula, s.money);
        }
        if (context.showsWan()) {
            w.formula(row, 2, ref(row, 1) + "/10000", s.wan);
        }
    }

    private void writeByCategory(SheetWriter w) {
        Styles s = w.styles();
        final int code = 0, name = 1, group = 2, planned = 3, plannedToDate = 4, actual = 5, variance = 6,
                variancePct = 7, share = 8, wanPlanned = 9, wanActual = 10, wanVariance = 11;
        List<String> headers = new ArrayList<>(List.of(context.label(Label.CODE), context.label(Label.CATEGORY),
                context.label(Label.GROUP), context.withUnit(Label.PLANNED), context.withUnit(Label.PLANNED_TO_DATE),
                context.withUnit(Label.ACTUAL_TO_DATE), context.withUnit(Label.VARIANCE_TO_DATE),
                context.label(Label.VARIANCE_PCT), context.label(Label.SHARE)));
        if (context.showsWan()) {
            headers.addAll(List.of(context.inWan(Label.PLANNED), context.inWan(Label.ACTUAL_TO_DATE),
                    context.inWan(Label.VARIANCE_TO_DATE)));
        }
        w.heading(title(Label.BY_CATEGORY), subtitle(), HEADER_ROW, headers.toArray(String[]::new));
        int totalRow = FIRST_ROW + categories.size();
        int row = FIRST_ROW;
        for (BudgetCategory category : categories.values()) {
            String key = "$A" + (row + 1);
            w.text(row, code, category.code(), s.text);
            w.text(row, name, context.text(category.name()), s.text);
            w.text(row, group, category.group(), s.text);
            w.formula(row, planned, "SUMIFS(" + lines(L_PLANNED) + "," + lines(L_CODE) + "," + key + ")", s.money);
            w.formula(row, plannedToDate, "SUMIFS(" + lines(L_PLANNED) + "," + lines(L_CODE) + "," + key + ","
                    + lines(L_QUARTER_END) + ",\"<=\"&" + statusDate() + ")", s.money);
            w.formula(row, actual, "SUMIFS(" + lines(L_ACTUAL) + "," + lines(L_CODE) + "," + key + ")", s.money);
            w.formula(row, variance, ref(row, plannedToDate) + "-" + ref(row, actual), s.money);
            w.formula(row, variancePct, "IF(" + ref(row, plannedToDate) + "=0,\"\"," + ref(row, variance) + "/"
                    + ref(row, plannedToDate) + ")", s.percent);
            w.formula(row, share, "IF(" + abs(totalRow, planned) + "=0,\"\"," + ref(row, planned) + "/"
                    + abs(totalRow, planned) + ")", s.percent);
            wanColumns(w, row, new int[]{planned, actual, variance}, new int[]{wanPlanned, wanActual, wanVariance}, s.wan);
            row++;
        }
        w.text(totalRow, code, "", s.totalText);
        w.text(totalRow, name, context.label(Label.TOTAL), s.totalText);
        w.text(totalRow, group, "", s.totalText);
        for (int c : new int[]{planned, plannedToDate, actual, variance}) {
            w.formula(totalRow, c, sum(c, FIRST_ROW, totalRow - 1), s.totalMoney);
        }
        w.formula(totalRow, variancePct, "IF(" + ref(totalRow, plannedToDate) + "=0,\"\"," + ref(totalRow, variance)
                + "/" + ref(totalRow, plannedToDate) + ")", s.totalPercent);
        w.formula(totalRow, share, "IF(" + ref(totalRow, planned) + "=0,\"\",1)", s.totalPercent);
        wanColumns(w, totalRow, new int[]{planned, actual, variance}, new int[]{wanPlanned, wanActual, wanVariance},
                s.totalWan);

        int reserveRow = totalRow + 1;
        w.text(reserveRow, name, context.label(Label.CONTINGENCY_RESERVE), s.text);
        w.formula(reserveRow, planned, summary(RESERVE), s.money);
        int grandRow = reserveRow + 1;
        w.text(grandRow, name, context.label(Label.TOTAL_WITH_RESERVE), s.totalText);
        w.formula(grandRow, planned, ref(totalRow, planned) + "+" + ref(reserveRow, planned), s.totalMoney);
        if (context.showsWan()) {
            w.formula(reserveRow, wanPlanned, ref(reserveRow, planned) + "/10000", s.wan);
            w.formula(grandRow, wanPlanned, ref(grandRow, planned) + "/10000", s.totalWan);
        }

        Highlights.overrunBelowZero(w.sheet(), ref(FIRST_ROW, variance) + ":" + ref(totalRow, variancePct));
        if (context.showsWan()) {
            Highlights.overrunBelowZero(w.sheet(), ref(FIRST_ROW, wanVariance) + ":" + ref(totalRow, wanVariance));
        }
        w.sheet().setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, totalRow - 1), code,
                context.showsWan() ? wanVariance : share));
        w.widths(10, 24, 14, 18, 18, 18, 18, 11, 9, 18, 18, 18);
        w.sheet().createFreezePane(2, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }

    private void wanColumns(SheetWriter w, int row, int[] sources, int[] targets, CellStyle style) {
        if (!context.showsWan()) {
            return;
        }
        for (int i = 0; i < sources.length; i++) {
            w.formula(row, targets[i], ref(row, sources[i]) + "/10000", style);
        }
    }

    private void writeByQuarter(SheetWriter w) {
        Styles s = w.styles();
        final int quarter = 0, end = 1, planned = 2, actual = 3, variance = 4, variancePct = 5, cumPlanned = 6,
                cumActual = 7;
        w.heading(title(Label.BY_QUARTER), subtitle(), HEADER_ROW, context.label(Label.QUARTER),
                context.label(Label.QUARTER_END), context.withUnit(Label.PLANNED), context.withUnit(Label.ACTUAL),
                context.withUnit(Label.VARIANCE), context.label(Label.VARIANCE_PCT),
                context.withUnit(Label.CUMULATIVE_PLANNED), context.withUnit(Label.CUMULATIVE_ACTUAL));
        int row = FIRST_ROW;
        for (Quarter q : quarters) {
            w.text(row, quarter, q.toString(), s.centered);
            w.date(row, end, q.lastDay(), s.date);
            w.formula(row, planned, "SUMIFS(" + lines(L_PLANNED) + "," + lines(L_QUARTER) + "," + ref(row, quarter) + ")",
                    s.money);
            w.formula(row, actual, "SUMIFS(" + lines(L_ACTUAL) + "," + lines(L_QUARTER) + "," + ref(row, quarter) + ")",
                    s.money);
            w.formula(row, variance, "IF(" + ref(row, end) + ">" + statusDate() + ",\"\"," + ref(row, planned) + "-"
                    + ref(row, actual) + ")", s.money);
            w.formula(row, variancePct, "IF(OR(" + ref(row, variance) + "=\"\"," + ref(row, planned) + "=0),\"\","
                    + ref(row, variance) + "/" + ref(row, planned) + ")", s.percent);
            String previous = row == FIRST_ROW ? "" : "+" + ref(row - 1, cumPlanned);
            w.formula(row, cumPlanned, ref(row, planned) + previous, s.money);
            previous = row == FIRST_ROW ? "" : "+" + ref(row - 1, cumActual);
            w.formula(row, cumActual, ref(row, actual) + previous, s.money);
            row++;
        }
        int totalRow = row;
        w.text(totalRow, quarter, context.label(Label.TOTAL), s.totalText);
        w.text(totalRow, end, "", s.totalText);
        for (int c : new int[]{planned, actual, variance}) {
            w.formula(totalRow, c, sum(c, FIRST_ROW, totalRow - 1), s.totalMoney);
        }
        String plannedToDate = quarters.isEmpty() ? "0" : "SUMIFS(" + columnRange(planned, FIRST_ROW, totalRow - 1)
                + "," + columnRange(end, FIRST_ROW, totalRow - 1) + ",\"<=\"&" + statusDate() + ")";
        w.formula(totalRow, variancePct, "IF(" + plannedToDate + "=0,\"\"," + ref(totalRow, variance) + "/"
                + plannedToDate + ")", s.totalPercent);
        Highlights.overrunBelowZero(w.sheet(), ref(FIRST_ROW, variance) + ":" + ref(totalRow, variancePct));
        w.sheet().setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, totalRow - 1), quarter, cumActual));
        w.widths(11, 12, 18, 18, 18, 11, 20, 20);
        w.sheet().createFreezePane(1, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }

    /**
     * Four blocks (planned, actual, variance, variance %) with categories down and quarters across. The header
     * row names the quarters (matched against the lines by text) and the row below it gives each quarter's end,
     * so variances are left blank for quarters after the status date.
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
        Label[] blockNames = {Label.PLANNED, Label.ACTUAL, Label.VARIANCE, Label.VARIANCE_PCT};
        int[] titles = {plannedTitle, actualTitle, varianceTitle, pctTitle};
        for (int b = 0; b < 4; b++) {
            int titleRow = titles[b];
            w.text(titleRow, 0, context.label(blockNames[b]), s.header);
            w.text(titleRow, 1, b == 3 ? "%" : context.currencyUnit(), s.header);
            int row = titleRow + 1;
            for (BudgetCategory category : categories.values()) {
                w.text(row, 0, category.code(), s.text);
                w.text(row, 1, context.text(category.name()), s.text);
                row++;
            }
            w.text(row, 0, "", s.totalText);
            w.text(row, 1, context.label(Label.TOTAL), s.totalText);
        }
        for (int k = 0; k <= categories.size(); k++) {
            boolean total = k == categories.size();
            int p = plannedTitle + 1 + k, a = actualTitle + 1 + k, v = varianceTitle + 1 + k, pct = pctTitle + 1 + k;
            CellStyle money = total ? s.totalMoney : s.money;
            for (int c = firstQuarter; c <= totalColumn; c++) {
                boolean totalCol = c == totalColumn;
                String afterStatus = totalCol ? null : column(c) + "$" + (endRow + 1) + ">" + statusDate();
                if (total) {
                    w.formula(p, c, sum(c, plannedTitle + 1, p - 1), money);
                    w.formula(a, c, sum(c, actualTitle + 1, a - 1), money);
                } else if (totalCol) {
                    w.formula(p, c, rowSum(p, firstQuarter, c - 1), money);
                    w.formula(a, c, rowSum(a, firstQuarter, c - 1), money);
                } else {
                    String criteria = "," + lines(L_CODE) + ",$A" + (p + 1) + "," + lines(L_QUARTER) + ","
                            + column(c) + "$" + (HEADER_ROW + 1) + ")";
                    w.formula(p, c, "SUMIFS(" + lines(L_PLANNED) + criteria, money);
                    w.formula(a, c, "SUMIFS(" + lines(L_ACTUAL) + criteria.replace("$A" + (p + 1), "$A" + (a + 1)),
                            money);
                }
                String difference = ref(p, c) + "-" + ref(a, c);
                if (totalCol) {
                    // Only quarters up to the status date have a variance; their sum is the row's variance to date.
                    w.formula(v, c, rowSum(v, firstQuarter, c - 1), money);
                    String plannedToDate = quarters.isEmpty() ? "0" : "SUMIFS(" + ref(p, firstQuarter) + ":"
                            + ref(p, c - 1) + "," + abs(endRow, firstQuarter) + ":" + abs(endRow, c - 1) + ",\"<=\"&"
                            + statusDate() + ")";
                    w.formula(pct, c, "IF(" + plannedToDate + "=0,\"\"," + ref(v, c) + "/" + plannedToDate + ")",
                            total ? s.totalPercent : s.percent);
                } else {
                    w.formula(v, c, "IF(" + afterStatus + ",\"\"," + difference + ")", money);
                    w.formula(pct, c, "IF(OR(" + ref(v, c) + "=\"\"," + ref(p, c) + "=0),\"\"," + ref(v, c) + "/"
                            + ref(p, c) + ")", total ? s.totalPercent : s.percent);
                }
            }
        }
        Highlights.overrunBelowZero(w.sheet(), ref(varianceTitle + 1, firstQuarter) + ":"
                + ref(pctTitle + categories.size() + 1, totalColumn));
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

    /**
     * The WBS with each leaf's budget at completion = fixed cost + cost per day x duration (formula over the
     * shown inputs), rolled up to summaries by formula, against the latest baseline, with earned value.
     */
    private void writeByWbs(SheetWriter w) {
        Styles s = w.styles();
        final int code = 0, name = 1, level = 2, owner = 3, category = 4, duration = 5, fixed = 6, perDay = 7,
                bac = 8, baselineCost = 9, variance = 10, complete = 11, earned = 12, wanBac = 13;
        List<String> headers = new ArrayList<>(List.of(context.label(Label.CODE), context.label(Label.NAME),
                context.label(Label.LEVEL), context.label(Label.OWNER), context.label(Label.CATEGORY),
                context.label(Label.DURATION_DAYS), context.withUnit(Label.FIXED_COST),
                context.withUnit(Label.COST_PER_DAY), context.withUnit(Label.BUDGET_AT_COMPLETION),
                context.withUnit(Label.BASELINE_COST), context.withUnit(Label.VARIANCE_VS_BASELINE),
                context.label(Label.PERCENT_COMPLETE), context.withUnit(Label.EARNED_VALUE)));
        if (context.showsWan()) {
            headers.add(context.inWan(Label.BUDGET_AT_COMPLETION));
        }
        w.heading(title(Label.BY_WBS), subtitle(), HEADER_ROW, headers.toArray(String[]::new));
        Wbs wbs = new Wbs(context.plan().wbs());
        Map<String, BaselineEntry> baseline = Baselines.latestEntries(context.plan());
        Map<String, Integer> rows = new LinkedHashMap<>();
        int row = FIRST_ROW;
        for (Activity activity : wbs.all()) {
            rows.put(activity.code(), row++);
        }
        Map<Integer, CellStyle> indents = new LinkedHashMap<>();
        for (Activity activity : wbs.all()) {
            row = rows.get(activity.code());
            boolean leaf = wbs.isLeaf(activity);
            w.text(row, code, activity.code(), s.text);
            w.text(row, name, context.text(activity.name()),
                    indents.computeIfAbsent(activity.level() - 1, s::indented));
            w.number(row, level, activity.level(), s.integer);
            w.text(row, owner, activity.owner(), s.text);
            w.text(row, category, activity.budgetCategory(), s.text);
            BaselineEntry entry = baseline.get(activity.code());
            if (leaf) {
                w.number(row, duration, activity.duration(), s.decimal);
                w.number(row, fixed, activity.fixedCost(), s.money);
                w.number(row, perDay, activity.costPerDay(), s.money);
                w.formula(row, bac, ref(row, fixed) + "+" + ref(row, perDay) + "*" + ref(row, duration), s.money);
                w.number(row, baselineCost, entry == null ? null : entry.cost(), s.money);
                w.number(row, complete, activity.percentComplete() / 100.0, s.percent);
                w.formula(row, earned, ref(row, bac) + "*" + ref(row, complete), s.money);
            } else {
                List<Integer> childRows = wbs.childrenOf(activity.code()).stream().map(a -> rows.get(a.code())).toList();
                w.blank(row, duration, s.decimal);
                w.blank(row, fixed, s.money);
                w.blank(row, perDay, s.money);
                w.formula(row, bac, sumOf(childRows, bac), s.money);
                if (entry != null) {
                    w.number(row, baselineCost, entry.cost(), s.money);
                } else {
                    w.formula(row, baselineCost, sumOf(childRows, baselineCost), s.money);
                }
                w.formula(row, earned, sumOf(childRows, earned), s.money);
                w.formula(row, complete, "IF(" + ref(row, bac) + "=0,\"\"," + ref(row, earned) + "/" + ref(row, bac) + ")",
                        s.percent);
            }
            w.formula(row, variance, "IF(" + ref(row, baselineCost) + "=\"\",\"\"," + ref(row, baselineCost) + "-"
                    + ref(row, bac) + ")", s.money);
            if (context.showsWan()) {
                w.formula(row, wanBac, ref(row, bac) + "/10000", s.wan);
            }
        }
        int last = FIRST_ROW + Math.max(0, wbs.all().size() - 1);
        Highlights.overrunBelowZero(w.sheet(), ref(FIRST_ROW, variance) + ":" + ref(last, variance));
        w.sheet().setAutoFilter(new CellRangeAddress(HEADER_ROW, last, code, context.showsWan() ? wanBac : earned));
        w.widths(10, 34, 6, 12, 10, 10, 16, 14, 18, 18, 18, 10, 18, 18);
        w.sheet().createFreezePane(2, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }

    /** SUM across columns {@code first..last} of one row; "0" when there are none (no quarters). */
    private static String rowSum(int row, int first, int last) {
        return last < first ? "0" : "SUM(" + ref(row, first) + ":" + ref(row, last) + ")";
    }

    /** SUM over scattered cells; SUM takes at most 255 arguments, so long lists are summed in nested chunks. */
    static String sumOf(List<Integer> rows, int column) {
        if (rows.isEmpty()) {
            return "0";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += 200) {
            List<String> chunk = rows.subList(i, Math.min(rows.size(), i + 200)).stream().map(r -> ref(r, column)).toList();
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
            w.text(row, L_CODE, line.category(), s.text);
            w.text(row, L_NAME, context.text(category.name()), s.text);
            w.text(row, L_GROUP, category.group(), s.text);
            w.text(row, L_QUARTER, line.quarter().toString(), s.centered);
            w.date(row, L_QUARTER_END, line.quarter().lastDay(), s.date);
            w.number(row, L_PLANNED, line.planned(), s.money);
            w.number(row, L_ACTUAL, line.actual(), s.money);
            w.formula(row, L_VARIANCE, "IF(" + ref(row, L_QUARTER_END) + ">" + statusDate() + ",\"\","
                    + ref(row, L_PLANNED) + "-" + ref(row, L_ACTUAL) + ")", s.money);
            w.formula(row, L_VARIANCE_PCT, "IF(OR(" + ref(row, L_VARIANCE) + "=\"\"," + ref(row, L_PLANNED)
                    + "=0),\"\"," + ref(row, L_VARIANCE) + "/" + ref(row, L_PLANNED) + ")", s.percent);
            row++;
        }
        int last = Math.max(FIRST_ROW, row - 1);
        Highlights.overrunBelowZero(w.sheet(), ref(FIRST_ROW, L_VARIANCE) + ":" + ref(last, L_VARIANCE_PCT));
        w.sheet().setAutoFilter(new CellRangeAddress(HEADER_ROW, last, L_CODE, L_VARIANCE_PCT));
        w.widths(10, 24, 10, 10, 12, 18, 18, 18, 11);
        w.sheet().createFreezePane(0, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
    }

    /** The breakdown's rows, in its order; a category only lines name gets its code for a name. */
    private static Map<String, BudgetCategory> categoriesInOrder(Budget budget, BudgetBreakdown breakdown) {
        Map<String, BudgetCategory> declared = new LinkedHashMap<>();
        budget.categories().forEach(c -> declared.put(c.code(), c));
        Map<String, BudgetCategory> result = new LinkedHashMap<>();
        for (BudgetBreakdown.CategoryRow row : breakdown.rows()) {
            result.put(row.code(), declared.getOrDefault(row.code(),
                    new BudgetCategory(row.code(), LocalizedText.of(row.code(), row.code()), null)));
        }
        return result;
    }
}
