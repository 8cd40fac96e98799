package org.keelson.liberty.pages;

import java.net.URI;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** portfolio.xhtml, the page after login: one row per plan, a page of 25 at a time; the code opens the plan. */
public class PortfolioPage extends PortalPage {

    private static final By TABLE = By.id("portfolioTable");
    private static final By PLAN_LINKS = By.cssSelector("#portfolioTable a.kp-plan-link");

    public PortfolioPage(WebDriver driver) {
        super(driver);
        waitFor(TABLE);
    }

    public static PortfolioPage open(WebDriver driver, URI portal) {
        driver.get(portal.resolve("portfolio.xhtml").toString());
        return new PortfolioPage(driver);
    }

    public String heading() {
        return driver.findElement(By.id("portfolioTitle")).getText();
    }

    public List<String> planCodes() {
        return driver.findElements(PLAN_LINKS).stream().map(WebElement::getText).toList();
    }

    /** The visible text of the plan's row (budget, spend, progress, next milestone, high risks). */
    public String rowOf(String code) {
        return driver.findElement(By.xpath("//table//a[normalize-space(text())='" + code + "']/ancestor::tr[1]"))
                .getText();
    }

    public PlanOverviewPage openPlan(String code) {
        driver.findElement(By.linkText(code)).click();
        return new PlanOverviewPage(driver);
    }
}
