package org.keelson.reports.common;

import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;

/** Conditional formats: they follow the numbers when a reader edits the workbook, unlike static fills. */
public final class Highlights {

    private Highlights() {
    }

    /** Light red fill and dark red bold text where the cell is below zero (an overrun when variance = plan − actual). */
    public static void overrunBelowZero(Sheet sheet, String range) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(ComparisonOperator.LT, "0");
        fill(rule, IndexedColors.ROSE.getIndex());
        rule.createFontFormatting().setFontColorIndex(IndexedColors.DARK_RED.getIndex());
        formatting.addConditionalFormatting(new CellRangeAddress[]{CellRangeAddress.valueOf(range)}, rule);
    }

    /** Colours by a formula rule; {@code formula} is written for the top-left cell of {@code range}. */
    public static void fillWhen(Sheet sheet, String range, String formula, short colour) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(formula);
        fill(rule, colour);
        formatting.addConditionalFormatting(new CellRangeAddress[]{CellRangeAddress.valueOf(range)}, rule);
    }

    private static void fill(ConditionalFormattingRule rule, short colour) {
        PatternFormatting pattern = rule.createPatternFormatting();
        pattern.setFillBackgroundColor(colour);
        pattern.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
    }
}
