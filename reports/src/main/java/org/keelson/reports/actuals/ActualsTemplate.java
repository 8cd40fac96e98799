package org.keelson.reports.actuals;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.keelson.reports.common.PrintLayout;
import org.keelson.reports.common.ReportContext;
import org.keelson.reports.common.SheetWriter;
import org.keelson.reports.common.Styles;
import org.keelson.simulation.plan.edit.Actuals;
import org.keelson.simulation.budget.BudgetCategory;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.plan.Plan;

/**
 * The workbook finance fills in with a plan's actual costs and uploads again ({@link ActualsReader}). Sheet
 * {@value #SHEET} has a row per budget category and quarter of the plan ({@link Actuals#quarters}): category code and
 * name (in the plan's language), quarter, planned and actual, the actual pre-filled where one is recorded. The sheet
 * is protected without a password so that the actual column is the only input; lists validate category and quarter
 * for a reader who unprotects it to add rows. A very hidden sheet {@value #TEMPLATE_SHEET} names the template format,
 * its version and the plan, so an upload of another workbook, or of another plan's template, is recognised; it also
 * holds the validation lists.
 */
public final class ActualsTemplate {
    public static final String SHEET = "Actuals";
    static final String TEMPLATE_SHEET = "KeelsonTemplate";
    static final String FORMAT = "keelson-actuals";
    static final int VERSION = 1;
    /** Rows 0-2: title, instructions, spacer; row 3: headers; one row per category and quarter from row 4. */
    static final int HEADER_ROW = 3;
    static final int FIRST_ROW = 4;
    static final int CATEGORY = 0;
    static final int NAME = 1;
    static final int QUARTER = 2;
    static final int PLANNED = 3;
    static final int ACTUAL = 4;
    /** On the template sheet: format, version and plan code in column B of rows 0-2; the lists in columns D and E. */
    static final int CATEGORY_LIST = 3;
    static final int QUARTER_LIST = 4;

    private final Plan plan;
    private final ReportContext context;

    public ActualsTemplate(Plan plan) {
        this(ReportContext.of(plan));
    }

    public ActualsTemplate(ReportContext context) {
        this.plan = context.plan();
        this.context = context;
    }

    /** {@code <code>-actuals-template.xlsx}. */
    public String fileName() {
        return plan.code() + "-actuals-template.xlsx";
    }

