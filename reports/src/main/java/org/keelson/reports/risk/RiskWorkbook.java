package org.keelson.reports.risk;

import static org.keelson.reports.common.SheetWriter.abs;
import static org.keelson.reports.common.SheetWriter.column;
import static org.keelson.reports.common.SheetWriter.columnRange;
import static org.keelson.reports.common.SheetWriter.ref;
import static org.keelson.reports.common.SheetWriter.sheetPrefix;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.keelson.reports.chart.Charts;
import org.keelson.reports.chart.RiskHeatMapChart;
import org.keelson.reports.common.Highlights;
import org.keelson.reports.common.Label;
import org.keelson.reports.common.Pictures;
import org.keelson.reports.common.PrintLayout;
import org.keelson.reports.common.ReportContext;
import org.keelson.reports.common.SheetWriter;
import org.keelson.reports.common.Styles;
import org.keelson.simulation.distribution.ThreePointEstimate;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.risk.ResponseStrategy;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.risk.RiskMatrix;
import org.keelson.simulation.risk.RiskMatrix.RiskLevel;
import org.keelson.simulation.risk.RiskQuantification;
import org.keelson.simulation.risk.RiskStatus;

/**
 * The risk register (every field of every risk, score = probability x impact and its level as formulas against
 * the thresholds typed on the sheet) and the FAF 5x5 matrices before and after response, whose cells count the
 * register's open risks with COUNTIFS and are coloured by the plan's thresholds.
 */
public final class RiskWorkbook {

    static final int HEADER_ROW = 3;
    static final int FIRST_ROW = 4;
    /** Threshold cells on the register sheet (row 3 in Excel): medium in B3, high in D3. */
    static final int THRESHOLD_ROW = 2;
    static final int CODE = 0, TITLE = 1, CATEGORY = 2, OWNER = 3, STATUS = 4, PROBABILITY = 5, IMPACT = 6, SCORE = 7,
            LEVEL = 8, RESIDUAL_P = 9, RESIDUAL_I = 10, RESIDUAL_SCORE = 11, RESIDUAL_LEVEL = 12, RESPONSE = 13,
            RESPONSE_PLAN = 14, TRIGGER = 15, STOP_LOSS = 16, RECOVERY = 17, ACTIVITIES = 18, SIM_P = 19,
            SCHEDULE = 20, COST_MIN = 21, COST_ML = 22, COST_MAX = 23, COST_DISTRIBUTION = 24, COST_MEAN = 25,
            EXPOSURE = 26, POST_P = 27, POST_SCHEDULE = 28, POST_COST_MIN = 29, POST_COST_ML = 30, POST_COST_MAX = 31,
            POST_COST_DISTRIBUTION = 32, POST_COST_MEAN = 33, POST_EXPOSURE = 34, REVIEW_DATE = 35,
            MITIGATION_COST = 36, TRIGGER_SCORES = 37, TRIGGER_REACHED = 38, WAN_EXPOSURE = 39, WAN_POST_EXPOSURE = 40;
    /** Matrix sheet: impact levels across columns B..F of row 5, probability 5..1 down column A from row 6. */
    static final int MATRIX_HEADER = 4;

    private final ReportContext context;
    private final Plan plan;

    public RiskWorkbook(Plan plan) {
        this.plan = plan;
        this.context = ReportContext.of(plan);
    }

    public List<String> sheetNames() {
        return List.of(context.label(Label.RISK_REGISTER), context.label(Label.RISK_MATRIX));
    }

