package org.keelson.simulation.text;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What a person reads for a value of a core enum (plan status, milestone warning, risk level, risk status,
 * response strategy), in Simplified Chinese or English. Defined once, in {@code labels.properties} beside this
 * class, so that the portal's pages, the workbooks and the charts name a value alike.
 */
public final class EnumLabels {
    private static final String BUNDLE = "org.keelson.simulation.text.labels";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private EnumLabels() {
    }

    /** Whether {@code value}'s type is one whose labels live here. */
    public static boolean defines(Enum<?> value) {
        return bundle(Locale.ENGLISH).containsKey(key(value));
    }

    /**
     * The label of {@code value} in {@code locale} (Chinese for any zh locale, English otherwise).
     *
     * @throws IllegalArgumentException for a value without a label
     */
    public static String of(Enum<?> value, Locale locale) {
        try {
            return bundle(locale).getString(key(value));
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no label for " + key(value), e);
        }
    }

    /** The bundle key of {@code value}: {@code enum.<Type>.<CONSTANT>}. */
    public static String key(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale language = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, language, EnumLabels.class.getClassLoader(), NO_FALLBACK);
    }
}
