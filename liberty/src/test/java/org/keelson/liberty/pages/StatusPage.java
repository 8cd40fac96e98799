package org.keelson.liberty.pages;

import java.net.URI;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** plan/status.xhtml?code=...: progress per leaf, actual costs and the status date. */
public class StatusPage extends PlanPages {
    private static final By TABLE = By.id("statusForm:leaves");

    public StatusPage(WebDriver driver) {
        super(driver);
        waitFor(TABLE);
    }

    public static StatusPage open(WebDriver driver, URI portal, String code) {
        go(driver, portal, Tab.STATUS, code);
        return new StatusPage(driver);
    }

    /** Shows only the leaves of the filter labelled {@code label}. */
    public StatusPage filter(String label) {
        WebElement old = driver.findElement(TABLE);
        new Select(driver.findElement(By.id("statusForm:filter"))).selectByVisibleText(label);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(old));
        waitFor(TABLE);
        return this;
    }

    /** The WBS codes of the rows shown. */
    public List<String> codes() {
        return driver.findElements(By.cssSelector("#statusForm\\:leaves_data > tr > td:first-child")).stream()
                .map(e -> e.getText().trim()).toList();
    }

    public String currentStatusDate() {
        return driver.findElement(By.id("currentStatusDate")).getText();
    }

    public String forecastFinish() {
        return driver.findElement(By.id("forecastFinish")).getText();
    }

    /** How many inputs the tables and toolbar offer (none for a role that may not edit). */
    public int inputCount() {
        return driver.findElements(By.cssSelector("#statusForm input:not([type=hidden])")).size();
    }

    public boolean hasSaveButton() {
        return !driver.findElements(By.id("statusForm:save")).isEmpty();
    }

    public StatusPage percent(int row, String value) {
        return type(By.id("statusForm:leaves:" + row + ":percent_input"), value);
    }

    public StatusPage newStatusDate(String isoDate) {
        return type(By.id("statusForm:newStatusDate"), isoDate);
    }

    /** The message next to row {@code row}'s percent input, empty when none. */
    public String percentMessage(int row) {
        return driver.findElements(By.xpath("//input[@id='statusForm:leaves:" + row
                + ":percent_input']/ancestor::td[1]//*[contains(@class, 'ui-message')]")).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).findFirst().orElse("");
    }


    public StatusPage save() {
        WebElement old = driver.findElement(TABLE);
        driver.findElement(By.id("statusForm:save")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(old));
        waitFor(TABLE);
        return this;
    }

    public String messages() {
        return driver.findElement(By.id("statusForm:messages")).getText();
    }

    public String milestonesText() {
        return driver.findElement(By.id("statusForm:milestones")).getText();
    }

    private StatusPage type(By input, String value) {
        WebElement field = driver.findElement(input);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(value);
        return this;
    }
}
