package org.keelson.liberty.pages;

import java.net.URI;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** plan/history.xhtml?code=...: the plan's revisions, newest first, filtered by WBS element and user. */
public class HistoryPage extends PlanPages {
    private static final By TABLE = By.id("historyForm:revisions");

    public HistoryPage(WebDriver driver) {
        super(driver);
        waitFor(TABLE);
    }

    public static HistoryPage open(WebDriver driver, URI portal, String code) {
        go(driver, portal, Tab.HISTORY, code);
        return new HistoryPage(driver);
    }

    public HistoryPage filterByActivity(String code) {
        WebElement old = driver.findElement(TABLE);
        WebElement field = driver.findElement(By.id("historyForm:activity"));
        field.clear();
        field.sendKeys(code);
        driver.findElement(By.id("historyForm:applyFilter")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(old));
        waitFor(TABLE);
        return this;
    }

    /** Each listed revision's "what" cell. */
    public List<String> actions() {
        return driver.findElements(By.cssSelector("#historyForm\\:revisions_data td.kp-history-action")).stream()
                .map(e -> e.getText().trim()).toList();
    }

    public List<String> rows() {
        return driver.findElements(By.cssSelector("#historyForm\\:revisions_data > tr")).stream()
                .map(WebElement::getText).toList();
    }
}
