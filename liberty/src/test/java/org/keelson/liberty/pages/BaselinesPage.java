package org.keelson.liberty.pages;

import java.net.URI;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** plan/baselines.xhtml?code=...: the baselines, the variance against one, saving a new one. */
public class BaselinesPage extends PlanPages {
    private static final By VARIANCE = By.id("baselineForm:variance");

    public BaselinesPage(WebDriver driver) {
        super(driver);
        waitFor(VARIANCE);
    }

    public static BaselinesPage open(WebDriver driver, URI portal, String code) {
        go(driver, portal, Tab.BASELINES, code);
        return new BaselinesPage(driver);
    }

    public boolean hasSaveForm() {
        return !driver.findElements(By.id("baselineForm:newName")).isEmpty()
                || !driver.findElements(By.id("baselineForm:saveBaseline")).isEmpty();
    }

    public BaselinesPage save(String name) {
        WebElement old = driver.findElement(VARIANCE);
        driver.findElement(By.id("baselineForm:newName")).sendKeys(name);
        driver.findElement(By.id("baselineForm:saveBaseline")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(old));
        waitFor(VARIANCE);
        return this;
    }

    /** Chooses the baseline in row {@code name} for every comparison. */
    public BaselinesPage compareWith(String name) {
        WebElement old = driver.findElement(VARIANCE);
        WebElement row = driver.findElements(By.cssSelector("[id='baselineForm:baselines'] tbody tr")).stream()
                .filter(tr -> tr.getText().startsWith(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no baseline " + name + " in " + baselinesText()));
        row.findElement(By.cssSelector("button[id$=':compareWith']")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(old));
        waitFor(VARIANCE);
        return this;
    }

    public String baselinesText() {
        return driver.findElement(By.id("baselineForm:baselines")).getText();
    }

    public String comparedText() {
        return driver.findElement(By.id("comparedBaseline")).getText();
    }

    public String varianceText() {
        return driver.findElement(VARIANCE).getText();
    }

    public int varianceRows() {
        return driver.findElements(By.cssSelector("#baselineForm\\:variance_data > tr:not(.ui-datatable-empty-message)"))
                .size();
    }

    /** The finish variance (working days) of the row of WBS element {@code code}. */
    public String finishVarianceOf(String code) {
        for (WebElement row : driver.findElements(By.cssSelector("#baselineForm\\:variance_data > tr"))) {
            if (row.findElement(By.cssSelector("td")).getText().trim().equals(code)) {
                return row.findElement(By.cssSelector("td.kp-finish-variance")).getText().trim();
            }
        }
        throw new AssertionError("no variance row " + code);
    }
}
