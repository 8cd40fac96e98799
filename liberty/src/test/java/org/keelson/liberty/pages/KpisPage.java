package org.keelson.liberty.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** kpi/kpis.xhtml?code=...: KPIs against baseline and target. */
public class KpisPage extends PlanPages {

    public KpisPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("kpiTable"));
    }

    public String tableText() {
        return driver.findElement(By.id("kpiTable")).getText();
    }
}
