package org.keelson.liberty.pages;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** simulation/simulations.xhtml?code=...: the plan's runs with their progress, and the start form for some roles. */
public class SimulationsPage extends PlanPages {
    private static final By START = By.id("simulations:start");
    private static final By ROWS = By.cssSelector("#runsTable tbody tr.kp-run");

    public SimulationsPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("simulations"));
    }

    public static SimulationsPage open(WebDriver driver, URI portal, String code) {
        go(driver, portal, Tab.SIMULATIONS, code);
        return new SimulationsPage(driver);
    }

    public boolean canStart() {
        return !driver.findElements(START).isEmpty();
    }

    /** Starts a run with {@code iterations} and the other settings as offered; returns its id. */
    public long start(int iterations) {
        // p:inputNumber formats as one types and ignores clear(): select the number and type over it
        driver.findElement(By.id("simulations:iterations_input"))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(iterations));
        String before = polled(WAIT).until(d -> newestRunId());
        driver.findElement(START).click();
        // read the id inside the wait: while the new run is active the poll replaces the rows every second
        return Long.parseLong(polled(WAIT).until(d -> {
            String newest = newestRunId();
            return newest.equals(before) ? null : newest;
        }));
    }

    /** Waits, without reloading the page (the page polls), until run {@code id} shows 100 % and "done". */
    public void awaitDone(long id, Duration timeout) {
        polled(timeout).until(d -> {
            List<WebElement> row = d.findElements(By.cssSelector("#runsTable tr[data-run='" + id + "']"));
            return !row.isEmpty() && row.get(0).getAttribute("class").contains("kp-run-done")
                    && row.get(0).getText().contains("100%");
        });
    }

    public boolean hasCancelButtons() {
        return !driver.findElements(By.cssSelector("#runsTable .kp-run-cancel")).isEmpty();
    }

    public SimulationRunPage openRun(long id) {
        driver.findElement(By.cssSelector("#runsTable tr[data-run='" + id + "'] a")).click();
        return new SimulationRunPage(driver);
    }

    /** A wait that looks again when the poll has just replaced the table under it. */
    protected WebDriverWait polled(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private String newestRunId() {
        List<WebElement> rows = driver.findElements(ROWS);
        return rows.isEmpty() ? "" : rows.get(0).getAttribute("data-run");
    }
}
