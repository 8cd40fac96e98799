package org.keelson.liberty.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** plan/milestones.xhtml?code=...: milestones with their early warnings. */
public class MilestonesPage extends PlanPages {

    public MilestonesPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("milestoneTable"));
    }

    /** Early-warning states of the milestones, e.g. ACHIEVED, OVERDUE, DUE_IN_7_DAYS. */
    public List<String> warnings() {
        return driver.findElements(By.cssSelector("#milestoneTable span[data-warning]")).stream()
                .map(e -> e.getAttribute("data-warning")).toList();
    }
}
