package org.keelson.simulation.text;

import java.util.Locale;

/** A text in Chinese (zh-CN, as the plan's authors wrote it) and English. Either may be null, not both. */
public record LocalizedText(String zh, String en) {

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    /** The text in the requested language, falling back to the other one when it is missing. */
    public String in(Locale locale) {
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        String preferred = chinese ? zh : en;
        return preferred != null && !preferred.isBlank() ? preferred : (chinese ? en : zh);
    }
}
