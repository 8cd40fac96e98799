package org.keelson.liberty.pages;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * simulation/simulations.xhtml?code=... through all its forms: a run started with a seed and pre- or post-mitigation
 * risks, a run cancelled from its row, two done runs picked and compared.
 */
public class SimulationRunsPage extends SimulationsPage {
    private static final By POST_MITIGATION = By.cssSelector("[id='simulations:postMitigation'] .ui-chkbox-box");
    private static final By POST_MITIGATION_INPUT = By.id("simulations:postMitigation_input");

    public SimulationRunsPage(WebDriver driver) {
        super(driver);
    }

    public static SimulationRunsPage open(WebDriver driver, URI portal, String code) {
        go(driver, portal, Tab.SIMULATIONS, code);
        return new SimulationRunsPage(driver);
    }

    /** Starts a run with these settings (random sampling, every iteration); returns its id. */
    public long start(int iterations, long seed, boolean postMitigation) {
        WebElement seedField = driver.findElement(By.id("simulations:seed"));
        seedField.clear();
        seedField.sendKeys(String.valueOf(seed));
        if (driver.findElement(POST_MITIGATION_INPUT).isSelected() != postMitigation) {
            driver.findElement(POST_MITIGATION).click();
        }
        return start(iterations);
    }

    /** Waits, without reloading the page (the page polls), until run {@code id} shows {@code status}. */
    public void awaitStatus(long id, String status, Duration timeout) {
        polled(timeout).until(d -> {
            List<WebElement> row = d.findElements(row(id));
            return !row.isEmpty() && row.get(0).getAttribute("class").contains("kp-run-" + status);
        });
    }

    /** Whether run {@code id} offers a cancel button (it is queued or running and the user may cancel). */
    public boolean cancellable(long id) {
        return !driver.findElements(cancelButton(id)).isEmpty();
    }

    public void cancel(long id) {
        polled(WAIT).until(d -> {
            d.findElement(cancelButton(id)).click();
            return true;
        });
    }

    /** The status as the row shows it, in the page's language. */
    public String statusText(long id) {
        return polled(WAIT).until(d -> d.findElement(row(id)).findElement(By.className("kp-run-status")).getText());
    }

    /** Picks run {@code a} as the reference and {@code b} as the one compared, and opens the comparison. */
    public SimulationComparePage compare(long a, long b) {
        new Select(driver.findElement(By.id("simulations:compareA"))).selectByValue(String.valueOf(a));
        new Select(driver.findElement(By.id("simulations:compareB"))).selectByValue(String.valueOf(b));
        driver.findElement(By.id("simulations:compare")).click();
        return new SimulationComparePage(driver);
    }

    private static By row(long id) {
        return By.cssSelector("#runsTable tr[data-run='" + id + "']");
    }

    private static By cancelButton(long id) {
        return By.cssSelector("#runsTable tr[data-run='" + id + "'] .kp-run-cancel");
    }
}
