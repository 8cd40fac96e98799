package org.keelson.liberty.pages;

import java.net.URI;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** plan/wbs.xhtml?code=...: the WBS tree, open to the levels chosen last in the session. */
public class WbsPage extends PlanPages {

    private static final By ROWS = By.cssSelector("#wbsTree tbody tr");
    private static final By LEVELS = By.id("openLevels");
    private static final By CLOSED_TOGGLES = By.cssSelector("#wbsTree .ui-treetable-toggler[aria-expanded='false']");

    public WbsPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("wbsTree"));
    }

    public static WbsPage open(WebDriver driver, URI portal, String code) {
        go(driver, portal, Tab.WBS, code);
        return new WbsPage(driver);
    }

    public int rowCount() {
        return driver.findElements(ROWS).size();
    }

    public int openLevels() {
        return Integer.parseInt(new Select(driver.findElement(LEVELS)).getFirstSelectedOption().getText());
    }

    /** Chooses how many levels are open and waits for the tree to be drawn again. */
    public WbsPage openLevels(int levels) {
        if (openLevels() == levels) {
            return this;
        }
        WebElement oldTree = driver.findElement(By.id("wbsTree"));
        new Select(driver.findElement(LEVELS)).selectByVisibleText(String.valueOf(levels));
        new WebDriverWait(driver, WAIT).until(d -> isStale(oldTree));
        waitFor(By.id("wbsTree"));
        return this;
    }

    /** The folded elements' toggles, as keyboard users reach them. */
    public List<WebElement> closedToggles() {
        return driver.findElements(CLOSED_TOGGLES);
    }

    /** Moves the keyboard focus to the first folded element's toggle, presses Enter and waits for its rows. */
    public WbsPage openFirstFoldedWithKeyboard() {
        int before = rowCount();
        WebElement toggle = closedToggles().get(0);
        toggle.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(d -> rowCount() > before);
        return this;
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isDisplayed();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        }
    }
}
