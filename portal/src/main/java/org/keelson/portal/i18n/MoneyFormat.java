package org.keelson.portal.i18n;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts as a PMO reads them: yuan amounts shown to Chinese readers in 万元 (ten thousands, two decimals:
 * 12,345,600 -> "1,234.56 万元"); everything else in whole currency units after the ISO code
 * ("CNY 12,345,600"). Stored amounts are always in currency units; only display changes.
 */
public final class MoneyFormat {
    static final double WAN = 10_000;
    private static final String NONE = Messages.DASH;

    private MoneyFormat() {
    }

    /** Whether amounts of {@code currency} are shown in 万元 to readers in {@code locale}. */
    public static boolean inWan(String currency, Locale locale) {
        return "CNY".equals(currency) && locale != null && "zh".equals(locale.getLanguage());
    }

    public static String format(Double amount, String currency, Locale locale) {
        if (amount == null) {
            return NONE;
        }
        if (inWan(currency, locale)) {
            return decimal("#,##0.00", locale).format(amount / WAN) + " 万元";
        }
        String prefix = currency == null || currency.isBlank() ? "" : currency + " ";
        return prefix + decimal("#,##0", locale).format(amount);
    }

    /** The unit a chart axis shows amounts in: 万元 or the ISO code. */
    public static String unit(String currency, Locale locale) {
        return inWan(currency, locale) ? "万元" : currency == null ? "" : currency;
    }

    /** {@code amount} converted to the unit of {@link #unit}, for charts. */
    public static double inDisplayUnit(double amount, String currency, Locale locale) {
        return inWan(currency, locale) ? Math.round(amount / WAN * 100) / 100.0 : amount;
    }

    private static DecimalFormat decimal(String pattern, Locale locale) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale == null ? Locale.ROOT : locale));
    }
}
