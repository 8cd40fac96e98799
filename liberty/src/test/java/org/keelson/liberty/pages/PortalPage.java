package org.keelson.liberty.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Any signed-in page: the layout of WEB-INF/templates/main.xhtml (header, language switch, menu,
 * logout). Page helpers for individual views extend it.
 */
public class PortalPage extends Page {

    private static final By SIGNED_IN_AS = By.id("headerForm:signedInAs");
    private static final By LOGOUT = By.id("headerForm:logout");
    private static final By MENU = By.id("menuForm:menu");

    public enum Language {
        CHINESE("lang-zh", "zh-CN"),
        ENGLISH("lang-en", "en");

        private final String linkId;
        private final String tag;

        Language(String linkId, String tag) {
            this.linkId = linkId;
            this.tag = tag;
        }
    }

    public PortalPage(WebDriver driver) {
        super(driver);
        waitFor(SIGNED_IN_AS);
    }

    /** Switches the language with the header links and waits for the page to come back in it. */
    public PortalPage switchLanguage(Language language) {
        driver.findElement(By.id("headerForm:" + language.linkId)).click();
        // the old page's <html> goes stale while the new one loads: look again rather than fail
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(
                ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language.tag));
        waitFor(SIGNED_IN_AS);
        return this;
    }

    public String signedInAs() {
        return driver.findElement(SIGNED_IN_AS).getText();
    }

    public String menuText() {
        return driver.findElement(MENU).getText();
    }

    public String logoutLabel() {
        return driver.findElement(LOGOUT).getText();
    }

    public LoginPage logout() {
        driver.findElement(LOGOUT).click();
        return new LoginPage(driver);
    }
}
