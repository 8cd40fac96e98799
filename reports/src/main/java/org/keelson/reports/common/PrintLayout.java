package org.keelson.reports.common;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Print setup shared by every report sheet: A4 landscape, fit to one page wide, header and footer. */
public final class PrintLayout {

    private static final int MAX_NAME = 120;

    private PrintLayout() {
    }

    /**
     * @param headerRow zero-based row repeated at the top of every printed page, or -1 for none
     */
    public static void apply(Sheet sheet, ReportContext context, int headerRow) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.TopMargin, 0.7);
        sheet.setMargin(Sheet.BottomMargin, 0.7);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.getHeader().setLeft(escape(shortened(context.planName())));
        sheet.getHeader().setRight(escape(context.label(Label.STATUS_DATE) + " " + context.format(context.statusDate())));
        sheet.getFooter().setLeft("&A");
        sheet.getFooter().setRight(context.label(Label.PAGE));
        if (headerRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
    }

    /** Excel refuses headers longer than 255 characters (all three parts together). */
    static String shortened(String text) {
        return text.length() <= MAX_NAME ? text : text.substring(0, MAX_NAME - 1) + "…";
    }

    /** "&" starts a control code in Excel headers; a literal ampersand is written "&&". */
    static String escape(String text) {
        return text.replace("&", "&&");
    }
}
