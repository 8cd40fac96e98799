package org.keelson.liberty.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Common ground of the page helpers: waiting, the document language, screenshots. */
public abstract class Page {

    protected static final Duration WAIT = Duration.ofSeconds(30);
    protected final WebDriver driver;

    protected Page(WebDriver driver) {
        this.driver = driver;
    }

    /** Waits for an element; on timeout saves a screenshot and the HTML as target/screenshots/failed-*. */
    protected WebElement waitFor(By locator) {
        try {
            return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (TimeoutException e) {
            String name = "failed-" + getClass().getSimpleName() + "-" + System.currentTimeMillis();
            screenshot(name);
            save(name + ".html", driver.getPageSource().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            throw new TimeoutException("Page " + driver.getCurrentUrl() + " (" + driver.getTitle()
                    + ") has no " + locator + "; see target/screenshots/" + name + ".png", e);
        }
    }

    /** Waits until PrimeFaces has no Ajax request queued or running (after a click on an Ajax control). */
    protected void awaitAjax() {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' && (!window.PrimeFaces"
                        + " || PrimeFaces.ajax.Queue.isEmpty()) && (!window.jQuery || jQuery.active === 0);")));
    }

    /** The {@code lang} attribute of the page, e.g. "zh-CN" or "en". */
    public String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    public String title() {
        return driver.getTitle();
    }

    /** Saves a PNG of the page under target/screenshots for a person to look at. */
    public void screenshot(String name) {
        save(name + ".png", ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private static void save(String fileName, byte[] content) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(fileName), content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
