package org.keelson.portal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class LanguageBeanTest {

    @Test
    void mapsLanguageTagsOntoTheSupportedLocales() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, LanguageBean.supportedLocale("zh-CN"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, LanguageBean.supportedLocale("zh"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, LanguageBean.supportedLocale("zh-Hans-CN"));
        assertEquals(Locale.ENGLISH, LanguageBean.supportedLocale("en-GB"));
    }

    @Test
    void rejectsUnsupportedLanguages() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> LanguageBean.supportedLocale("fr"));
        assertEquals("Unsupported language: fr", error.getMessage());
    }

    @Test
    void switchingReopensTheSamePageWithItsParameters() {
        assertEquals("/plan/wbs.xhtml?faces-redirect=true&includeViewParams=true",
                LanguageBean.sameViewOutcome("/plan/wbs.xhtml"));
    }

    @Test
    void everyLanguageHasEveryText() {
        ResourceBundle english = ResourceBundle.getBundle("org.keelson.portal.messages", Locale.ENGLISH);
        ResourceBundle chinese = ResourceBundle.getBundle("org.keelson.portal.messages", Locale.SIMPLIFIED_CHINESE);

        assertEquals(english.keySet(), chinese.keySet());
        assertEquals("Sign in", english.getString("login.title"));
        assertEquals("登录", chinese.getString("login.title"));
    }
}