    public void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook, context);
            SheetWriter register = new SheetWriter(workbook.createSheet(sheetNames().get(0)), styles);
            SheetWriter matrix = new SheetWriter(workbook.createSheet(sheetNames().get(1)), styles);
            writeRegister(register);
            writeMatrices(matrix, workbook);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.setForceFormulaRecalculation(true);
            workbook.write(out);
        }
    }

    private String title(Label sheet) {
        return context.planName() + " — " + context.label(sheet);
    }

    private void writeRegister(SheetWriter w) {
        Styles s = w.styles();
        RiskMatrix thresholds = plan.riskMatrix();
        List<String> headers = new ArrayList<>(List.of(context.label(Label.CODE), context.label(Label.TITLE),
                context.label(Label.CATEGORY), context.label(Label.OWNER), context.label(Label.STATUS),
                context.label(Label.PROBABILITY), context.label(Label.IMPACT), context.label(Label.SCORE),
                context.label(Label.RISK_LEVEL), context.label(Label.RESIDUAL_PROBABILITY),
                context.label(Label.RESIDUAL_IMPACT), context.label(Label.RESIDUAL_SCORE), context.label(Label.RISK_LEVEL),
                context.label(Label.RESPONSE), context.label(Label.RESPONSE_PLAN), context.label(Label.WARNING_TRIGGER),
                context.label(Label.STOP_LOSS), context.label(Label.RECOVERY_PLAN),
                context.label(Label.AFFECTED_ACTIVITIES), context.label(Label.SIM_PROBABILITY),
                context.label(Label.SCHEDULE_IMPACT), context.withUnit(Label.COST_MIN),
                context.withUnit(Label.COST_MOST_LIKELY), context.withUnit(Label.COST_MAX),
                context.label(Label.DISTRIBUTION), context.withUnit(Label.COST_MEAN), context.withUnit(Label.EXPOSURE),
                context.label(Label.POST_SIM_PROBABILITY), context.label(Label.POST_SCHEDULE_IMPACT),
                context.withUnit(Label.POST_COST_MIN), context.withUnit(Label.POST_COST_MOST_LIKELY),
                context.withUnit(Label.POST_COST_MAX), context.label(Label.DISTRIBUTION),
                context.withUnit(Label.POST_COST_MEAN), context.withUnit(Label.POST_EXPOSURE),
                context.label(Label.REVIEW_DATE), context.withUnit(Label.MITIGATION_COST),
                context.label(Label.TRIGGER_SCORES), context.label(Label.TRIGGER_REACHED)));
        if (context.showsWan()) {
            headers.addAll(List.of(context.inWan(Label.EXPOSURE), context.inWan(Label.POST_EXPOSURE)));
        }
        int lastColumn = headers.size() - 1;
        w.heading(title(Label.RISK_REGISTER), context.label(Label.STATUS_DATE) + "：" + context.format(context.statusDate())
                + "    " + context.label(Label.UNIT_AMOUNT) + "：" + context.currencyUnit(), HEADER_ROW,
                headers.toArray(String[]::new));
        w.text(THRESHOLD_ROW, 0, context.label(Label.MEDIUM_FROM), s.wrapped);
        w.number(THRESHOLD_ROW, 1, thresholds.mediumFrom(), s.integer);
        w.text(THRESHOLD_ROW, 2, context.label(Label.HIGH_FROM), s.wrapped);
        w.number(THRESHOLD_ROW, 3, thresholds.highFrom(), s.integer);
        String medium = abs(THRESHOLD_ROW, 1);
        String high = abs(THRESHOLD_ROW, 3);
        int row = FIRST_ROW;
        for (Risk risk : plan.risks()) {
            w.text(row, CODE, risk.code(), s.wrapped);
            w.text(row, TITLE, context.text(risk.title()), s.wrapped);
            w.text(row, CATEGORY, risk.category(), s.wrapped);
            w.text(row, OWNER, risk.owner(), s.wrapped);
            w.text(row, STATUS, status(risk.status()), s.wrapped);
            w.number(row, PROBABILITY, risk.probability(), s.centered);
            w.number(row, IMPACT, risk.impact(), s.centered);
            w.formula(row, SCORE, ref(row, PROBABILITY) + "*" + ref(row, IMPACT), s.centered);
            w.formula(row, LEVEL, levelFormula(ref(row, SCORE), medium, high), s.centered);
            w.number(row, RESIDUAL_P, risk.residualProbability() == null ? null : risk.residualProbability().doubleValue(),
                    s.centered);
            w.number(row, RESIDUAL_I, risk.residualImpact() == null ? null : risk.residualImpact().doubleValue(), s.centered);
            w.formula(row, RESIDUAL_SCORE, "IF(OR(" + ref(row, RESIDUAL_P) + "=\"\"," + ref(row, RESIDUAL_I) + "=\"\"),\"\","
                    + ref(row, RESIDUAL_P) + "*" + ref(row, RESIDUAL_I) + ")", s.centered);
            w.formula(row, RESIDUAL_LEVEL, "IF(" + ref(row, RESIDUAL_SCORE) + "=\"\",\"\","
                    + levelFormula(ref(row, RESIDUAL_SCORE), medium, high) + ")", s.centered);
            w.text(row, RESPONSE, response(risk.response()), s.wrapped);
            w.text(row, RESPONSE_PLAN, context.text(risk.responsePlan()), s.wrapped);
            w.text(row, TRIGGER, context.text(risk.warningTrigger()), s.wrapped);
            w.text(row, STOP_LOSS, context.text(risk.stopLoss()), s.wrapped);
            w.text(row, RECOVERY, context.text(risk.recoveryPlan()), s.wrapped);
            w.text(row, ACTIVITIES, String.join(", ", risk.activities()), s.wrapped);
            RiskQuantification pre = risk.preMitigation();
            RiskQuantification post = risk.postMitigation();
            w.number(row, SIM_P, pre == null ? null : pre.probability(), s.percent);
            w.text(row, SCHEDULE, pre == null ? "" : estimate(pre.scheduleImpact()), s.wrapped);
            costImpact(w, row, SIM_P, COST_MIN, pre);
            w.number(row, POST_P, post == null ? null : post.probability(), s.percent);
            w.text(row, POST_SCHEDULE, post == null ? "" : estimate(post.scheduleImpact()), s.wrapped);
            costImpact(w, row, POST_P, POST_COST_MIN, post);
            w.text(row, REVIEW_DATE, risk.reviewDate() == null ? "" : context.format(risk.reviewDate()), s.wrapped);
            w.number(row, MITIGATION_COST, risk.mitigationCost(), s.money);
            w.text(row, TRIGGER_SCORES, risk.triggers() == null ? "" : risk.triggers().toString(), s.wrapped);
            w.text(row, TRIGGER_REACHED, context.label(risk.reachedLevel()), s.wrapped);
            if (context.showsWan()) {
                w.formula(row, WAN_EXPOSURE, "IF(" + ref(row, EXPOSURE) + "=\"\",\"\"," + ref(row, EXPOSURE) + "/10000)",
                        s.wan);
                w.formula(row, WAN_POST_EXPOSURE, "IF(" + ref(row, POST_EXPOSURE) + "=\"\",\"\","
                        + ref(row, POST_EXPOSURE) + "/10000)", s.wan);
            }
            row++;
        }
        int last = Math.max(FIRST_ROW, row - 1);
        writeExposureTotals(w, row, last);
        for (int[] pair : new int[][]{{SCORE, LEVEL}, {RESIDUAL_SCORE, RESIDUAL_LEVEL}}) {
            String range = ref(FIRST_ROW, pair[0]) + ":" + ref(last, pair[1]);
            String score = "$" + column(pair[0]) + (FIRST_ROW + 1);
            Highlights.fillWhen(w.sheet(), range, "AND(ISNUMBER(" + score + ")," + score + ">=" + high + ")",
                    org.apache.poi.ss.usermodel.IndexedColors.ROSE.getIndex());
            Highlights.fillWhen(w.sheet(), range, "AND(ISNUMBER(" + score + ")," + score + ">=" + medium + ")",
                    org.apache.poi.ss.usermodel.IndexedColors.LIGHT_YELLOW.getIndex());
            Highlights.fillWhen(w.sheet(), range, "ISNUMBER(" + score + ")",
                    org.apache.poi.ss.usermodel.IndexedColors.LIGHT_GREEN.getIndex());
        }
        w.sheet().setAutoFilter(new CellRangeAddress(HEADER_ROW, last, CODE, lastColumn));
        w.widths(8, 28, 11, 10, 9, 8, 8, 7, 7, 8, 8, 7, 7, 9, 30, 24, 24, 24, 12, 10, 22, 14, 14, 14, 11, 14, 14, 10,
                22, 14, 14, 14, 11, 14, 14, 11, 12, 14, 10, 14, 14);
        for (int r = THRESHOLD_ROW; r <= row + 2; r++) {
            w.fitHeight(r);
        }
        w.sheet().createFreezePane(2, FIRST_ROW);
        PrintLayout.apply(w.sheet(), context, HEADER_ROW);
        // Thirty-odd columns stay legible on one page width only on A3.
        w.sheet().getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A3_PAPERSIZE);
    }

    /**
     * Min, most likely and max of a cost impact as numbers, its distribution, its mean (a formula by distribution,
     * that of {@link ThreePointEstimate#mean()}) and the exposure = probability x mean, blank without an estimate.
     */
    private void costImpact(SheetWriter w, int row, int probabilityColumn, int first, RiskQuantification quantification) {
        Styles s = w.styles();
        ThreePointEstimate cost = quantification == null ? null : quantification.costImpact();
        int min = first, ml = first + 1, max = first + 2, distribution = first + 3, mean = first + 4, exposure = first + 5;
        w.number(row, min, cost == null ? null : cost.min(), s.money);
        w.number(row, ml, cost == null ? null : cost.mostLikely(), s.money);
        w.number(row, max, cost == null ? null : cost.max(), s.money);
        w.text(row, distribution, cost == null ? "" : cost.distribution().name().toLowerCase(Locale.ROOT), s.wrapped);
        String a = ref(row, min), m = ref(row, ml), b = ref(row, max), d = ref(row, distribution);
        w.formula(row, mean, "IF(" + d + "=\"\",\"\",IF(" + d + "=\"triangular\",(" + a + "+" + m + "+" + b + ")/3,IF(OR("
                + d + "=\"pert\"," + d + "=\"lognormal\"),(" + a + "+4*" + m + "+" + b + ")/6,IF(" + d + "=\"uniform\",("
                + a + "+" + b + ")/2," + m + "))))", s.money);
        w.formula(row, exposure, "IF(OR(" + ref(row, mean) + "=\"\"," + ref(row, probabilityColumn) + "=\"\"),\"\","
                + ref(row, probabilityColumn) + "*" + ref(row, mean) + ")", s.money);
    }

    /**
     * Below the register: the exposure of the risks that are not closed, before and after response, the plan's
     * contingency reserve and what the reserve leaves over the exposure (red when the exposure exceeds it).
     */
    private void writeExposureTotals(SheetWriter w, int firstRow, int last) {
        Styles s = w.styles();
        String notClosed = "\"<>" + status(RiskStatus.CLOSED) + "\"";
        String statuses = columnRange(STATUS, FIRST_ROW, last);
        int exposureRow = firstRow + 1, reserveRow = firstRow + 2, leftRow = firstRow + 3;
        w.text(exposureRow, TITLE, context.label(Label.EXPOSURE_OF_LIVE_RISKS), s.totalText);
        boolean drawn = plan.budget() != null && plan.budget().reserveDrawn() > 0;
        w.text(reserveRow, TITLE, context.label(drawn ? Label.RESERVE_LEFT : Label.CONTINGENCY_RESERVE), s.text);
        w.text(leftRow, TITLE, context.label(Label.RESERVE_LESS_EXPOSURE), s.totalText);
        // the exposure is set against what the reserve still holds
        double reserve = plan.budget() == null ? 0 : plan.budget().reserveLeft();
        for (int column : new int[]{EXPOSURE, POST_EXPOSURE}) {
            String total = plan.risks().isEmpty() ? "0"
                    : "SUMIFS(" + columnRange(column, FIRST_ROW, last) + "," + statuses + "," + notClosed + ")";
            w.formula(exposureRow, column, total, s.totalMoney);
            w.number(reserveRow, column, reserve, s.money);
            w.formula(leftRow, column, SheetWriter.toFen(ref(reserveRow, column) + "-" + ref(exposureRow, column)),
                    s.totalMoney);
            Highlights.overrunBelowZero(w.sheet(), ref(leftRow, column));
            if (context.showsWan()) {
                int wan = column == EXPOSURE ? WAN_EXPOSURE : WAN_POST_EXPOSURE;
                for (int r : new int[]{exposureRow, reserveRow, leftRow}) {
                    w.formula(r, wan, ref(r, column) + "/10000", r == reserveRow ? s.wan : s.totalWan);
                }
                Highlights.overrunBelowZero(w.sheet(), ref(leftRow, wan));
            }
        }
    }

    /** Level text from a score: the first matching rule wins, so high is tested before medium. */
    private String levelFormula(String score, String medium, String high) {
        return "IF(" + score + ">=" + high + ",\"" + context.label(RiskLevel.HIGH) + "\",IF(" + score + ">=" + medium + ",\""
                + context.label(RiskLevel.MEDIUM) + "\",\"" + context.label(RiskLevel.LOW) + "\"))";
    }

    private static String estimate(ThreePointEstimate estimate) {
        if (estimate == null) {
            return "";
        }
        return String.format(Locale.ROOT, "%,.2f / %,.2f / %,.2f (%s)", estimate.min(), estimate.mostLikely(),
                estimate.max(), estimate.distribution().name().toLowerCase(Locale.ROOT));
    }

    String status(RiskStatus status) {
        return context.label(status);
    }

    private String response(ResponseStrategy response) {
        return context.label(response);
    }

    private void writeMatrices(SheetWriter w, XSSFWorkbook workbook) {
        Styles s = w.styles();
        w.text(0, 0, title(Label.RISK_MATRIX), s.title);
        w.text(1, 0, context.label(Label.MATRIX_NOTE), s.subtitle);
        String register = sheetPrefix(context.label(Label.RISK_REGISTER));
        int last = FIRST_ROW + Math.max(0, plan.risks().size() - 1);
        String status = register + columnRange(STATUS, FIRST_ROW, last);
        String notClosed = "\"<>" + status(RiskStatus.CLOSED) + "\"";
        int residualHeader = MATRIX_HEADER + 8;
        block(w, workbook, MATRIX_HEADER, Label.RISK_MATRIX, "COUNTIFS(" + register + columnRange(PROBABILITY, FIRST_ROW, last)
                + ",%P," + register + columnRange(IMPACT, FIRST_ROW, last) + ",%I," + status + "," + notClosed + ")");
        block(w, workbook, residualHeader, Label.RESIDUAL_MATRIX, "COUNTIFS(" + register
                + columnRange(RESIDUAL_P, FIRST_ROW, last) + ",%P," + register + columnRange(RESIDUAL_I, FIRST_ROW, last)
                + ",%I," + status + "," + notClosed + ")");
        w.widths(16, 10, 10, 10, 10, 10, 10);
        byte[] heatMap = Charts.png(RiskHeatMapChart.create(plan), 700, 620);
        Pictures.embed(w.sheet(), heatMap, 8, MATRIX_HEADER - 1, 8, 26);
        PrintLayout.apply(w.sheet(), context, -1);
    }

    /** A 5x5 grid: probability 5 at the top, impact 1 at the left, each cell a COUNTIFS and a total. */
    private void block(SheetWriter w, XSSFWorkbook workbook, int headerRow, Label name, String countTemplate) {
        Styles s = w.styles();
        RiskMatrix thresholds = plan.riskMatrix();
        w.text(headerRow - 1, 0, context.label(name), s.title);
        w.text(headerRow, 0, context.label(Label.PROBABILITY) + " \\ " + context.label(Label.IMPACT), s.header);
        for (int impact = 1; impact <= 5; impact++) {
            w.number(headerRow, impact, impact, s.header);
        }
        w.text(headerRow, 6, context.label(Label.TOTAL), s.header);
        CellStyle[] fills = {fill(workbook, s, 0x8CCB7E), fill(workbook, s, 0xFFD966), fill(workbook, s, 0xF08080)};
        for (int k = 0; k < 5; k++) {
            int probability = 5 - k;
            int row = headerRow + 1 + k;
            w.number(row, 0, probability, s.header);
            for (int impact = 1; impact <= 5; impact++) {
                RiskMatrix.RiskLevel level = thresholds.levelOf(probability * impact);
                String formula = countTemplate.replace("%P", "$A" + (row + 1))
                        .replace("%I", column(impact) + "$" + (headerRow + 1));
                w.formula(row, impact, formula, fills[level.ordinal()]);
            }
            w.formula(row, 6, "SUM(" + ref(row, 1) + ":" + ref(row, 5) + ")", s.totalText);
            w.row(row).setHeightInPoints(36);
        }
        int totalRow = headerRow + 6;
        w.text(totalRow, 0, context.label(Label.TOTAL), s.totalText);
        for (int c = 1; c <= 6; c++) {
            w.formula(totalRow, c, "SUM(" + ref(headerRow + 1, c) + ":" + ref(headerRow + 5, c) + ")", s.totalText);
        }
    }

    private static CellStyle fill(XSSFWorkbook workbook, Styles styles, int rgb) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(styles.centered);
        style.setFillForegroundColor(new XSSFColor(new java.awt.Color(rgb), null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setAlignment(HorizontalAlignment.CENTER);
        XSSFFont font = workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) 16);
        style.setFont(font);
        return style;
    }

}
