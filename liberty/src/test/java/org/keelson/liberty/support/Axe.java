package org.keelson.liberty.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (the npm package, which liberty/pom.xml installs under target/axe) on the page a browser shows and
 * reports the violations of WCAG 2.0 and 2.1 levels A and AA. Without the script the checks are skipped locally
 * and fail in CI.
 */
public final class Axe {
    /** The rules checked: WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static String script;

    private Axe() {
    }

    /** One line per violated rule: rule id, impact, help text and the first elements concerned. */
    public static List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        js.executeScript(script());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                   .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                       + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));
                """, TAGS);
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) result;
        return lines;
    }

    private static synchronized String script() {
        if (script == null) {
            Path file = Path.of(System.getProperty("keelson.axe.script", "target/axe/node_modules/axe-core/axe.min.js"));
            if (!Files.isRegularFile(file)) {
                String missing = "SKIPPED: accessibility checks need axe-core at " + file.toAbsolutePath()
                        + " (liberty/pom.xml installs it with npm)";
                if (TestEnvironment.isCi()) {
                    throw new IllegalStateException(missing.replace("SKIPPED", "CI=true"));
                }
                Assumptions.abort(missing);
            }
            try {
                script = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }
}
