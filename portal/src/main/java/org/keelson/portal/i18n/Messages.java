package org.keelson.portal.i18n;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.faces.context.FacesContext;

import org.keelson.simulation.text.EnumLabels;

/**
 * The pages' one resource bundle ({@code org.keelson.portal.messages}, {@code #{msg[...]}} in the pages) for
 * Java code that builds texts: chart labels, menu entries, enum labels.
 */
public final class Messages {
    public static final String BUNDLE = "org.keelson.portal.messages";
    /** What the pages show for a value that is absent. */
    public static final String DASH = "—";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The language the current view renders in; Simplified Chinese outside a Faces request. */
    public static Locale currentLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale()
                : Locale.SIMPLIFIED_CHINESE;
    }

    /** The texts in {@code locale}; never those of the server's default locale (hence no fallback). */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    public static String get(String key) {
        return bundle(currentLocale()).getString(key);
    }

    /**
     * The label of an enum constant: a core enum's from {@link EnumLabels}, which the workbooks and charts use too,
     * a portal enum's ({@code enum.<Type>.<CONSTANT>}) from this bundle; a dash for null.
     */
    public static String label(Enum<?> value, Locale locale) {
        if (value == null) {
            return DASH;
        }
        if (EnumLabels.defines(value)) {
            return EnumLabels.of(value, locale);
        }
        String key = EnumLabels.key(value);
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No label " + key + " for " + locale, e);
        }
    }
}
