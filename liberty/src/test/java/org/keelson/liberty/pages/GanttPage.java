package org.keelson.liberty.pages;

import java.net.URI;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** plan/gantt.xhtml?code=...: the Gantt chart the browser draws as SVG (resources/js/gantt.js). */
public class GanttPage extends PlanPages {
    private static final By CHART = By.cssSelector("#gantt svg.kp-gantt-chart");

    public GanttPage(WebDriver driver) {
        super(driver);
        waitFor(CHART);
    }

    public static GanttPage open(WebDriver driver, URI portal, String code) {
        go(driver, portal, Tab.GANTT, code);
        return new GanttPage(driver);
    }

    /** The rows' WBS codes as the label column shows them. */
    public List<String> rowCodes() {
        return driver.findElements(By.cssSelector("#gantt .kp-gantt-label")).stream()
                .map(e -> e.getAttribute("data-code")).toList();
    }

    public int count(String cssInChart) {
        return driver.findElements(By.cssSelector("#gantt svg.kp-gantt-chart " + cssInChart)).size();
    }

    public String zoom() {
        return driver.findElement(CHART).getAttribute("data-zoom");
    }

    public int chartWidth() {
        return Integer.parseInt(driver.findElement(CHART).getAttribute("width"));
    }

    /** Chooses the WBS levels shown and waits for the chart to be drawn again. */
    public GanttPage level(int level) {
        WebElement old = driver.findElement(CHART);
        new Select(driver.findElement(By.id("level"))).selectByVisibleText(String.valueOf(level));
        return redrawn(old);
    }

    /** Chooses the zoom labelled {@code label} and waits for the chart to be drawn again. */
    public GanttPage zoom(String label) {
        WebElement old = driver.findElement(CHART);
        new Select(driver.findElement(By.id("zoom"))).selectByVisibleText(label);
        return redrawn(old);
    }

    private GanttPage redrawn(WebElement old) {
        new WebDriverWait(driver, WAIT).until(d -> {
            try {
                old.isDisplayed();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            }
        });
        waitFor(CHART);
        return this;
    }
}
