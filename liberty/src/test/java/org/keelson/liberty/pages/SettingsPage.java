package org.keelson.liberty.pages;

import java.net.URI;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** plan/settings.xhtml?code=...: the plan's settings and calendar. */
public class SettingsPage extends PlanPages {

    public SettingsPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("settingsForm"));
    }

    public static SettingsPage open(WebDriver driver, URI portal, String code) {
        driver.get(portal.resolve("plan/settings.xhtml?code=" + code).toString());
        return new SettingsPage(driver);
    }

    public boolean hasSaveButton() {
        return !driver.findElements(By.id("settingsForm:save")).isEmpty();
    }

    /** Adds a holiday row and fills it. */
    public SettingsPage addHoliday(String name, String from, String to) {
        int row = driver.findElements(By.cssSelector("[id='settingsForm:holidays'] tbody tr[data-ri]")).size();
        driver.findElement(By.id("settingsForm:addHoliday")).click();
        awaitAjax();
        String prefix = "settingsForm:holidays:" + row + ":";
        WebElement nameInput = waitFor(By.id(prefix + "holidayName"));
        nameInput.sendKeys(name);
        driver.findElement(By.id(prefix + "holidayFrom")).sendKeys(from);
        driver.findElement(By.id(prefix + "holidayTo")).sendKeys(to);
        return this;
    }


    public SettingsPage save() {
        driver.findElement(By.id("settingsForm:save")).click();
        awaitAjax();
        return this;
    }

    public String messages() {
        return driver.findElement(By.id("settingsForm")).getText();
    }
}
