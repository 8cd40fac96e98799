package org.keelson.interchange;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of import notes and errors, in Chinese (zh-CN) and English, from messages*.properties. */
final class Messages {

    private static final String BUNDLE = "org.keelson.interchange.messages";

    private Messages() {
    }

    /** The text of {@code key} with {@code args} in {@code locale}'s language: Chinese for zh, English otherwise. */
    static String format(Locale locale, String key, List<Object> args) {
        Locale language = locale != null && "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), language).format(args.toArray());
    }
}
