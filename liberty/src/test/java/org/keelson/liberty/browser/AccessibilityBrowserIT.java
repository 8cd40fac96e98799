package org.keelson.liberty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keelson.liberty.pages.LoginPage;
import org.keelson.liberty.pages.PlanPages;
import org.keelson.liberty.pages.PortalPage;
import org.keelson.liberty.pages.PortalPage.Language;
import org.keelson.liberty.support.Axe;
import org.keelson.liberty.support.Browser;
import org.keelson.liberty.support.DemoUser;
import org.keelson.liberty.support.TestEnvironment;

/** axe-core finds no WCAG 2.1 A/AA violation on any page, in either language. */
class AccessibilityBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private final URI portal = TestEnvironment.portalBaseUri();

    private void assertAccessible(String page) {
        browser.driver().get(portal.resolve(page).toString());
        new PortalPage(browser.driver());
        assertEquals(List.of(), Axe.violations(browser.driver()), page);
    }

    @Test
    void loginPage() {
        LoginPage.open(browser.driver(), portal);
        assertEquals(List.of(), Axe.violations(browser.driver()));
    }

    @Test
    void everyPageOfAnAdministratorInBothLanguages() {
        LoginPage.open(browser.driver(), portal).signInAs(DemoUser.ADMIN);
        for (Language language : Language.values()) {
            new PortalPage(browser.driver()).switchLanguage(language);
            assertAccessible("portfolio.xhtml");
            for (PlanPages.Tab tab : PlanPages.Tab.values()) {
                assertAccessible(tab.path() + "?code=KP-000");
            }
            assertAccessible("simulation/runs.xhtml");
            assertAccessible("admin/users.xhtml");
        }
    }
}
