package org.keelson.reports.actuals;

import java.util.Locale;

import org.keelson.simulation.text.LocalizedText;

/**
 * The actuals template's texts and the reader's problems, in Chinese (zh-CN) and English side by side; {@code %s}
 * stands for the values {@link #format} fills in.
 */
public enum ActualsText {
    // Template
    TITLE("实际成本录入", "Actual costs"),
    INSTRUCTIONS("只需填写“实际”列（%s）：每个类别每个季度的实际支出；留空的行不变。上传前请勿改动其他列，也不要输入公式。",
            "Fill in the Actual column only (%s): each category's actual spend in each quarter; rows left blank stay "
                    + "as they are. Do not change the other columns and type amounts, not formulas."),
    CATEGORY_CODE("类别编码", "Category"),
    CATEGORY_NAME("类别名称", "Category name"),
    QUARTER("季度", "Quarter"),
    PLANNED("计划", "Planned"),
    ACTUAL("实际", "Actual"),
    ACTUAL_ERROR_TITLE("实际金额", "Actual amount"),
    ACTUAL_ERROR("请输入不小于 0 的金额。", "Type an amount of at least 0."),
    LIST_ERROR("请从列表中选择。", "Choose a value from the list."),
    // Refusals of the whole file
    TOO_LARGE("文件有 %s 字节，超过上限 %s 字节", "the file has %s bytes, more than the %s accepted"),
    NOT_XLSX("不是 xlsx 工作簿（按文件内容判断，与文件名无关）",
            "not an xlsx workbook (judged by its content, whatever its name)"),
    ENCRYPTED("工作簿有密码保护或已加密（或为旧版 .xls）：请另存为不带密码的 .xlsx",
            "a password-protected or encrypted workbook (or an old .xls): save it as .xlsx without a password"),
    ZIP_BOMB("工作簿解压后远大于文件本身（疑似压缩炸弹），拒绝读取",
            "the workbook expands far beyond its own size (a zip bomb?); refused unread"),
    XXE("工作簿的 XML 声明了文档类型（DTD），可能借此读取服务器文件（XXE），拒绝读取",
            "the workbook's XML declares a document type (DTD), which could read files of the server (XXE); refused"),
    UNREADABLE("无法读取该工作簿：%s", "the workbook cannot be read: %s"),
    NOT_TEMPLATE("不是 Keelson 实际成本模板：请下载计划 %s 的模板并填写",
            "not a Keelson actuals template: download the template of plan %s and fill it in"),
    OTHER_PLAN("这是计划 %s 的模板，不是计划 %s 的", "this is the template of plan %s, not of plan %s"),
    UNSUPPORTED_VERSION("不支持模板格式版本 %s（本门户读取版本 %s）",
            "template format version %s is not supported (this portal reads version %s)"),
    TOO_MANY_ROWS("行数超过上限 %s", "more than %s rows"),
    CSV_NOT_UTF8("不是 UTF-8 文本：请将 CSV 保存为 UTF-8", "not UTF-8 text: save the CSV as UTF-8"),
    CSV_IS_WORKBOOK("这是工作簿，不是 CSV", "this is a workbook, not CSV"),
    CSV_HEADER("第一行须为列名 category,quarter,actual（或 类别编码,季度,实际）",
            "the first line must name the columns category,quarter,actual"),
    NO_AMOUNTS("文件中没有填写任何实际金额", "the file gives no actual amount"),
    // Problems of one cell or line
    LINE("第 %s 行", "line %s"),
    CSV_COLUMNS("应有 3 个值（类别、季度、实际），实有 %s 个", "expected 3 values (category, quarter, actual), found %s"),
    CSV_QUOTE("引号未闭合", "a quoted value is not closed"),
    NOT_A_NUMBER("不是数字：\"%s\"", "not a number: \"%s\""),
    FORMULA("是公式（%s）：请填写金额本身（选择性粘贴为数值）",
            "a formula (%s): type the amount itself (paste values)"),
    NEGATIVE("金额为负（%s）：实际成本不能小于 0", "a negative amount (%s): actual costs are at least 0"),
    UNKNOWN_CATEGORY("未知的预算类别 \"%s\"", "unknown budget category \"%s\""),
    NOT_A_QUARTER("\"%s\" 不是形如 2026-Q3 的季度", "\"%s\" is not a quarter like 2026-Q3"),
    OUTSIDE_PLAN("%s 不在计划的季度范围内（%s 至 %s）", "%s is outside the plan's quarters (%s to %s)"),
    DUPLICATE("类别 %s 在 %s 重复出现（另见 %s）", "category %s in %s is given twice (also at %s)"),
    MISSING_CATEGORY("有金额但没有类别", "an amount without a category"),
    MISSING_QUARTER("有金额但没有季度", "an amount without a quarter");

    private final LocalizedText text;

    ActualsText(String zh, String en) {
        this.text = LocalizedText.of(zh, en);
    }

    /** The text in {@code locale}'s language (Chinese for zh, English otherwise) with {@code values} filled in. */
    public String format(Locale locale, Object... values) {
        String pattern = text.in(locale == null ? Locale.ENGLISH : locale);
        return values.length == 0 ? pattern : String.format(Locale.ROOT, pattern, values);
    }
}
