package org.keelson.liberty.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * JUnit extension that gives a browser test class one headless Chromium (Debian's chromium and
 * chromium-driver packages). Without them the tests are skipped locally and fail in CI.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final Browser browser = new Browser();
 * ... browser.driver() ...
 * </pre>
 */
public class Browser implements BeforeAllCallback, AfterAllCallback {

    private static final List<Path> CHROMIUM = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));
    private static final List<Path> DRIVER = List.of(Path.of("/usr/bin/chromedriver"));

    private WebDriver driver;

    @Override
    public void beforeAll(ExtensionContext context) throws InterruptedException {
        Optional<Path> chromium = firstExecutable(CHROMIUM);
        Optional<Path> chromedriver = firstExecutable(DRIVER);
        if (chromium.isEmpty() || chromedriver.isEmpty()) {
            String missing = "SKIPPED: browser tests need /usr/bin/chromium and /usr/bin/chromedriver "
                    + "(apt-get install chromium chromium-driver)";
            if (TestEnvironment.isCi()) {
                throw new IllegalStateException(missing.replace("SKIPPED", "CI=true"));
            }
            Assumptions.abort(missing);
        }
        PortalReady.awaitPortal();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--window-size=1280,900", "--lang=zh-CN");
        // What the portal's users mostly send; tests switch to English through the page.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }

    public WebDriver driver() {
        return driver;
    }

    private static Optional<Path> firstExecutable(List<Path> candidates) {
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }
}
