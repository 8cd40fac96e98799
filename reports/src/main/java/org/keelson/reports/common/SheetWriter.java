package org.keelson.reports.common;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * Writes cells by zero-based row and column, the way every report sheet is laid out: title, subtitle, a blank
 * row, then a header row. Rows must be written top to bottom (a streaming sheet flushes rows behind it).
 */
public final class SheetWriter {

    private final Sheet sheet;
    private final Styles styles;

    public SheetWriter(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    public Sheet sheet() {
        return sheet;
    }

    public Styles styles() {
        return styles;
    }

    public Row row(int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    public Cell text(int row, int column, String value, CellStyle style) {
        Cell cell = row(row).createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
        return cell;
    }

    public Cell number(int row, int column, double value, CellStyle style) {
        Cell cell = row(row).createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    /** A number, or an empty styled cell when the value is unknown. */
    public Cell number(int row, int column, Double value, CellStyle style) {
        if (value == null) {
            return blank(row, column, style);
        }
        return number(row, column, value.doubleValue(), style);
    }

    public Cell date(int row, int column, LocalDate value, CellStyle style) {
        Cell cell = row(row).createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
        return cell;
    }

    public Cell formula(int row, int column, String formula, CellStyle style) {
        Cell cell = row(row).createCell(column);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
        return cell;
    }

    /**
     * A formula with its computed value stored as the cached result, so readers that show cached values without
     * recalculating (previews, scripts, LibreOffice's default for xlsx) see the figure, not a blank or a zero.
     */
    public Cell formula(int row, int column, String formula, double value, CellStyle style) {
        Cell cell = formula(row, column, formula, style);
        cell.setCellValue(value);
        return cell;
    }

    /** As {@link #formula(int, int, String, double, CellStyle)}, for a formula that gives "" when {@code value} is null. */
    public Cell formulaOrEmpty(int row, int column, String formula, Double value, CellStyle style) {
        if (value == null) {
            Cell cell = formula(row, column, formula, style);
            cell.setCellValue("");
            return cell;
        }
        return formula(row, column, formula, value.doubleValue(), style);
    }

    public Cell blank(int row, int column, CellStyle style) {
        Cell cell = row(row).createCell(column);
        cell.setCellStyle(style);
        return cell;
    }

    /** Title, subtitle (status date and amount unit) and the header row at {@code headerRow}. */
    public void heading(String title, String subtitle, int headerRow, String... headers) {
        text(0, 0, title, styles.title);
        text(1, 0, subtitle, styles.subtitle);
        for (int c = 0; c < headers.length; c++) {
            text(headerRow, c, headers[c], styles.header);
        }
        row(headerRow).setHeightInPoints(30);
    }

    /**
     * Sets the height of {@code row} to show every line of its wrapped text: POI cannot measure text, and a row left
     * at the default height prints wrapped cells over the next row or clips them. Lines are estimated from the
     * column widths (a CJK character is two columns wide, as the widths count); at least one line.
     */
    public void fitHeight(int row) {
        Row r = sheet.getRow(row);
        if (r == null) {
            return;
        }
        int lines = 1;
        for (Cell cell : r) {
            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && cell.getCellStyle().getWrapText()) {
                lines = Math.max(lines, linesOf(cell.getStringCellValue(), sheet.getColumnWidth(cell.getColumnIndex()) / 256));
            }
        }
        r.setHeightInPoints(LINE_POINTS * lines + 4);
    }

    /** Height of a line of 10-point text, in points. */
    public static final float LINE_POINTS = 13.5f;

    /** Lines {@code text} takes when wrapped in a column {@code width} characters wide (one char of padding). */
    public static int linesOf(String text, int width) {
        int usable = Math.max(1, width - 1);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int columns = 0;
            for (int i = 0; i < paragraph.length(); i++) {
                columns += Character.isIdeographic(paragraph.codePointAt(i)) || paragraph.charAt(i) >= 0x3000 ? 2 : 1;
            }
            lines += Math.max(1, (columns + usable - 1) / usable);
        }
        return lines;
    }

    public void widths(int... widthsInCharacters) {
        for (int c = 0; c < widthsInCharacters.length; c++) {
            sheet.setColumnWidth(c, Math.min(255, widthsInCharacters[c]) * 256);
        }
    }

    /**
     * An amount rounded to the fen (hundredth), so a difference of equal amounts is 0, not a floating-point residue
     * shown as "-0.00" and highlighted as an overrun.
     */
    public static String toFen(String amount) {
        return "ROUND(" + amount + ",2)";
    }

    /** The value of {@link #toFen(String)}: half away from zero, as the spreadsheets' ROUND. */
    public static double toFen(double amount) {
        return java.math.BigDecimal.valueOf(amount).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * An amount derived from spreads (earned value) rounded to a millionth of a currency unit: equal figures then
     * differ by 0, not by a floating-point residue shown as "-0.00" and highlighted as an overrun, while the amount
     * stays within a millionth of the core's figure.
     */
    public static String withoutResidue(String amount) {
        return "ROUND(" + amount + ",6)";
    }

    /** "B5" for zero-based (4, 1). */
    public static String ref(int row, int column) {
        return column(column) + (row + 1);
    }

    /** "$B$5" for zero-based (4, 1). */
    public static String abs(int row, int column) {
        return "$" + column(column) + "$" + (row + 1);
    }

    public static String column(int column) {
        return CellReference.convertNumToColString(column);
    }

    /** "'By category'!" — sheet names are always quoted, so Chinese and spaces are safe. */
    public static String sheetPrefix(String sheetName) {
        return "'" + sheetName.replace("'", "''") + "'!";
    }

    /**
     * "SUM($F$5:$F$104)" over rows {@code firstRow..lastRow} of one column, or "0" when there are no rows: a
     * one-cell range there could be the total's own cell, a circular reference.
     */
    public static String sum(int column, int firstRow, int lastRow) {
        return lastRow < firstRow ? "0" : "SUM(" + columnRange(column, firstRow, lastRow) + ")";
    }

    /** "$F$5:$F$104" (zero-based rows, inclusive); a one-cell range when there are no rows. */
    public static String columnRange(int column, int firstRow, int lastRow) {
        return abs(firstRow, column) + ":" + abs(Math.max(firstRow, lastRow), column);
    }
}
