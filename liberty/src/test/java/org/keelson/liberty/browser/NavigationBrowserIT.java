package org.keelson.liberty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keelson.liberty.pages.BudgetPage;
import org.keelson.liberty.pages.ErrorPage;
import org.keelson.liberty.pages.LoginPage;
import org.keelson.liberty.pages.PlanOverviewPage;
import org.keelson.liberty.pages.PortalPage;
import org.keelson.liberty.pages.PortfolioPage;
import org.keelson.liberty.pages.UsersPage;
import org.keelson.liberty.pages.WbsPage;
import org.keelson.liberty.support.Browser;
import org.keelson.liberty.support.DemoUser;
import org.keelson.liberty.support.TestEnvironment;
import org.openqa.selenium.Dimension;

/** The menu per role, the WBS tree's remembered level and keyboard toggles, and the pages on a phone. */
class NavigationBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private final URI portal = TestEnvironment.portalBaseUri();

    @Test
    void everyRoleSeesTheSectionsOfItsRole() {
        for (DemoUser user : DemoUser.values()) {
            LoginPage login = LoginPage.open(browser.driver(), portal);
            PortalPage landed = user == DemoUser.RISK_OWNER ? login.signInAsRiskOwner() : login.signInAs(user);
            List<String> expected = switch (user) {
                case ADMIN -> List.of("portfolio", "simulations", "admin", "deletedPlans");
                case RISK_OWNER -> List.of("portfolio", "myRisks", "simulations");
                default -> List.of("portfolio", "simulations");
            };
            assertEquals(expected, landed.menuEntries(), user.username());
        }
        UsersPage users = UsersPage.open(browser.driver(), portal);
        assertTrue(users.usernames().containsAll(List.of("admin", "executive", "finance", "pmo", "risk")),
                users.usernames().toString());
        users.screenshot("admin-users-zh");
    }

    /** error.xhtml: a PMO typing the administration's address sees why, in Chinese, and finds the way back. */
    @Test
    void aRefusedPageShowsTheErrorPageWithTheWayBack() {
        LoginPage.open(browser.driver(), portal).signInAs(DemoUser.PMO);

        ErrorPage refused = ErrorPage.openInstead(browser.driver(), portal, "admin/users.xhtml");

        assertEquals("无权访问", refused.heading());
        assertEquals("zh-CN", refused.language());
        assertTrue(refused.text().contains("管理员"), refused.text());
        assertEquals(List.of("portfolio", "simulations"), refused.goToPortfolio().menuEntries());
    }

    @Test
    void wbsOpensToTheLevelChosenLastAndTogglesAnswerTheKeyboard() {
        LoginPage.open(browser.driver(), portal).signInAs(DemoUser.PMO);
        WbsPage wbs = WbsPage.open(browser.driver(), portal, "KP-000");
        int openAtTwo = wbs.openLevels(2).rowCount();

        wbs.openLevels(1);
        int openAtOne = wbs.rowCount();
        WbsPage another = WbsPage.open(browser.driver(), portal, "KP-001");
        WbsPage again = WbsPage.open(browser.driver(), portal, "KP-000");

        assertTrue(openAtOne < openAtTwo, openAtOne + " rows at level 1, " + openAtTwo + " at level 2");
        assertEquals(1, another.openLevels(), "the choice holds for other plans in the session");
        assertEquals(openAtOne, again.rowCount(), "and when coming back");
        assertTrue(!again.closedToggles().isEmpty(), "folded elements have focusable toggles");
        again.openFirstFoldedWithKeyboard();
        assertTrue(again.rowCount() > openAtOne, "Enter on a toggle opens its element");
        again.openLevels(2);
    }

    @Test
    void pagesFitAPhoneScreen() {
        LoginPage.open(browser.driver(), portal).signInAs(DemoUser.PMO);
        Dimension desktop = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            List<PortalPage> pages = List.of(PortfolioPage.open(browser.driver(), portal),
                    PlanOverviewPage.open(browser.driver(), portal, "KP-000"),
                    WbsPage.open(browser.driver(), portal, "KP-000"),
                    BudgetPage.open(browser.driver(), portal, "KP-000"));
            for (PortalPage page : pages) {
                assertTrue(page.fitsWidth(), page.currentUrl() + " scrolls sideways at 390 px");
            }
            PortfolioPage.open(browser.driver(), portal).screenshot("phone-portfolio-zh");
            BudgetPage.open(browser.driver(), portal, "KP-000").screenshot("phone-budget-zh");
        } finally {
            browser.driver().manage().window().setSize(desktop);
        }
    }
}
