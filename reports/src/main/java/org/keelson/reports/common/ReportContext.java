package org.keelson.reports.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.keelson.simulation.text.EnumLabels;
import org.keelson.simulation.text.LocalizedText;
import org.keelson.simulation.plan.Plan;

/**
 * The plan a report is made from and the conventions that follow from it: language (the plan's {@code locale},
 * "zh-CN" or "en"), currency unit and whether amounts are also shown in 万元 (Chinese reports in CNY).
 */
public record ReportContext(Plan plan, Locale locale) {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    public ReportContext {
        if (plan == null) {
            throw new IllegalArgumentException("a report needs a plan");
        }
    }

    /** The context in the plan's own language; anything other than a Chinese locale reports in English. */
    public static ReportContext of(Plan plan) {
        String tag = plan == null ? null : plan.locale();
        boolean chinese = tag != null && tag.toLowerCase(Locale.ROOT).startsWith("zh");
        return new ReportContext(plan, chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    }

    public boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }

    public String label(Label label) {
        return label.in(chinese());
    }

    /** The label of a core enum value (risk status, response, level...), as the portal shows it; empty for null. */
    public String label(Enum<?> value) {
        return value == null ? "" : EnumLabels.of(value, locale);
    }

    /** The localised text, or "" when the plan gives none. */
    public String text(LocalizedText text) {
        if (text == null) {
            return "";
        }
        String value = text.in(locale);
        return value == null ? "" : value;
    }

    public String planName() {
        String name = text(plan.name());
        return name.isEmpty() ? plan.code() : name;
    }

    public String currency() {
        return plan.currency() == null || plan.currency().isBlank() ? "CNY" : plan.currency();
    }

    /** Chinese readers of CNY reports expect amounts in 万元 (10,000 yuan) next to the yuan figures. */
    public boolean showsWan() {
        return chinese() && "CNY".equalsIgnoreCase(currency());
    }

    /** Unit shown in amount headers: 元 in Chinese CNY reports, otherwise the ISO currency code. */
    public String currencyUnit() {
        return chinese() && "CNY".equalsIgnoreCase(currency()) ? "元" : currency();
    }

    /** See {@link Plan#effectiveStatusDate()}. */
    public LocalDate statusDate() {
        return plan.effectiveStatusDate();
    }

    public String format(LocalDate date) {
        return date == null ? "" : ISO.format(date);
    }

    /** "金额" + "（元）" or "Planned (CNY)". */
    public String withUnit(Label label) {
        return chinese() ? label(label) + "（" + currencyUnit() + "）" : label(label) + " (" + currencyUnit() + ")";
    }

    /** Headers of a name-value sheet: name, value in the currency unit and, in Chinese CNY reports, value in 万元. */
    public String[] nameValueHeaders() {
        return showsWan() ? new String[]{label(Label.NAME), withUnit(Label.VALUE), inWan(Label.VALUE)}
                : new String[]{label(Label.NAME), withUnit(Label.VALUE)};
    }

    public String inWan(Label label) {
        return label(label) + "（万元）";
    }
}
