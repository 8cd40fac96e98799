package org.keelson.liberty.pages;

import java.net.URI;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** budget/budget.xhtml?code=...: budget by category and quarter, its chart and workbook downloads. */
public class BudgetPage extends PlanPages {

    public BudgetPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("budgetTable"));
    }

    public static BudgetPage open(WebDriver driver, URI portal, String code) {
        go(driver, portal, Tab.BUDGET, code);
        return new BudgetPage(driver);
    }

    public String tableText() {
        return driver.findElement(By.id("budgetTable")).getText();
    }

    public boolean chartDrawn() {
        return !driver.findElements(By.cssSelector("#budgetChart canvas")).isEmpty();
    }

    /** The address of a workbook download link, e.g. kind "budget" or "evm". */
    public String downloadLink(String kind) {
        return driver.findElement(By.id("download-" + kind)).getAttribute("href");
    }

    /** Whether the totals row is drawn inside the visible part of the table's scroll box. */
    public boolean totalsRowInView() {
        Object inView = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const box = document.querySelector('#budgetTable').parentElement.getBoundingClientRect();
                const totals = document.querySelector('#budgetTable tfoot').getBoundingClientRect();
                return totals.bottom <= box.bottom + 1 && totals.top >= box.top;
                """);
        return Boolean.TRUE.equals(inView);
    }
}
