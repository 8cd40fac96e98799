package org.keelson.liberty.pages;

import java.net.URI;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** error.xhtml, as the portal shows it for a page the user may not see or that does not exist. */
public class ErrorPage extends Page {

    private ErrorPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("errorTitle"));
    }

    /** Opens {@code path} (relative to the portal), expecting the error page in its place. */
    public static ErrorPage openInstead(WebDriver driver, URI portal, String path) {
        driver.get(portal.resolve(path).toString());
        return new ErrorPage(driver);
    }

    public String heading() {
        return driver.findElement(By.id("errorTitle")).getText();
    }

    public String text() {
        return driver.findElement(By.id("errorText")).getText();
    }

    /** Follows the page's link home. */
    public PortfolioPage goToPortfolio() {
        driver.findElement(By.id("errorHome")).click();
        return new PortfolioPage(driver);
    }
}
