package org.keelson.liberty.pages;

import java.net.URI;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** risk/risk.xhtml?code=...&amp;risk=...: one risk to read or edit; without a risk, a new one to log. */
public class RiskPage extends PlanPages {
    private static final By HEADING = By.id("riskTitle");
    private static final By SCORE = By.id("score");
    private static final By SAVE = By.id("riskForm:save");

    public RiskPage(WebDriver driver) {
        super(driver);
        waitFor(By.cssSelector("#riskForm, #riskNotFound"));
    }

    public static RiskPage open(WebDriver driver, URI portal, String plan, String risk) {
        driver.get(portal.resolve("risk/risk.xhtml?code=" + plan + (risk == null ? "" : "&risk=" + risk))
                .toString());
        return new RiskPage(driver);
    }

    public String riskHeading() {
        return driver.findElement(HEADING).getText();
    }

    public RiskPage type(String field, String value) {
        WebElement input = driver.findElement(By.id("riskForm:" + field));
        input.clear();
        input.sendKeys(value);
        return this;
    }

    public RiskPage choose(String field, String visibleText) {
        new Select(driver.findElement(By.id("riskForm:" + field))).selectByVisibleText(visibleText);
        return this;
    }

    public RiskPage chooseValue(String field, String value) {
        new Select(driver.findElement(By.id("riskForm:" + field))).selectByValue(value);
        return this;
    }

    /** Whether the matrices offer cells to click (only to those who may edit the risk). */
    public boolean scoresByClicking() {
        return !driver.findElements(By.cssSelector("a[data-matrix]")).isEmpty();
    }

    /** Clicks a cell of matrix {@code stage} (pre or post) and waits for the score line to follow. */
    public RiskPage clickCell(String stage, int probability, int impact) {
        By cell = By.cssSelector("a[data-matrix='" + stage + "'][data-probability='" + probability
                + "'][data-impact='" + impact + "']");
        driver.findElement(cell).click();
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> "true".equals(d.findElement(cell).getAttribute("aria-pressed")));
        return this;
    }

    public String score() {
        return driver.findElement(SCORE).getText();
    }

    /** The band badge's classes: kp-level-LOW, -MEDIUM or -HIGH. */
    public String bandClass() {
        return driver.findElement(By.id("band")).getAttribute("class");
    }

    public String residualScore() {
        return driver.findElement(By.id("residualScore")).getText();
    }

    /** Picks WBS elements in the affected-activities picker by their codes. */
    public RiskPage pickActivities(String... codes) {
        driver.findElement(By.cssSelector("[id='riskForm:activities'] .ui-selectcheckboxmenu-trigger")).click();
        WebElement panel = waitFor(By.id("riskForm:activities_panel"));
        for (String code : codes) {
            WebElement box = panel.findElement(By.cssSelector("li[data-item-value='" + code + "'] .ui-chkbox-box"));
            box.click();
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.attributeContains(box, "class", "ui-state-active"));
        }
        driver.findElement(By.cssSelector("#riskForm\\:activities_panel .ui-selectcheckboxmenu-close")).click();
        return this;
    }

    /** Adds an action row and fills it. */
    public RiskPage addAction(String description, String owner, String due) {
        int rows = actionRows();
        driver.findElement(By.id("riskForm:addAction")).click();
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> actionRows() == rows + 1);
        type("actions:" + rows + ":actionDescription", description);
        chooseValue("actions:" + rows + ":actionOwner", owner);
        type("actions:" + rows + ":actionDue", due);
        return this;
    }

    private int actionRows() {
        return driver.findElements(By.cssSelector("[id='riskForm:actions'] input[id$='actionDescription']")).size();
    }

    public boolean maySave() {
        return !driver.findElements(SAVE).isEmpty();
    }

    /** Saves and waits for the page's answer (the saved notice, or the problems next to the fields). */
    public RiskPage save() {
        driver.findElement(SAVE).click();
        awaitAnswer(d -> !d.findElements(By.cssSelector(".ui-messages-info, .ui-messages-error, .ui-message-error"))
                .isEmpty());
        return new RiskPage(driver);
    }

    /** Saves a new risk: the page then shows the risk as logged, under its code. */
    public RiskPage logNew() {
        driver.findElement(SAVE).click();
        awaitAnswer(d -> d.getCurrentUrl().contains("risk=")
                || !d.findElements(By.cssSelector(".ui-messages-error, .ui-message-error")).isEmpty());
        return new RiskPage(driver);
    }

    private void awaitAnswer(java.util.function.Function<WebDriver, Boolean> answered) {
        try {
            new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(answered::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed-RiskPage-save-" + System.currentTimeMillis());
            throw e;
        }
    }

    public String messages() {
        return driver.findElement(By.id("riskForm:messages")).getText();
    }

    /** The message next to field {@code field}, empty when none. */
    public String messageAt(String field) {
        List<WebElement> messages = driver.findElements(By.cssSelector(
                "[id='riskForm:" + field + "'] ~ .ui-message, .ui-message[id='riskForm:" + field + "_message']"));
        return messages.isEmpty() ? "" : messages.get(0).getText();
    }

    /** The rows of the score history: "P × I", score, level, residual. */
    public List<String> history() {
        return driver.findElements(By.cssSelector("#scoreHistory tbody tr")).stream().map(WebElement::getText)
                .toList();
    }

    public String currentUrlQuery() {
        return driver.getCurrentUrl().replaceFirst("^[^?]*\\?", "");
    }
}
