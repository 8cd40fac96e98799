package org.keelson.liberty.pages;

import java.net.URI;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** index.xhtml as the portfolio: one row per plan, the code links to the plan page. */
public class PortfolioPage extends PortalPage {

    private static final By TABLE = By.id("portfolioTable");
    private static final By PLAN_LINKS = By.cssSelector("#portfolioTable a.kp-plan-link");

    public PortfolioPage(WebDriver driver) {
        super(driver);
        waitFor(TABLE);
    }

    public static PortfolioPage open(WebDriver driver, URI portal) {
        driver.get(portal.resolve("index.xhtml").toString());
        return new PortfolioPage(driver);
    }

    public List<String> planCodes() {
        return driver.findElements(PLAN_LINKS).stream().map(WebElement::getText).toList();
    }

    /** The visible text of the plan's row (budget, spend, progress, next milestone, high risks). */
    public String rowOf(String code) {
        return driver.findElement(By.xpath("//table//a[normalize-space(text())='" + code + "']/ancestor::tr[1]"))
                .getText();
    }

    public PlanPage openPlan(String code) {
        driver.findElement(By.linkText(code)).click();
        return new PlanPage(driver);
    }
}
