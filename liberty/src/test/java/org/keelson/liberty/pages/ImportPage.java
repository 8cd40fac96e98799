package org.keelson.liberty.pages;

import java.net.URI;
import java.nio.file.Path;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** plan/import.xhtml: read an MS Project or Primavera file, see the import report, confirm. */
public class ImportPage extends PortalPage {

    public ImportPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("importTitle"));
    }

    public static ImportPage open(WebDriver driver, URI portal) {
        driver.get(portal.resolve("plan/import.xhtml").toString());
        return new ImportPage(driver);
    }

    /** Chooses the file and the new plan's code, and reads the file (nothing is stored yet). */
    public ImportPage read(Path file, String code) {
        driver.findElement(By.id("importForm:file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("importForm:code")).sendKeys(code);
        driver.findElement(By.id("importForm:read")).click();
        return new ImportPage(driver);
    }

    public String report() {
        return waitFor(By.id("importSummary")).getText();
    }

    public WbsEditor confirm() {
        driver.findElement(By.id("confirmForm:confirm")).click();
        return new WbsEditor(driver);
    }
}
