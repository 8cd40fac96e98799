package org.keelson.liberty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keelson.liberty.pages.LoginPage;
import org.keelson.liberty.pages.PortalPage;
import org.keelson.liberty.pages.SimulationComparePage;
import org.keelson.liberty.pages.SimulationRunsPage;
import org.keelson.liberty.support.Browser;
import org.keelson.liberty.support.DemoUser;
import org.keelson.liberty.support.TestEnvironment;

/**
 * A risk owner runs a plan before and after its risk responses and compares the two; the PMO cancels a long run;
 * an executive or finance reader compares runs but starts and cancels none.
 */
class SimulationCompareBrowserIT {
    private static final long SEED = 20_261_205L;

    @RegisterExtension
    static final Browser browser = new Browser();

    private final URI portal = TestEnvironment.portalBaseUri();

    @Test
    void aRiskOwnerComparesPreAndPostMitigationRunsOfTheSameSeed() {
        LoginPage.open(browser.driver(), portal).signInAsRiskOwner();
        new PortalPage(browser.driver()).switchLanguage(PortalPage.Language.ENGLISH);
        SimulationRunsPage runs = SimulationRunsPage.open(browser.driver(), portal, "KP-001");

        // one after the other, as an analyst would: the post-mitigation run once the first has given its figures
        long pre = runs.start(3_000, SEED, false);
        runs.awaitStatus(pre, "done", Duration.ofMinutes(3));
        long post = runs.start(3_000, SEED, true);
        runs.awaitStatus(post, "done", Duration.ofMinutes(3));
        SimulationComparePage compare = runs.compare(pre, post);

        String settings = compare.settingsText();
        assertTrue(settings.contains("pre-mitigation") && settings.contains("post-mitigation"), settings);
        assertTrue(settings.contains(String.valueOf(SEED)), settings);
        assertFalse(compare.finish("P80", "b").isAfter(compare.finish("P80", "a")),
                "responses do not make the P80 finish later");
        assertTrue(compare.finishDifference("P80") <= 0, "B minus A in working days");
        String figures = compare.figuresText();
        assertTrue(figures.contains("Cost P80") && figures.contains("NPV P80") && figures.contains("percentage points"),
                figures);
        List<String> lines = List.of("Run " + pre + " (pre-mitigation)", "Run " + post + " (post-mitigation)");
        assertEquals(lines, compare.chartLines("finishCdf"), "both runs overlaid");
        assertEquals(lines, compare.chartLines("costCdf"));
        assertEquals(lines, compare.chartLines("npvCdf"));
        assertTrue(compare.planChangesText().contains("unchanged"), compare.planChangesText());
        compare.screenshot("simulation-compare-KP-001-en");
    }

    @Test
    void thePmoCancelsALongRunInTheBrowser() {
        LoginPage.open(browser.driver(), portal).signInAs(DemoUser.PMO);
        SimulationRunsPage runs = SimulationRunsPage.open(browser.driver(), portal, "KP-000");

        long id = runs.start(100_000, SEED, false);
        assertTrue(runs.cancellable(id), "a run of 100,000 iterations of the biggest plan is still going");
        runs.cancel(id);

        runs.awaitStatus(id, "cancelled", Duration.ofMinutes(1));
        assertTrue(List.of("已取消", "Cancelled").contains(runs.statusText(id)), runs.statusText(id));
        assertFalse(runs.cancellable(id));
    }

    @Test
    void executivesAndFinanceCompareButStartAndCancelNothing() {
        LoginPage.open(browser.driver(), portal).signInAs(DemoUser.FINANCE);
        SimulationRunsPage runs = SimulationRunsPage.open(browser.driver(), portal, "KP-001");

        assertFalse(runs.canStart());
        assertFalse(runs.hasCancelButtons());
        assertTrue(SimulationComparePage.openMissing(browser.driver(), portal, "KP-001", 1, 999_999_999L).length() > 0,
                "an unknown run is not found");
    }
}
