package org.keelson.liberty.pages;

import java.net.URI;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** plan.xhtml?code=...: WBS tree, milestones, budget table and chart, risk register and heat map, KPIs. */
public class PlanPage extends PortalPage {

    private static final By TITLE = By.id("planTitle");

    public PlanPage(WebDriver driver) {
        super(driver);
        waitFor(TITLE);
    }

    public static PlanPage open(WebDriver driver, URI portal, String code) {
        driver.get(portal.resolve("plan.xhtml?code=" + code).toString());
        return new PlanPage(driver);
    }

    /** Opens a code that names no plan; returns the text of the "not found" panel. */
    public static String openMissing(WebDriver driver, URI portal, String code) {
        driver.get(portal.resolve("plan.xhtml?code=" + code).toString());
        return new PortalPage(driver).waitFor(By.id("planNotFound")).getText();
    }

    public String heading() {
        return driver.findElement(TITLE).getText();
    }

    public int wbsRowCount() {
        return driver.findElements(By.cssSelector("#wbsTree tbody tr")).size();
    }

    /** The 25 cells of the heat map, top row (probability 5) first. */
    public List<WebElement> heatMapCells() {
        return driver.findElements(By.cssSelector("#heatMap tbody td"));
    }

    public WebElement heatMapCell(int probability, int impact) {
        return driver.findElement(By.cssSelector(
                "#heatMap td[data-probability='" + probability + "'][data-impact='" + impact + "']"));
    }

    /** Early-warning states of the milestones, e.g. ACHIEVED, OVERDUE, DUE_IN_7_DAYS. */
    public List<String> milestoneWarnings() {
        return driver.findElements(By.cssSelector("#milestoneTable span[data-warning]")).stream()
                .map(e -> e.getAttribute("data-warning")).toList();
    }

    public String budgetTableText() {
        return driver.findElement(By.id("budgetTable")).getText();
    }

    public boolean budgetChartDrawn() {
        return !driver.findElements(By.cssSelector("#budgetChart canvas")).isEmpty();
    }

    public int riskRowCount() {
        return driver.findElements(By.cssSelector("#riskTable tbody tr")).size();
    }

    public String kpiTableText() {
        return driver.findElement(By.id("kpiTable")).getText();
    }

    /** Scrolls the element with this id to the top of the window, e.g. before a screenshot of it. */
    public PlanPage scrollTo(String id) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);",
                driver.findElement(By.id(id)));
        return this;
    }

    public String text() {
        return driver.findElement(By.tagName("main")).getText();
    }
}
