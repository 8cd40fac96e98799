package org.keelson.liberty.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** index.xhtml, the page after login. */
public class HomePage extends PortalPage {

    private static final By WELCOME = By.id("welcome");

    public HomePage(WebDriver driver) {
        super(driver);
    }

    public String welcome() {
        return waitFor(WELCOME).getText();
    }
}
