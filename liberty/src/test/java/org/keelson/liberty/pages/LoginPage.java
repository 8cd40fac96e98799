package org.keelson.liberty.pages;

import java.net.URI;
import org.keelson.liberty.support.DemoUser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** login.xhtml */
public class LoginPage extends Page {

    private static final By USERNAME = By.id("loginForm:username");
    private static final By PASSWORD = By.id("loginForm:password");
    private static final By SUBMIT = By.id("loginForm:submit");
    private static final By MESSAGES = By.id("loginForm:messages");

    public LoginPage(WebDriver driver) {
        super(driver);
        waitFor(SUBMIT);
    }

    /** Opens the portal root as a signed-out visitor, which must land on the login page. */
    public static LoginPage open(WebDriver driver, URI portal) {
        driver.manage().deleteAllCookies();
        driver.get(portal.toString());
        return new LoginPage(driver);
    }

    /** Signs in; the portal opens on the portfolio. */
    public PortfolioPage signInAs(DemoUser user) {
        submit(user.username(), user.password());
        return new PortfolioPage(driver);
    }

    /** Signs in as the risk owner, whose portal opens on the risks they own. */
    public MyRisksPage signInAsRiskOwner() {
        submit(DemoUser.RISK_OWNER.username(), DemoUser.RISK_OWNER.password());
        return new MyRisksPage(driver);
    }

    /** Submits credentials that are expected to be refused; stays on the login page. */
    public LoginPage signInExpectingFailure(String username, String password) {
        submit(username, password);
        return new LoginPage(driver);
    }

    public String errorMessage() {
        return driver.findElement(MESSAGES).getText();
    }

    public String submitLabel() {
        return driver.findElement(SUBMIT).getText();
    }

    private void submit(String username, String password) {
        WebElement user = driver.findElement(USERNAME);
        user.clear();
        user.sendKeys(username);
        driver.findElement(PASSWORD).sendKeys(password);
        driver.findElement(SUBMIT).click();
    }
}
