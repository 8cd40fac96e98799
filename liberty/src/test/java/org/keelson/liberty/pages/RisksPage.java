package org.keelson.liberty.pages;

import java.net.URI;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** risk/risks.xhtml?code=...: the risk register and heat map. */
public class RisksPage extends PlanPages {

    public RisksPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("riskTable"));
    }

    public int rowCount() {
        return driver.findElements(By.cssSelector("#riskTable tbody tr")).size();
    }

    public String registerText() {
        return driver.findElement(By.id("riskTable")).getText();
    }

    /** The 25 cells of the heat map, top row (probability 5) first. */
    public List<WebElement> heatMapCells() {
        return driver.findElements(By.cssSelector("#heatMap-pre tbody td"));
    }

    public static RisksPage open(WebDriver driver, URI portal, String code) {
        go(driver, portal, Tab.RISKS, code);
        return new RisksPage(driver);
    }

    /** The count in a cell of map "pre", "post" or "past"; 0 for an empty cell. */
    public int count(String map, int probability, int impact) {
        String text = driver.findElement(By.cssSelector("#heatMap-" + map + " td[data-probability='" + probability
                + "'][data-impact='" + impact + "']")).getText().trim();
        return text.isEmpty() ? 0 : Integer.parseInt(text);
    }

    /** Clicks a cell of map "pre", "post" or "past" and returns the risks it lists. */
    public List<String> drillDown(String map, int probability, int impact) {
        driver.findElement(By.cssSelector("a[data-map='" + map + "'][data-probability='" + probability
                + "'][data-impact='" + impact + "']")).click();
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(d -> d
                .findElement(By.id("cellRisksTitle")).getText().contains("P " + probability + " × I " + impact));
        return driver.findElements(By.cssSelector("#cellRiskList li")).stream().map(WebElement::getText).toList();
    }

    /** Shows the heat map at the end of {@code date} (yyyy-MM-dd) and the band moves since. */
    public RisksPage showPast(String date) {
        WebElement input = driver.findElement(By.id("heatMapForm:asOf"));
        input.clear();
        input.sendKeys(date);
        driver.findElement(By.id("heatMapForm:showPast")).click();
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(d -> !d
                .findElements(By.cssSelector("#bandMoves, #pastUnknown")).isEmpty());
        return this;
    }

    /** Band moves since the chosen date: rose, fell, stayed, added, retired. */
    public List<Integer> bandMoves() {
        return List.of("movesRose", "movesFell", "movesStayed", "movesAdded", "movesRetired").stream()
                .map(id -> Integer.parseInt(driver.findElement(By.id(id)).getText().trim())).toList();
    }

    public boolean offersToLogRisks() {
        return !driver.findElements(By.id("logRisk")).isEmpty();
    }

    /** The register row of risk {@code code}. */
    public String rowOf(String code) {
        return driver.findElements(By.cssSelector("#riskTable tbody tr")).stream().map(WebElement::getText)
                .filter(t -> t.startsWith(code + " ")).findFirst().orElse("");
    }

    public WebElement heatMapCell(int probability, int impact) {
        return driver.findElement(By.cssSelector(
                "#heatMap-pre td[data-probability='" + probability + "'][data-impact='" + impact + "']"));
    }
}
