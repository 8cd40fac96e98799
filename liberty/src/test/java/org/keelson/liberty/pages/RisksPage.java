package org.keelson.liberty.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

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
        return driver.findElements(By.cssSelector("#heatMap tbody td"));
    }

    public WebElement heatMapCell(int probability, int impact) {
        return driver.findElement(By.cssSelector(
                "#heatMap td[data-probability='" + probability + "'][data-impact='" + impact + "']"));
    }
}
