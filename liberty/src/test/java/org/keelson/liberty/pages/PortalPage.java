package org.keelson.liberty.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Any signed-in page: the layout of WEB-INF/templates/main.xhtml (header, language switch, role-aware menu,
 * logout). Page helpers for individual views extend it.
 */
public class PortalPage extends Page {

    private static final By SIGNED_IN_AS = By.id("headerForm:signedInAs");
    private static final By LOGOUT = By.id("headerForm:logout");
    private static final By MENU = By.id("menu");
    private static final By MENU_ENTRIES = By.cssSelector("#menu a[id^='menu-']");

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

    /** The menu's sections by key, e.g. [portfolio, admin]. */
    public List<String> menuEntries() {
        return driver.findElements(MENU_ENTRIES).stream()
                .map(e -> e.getAttribute("id").substring("menu-".length())).toList();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Whether the page fits the window's width, i.e. nothing makes the whole page scroll sideways. */
    public boolean fitsWidth() {
        Object fits = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
        return Boolean.TRUE.equals(fits);
    }

    /** The logout button's label (a submit input's value). */
    public String logoutLabel() {
        return driver.findElement(LOGOUT).getAttribute("value");
    }

    public LoginPage logout() {
        driver.findElement(LOGOUT).click();
        return new LoginPage(driver);
    }
}
