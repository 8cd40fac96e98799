package org.keelson.liberty.pages;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * simulation/run.xhtml?code=...&id=...: one run's settings, its progress while active and, once done, its results:
 * sections of charts (each a canvas) and tables.
 */
public class SimulationRunPage extends PlanPages {
    /** The result sections of a plan with milestones, risks, a budget and a benefit model, in page order. */
    public static final List<String> SECTIONS = List.of("finishSection", "milestonesSection", "activitiesSection",
            "risksSection", "costSection", "spendSection", "roiSection");

    public SimulationRunPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("finishTable"));
    }

    private SimulationRunPage(WebDriver driver, boolean waitForResults) {
        super(driver);
        waitFor(By.id(waitForResults ? "finishTable" : "runSettings"));
    }

    /** Opens run {@code id} at once, whether or not it has finished. */
    public static SimulationRunPage openActive(WebDriver driver, URI portal, String code, long id) {
        driver.get(portal.resolve("simulation/run.xhtml?code=" + code + "&id=" + id).toString());
        return new SimulationRunPage(driver, false);
    }

    public boolean showsProgressBar() {
        return !driver.findElements(By.id("runProgress")).isEmpty();
    }

    /**
     * Which of the progress bar ({@code runProgress}) and the results ({@code finishTable}) the page shows, read in one
     * look so that a poll replacing the page in between cannot mix two states.
     */
    @SuppressWarnings("unchecked")
    public List<String> progressOrResults() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("return Array.from("
                + "document.querySelectorAll('#runProgress, #finishTable')).map(function (e) { return e.id; });");
    }

    /** Waits, without reloading (the page polls), until the results appear. */
    public void awaitResults(Duration timeout) {
        new WebDriverWait(driver, timeout, Duration.ofMillis(200)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id("finishTable")).isEmpty());
    }

    /** The run's status, settings, seed, engine and plan snapshot hash. */
    public String settingsText() {
        return driver.findElement(By.id("runSettings")).getText();
    }

    public String finishTableText() {
        return text("finishTable");
    }

    public String figuresText() {
        return text("figuresTable");
    }

    /** The text of the element {@code id} (a figure's cell, a table, a section heading). */
    public String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** The rows of table {@code id}'s body. */
    public int rowCount(String id) {
        return driver.findElements(By.cssSelector("#" + id + " tbody tr")).size();
    }

    public boolean chartDrawn() {
        return !driver.findElements(By.cssSelector("#finishChart canvas")).isEmpty();
    }

    /** The ids of the charts Chart.js has drawn (a canvas it has sized). */
    public List<String> drawnCharts() {
        return driver.findElements(By.cssSelector(".ui-chart")).stream()
                .filter(chart -> !chart.findElements(By.cssSelector("canvas[width]")).isEmpty())
                .map(chart -> chart.getAttribute("id")).toList();
    }
}
