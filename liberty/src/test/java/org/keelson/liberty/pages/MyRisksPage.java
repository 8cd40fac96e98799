package org.keelson.liberty.pages;

import java.net.URI;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** risk/my-risks.xhtml: the risks the signed-in user owns, a risk owner's start page. */
public class MyRisksPage extends PortalPage {
    private static final By TITLE = By.id("myRisksTitle");

    public MyRisksPage(WebDriver driver) {
        super(driver);
        waitFor(TITLE);
    }

    public static MyRisksPage open(WebDriver driver, URI portal) {
        driver.get(portal.resolve("risk/my-risks.xhtml").toString());
        return new MyRisksPage(driver);
    }

    /** The rows' texts, highest score first. */
    public List<String> rows() {
        return driver.findElements(By.cssSelector("#myRisks tbody tr")).stream().map(WebElement::getText).toList();
    }

    /** The row of risk {@code risk} of plan {@code plan}; empty when it is not listed. */
    public String rowOf(String plan, String risk) {
        return rows().stream().filter(r -> r.contains(plan) && r.contains(risk)).findFirst().orElse("");
    }
}
