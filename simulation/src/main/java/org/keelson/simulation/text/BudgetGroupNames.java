package org.keelson.simulation.text;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What a person reads for a budget category group code (technology, people, capex...), in Simplified Chinese or
 * English, defined once in {@code labels.properties} as {@code budgetGroup.<code>} so that the portal, the workbooks and
 * the charts name a group alike. A code without a label reads as itself; the categories without a group read as
 * "ungrouped".
 */
public final class BudgetGroupNames {
    private static final String BUNDLE = "org.keelson.simulation.text.labels";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final String UNGROUPED = "";

    private BudgetGroupNames() {
    }

    /** The name of group {@code code} (null or "": no group) in {@code locale}. */
    public static String of(String code, Locale locale) {
        String key = "budgetGroup." + (code == null || code.equals(UNGROUPED) ? "none" : code);
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return code;
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale language = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, language, BudgetGroupNames.class.getClassLoader(), NO_FALLBACK);
    }
}
