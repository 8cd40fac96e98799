package org.keelson.liberty.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** simulation/run.xhtml?code=...&id=...: one run's finish dates, cost and NPV and its chart. */
public class SimulationRunPage extends PlanPages {

    public SimulationRunPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("finishTable"));
    }

    /** The run's status, settings, seed, engine and plan snapshot hash. */
    public String settingsText() {
        return driver.findElement(By.id("runSettings")).getText();
    }

    public String finishTableText() {
        return driver.findElement(By.id("finishTable")).getText();
    }

    public String figuresText() {
        return driver.findElement(By.id("figuresTable")).getText();
    }

    public boolean chartDrawn() {
        return !driver.findElements(By.cssSelector("#finishChart canvas")).isEmpty();
    }
}
