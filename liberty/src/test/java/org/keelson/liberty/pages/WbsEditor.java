package org.keelson.liberty.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editing half of plan/wbs.xhtml for PMO and ADMIN: select an element by its code link, fill the form beside
 * the tree, save; the toolbar's structural edits; messages next to fields and the conflict notice.
 */
public class WbsEditor extends WbsPage {

    public WbsEditor(WebDriver driver) {
        super(driver);
    }

    /** Whether the page offers any edit control (toolbar buttons, code links). */
    public boolean hasEditControls() {
        return !driver.findElements(By.id("addBelow")).isEmpty()
                || !driver.findElements(By.cssSelector("#wbsTree a[id$=':select']")).isEmpty();
    }

    /** The WBS codes in tree order, as shown. */
    public List<String> codes() {
        return driver.findElements(By.cssSelector("#wbsTree tbody tr td.kp-wbs-code")).stream()
                .map(td -> td.getText().strip()).toList();
    }

    /** Opens every level so each element's code link is on the page. */
    public WbsEditor openAll() {
        openLevels(4);
        return this;
    }

    public WbsEditor select(String code) {
        WebElement link = driver.findElements(By.cssSelector("#wbsTree a[id$=':select']")).stream()
                .filter(a -> a.getText().strip().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no code link " + code + " in " + codes()));
        click(link);
        awaitAjax();
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.cssSelector("#editPanel h3")).getText()
                .endsWith(code));
        return this;
    }

    public String editingCode() {
        String heading = driver.findElement(By.cssSelector("#editPanel h3")).getText();
        return heading.substring(heading.lastIndexOf(' ') + 1);
    }

    public WbsEditor toolbar(String buttonId) {
        click(driver.findElement(By.id(buttonId)));
        awaitAjax();
        return this;
    }

    /** Clicks through whatever overlays the element (a message, the sticky header), as a user scrolling would. */
    private void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});"
                + " arguments[0].click();", element);
    }

    public WbsEditor text(String field, String value) {
        WebElement input = driver.findElement(By.id("editForm:" + field));
        input.clear();
        input.sendKeys(value);
        return this;
    }

    /** Types into a p:inputNumber (its visible input is {@code <id>_input}). */
    public WbsEditor number(String field, String value) {
        WebElement input = driver.findElement(By.id("editForm:" + field + "_input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
        input.sendKeys(Keys.TAB);
        return this;
    }

    public WbsEditor check(String field, boolean on) {
        WebElement box = driver.findElement(By.cssSelector("[id='editForm:" + field + "'] .ui-chkbox-box"));
        boolean checked = box.getAttribute("class").contains("ui-state-active");
        if (checked != on) {
            box.click();
        }
        return this;
    }

    /** Adds a predecessor row and chooses {@code code} in its picker, with a lag in working days. */
    public WbsEditor addPredecessor(String code, String type, String lag) {
        int row = driver.findElements(By.cssSelector("[id='editForm:links'] tbody tr[data-ri]")).size();
        click(driver.findElement(By.id("editForm:addLink")));
        awaitAjax();
        String prefix = "editForm:links:" + row + ":";
        choose(prefix + "predecessor", code);
        choose(prefix + "type", type);
        WebElement lagInput = driver.findElement(By.id(prefix + "lag_input"));
        lagInput.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        lagInput.sendKeys(lag, Keys.TAB);
        return this;
    }

    /** Picks the item of a p:selectOneMenu whose label starts with {@code labelStart}. */
    private void choose(String menuId, String labelStart) {
        driver.findElement(By.cssSelector("[id='" + menuId + "'] .ui-selectonemenu-trigger")).click();
        WebElement item = new WebDriverWait(driver, WAIT).until(d -> d.findElements(
                By.cssSelector("[id='" + menuId + "_items'] li.ui-selectonemenu-item")).stream()
                .filter(li -> li.isDisplayed() && (li.getAttribute("data-label").equals(labelStart)
                        || li.getAttribute("data-label").startsWith(labelStart + " ")))
                .findFirst().orElse(null));
        item.click();
    }

    public WbsEditor save() {
        click(driver.findElement(By.id("editForm:save")));
        awaitAjax();
        return this;
    }

    /** The messages next to the form's fields and at its top. */
    public String formMessages() {
        return String.join(" | ", driver.findElements(By.cssSelector("#editForm .ui-message-error, "
                + "#editForm .ui-messages-error, #wbsMessages .ui-messages-error")).stream()
                .map(WebElement::getText).toList());
    }

    /** The message next to one field. */
    public String fieldMessage(String field) {
        List<WebElement> messages = driver.findElements(By.cssSelector("[id='editForm:" + field + "'] ~ .ui-message,"
                + " .ui-message[id$='" + field + "']"));
        return messages.isEmpty() ? "" : messages.get(0).getText();
    }

    public boolean conflictShown() {
        return !driver.findElements(By.cssSelector("#conflictPanel .kp-conflict")).isEmpty();
    }

    public String conflictText() {
        return driver.findElement(By.cssSelector("#conflictPanel .kp-conflict")).getText();
    }

    public WbsEditor reloadAfterConflict() {
        click(driver.findElement(By.id("reload")));
        awaitAjax();
        return this;
    }

    /** The text of a row of the tree, by its code. */
    public String row(String code) {
        return driver.findElements(By.cssSelector("#wbsTree tbody tr")).stream()
                .filter(tr -> tr.findElement(By.cssSelector("td.kp-wbs-code")).getText().strip().equals(code))
                .findFirst().map(WebElement::getText).orElseThrow(() -> new AssertionError("no row " + code));
    }

    public WbsEditor deleteSelected() {
        click(driver.findElement(By.id("delete")));
        awaitAjax();
        waitFor(By.id("deleteForm:confirmDelete")).click();
        awaitAjax();
        return this;
    }
}
