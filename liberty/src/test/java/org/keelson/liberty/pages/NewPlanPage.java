package org.keelson.liberty.pages;

import java.net.URI;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** plan/new.xhtml: a new plan, blank or from a template. */
public class NewPlanPage extends PortalPage {

    public NewPlanPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("newPlanTitle"));
    }

    public static NewPlanPage open(WebDriver driver, URI portal) {
        driver.get(portal.resolve("plan/new.xhtml").toString());
        return new NewPlanPage(driver);
    }

    public NewPlanPage text(String field, String value) {
        WebElement input = driver.findElement(By.id("newPlanForm:" + field));
        input.clear();
        input.sendKeys(value);
        return this;
    }

    /** Types an ISO date into a p:datePicker. */
    public NewPlanPage date(String field, String isoDate) {
        WebElement input = driver.findElement(By.id("newPlanForm:" + field));
        input.clear();
        input.sendKeys(isoDate);
        return this;
    }

    /** Creates the plan and lands on its (empty) WBS page. */
    public WbsEditor create() {
        driver.findElement(By.id("newPlanForm:create")).click();
        return new WbsEditor(driver);
    }

    /** Creates the plan expecting it to be refused; returns the page with its messages. */
    public NewPlanPage createRefused() {
        driver.findElement(By.id("newPlanForm:create")).click();
        return new NewPlanPage(driver);
    }

    public String messages() {
        return driver.findElement(By.id("newPlanForm")).getText();
    }
}
