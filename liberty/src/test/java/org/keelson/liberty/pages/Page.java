package org.keelson.liberty.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
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

    protected WebElement waitFor(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
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
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
