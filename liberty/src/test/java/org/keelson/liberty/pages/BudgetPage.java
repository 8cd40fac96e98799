package org.keelson.liberty.pages;

import java.net.URI;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * budget/budget.xhtml?code=...: budget by category and quarter, its chart and workbook downloads, the reserve and
 * its drawdowns, and (FINANCE, PMO, ADMIN) the cost sheet and the drawdown form.
 */
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

    /** Whether the cost sheet and the drawdown form are on the page (FINANCE, PMO, ADMIN). */
    public boolean editControlsShown() {
        return !driver.findElements(By.id("budgetForm:save")).isEmpty()
                || !driver.findElements(By.id("drawForm:draw")).isEmpty();
    }

    /** The row of the cost sheet for a category and quarter. */
    public int sheetRow(String category, String quarter) {
        List<WebElement> rows = driver.findElements(By.cssSelector("[id='budgetForm:lines'] tbody tr[data-ri]"));
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            if (cells.get(0).getText().equals(category) && cells.get(1).getText().equals(quarter)) {
                return Integer.parseInt(row.getAttribute("data-ri"));
            }
        }
        throw new AssertionError("no line " + category + " " + quarter + " in the cost sheet");
    }

    public BudgetPage planned(int row, String amount) {
        return type(By.id("budgetForm:lines:" + row + ":planned_input"), amount);
    }

    public BudgetPage total(String amount) {
        return type(By.id("budgetForm:total_input"), amount);
    }

    /** Saves the cost sheet and waits for the page to show the result. */
    public BudgetPage save() {
        driver.findElement(By.id("budgetForm:save")).click();
        awaitAjax();
        return this;
    }

    /** Fills the drawdown form and sends it. */
    public BudgetPage draw(String category, String quarter, String amount, String reason) {
        new Select(driver.findElement(By.id("drawForm:drawCategory"))).selectByValue(category);
        new Select(driver.findElement(By.id("drawForm:drawQuarter"))).selectByValue(quarter);
        type(By.id("drawForm:drawAmount_input"), amount);
        type(By.id("drawForm:drawReason"), reason);
        driver.findElement(By.id("drawForm:draw")).click();
        awaitAjax();
        return this;
    }

    /** The text of the reserve figures (authorised, reserve, drawn, left, ...). */
    public String reserveText() {
        return driver.findElement(By.id("reserveSummary")).getText();
    }

    public String figure(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    public String drawdownsText() {
        return driver.findElement(By.id("drawForm:drawdowns")).getText();
    }

    /** The message next to a field of a form, e.g. "drawForm:drawReason"; empty when none. */
    public String messageFor(String fieldId) {
        List<WebElement> messages = driver.findElements(By.xpath("//*[@id='" + fieldId + "' or @id='" + fieldId
                + "_input']/ancestor::*[contains(@class,'kp-form-grid') or self::td][1]//*[contains(@class,"
                + " 'ui-message-error')]"));
        return messages.stream().map(WebElement::getText).filter(t -> !t.isBlank()).findFirst().orElse("");
    }

    /** The messages at the top of the two forms. */
    public String formMessages() {
        return String.join(" | ", driver.findElements(By.cssSelector("#drawForm .ui-messages, #budgetForm"
                + " .ui-messages")).stream().map(WebElement::getText).filter(t -> !t.isBlank()).toList());
    }

    private BudgetPage type(By input, String value) {
        WebElement field = driver.findElement(input);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(value);
        return this;
    }
}
