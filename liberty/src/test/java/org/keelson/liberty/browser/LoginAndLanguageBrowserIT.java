package org.keelson.liberty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keelson.liberty.pages.LoginPage;
import org.keelson.liberty.pages.PortalPage.Language;
import org.keelson.liberty.pages.PortfolioPage;
import org.keelson.liberty.pages.WbsPage;
import org.keelson.liberty.support.Browser;
import org.keelson.liberty.support.DemoUser;
import org.keelson.liberty.support.TestEnvironment;

/** A person signs in, reads the portfolio in Chinese and in English, switches language on a plan page, signs out. */
class LoginAndLanguageBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void pmoSignsInSwitchesLanguageAndSignsOut() {
        LoginPage login = LoginPage.open(browser.driver(), TestEnvironment.portalBaseUri());
        assertEquals("zh-CN", login.language(), "a Chinese browser gets the Chinese login page");
        assertEquals("登录", login.submitLabel());

        PortfolioPage portfolio = login.signInAs(DemoUser.PMO);
        assertEquals("项目组合", portfolio.heading());
        assertTrue(portfolio.signedInAs().contains("项目管理办公室 PMO"), portfolio.signedInAs());
        assertTrue(portfolio.menuText().contains("项目组合"), portfolio.menuText());

        portfolio.switchLanguage(Language.ENGLISH);
        PortfolioPage english = new PortfolioPage(browser.driver());
        assertEquals("Portfolio", english.heading());
        assertEquals("Log out", english.logoutLabel());

        english.switchLanguage(Language.CHINESE);
        LoginPage after = new PortfolioPage(browser.driver()).logout();
        assertEquals("登录", after.submitLabel());
    }

    @Test
    void languageSwitchKeepsThePageAndItsPlan() {
        LoginPage.open(browser.driver(), TestEnvironment.portalBaseUri()).signInAs(DemoUser.EXECUTIVE);
        WbsPage wbs = WbsPage.open(browser.driver(), TestEnvironment.portalBaseUri(), "KP-002");

        wbs.switchLanguage(Language.ENGLISH);

        WbsPage english = new WbsPage(browser.driver());
        assertTrue(english.currentUrl().contains("plan/wbs.xhtml") && english.currentUrl().contains("code=KP-002"),
                english.currentUrl());
        assertTrue(english.heading().startsWith("KP-002"), english.heading());
        assertEquals("WBS", english.currentTabLabel());
        assertTrue(english.text().contains("Work breakdown structure"), english.text());
    }

    @Test
    void wrongPasswordIsRefusedWithAMessage() {
        LoginPage login = LoginPage.open(browser.driver(), TestEnvironment.portalBaseUri())
                .signInExpectingFailure(DemoUser.FINANCE.username(), "not-the-password");

        assertTrue(login.errorMessage().contains("用户名或密码不正确"), login.errorMessage());
    }
}
