package org.keelson.liberty.pages;

import java.net.URI;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * What the pages about one plan share (WEB-INF/templates/plan.xhtml): the heading, the tabs leading to the plan's
 * other pages, each with its own address ({@code plan/wbs.xhtml?code=KP-000} and so on).
 */
public abstract class PlanPages extends PortalPage {

    /** The tabs, with the address of their page relative to the portal. */
    public enum Tab {
        OVERVIEW("plan/plan.xhtml"), WBS("plan/wbs.xhtml"), MILESTONES("plan/milestones.xhtml"),
        GANTT("plan/gantt.xhtml"), STATUS("plan/status.xhtml"), BASELINES("plan/baselines.xhtml"),
        HISTORY("plan/history.xhtml"), BUDGET("budget/budget.xhtml"), ACTUALS("budget/actuals.xhtml"),
        EVM("budget/evm.xhtml"), RISKS("risk/risks.xhtml"), KPIS("kpi/kpis.xhtml"),
        SIMULATIONS("simulation/simulations.xhtml");

        final String path;

        Tab(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }

        String cssClass() {
            return "kp-tab-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final By TITLE = By.id("planTitle");

    protected PlanPages(WebDriver driver) {
        super(driver);
        waitFor(TITLE);
    }

    static void go(WebDriver driver, URI portal, Tab tab, String code) {
        driver.get(portal.resolve(tab.path + "?code=" + code).toString());
    }

    /** Opens a code that names no plan; returns the text of the "not found" panel. */
    public static String openMissing(WebDriver driver, URI portal, Tab tab, String code) {
        go(driver, portal, tab, code);
        return new PortalPage(driver).waitFor(By.id("planNotFound")).getText();
    }

    public String heading() {
        return driver.findElement(TITLE).getText();
    }

    /** The tabs' labels in order. */
    public List<String> tabLabels() {
        return driver.findElements(By.cssSelector("#planTabs a")).stream().map(WebElement::getText).toList();
    }

    /** The tab marked as the current page (aria-current="page"). */
    public String currentTabLabel() {
        return driver.findElement(By.cssSelector("#planTabs a[aria-current='page']")).getText();
    }

    protected void clickTab(Tab tab) {
        driver.findElement(By.cssSelector("#planTabs a." + tab.cssClass())).click();
    }

    public WbsPage wbsTab() {
        clickTab(Tab.WBS);
        return new WbsPage(driver);
    }

    public MilestonesPage milestonesTab() {
        clickTab(Tab.MILESTONES);
        return new MilestonesPage(driver);
    }

    public BudgetPage budgetTab() {
        clickTab(Tab.BUDGET);
        return new BudgetPage(driver);
    }

    public RisksPage risksTab() {
        clickTab(Tab.RISKS);
        return new RisksPage(driver);
    }

    public KpisPage kpisTab() {
        clickTab(Tab.KPIS);
        return new KpisPage(driver);
    }

    /** Scrolls the element with this id to the top of the window, e.g. before a screenshot of it. */
    public PlanPages scrollTo(String id) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);",
                driver.findElement(By.id(id)));
        return this;
    }

    public String text() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /** The height of the whole page in CSS pixels. */
    public long pageHeight() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollHeight;")).longValue();
    }
}