    public void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            List<BudgetCategory> categories = plan.budget() == null ? List.of() : plan.budget().categories();
            List<Quarter> quarters = Actuals.quarters(plan);
            XSSFSheet sheet = workbook.createSheet(SHEET);
            writeTemplateSheet(workbook, categories, quarters);
            writeRows(sheet, new Styles(workbook, context), categories, quarters);
            validate(sheet, categories.size(), quarters.size(), categories.size() * quarters.size());
            sheet.enableLocking();
            sheet.lockSelectLockedCells(false);
            sheet.lockSelectUnlockedCells(false);
            PrintLayout.apply(sheet, context, HEADER_ROW);
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }

    private void writeRows(XSSFSheet sheet, Styles styles, List<BudgetCategory> categories, List<Quarter> quarters) {
        SheetWriter writer = new SheetWriter(sheet, styles);
        String unit = context.currencyUnit();
        writer.heading(ActualsText.TITLE.format(context.locale()) + " — " + plan.code() + " " + context.planName(),
                ActualsText.INSTRUCTIONS.format(context.locale(), unit), HEADER_ROW,
                ActualsText.CATEGORY_CODE.format(context.locale()), ActualsText.CATEGORY_NAME.format(context.locale()),
                ActualsText.QUARTER.format(context.locale()), header(ActualsText.PLANNED, unit),
                header(ActualsText.ACTUAL, unit));
        CellStyle planned = moneyStyle(sheet.getWorkbook(), styles.money, unit, true);
        CellStyle actual = moneyStyle(sheet.getWorkbook(), styles.money, unit, false);
        Map<List<Object>, BudgetLine> lines = new HashMap<>();
        if (plan.budget() != null) {
            plan.budget().lines().forEach(l -> lines.put(List.of(l.category(), l.quarter()), l));
        }
        int row = FIRST_ROW;
        for (BudgetCategory category : categories) {
            for (Quarter quarter : quarters) {
                BudgetLine line = lines.get(List.of(category.code(), quarter));
                writer.text(row, CATEGORY, category.code(), styles.text);
                writer.text(row, NAME, context.text(category.name()), styles.text);
                writer.text(row, QUARTER, quarter.toString(), styles.centered);
                writer.number(row, PLANNED, line == null ? 0 : line.planned(), planned);
                if (line != null && line.actual() != 0) {
                    writer.number(row, ACTUAL, line.actual(), actual);
                } else {
                    writer.blank(row, ACTUAL, actual);
                }
                row++;
            }
        }
        writer.widths(14, 28, 12, 20, 20);
        sheet.createFreezePane(0, FIRST_ROW);
    }

    private String header(ActualsText text, String unit) {
        String label = text.format(context.locale());
        return context.chinese() ? label + "（" + unit + "）" : label + " (" + unit + ")";
    }

    /** Amounts in the plan's currency ("#,##0.00 CNY"); the actual cells are the sheet's only unlocked ones. */
    private static CellStyle moneyStyle(Workbook workbook, CellStyle base, String unit,
            boolean locked) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(base);
        String suffix = "\" " + unit.replace("\"", "") + "\"";
        style.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00" + suffix + ";[Red]-#,##0.00" + suffix));
        style.setLocked(locked);
        return style;
    }

    private void writeTemplateSheet(XSSFWorkbook workbook, List<BudgetCategory> categories, List<Quarter> quarters) {
        XSSFSheet template = workbook.createSheet(TEMPLATE_SHEET);
        template.createRow(0).createCell(0).setCellValue("format");
        template.getRow(0).createCell(1).setCellValue(FORMAT);
        template.createRow(1).createCell(0).setCellValue("version");
        template.getRow(1).createCell(1).setCellValue(VERSION);
        template.createRow(2).createCell(0).setCellValue("plan");
        template.getRow(2).createCell(1).setCellValue(plan.code());
        for (int i = 0; i < Math.max(categories.size(), quarters.size()); i++) {
            var row = template.getRow(i) != null ? template.getRow(i) : template.createRow(i);
            if (i < categories.size()) {
                row.createCell(CATEGORY_LIST).setCellValue(categories.get(i).code());
            }
            if (i < quarters.size()) {
                row.createCell(QUARTER_LIST).setCellValue(quarters.get(i).toString());
            }
        }
        workbook.setSheetVisibility(workbook.getSheetIndex(template), SheetVisibility.VERY_HIDDEN);
    }

    private void validate(XSSFSheet sheet, int categories, int quarters, int rows) {
        if (rows == 0) {
            return;
        }
        int last = FIRST_ROW + rows - 1;
        DataValidationHelper helper = sheet.getDataValidationHelper();
        list(sheet, helper, CATEGORY, last, listRange(CATEGORY_LIST, categories));
        list(sheet, helper, QUARTER, last, listRange(QUARTER_LIST, quarters));
        DataValidation amount = helper.createValidation(
                helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null),
                new CellRangeAddressList(FIRST_ROW, last, ACTUAL, ACTUAL));
        amount.setShowErrorBox(true);
        amount.setErrorStyle(DataValidation.ErrorStyle.STOP);
        amount.createErrorBox(ActualsText.ACTUAL_ERROR_TITLE.format(context.locale()),
                ActualsText.ACTUAL_ERROR.format(context.locale()));
        sheet.addValidationData(amount);
    }

    private static String listRange(int column, int size) {
        return TEMPLATE_SHEET + "!" + SheetWriter.abs(0, column) + ":" + SheetWriter.abs(size - 1, column);
    }

    private void list(XSSFSheet sheet, DataValidationHelper helper, int column, int last, String range) {
        DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(range),
                new CellRangeAddressList(FIRST_ROW, last, column, column));
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(true);
        String error = ActualsText.LIST_ERROR.format(context.locale());
        validation.createErrorBox(error, error);
        sheet.addValidationData(validation);
    }
}
