package org.keelson.liberty.pages;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** simulation/compare.xhtml?code=...&a=...&b=...: two runs side by side. */
public class SimulationComparePage extends PlanPages {

    public SimulationComparePage(WebDriver driver) {
        super(driver);
        waitFor(By.id("compareSettings"));
    }

    public static SimulationComparePage open(WebDriver driver, URI portal, String code, long a, long b) {
        driver.get(portal.resolve("simulation/compare.xhtml?code=" + code + "&a=" + a + "&b=" + b).toString());
        return new SimulationComparePage(driver);
    }

    public String settingsText() {
        return driver.findElement(By.id("compareSettings")).getText();
    }

    /** The finish date of run A ({@code column} "a") or B ("b") at percentile {@code p} ("P80"). */
    public LocalDate finish(String p, String column) {
        return LocalDate.parse(driver.findElement(By.cssSelector("#compareFinish tr.kp-compare-" + p + " td.kp-compare-"
                + column)).getText());
    }

    /** B's finish at {@code p} minus A's in working days, as shown ("-3", "0", "+2"). */
    public int finishDifference(String p) {
        return Integer.parseInt(driver.findElement(By.cssSelector("#compareFinish tr.kp-compare-" + p
                + " td.kp-compare-difference")).getText().replace("+", ""));
    }

    public String figuresText() {
        return driver.findElement(By.id("compareFigures")).getText();
    }

    /** The names of the lines Chart.js draws on chart {@code id} ("finishCdf", "costCdf", "npvCdf"). */
    @SuppressWarnings("unchecked")
    public List<String> chartLines(String id) {
        waitFor(By.cssSelector("#" + id + " canvas"));
        return (List<String>) ((JavascriptExecutor) driver).executeScript("return Chart.getChart("
                + "document.querySelector('#" + id + " canvas')).data.datasets.map(d => d.label);");
    }

    /** What the page says about the plan between the runs: "unchanged" or the table of changes. */
    public String planChangesText() {
        return driver.findElement(By.cssSelector("#planUnchanged, #planChanges, #planNoSimulatedChange")).getText();
    }

    /** Opens run {@code a} compared with {@code b} where one of them does not exist: the "not found" panel. */
    public static String openMissing(WebDriver driver, URI portal, String code, long a, long b) {
        driver.get(portal.resolve("simulation/compare.xhtml?code=" + code + "&a=" + a + "&b=" + b).toString());
        return new PortalPage(driver).waitFor(By.id("planNotFound")).getText();
    }
}
