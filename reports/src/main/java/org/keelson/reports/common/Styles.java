package org.keelson.reports.common;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one workbook (a workbook may hold at most 64,000 styles, so they are made once and shared).
 * Amounts are stored in currency units (yuan) and shown with thousands separators; 万元 columns hold a formula
 * dividing by 10,000 and use {@link #wan}. Text uses a font that has Chinese glyphs in Excel and LibreOffice.
 */
public final class Styles {

    /** Shown in Excel as "12,345.68"; negative amounts in red with a minus sign. */
    public static final String MONEY_FORMAT = "#,##0.00;[Red]-#,##0.00";
    public static final String WAN_FORMAT = "#,##0.00\"万元\";[Red]-#,##0.00\"万元\"";
    public static final String PERCENT_FORMAT = "0.0%";
    public static final String RATIO_FORMAT = "0.00";
    public static final String DATE_FORMAT = "yyyy-mm-dd";
    public static final String INTEGER_FORMAT = "#,##0";
    public static final String DECIMAL_FORMAT = "#,##0.00";

    public final CellStyle title;
    public final CellStyle subtitle;
    public final CellStyle header;
    public final CellStyle text;
    public final CellStyle wrapped;
    public final CellStyle money;
    public final CellStyle wan;
    public final CellStyle percent;
    public final CellStyle ratio;
    public final CellStyle date;
    public final CellStyle integer;
    public final CellStyle decimal;
    public final CellStyle totalText;
    public final CellStyle totalMoney;
    public final CellStyle totalWan;
    public final CellStyle totalPercent;
    public final CellStyle centered;
    private final Workbook workbook;

    public Styles(Workbook workbook, ReportContext context) {
        this.workbook = workbook;
        String fontName = context.chinese() ? "等线" : "Calibri";
        Font body = font(fontName, 10, false);
        Font bold = font(fontName, 10, true);
        Font big = font(fontName, 14, true);
        DataFormat formats = workbook.createDataFormat();

        title = style(big, null);
        subtitle = style(body, null);
        header = bordered(style(bold, null));
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        text = bordered(style(body, null));
        wrapped = bordered(style(body, null));
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        centered = bordered(style(body, null));
        centered.setAlignment(HorizontalAlignment.CENTER);
        money = bordered(style(body, formats.getFormat(MONEY_FORMAT)));
        wan = bordered(style(body, formats.getFormat(WAN_FORMAT)));
        percent = bordered(style(body, formats.getFormat(PERCENT_FORMAT)));
        ratio = bordered(style(body, formats.getFormat(RATIO_FORMAT)));
        date = bordered(style(body, formats.getFormat(DATE_FORMAT)));
        date.setAlignment(HorizontalAlignment.CENTER);
        integer = bordered(style(body, formats.getFormat(INTEGER_FORMAT)));
        decimal = bordered(style(body, formats.getFormat(DECIMAL_FORMAT)));
        totalText = total(style(bold, null));
        totalMoney = total(style(bold, formats.getFormat(MONEY_FORMAT)));
        totalWan = total(style(bold, formats.getFormat(WAN_FORMAT)));
        totalPercent = total(style(bold, formats.getFormat(PERCENT_FORMAT)));
    }

    /** A text style indented by {@code level} steps, for WBS names. */
    public CellStyle indented(int level) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(text);
        style.setIndention((short) Math.max(0, Math.min(level, 15)));
        return style;
    }

    private Font font(String name, int points, boolean bold) {
        Font font = workbook.createFont();
        font.setFontName(name);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        return font;
    }

    private CellStyle style(Font font, Short format) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        if (format != null) {
            style.setDataFormat(format);
        }
        return style;
    }

    private static CellStyle bordered(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static CellStyle total(CellStyle style) {
        bordered(style);
        style.setBorderTop(BorderStyle.DOUBLE);
        style.setFillForegroundColor(IndexedColors.LEMON_CHIFFON.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
