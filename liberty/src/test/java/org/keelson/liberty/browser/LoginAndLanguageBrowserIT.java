package org.keelson.liberty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keelson.liberty.pages.HomePage;
import org.keelson.liberty.pages.LoginPage;
import org.keelson.liberty.pages.PortalPage.Language;
import org.keelson.liberty.support.Browser;
import org.keelson.liberty.support.DemoUser;
import org.keelson.liberty.support.TestEnvironment;

/** A person signs in, reads the home page in Chinese and in English, and signs out. */
class LoginAndLanguageBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void pmoSignsInSwitchesLanguageAndSignsOut() {
        LoginPage login = LoginPage.open(browser.driver(), TestEnvironment.portalBaseUri());
        assertEquals("zh-CN", login.language(), "a Chinese browser gets the Chinese login page");
        assertEquals("登录", login.submitLabel());

        HomePage home = login.signInAs(DemoUser.PMO);
        assertEquals("欢迎使用 Keelson", home.welcome());
        assertTrue(home.signedInAs().contains("项目管理办公室 PMO"), home.signedInAs());
        assertTrue(home.menuText().contains("首页"), home.menuText());
        home.screenshot("home-zh");

        home.switchLanguage(Language.ENGLISH);
        assertEquals("Welcome to Keelson", home.welcome());
        assertEquals("Log out", home.logoutLabel());
        assertTrue(home.menuText().contains("Home"), home.menuText());
        home.screenshot("home-en");

        home.switchLanguage(Language.CHINESE);
        assertEquals("欢迎使用 Keelson", home.welcome());

        LoginPage after = home.logout();
        assertEquals("登录", after.submitLabel());
    }

    @Test
    void wrongPasswordIsRefusedWithAMessage() {
        LoginPage login = LoginPage.open(browser.driver(), TestEnvironment.portalBaseUri())
                .signInExpectingFailure(DemoUser.FINANCE.username(), "not-the-password");

        assertTrue(login.errorMessage().contains("用户名或密码不正确"), login.errorMessage());
    }
}
