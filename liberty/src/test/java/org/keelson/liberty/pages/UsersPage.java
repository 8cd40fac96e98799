package org.keelson.liberty.pages;

import java.net.URI;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** admin/users.xhtml: the users and their roles, for administrators. */
public class UsersPage extends PortalPage {

    public UsersPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("userTable"));
    }

    public static UsersPage open(WebDriver driver, URI portal) {
        driver.get(portal.resolve("admin/users.xhtml").toString());
        return new UsersPage(driver);
    }

    /** The user names in the first column. */
    public List<String> usernames() {
        return driver.findElements(By.cssSelector("#userTable tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
    }
}
