package org.keelson.liberty.pages;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * budget/evm.xhtml?code=...: the S-curves by quarter or month, the cumulative figures by period, the measures of the
 * plan (first row) and of each WBS element, the definitions and the downloads.
 */
public class EvmPage extends PlanPages {

    public EvmPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("evmMeasures"));
    }

    public static EvmPage open(WebDriver driver, URI portal, String code) {
        go(driver, portal, Tab.EVM, code);
        return new EvmPage(driver);
    }

    public EvmPage byMonth() {
        driver.findElement(By.cssSelector("#evmPeriodChoice a[id$='byMonth']")).click();
        return new EvmPage(driver);
    }

    public EvmPage byQuarter() {
        driver.findElement(By.cssSelector("#evmPeriodChoice a[id$='byQuarter']")).click();
        return new EvmPage(driver);
    }

    /** The label of the period choice marked current. */
    public String currentPeriodChoice() {
        return driver.findElement(By.cssSelector("#evmPeriodChoice a[aria-current='page']")).getText();
    }

    /** The periods of the cumulative table, in order ("2025-Q1" or "2025-03"). */
    public List<String> periods() {
        return driver.findElements(By.cssSelector("#evmPeriods tbody th")).stream().map(WebElement::getText).toList();
    }

    /** A measure of the plan's row, by its column's class: "cpi", "spi", "eac-cpi", "tcpi"... */
    public String planMeasure(String measure) {
        return waitFor(By.cssSelector("#evmMeasures tbody tr.kp-evm-plan td.kp-evm-" + measure)).getText().trim();
    }

    public int measureRows() {
        return driver.findElements(By.cssSelector("#evmMeasures tbody tr")).size();
    }

    public boolean chartDrawn() {
        return !driver.findElements(By.cssSelector("#evmChart canvas")).isEmpty();
    }

    /** Opens the collapsed definitions; returns their text. */
    public String openHelp() {
        WebElement help = driver.findElement(By.id("evmHelp"));
        help.findElement(By.tagName("summary")).click();
        return help.getText();
    }

    public boolean helpOpen() {
        return driver.findElement(By.id("evmHelp")).getAttribute("open") != null;
    }

    /** The address of a chart's download link: kind "s-curve", format "png" or "svg". */
    public String chartLink(String kind, String format) {
        return driver.findElement(By.cssSelector("a.kp-chart-" + kind + "-" + format)).getAttribute("href");
    }

    /** The address of a workbook's download link: kind "evm". */
    public String workbookLink(String kind) {
        return driver.findElement(By.cssSelector("a[id$='download-" + kind + "']")).getAttribute("href");
    }

    /**
     * Follows a download link as the browser would, with its session: the status, content type, content
     * disposition and the first characters of the body.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> download(String href) {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
                    const body = new Uint8Array(await r.arrayBuffer());
                    done({status: r.status, type: r.headers.get('Content-Type'),
                          disposition: r.headers.get('Content-Disposition'),
                          start: String.fromCharCode(...body.slice(0, 64)), size: body.length});
                }).catch(e => done({status: -1, type: String(e)}));
                """, href);
    }
}
