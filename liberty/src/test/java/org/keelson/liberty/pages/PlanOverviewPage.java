package org.keelson.liberty.pages;

import java.net.URI;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** plan/plan.xhtml?code=...: the plan's facts and portfolio figures. */
public class PlanOverviewPage extends PlanPages {

    public PlanOverviewPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("planFacts"));
    }

    public static PlanOverviewPage open(WebDriver driver, URI portal, String code) {
        go(driver, portal, Tab.OVERVIEW, code);
        return new PlanOverviewPage(driver);
    }

    public String facts() {
        return driver.findElement(By.id("planFacts")).getText();
    }

    public String status() {
        return driver.findElement(By.id("planStatus")).getText();
    }
}
