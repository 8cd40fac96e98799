package org.keelson.liberty.pages;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** budget/actuals.xhtml?code=...: the actuals template, an upload's problems or changes, and its confirmation. */
public class ActualsPage extends PlanPages {
    private static final By INTRO = By.id("actualsIntro");

    public ActualsPage(WebDriver driver) {
        super(driver);
        waitFor(INTRO);
    }

    public static ActualsPage open(WebDriver driver, URI portal, String code) {
        go(driver, portal, Tab.ACTUALS, code);
        return new ActualsPage(driver);
    }

    /** The address of the template download link. */
    public String templateLink() {
        return driver.findElement(By.id("templateLink")).getAttribute("href");
    }

    /** Whether the page offers the upload (false for a role that may not record actuals). */
    public boolean offersUpload() {
        return !driver.findElements(By.cssSelector("#actualsForm input[type=file]")).isEmpty();
    }

    /** Uploads {@code file} and has it checked; the page comes back with its problems or its changes. */
    public ActualsPage upload(Path file) {
        driver.findElement(By.cssSelector("#actualsForm input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("actualsForm:read")).click();
        return new ActualsPage(driver);
    }

    /** "place: message" of each problem listed. */
    public List<String> problems() {
        return driver.findElements(By.cssSelector("#problems tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .map(cells -> cells.get(0) + ": " + cells.get(1)).toList();
    }

    /** The text of each row of the preview of changes. */
    public List<String> changes() {
        return driver.findElements(By.cssSelector("#changes tbody tr")).stream().map(WebElement::getText).toList();
    }

    public boolean offersConfirm() {
        return !driver.findElements(By.id("confirmForm:confirm")).isEmpty();
    }

    public ActualsPage confirm() {
        driver.findElement(By.id("confirmForm:confirm")).click();
        return new ActualsPage(driver);
    }

    /** The page's global messages. */
    public String messages() {
        return driver.findElements(By.id("actualsForm:messages")).stream().map(WebElement::getText).findFirst()
                .orElse("");
    }
}
